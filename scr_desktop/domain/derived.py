"""Flowchart answers the referral form already gives, so the flowchart does not ask again.

The form records the child's date of birth (or age), the incident date and
the child's status ("Looked After Child").  :func:`derived_facts` reads the
answers they give: the child's age at the incident in whole years, and
whether the child is looked after.  :func:`apply_derived` records them for
facts not yet answered; each is shown as "from the form" while it stands and
can be changed like any answer (a changed answer is kept: nothing is
derived again over it).

"Child has a disability" on the form does not say whether it is a learning
disability, which is what the flowchart asks, so it is shown beside that
question as a reminder, never recorded as an answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .dates import DateFormatError, parse_case_date
from .model import Case

AGE_LIMIT = 18  # the flowchart's age question goes up to 18


@dataclass(frozen=True)
class Derived:
    """What the form says about one flowchart fact; ``value`` None means a reminder only."""

    key: str
    value: object
    reason: str


def _age(case: Case) -> Derived | None:
    dob, incident = str(case.get("child_dob")).strip(), str(case.get("incident_date")).strip()
    born: date | None
    at: date | None
    try:
        born, at = parse_case_date(dob), parse_case_date(incident)
    except DateFormatError:
        born = at = None
    if born is not None and at is not None and born <= at:
        years = at.year - born.year - ((at.month, at.day) < (born.month, born.day))
        if years <= AGE_LIMIT:
            return Derived("age_years", years,
                           f"from the form: born {dob}, incident on {incident}")
    typed = str(case.get("child_age")).strip()
    if typed.isdigit() and int(typed) <= AGE_LIMIT:
        return Derived("age_years", int(typed), "from the form: the age given")
    return None


def derived_facts(case: Case) -> dict[str, Derived]:
    """Return what the form says about flowchart facts, by fact key."""
    found: list[Derived] = []
    age = _age(case)
    if age is not None:
        found.append(age)
    if case.get("status_looked_after") is True:
        found.append(Derived("looked_after", True,
                             "from the form: the child's status is 'Looked After Child'"))
    if case.get("status_disability") is True:
        said = str(case.get("child_disability")).strip()
        found.append(Derived("learning_disability", None,
                             "the form says the child has a disability"
                             + (f" ({said})" if said else "")
                             + ": answer yes if it is a learning disability"))
    return {d.key: d for d in found}


def apply_derived(case: Case, keys: frozenset[str] | set[str] | None = None) -> dict[str, object]:
    """Record each derived answer for a fact not yet answered (among ``keys`` if given);
    return what was recorded."""
    applied: dict[str, object] = {}
    for key, d in derived_facts(case).items():
        if d.value is None or key in case.facts or (keys is not None and key not in keys):
            continue
        case.answer_fact(key, d.value)
        applied[key] = d.value
    return applied


def derived_note(case: Case, key: str) -> str:
    """Return the "from the form" note for fact ``key``, while its answer is the form's
    (a reminder is always shown); '' otherwise."""
    d = derived_facts(case).get(key)
    if d is None:
        return ""
    if d.value is None or case.facts.get(key) == d.value:
        return d.reason[:1].upper() + d.reason[1:]
    return ""
