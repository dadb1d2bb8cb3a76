"""Lock after idle time: a countdown restarted by every key press or mouse movement."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

# The numeric values of QEvent.Type's input events.  Numbers, not enum members:
# PySide builds the (large) enum type on first use, which start-up can do without.
# KeyPress, MouseButtonPress, MouseMove, Wheel, TouchBegin:
INPUT_EVENTS = frozenset((6, 2, 5, 31, 194))


class IdleWatcher(QObject):
    """Calls ``on_idle`` when no keyboard or mouse input has arrived for ``ms``."""

    def __init__(self, ms: int, on_idle: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(ms)
        self.timer.timeout.connect(on_idle)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the countdown on user input."""
        if self.timer.isActive() and event.type().value in INPUT_EVENTS:
            self.timer.start()
        return False
