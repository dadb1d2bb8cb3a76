"""The one application-wide event filter, handing keyboard and pointer input to its handlers.

The idle lock, the lock key and the tables' Ctrl+Tab each need to see input
in every window.  An application-wide filter written in Python is called for
every event of every object (several thousand while a page is built: child,
polish, layout, paint, move and resize events), and each call crosses from
Qt into Python.  So there is one filter, installed while any handler listens,
and it returns at once for anything that is not input (``QInputEvent``: keys,
the shortcut check of a key, mouse, wheel, touch, tablet); only input reaches
the handlers, in the order they were added.  Each handler is a ``QObject``
whose ``eventFilter`` answers as it would installed on its own; a handler
destroyed with its window is dropped.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QInputEvent
from PySide6.QtWidgets import QApplication


class InputEvents(QObject):
    """Pass input events, and nothing else, to each handler in turn."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.handlers: list[QObject] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Offer input to the handlers until one takes it; let every other event through."""
        if not isinstance(event, QInputEvent):
            return False
        for handler in tuple(self.handlers):
            if not shiboken6.isValid(handler):
                self.handlers.remove(handler)
            elif handler.eventFilter(watched, event):
                return True
        return False


_filter: InputEvents | None = None


def listen(handler: QObject, on: bool = True) -> None:
    """Start (``on``) or stop passing the application's input to ``handler``."""
    global _filter
    app = QApplication.instance()
    if app is None:
        return
    if _filter is None or not shiboken6.isValid(_filter):
        _filter = InputEvents(app)
    if handler in _filter.handlers:
        _filter.handlers.remove(handler)
    if on:
        _filter.handlers.append(handler)
    app.removeEventFilter(_filter)
    if _filter.handlers:
        app.installEventFilter(_filter)


def handlers() -> list[QObject]:
    """Return the handlers listening now, in order."""
    if _filter is None or not shiboken6.isValid(_filter):
        return []
    return [h for h in _filter.handlers if shiboken6.isValid(h)]
