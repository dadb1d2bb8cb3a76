"""Lock after idle time: a countdown restarted by every key press or mouse movement.

While armed (the vault is unlocked) the countdown runs and the watcher listens
to every input event (through the one application-wide filter,
:mod:`.input_events`; the window starts listening a moment after the case
list is first shown, see :meth:`.MainWindow._start_listening`).  When the
countdown ends it calls ``on_idle``; if that fails, or leaves the watcher
armed (the vault did not lock), the countdown starts again, so the app
never stops trying to lock itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

from scr_desktop.gui import input_events

# The numeric values of QEvent.Type's input events.  Numbers, not enum members:
# PySide builds the (large) enum type on first use, which start-up can do without.
# KeyPress, MouseButtonPress, MouseMove, Wheel, TouchBegin:
INPUT_EVENTS = frozenset((6, 2, 5, 31, 194))


class IdleWatcher(QObject):
    """Calls ``on_idle`` when no keyboard or mouse input has arrived for ``ms``."""

    def __init__(self, ms: int, on_idle: Callable[[], object],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_idle = on_idle
        self.armed = False
        self.listening = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(ms)
        self.timer.timeout.connect(self._fire)

    def arm(self, *, listen: bool = True) -> None:
        """Start the countdown (on unlock) and, if ``listen``, restart it on input."""
        if listen and not self.listening:
            input_events.listen(self)
            self.listening = True
        self.armed = True
        self.timer.start()

    def disarm(self) -> None:
        """Stop listening and counting (on lock and quit)."""
        input_events.listen(self, on=False)
        self.armed = False
        self.listening = False
        self.timer.stop()

    def is_counting(self) -> bool:
        """Return True if armed and the countdown is running."""
        return self.armed and self.timer.isActive()

    def _fire(self) -> None:
        try:
            self.on_idle()
        finally:
            if self.armed and not self.timer.isActive():
                self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the countdown on user input."""
        if self.timer.isActive() and event.type().value in INPUT_EVENTS:
            self.timer.start()
        return False
