"""The deadlines across cases computed afresh, soonest first: what the deadlines table must hold.

The application reads the dashboard from the indexed ``deadlines`` table;
the tests compare it with this direct computation over the cases.

A case with a review shows the review's deadlines too (briefings, IMRs,
completion, panel copy, publication, actions), from the same per-case
computation as the case's own deadline step
(:func:`scr_desktop.domain.review.deadlines.case_deadline_states`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from scr_desktop.domain.assessment import AssessmentInputError, DeadlineState
from scr_desktop.domain.model import Case
from scr_desktop.domain.review.deadlines import case_deadline_states
from scr_desktop.domain.review.model import Review


@dataclass(frozen=True)
class DashboardRow:
    """One deadline of one case."""

    case_id: str
    reference: str
    child_name: str
    deadline: DeadlineState


def dashboard_rows(cases: Iterable[Case], today: date, *, include_done: bool = False,
                   reviews: Mapping[str, Review] | None = None) -> list[DashboardRow]:
    """Return the deadlines of ``cases`` as they stand ``today``, by due date.

    Cases whose answers cannot be assessed (an unknown framework, say) are
    left out rather than stopping the dashboard.
    """
    rows: list[DashboardRow] = []
    for case in cases:
        try:
            states = case_deadline_states(case, (reviews or {}).get(case.id), today)
        except AssessmentInputError:
            continue
        for state in states:
            if state.state == "done" and not include_done:
                continue
            rows.append(DashboardRow(case.id, case.reference, case.child_name(), state))
    rows.sort(key=lambda r: (r.deadline.due, r.reference, r.deadline.key))
    return rows
