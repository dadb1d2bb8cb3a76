"""Lock after idle time: a countdown restarted by every key press or mouse movement."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer

_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Calls ``on_idle`` when no keyboard or mouse input has arrived for ``ms``."""

    def __init__(self, ms: int, on_idle: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(ms)
        self.timer.timeout.connect(on_idle)  # type: ignore[arg-type]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the countdown on user input."""
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False
