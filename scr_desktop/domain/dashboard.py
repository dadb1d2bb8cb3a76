"""The deadlines dashboard across cases: every open deadline of every case, soonest first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .assessment import AssessmentInputError, DeadlineState, assess_case, deadline_states
from .model import Case


@dataclass(frozen=True)
class DashboardRow:
    """One deadline of one case."""

    case_id: str
    reference: str
    child_name: str
    deadline: DeadlineState


def dashboard_rows(cases: Iterable[Case], today: date, *, include_done: bool = False
                   ) -> list[DashboardRow]:
    """Return the deadlines of ``cases`` as they stand ``today``, by due date.

    Cases whose answers cannot be assessed (an unknown framework, say) are
    left out rather than stopping the dashboard.
    """
    rows: list[DashboardRow] = []
    for case in cases:
        try:
            assessment = assess_case(case)
        except AssessmentInputError:
            continue
        for state in deadline_states(assessment, case.deadlines_done, today):
            if state.state == "done" and not include_done:
                continue
            rows.append(DashboardRow(case.id, case.reference, case.child_name(), state))
    rows.sort(key=lambda r: (r.deadline.due, r.reference, r.deadline.key))
    return rows
