"""Ctrl+L locks from anywhere in the application, modal dialogs included.

A window shortcut does not fire while a modal dialog blocks its window,
which is exactly when the most identifying data may be on screen (a
notification preview, an import preview, the minutes dialog).
:class:`LockKeyFilter` is an application-wide event filter, installed only
while the vault is unlocked, that turns the lock key pressed in any widget of
any window into a lock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

# QEvent.Type.KeyPress and ShortcutOverride by number (see idle.py).
KEY_PRESS = 6
SHORTCUT_OVERRIDE = 51


class LockKeyFilter(QObject):
    """Calls ``on_lock`` when ``sequence`` is pressed in any widget."""

    def __init__(self, sequence: QKeySequence, on_lock: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sequence = sequence
        self.on_lock = on_lock

    def matches(self, event: QKeyEvent) -> bool:
        """Return True if ``event`` is the lock key."""
        return (not self.sequence.isEmpty()
                and QKeySequence(event.keyCombination()) == self.sequence)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Lock on the lock key; let every other event through."""
        kind = event.type().value
        if kind == SHORTCUT_OVERRIDE and isinstance(event, QKeyEvent) and self.matches(event):
            # Claim the key so no widget's own shortcut takes it; the press follows.
            event.accept()
            return True
        if kind == KEY_PRESS and isinstance(event, QKeyEvent) and self.matches(event):
            self.on_lock()
            return True
        return False

    def listen(self, on: bool) -> None:
        """Install the filter on the application (once), or remove it."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            if on:
                app.installEventFilter(self)
