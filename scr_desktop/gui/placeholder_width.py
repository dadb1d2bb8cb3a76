"""Sizing a text field so that its placeholder is never cut short.

A placeholder such as ``dd/mm/yyyy`` or the name of a column is the only
label some fields have; cut short it says nothing.  The width comes from the
field's own font, so it follows the system's font size and scaling.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

# The frame and the cursor's room inside a line edit, beyond its text margins.
FRAME_ROOM = 16


def fit_placeholder(edit: QLineEdit, *, exactly: bool = False) -> None:
    """Make ``edit`` at least wide enough to show its whole placeholder (``exactly`` that
    wide, for a field whose text is never longer, such as a date)."""
    margins = edit.textMargins()
    width = (edit.fontMetrics().horizontalAdvance(edit.placeholderText())
             + margins.left() + margins.right() + FRAME_ROOM)
    edit.setMinimumWidth(width)
    if exactly:
        edit.setMaximumWidth(width)
