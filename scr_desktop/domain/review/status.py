"""Where each agency's report and each action stands on a given day, in words and a sign.

Colour is never the only signal: every state has a word and a sign, and the
pages colour them as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from scr_desktop.domain.dates import DateFormatError, format_uk_date, parse_case_date
from scr_desktop.domain.timescales import due_date

from . import vocab


def typed_date(text: object) -> date | None:
    """Return the date typed as dd/mm/yyyy, or None when blank or not a date."""
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        return parse_case_date(text)
    except DateFormatError:
        return None


@dataclass(frozen=True)
class State:
    """A state: its key (for colour), sign and words."""

    key: str
    sign: str
    text: str

    @property
    def shown(self) -> str:
        """Return sign and words together."""
        return f"{self.sign} {self.text}"


def period_due(start: date, name: str) -> date:
    """Return the due date of the review timescale ``name`` counted from ``start``.

    A period in weeks or months that ends on a weekend or bank holiday moves
    back to the previous working day (the shared rule of :mod:`.timescales`).
    """
    rule = vocab.timescale(name)
    return due_date(start, int(rule["amount"]), str(rule["unit"]), "previous")[0]


def agency_start(rec: dict[str, Any], started_on: str) -> date | None:
    """Return the day an agency's timescales run from: asked on, else the decision."""
    return typed_date(rec.get("requested_on")) or typed_date(started_on)


def agency_state(rec: dict[str, Any], started_on: str, today: date) -> State:
    """Return where one agency's contribution stands on ``today``."""
    if typed_date(rec.get("signed_off_on")):
        return State("done", "\u2714", f"Signed off {rec['signed_off_on']}")
    if typed_date(rec.get("received_on")):
        return State("due_soon", "\u231b", f"Received {rec['received_on']}; awaiting "
                     "quality assurance and sign-off")
    returns = rec.get("returns") or []
    start = agency_start(rec, started_on)
    due = period_due(start, "imr_due") if start else None
    if returns:
        last = returns[-1]
        late = due is not None and today > due
        return State("overdue" if late else "due_soon", "\u21a9",
                     f"Returned {last['on']} ({last['reason']}); awaiting it again")
    if due is None:
        return State("upcoming", "\u25cb", "Not yet requested")
    if today > due:
        return State("overdue", "\u2716", f"Overdue: was due {format_uk_date(due)}")
    return State("upcoming", "\u25cb", f"Due {format_uk_date(due)}")


def action_progress(action: dict[str, Any], today: date) -> str:
    """Return an action's progress, overdue once its due date has passed unfinished."""
    progress = str(action.get("progress") or "not_started")
    if progress == "complete" or typed_date(action.get("closed_on")):
        return "complete"
    due = typed_date(action.get("due_on"))
    if due is not None and today > due:
        return "overdue"
    return progress


def action_state(action: dict[str, Any], today: date) -> State:
    """Return an action's progress as a state with sign and words."""
    progress = action_progress(action, today)
    label = vocab.choices("progress").get(progress, progress)
    key = {"complete": "done", "overdue": "overdue", "at_risk": "due_soon"}.get(progress,
                                                                               "upcoming")
    return State(key, vocab.progress_sign(progress), label)
