"""Actions across every review, by owner agency, overdue first (``000`` 13; ``003`` 1.9)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .model import Review
from .status import State, action_progress, action_state, typed_date

_ORDER = {"overdue": 0, "at_risk": 1, "not_started": 2, "on_track": 3, "complete": 4}


@dataclass(frozen=True)
class ActionRow:
    """One action of one review, as the monitoring page lists it."""

    case_id: str
    reference: str
    owner_agency: str
    officer: str
    action: str
    recommendation: str
    due_on: str
    progress: str
    state: State


def action_rows(reviews: Iterable[tuple[Review, str]], today: date, *,
                include_closed: bool = False) -> list[ActionRow]:
    """Return the actions of ``(review, case reference)`` pairs, overdue first.

    Within a state, actions are grouped by owner agency (those with no owner named
    last), then by due date.
    """
    rows = []
    for review, reference in reviews:
        for rec, action in review.actions():
            progress = action_progress(action, today)
            if progress == "complete" and not include_closed:
                continue
            rows.append(ActionRow(review.case_id, reference, action["owner_agency"],
                                  action["officer"], action["action"], rec["text"],
                                  action["due_on"], progress, action_state(action, today)))

    def key(r: ActionRow) -> tuple[int, bool, str, date, str]:
        due = typed_date(r.due_on) or date.max
        owner = r.owner_agency.strip()
        return (_ORDER.get(r.progress, 5), owner == "", owner.casefold(), due, r.reference)

    return sorted(rows, key=key)


def owner_agencies(rows: Iterable[ActionRow]) -> list[str]:
    """Return the owner agencies of ``rows``, each once, alphabetically ('' for none named)."""
    return sorted({r.owner_agency.strip() for r in rows}, key=lambda a: (a == "", a.casefold()))


def for_owner(rows: Iterable[ActionRow], owner: str | None) -> list[ActionRow]:
    """Return the rows of one owner agency (all rows when ``owner`` is None), in order."""
    return [r for r in rows if owner is None or r.owner_agency.strip() == owner]
