"""How a deadline's state looks: a sign, a word and a colour, so colour is never alone.

The signs are ones the default interface fonts hold (DejaVu Sans on most
Linux desktops; Segoe UI with Segoe UI Symbol on Windows), so none shows as
a missing-glyph box; the word beside each says the same.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor

SIGNS = {"overdue": "\u26a0", "due_soon": "\u25cf", "upcoming": "\u25cb", "done": "\u2713"}
WORDS = {"overdue": "OVERDUE", "due_soon": "Due soon", "upcoming": "Upcoming", "done": "Done"}
_BACKGROUNDS = {"overdue": "#fde7e9", "due_soon": "#fff4ce", "done": "#dff6dd"}


def state_text(state: str, text: str) -> str:
    """Return the cell text for a deadline state, e.g. '⚠ OVERDUE by 2 working days'.

    When the text already starts with the state's word it is not said twice.
    """
    word = WORDS.get(state, state)
    if text.lower().startswith(word.lower()):
        return f"{SIGNS.get(state, '')} {word}{text[len(word):]}".strip()
    return f"{SIGNS.get(state, '')} {word}: {text}".strip()


def state_colour(state: str) -> QColor | None:
    """Return the background colour for a state, or None for the default.

    A table model answers its background with this colour, which the view
    paints as a brush: making a ``QBrush`` in Python first builds the Python
    types of several of Qt's enumerations, tens of milliseconds the first time.
    """
    colour = _BACKGROUNDS.get(state)
    return QColor(colour) if colour else None


def state_brush(state: str) -> QBrush | None:
    """Return the background for a state, or None for the default."""
    colour = state_colour(state)
    return QBrush(colour) if colour is not None else None
