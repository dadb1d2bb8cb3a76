"""Plain-English wording and sources for the identifiers an assessment returns.

The decision engine answers with short identifiers (``must``,
``reg5_2_b_i``, ``N1``, ``child_death_review``, ``ofsted_notification``;
DESIGN 3.2-3.3).  The exported documents print each with a description and
the paragraph of the guidance it comes from.  :data:`DEFAULT_TERMS` covers
the ``wt2015-scr`` framework; a caller can pass its own :class:`Term`
mapping (for example, read from a framework's rule file), and any
identifier missing from both is printed as it is, so nothing is dropped.
Paragraph numbers refer to the board's notification process
(``reference/000``) unless another document is named.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """How one identifier is printed: a description and its source paragraph."""

    label: str
    source: str = ""


DEFAULT_TERMS: dict[str, Term] = {
    # SCR decision levels
    "must": Term("A Serious Case Review must be undertaken", "Reg. 5(2)(b); 4.2-4.4"),
    "should_always": Term("A Serious Case Review should always be undertaken", "4.5"),
    "consider": Term("A Serious Case Review should be considered", "4.6"),
    "not_met": Term("The criteria for a Serious Case Review are not met", "4.2-4.6"),
    # Criteria
    "reg5_2_b_i": Term(
        "Abuse or neglect is known or suspected and the child has died", "Reg. 5(2)(b)(i); 4.2"
    ),
    "reg5_2_b_ii": Term(
        "Abuse or neglect is known or suspected, the child has been seriously harmed, and "
        "there is cause for concern about how agencies worked together",
        "Reg. 5(2)(b)(ii); 4.3-4.4",
    ),
    "custody_death": Term("The child died in custody or while detained", "4.5"),
    "c_iv": Term(
        "Abuse or neglect known or suspected, with a life-threatening injury or serious, "
        "likely long-term impairment",
        "4.6",
    ),
    "c_v": Term("Serious harm through sexual abuse", "4.6"),
    "c_vi": Term("A parent has been murdered and a domestic homicide review begun", "4.6"),
    "c_vii": Term("The child was killed by a parent with a mental illness", "4.6"),
    "c_viii": Term("Serious harm after a violent assault by another child or an adult", "4.6"),
    # Notifiable incidents
    "N1": Term("A child has died and abuse or neglect is known or suspected", "2.2"),
    "N2": Term("A child has been seriously harmed and abuse or neglect is known or suspected",
               "2.2"),
    "N3": Term("A looked-after child has died", "2.2"),
    "N4": Term("A child has died in a regulated setting or service", "2.2"),
    # Other processes
    "child_death_review": Term("Child death review (Child Death Overview Panel)", "Reg. 6"),
    "leder": Term("Learning Disabilities Mortality Review (LeDeR)", "2.10-2.12"),
    "dhr": Term("Domestic homicide review", "12.6"),
    "referral_other_board": Term(
        "Refer to the board where the child normally lives", "8.11 of Working Together 2010"
    ),
    "multi_agency_review": Term("Multi-agency review of practice", "12.2-12.3"),
    "single_agency_review": Term("Single-agency review", "12.4"),
    # Deadlines
    "ofsted_notification": Term("Notify Ofsted of the serious incident", "2.3"),
    "subgroup_meeting": Term("Sub-group meeting to consider the referral", "3.9"),
    "chair_decision": Term("Chair's decision on whether to review", "3.8"),
    "decision_notifications": Term("Tell Ofsted, the DfE and the National Panel the decision",
                                   "5.3"),
    "review_setup": Term(
        "Secure records, hold the scoping meeting and appoint the lead reviewer", "5.6"
    ),
    "imr_briefing": Term("Brief the authors of individual management reviews", "7.3"),
    "imr_completion": Term("Individual management reviews completed", "7.3"),
    "review_completion": Term("Serious Case Review completed", "5.2"),
    "panel_copy": Term("Send the report to the National Panel before publication", "10.5"),
    "published_until": Term("Keep the report published until", "10.1"),
}


def term(key: str, terms: Mapping[str, Term | str] | None = None) -> Term:
    """Return how to print ``key``: the caller's wording, else the default, else the key."""
    if terms is not None and key in terms:
        found = terms[key]
        return found if isinstance(found, Term) else Term(str(found))
    return DEFAULT_TERMS.get(key, Term(key))
