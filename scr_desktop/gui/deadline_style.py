"""How a deadline's state looks: a sign, a word and a colour, so colour is never alone."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor

SIGNS = {"overdue": "\u26a0", "due_soon": "\u23f0", "upcoming": "\u25cb", "done": "\u2713"}
WORDS = {"overdue": "OVERDUE", "due_soon": "Due soon", "upcoming": "Upcoming", "done": "Done"}
_BACKGROUNDS = {"overdue": "#fde7e9", "due_soon": "#fff4ce", "done": "#dff6dd"}


def state_text(state: str, text: str) -> str:
    """Return the cell text for a deadline state, e.g. '⚠ OVERDUE: Overdue by 2 working days'."""
    return f"{SIGNS.get(state, '')} {WORDS.get(state, state)}: {text}".strip()


def state_brush(state: str) -> QBrush | None:
    """Return the background for a state, or None for the default."""
    colour = _BACKGROUNDS.get(state)
    return QBrush(QColor(colour)) if colour else None
