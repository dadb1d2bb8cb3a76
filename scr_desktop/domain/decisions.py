"""Recording the sub-group's recommendation and the chair's decision.

A chair may depart from what the criteria say, but must say why: when the
result is ``must`` (Regulation 5(2), paras 4.2-4.4 of ``reference/000``) or
``should_always`` (para 4.5) and the decision is anything but a Serious Case
Review, the decision is flagged and a rationale is required.  The national
panel may scrutinise a decision not to review (5.4), so the rationale is
what the board will be asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .assessment import Assessment
from .dates import DateFormatError, parse_case_date
from .model import Case

STRONG_LEVELS = ("must", "should_always")
SCR = "scr"


@dataclass(frozen=True)
class DecisionCheck:
    """What is wrong with, or notable about, a recorded decision."""

    departs: bool  # the decision departs from a must / should-always result
    warning: str  # shown with the decision when it departs
    problems: dict[str, str]  # field -> message


def check_decision(case: Case, assessment: Assessment, today: date) -> DecisionCheck:
    """Check the decision recorded on ``case`` against ``assessment``."""
    d = case.decision
    problems: dict[str, str] = {}
    departs = bool(d.decided) and d.decided != SCR and assessment.level in STRONG_LEVELS
    warning = ""
    if departs:
        warning = (
            f"This decision departs from the result \u201c{assessment.level_label}\u201d "
            f"({assessment.level_citation}). Record the rationale: the national panel may "
            "ask for it."
        )
        if not d.rationale.strip():
            problems["rationale"] = (
                "A rationale is needed when the decision departs from the result."
            )
    if d.decided:
        if not d.decision_date:
            problems["decision_date"] = "Enter the date of the chair's decision."
        if not d.decided_by.strip():
            problems["decided_by"] = "Enter who made the decision."
    if d.decision_date:
        try:
            when = date.fromisoformat(d.decision_date)
        except ValueError:
            problems["decision_date"] = "Enter the date as dd/mm/yyyy."
        else:
            if when > today:
                problems["decision_date"] = "The decision date is in the future."
    return DecisionCheck(departs, warning, problems)


def typed_date_to_iso(text: str) -> tuple[str | None, str | None]:
    """Return (ISO date or None if blank, error message or None) for a typed dd/mm/yyyy date."""
    if not text.strip():
        return None, None
    try:
        return parse_case_date(text).isoformat(), None
    except DateFormatError as exc:
        return None, str(exc)


def status_after_decision(case: Case) -> str:
    """Return the case status that the decision implies."""
    return case.status_after_decision()
