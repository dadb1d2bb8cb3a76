"""Widgets the Designer forms in ui/ promote placeholders to.

A compiled form builds each widget with its parent as the only argument and
then gives it the object name from the ``.ui`` file, so each class here has
that constructor.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from scr_desktop.gui.binding import ErrorLabel


class FormErrorLabel(ErrorLabel):
    """The message under a field (:class:`ErrorLabel`), placed by a Designer form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
