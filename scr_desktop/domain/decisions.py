"""Recording the sub-group's recommendation and the chair's decision.

A chair may depart from what the criteria say, but must say why.  Each level
of the case's framework file names the decisions that follow it (under
``wt2015-scr`` a ``must`` or ``should_always`` result expects a Serious Case
Review, Regulation 5(2) and paras 4.2-4.5 of ``reference/000``); any other
decision is flagged and a rationale is required.  The national panel may
scrutinise a decision not to review (5.4), so the rationale is what the
board will be asked for.  A framework may also require a rationale for a
decision option whatever the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .assessment import Assessment
from .dates import DateFormatError, parse_case_date
from .framework import FrameworkError, load_framework
from .model import Case

DECISION_DEADLINE = "chair_decision"
"""The chair's deadline to decide whether to hold a review (3.8), met by the decision."""


def met_deadlines(case: Case) -> dict[str, str]:
    """Return deadline key -> the day it was met: the case's own marks, and the chair's
    decision deadline met on the decision date once a decision is recorded, however it
    was recorded (the wizard's decision step, a meeting's outcome, an imported package).
    A mark the user made on that deadline is kept as made."""
    done = dict(case.deadlines_done)
    d = case.decision
    if d.decided and d.decision_date and not done.get(DECISION_DEADLINE):
        done[DECISION_DEADLINE] = d.decision_date
    return done


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
    try:
        fw = load_framework(assessment.framework_id)
    except FrameworkError:
        fw = None
    expected = fw.level(assessment.level).expected_decisions if fw is not None else ()
    option = fw.decision(d.decided) if fw is not None and d.decided else None
    departs = bool(d.decided) and bool(expected) and d.decided not in expected
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
    elif option is not None and option.rationale_required and not d.rationale.strip():
        problems["rationale"] = "Record the rationale for this decision."
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
