"""Helpers for lock tests: act inside a real modal ``exec()`` and check nothing is left."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from scr_desktop.gui.messages import Messages
from scr_desktop.gui.teardown import alive, close_window
from scr_desktop.gui.widget_text import widgets_text

POLL_MS = 10
# A dialog still open after this many polls means the code under test hangs:
# close it so the run fails with a message instead of blocking for ever.
GIVE_UP_POLLS = 2000


class ModalDriver:
    """Run actions from a timer while the code under test sits in a modal ``exec()``."""

    def __init__(self) -> None:
        self.done: list[str] = []
        self.hung: list[str] = []

    def when(self, ready: Callable[[QWidget], bool], action: Callable[[QWidget], None],
             name: str) -> None:
        """Once the active modal widget satisfies ``ready``, run ``action`` on it."""
        polls = [0]

        def poll() -> None:
            modal = QApplication.activeModalWidget()
            if modal is not None and ready(modal):
                action(modal)
                self.done.append(name)
                self._watch(modal, name)
                return
            polls[0] += 1
            if polls[0] > GIVE_UP_POLLS:
                self.hung.append(name)
                if modal is not None:
                    close_window(modal)
                return
            QTimer.singleShot(POLL_MS, poll)

        QTimer.singleShot(0, poll)

    def _watch(self, modal: QWidget, name: str) -> None:
        """Close ``modal`` (and record a hang) if the action did not get it closed."""
        polls = [0]

        def check() -> None:
            if not alive(modal) or not modal.isVisible():
                return
            polls[0] += 1
            if polls[0] > GIVE_UP_POLLS:
                self.hung.append(name)
                close_window(modal)
                return
            QTimer.singleShot(POLL_MS, check)

        QTimer.singleShot(0, check)


@contextmanager
def real_message_boxes() -> Iterator[None]:
    """Show real (modal) message boxes instead of answering them from the queue."""
    Messages.testing = False
    try:
        yield
    finally:
        Messages.testing = True


def open_windows(owner: QWidget) -> list[str]:
    """Return the object names of visible top-level windows other than ``owner``."""
    return [f"{type(w).__name__}:{w.objectName()}" for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not owner and w.isWindow()]


def leaked(markers: tuple[str, ...]) -> list[str]:
    """Return every widget text (any widget, any window) that holds one of ``markers``."""
    return [t for t in widgets_text() if any(m in t for m in markers)]
