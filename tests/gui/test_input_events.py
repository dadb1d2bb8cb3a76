"""The one application-wide filter still hands every window's input to the idle lock, the lock
key and the tables' Ctrl+Tab, and nothing but input.

Input typed or clicked in a modeless window of the application (the audit
log viewer, a window of its own) restarts the idle countdown, Ctrl+L there
locks, and Ctrl+Tab in a table there moves on; events that are not input
(a repaint, a resize, a child added) never restart the countdown.
"""

from __future__ import annotations

from pathlib import Path

from guihelpers import create_vault
from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidget, QVBoxLayout, QWidget

from scr_desktop.gui import input_events
from scr_desktop.gui.main_window import MainWindow


class CountingTimer(QTimer):
    """A real single-shot timer that counts how often it is (re)started from Python."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.starts = 0

    def start(self, *args: int) -> None:  # type: ignore[override]
        self.starts += 1
        super().start(*args)


def _counting(window: MainWindow) -> CountingTimer:
    """Give the window's idle watcher a counting timer with the same interval and action."""
    idle = window.idle
    timer = CountingTimer(idle)
    timer.setSingleShot(True)
    timer.setInterval(idle.timer.interval())
    timer.timeout.connect(idle._fire)
    idle.timer.stop()
    idle.timer = timer
    timer.start()
    timer.starts = 0
    return timer


def _window_of_its_own(qtbot):  # type: ignore[no-untyped-def]
    other = QWidget()
    other.setWindowTitle("Another window")
    lay = QVBoxLayout(other)
    edit = QLineEdit(other)
    table = QTableWidget(2, 2, other)
    table.setTabKeyNavigation(False)  # as every table of the application: Tab leaves
    after = QLineEdit(other)
    for w in (edit, table, after):
        lay.addWidget(w)
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitActive(other)
    return other, edit, table, after


def test_input_in_a_modeless_window_restarts_the_idle_countdown(qtbot, make_window,
                                                                vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    assert window.idle in input_events.handlers() and window.lock_keys in input_events.handlers()
    timer = _counting(window)
    other, edit, _table, _after = _window_of_its_own(qtbot)

    other.resize(other.width() + 40, other.height() + 40)
    other.update()
    QLineEdit(other).show()  # a child added, polished, shown
    qtbot.waitUntil(lambda: other.isVisible())
    assert timer.starts == 0, "events that are not input leave the countdown alone"

    qtbot.keyClick(edit, Qt.Key.Key_A)
    assert timer.starts >= 1
    pressed = timer.starts
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    assert timer.starts > pressed
    moved = timer.starts
    qtbot.mouseMove(edit, QPoint(3, 3))
    qtbot.mouseMove(edit, QPoint(9, 7))
    assert timer.starts > moved

    window.show_audit()
    dialog = window.audit_dialog
    assert dialog is not None and not dialog.isModal()
    before = timer.starts
    qtbot.keyClick(dialog, Qt.Key.Key_Down)
    assert timer.starts > before
    dialog.close()


def test_ctrl_l_locks_and_ctrl_tab_leaves_a_table_in_a_modeless_window(qtbot, make_window,
                                                                      vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    other, _edit, table, after = _window_of_its_own(qtbot)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is after, "Ctrl+Tab moves on from a table in any window"
    qtbot.keyClick(after, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    assert window.lock_keys not in input_events.handlers()
    assert window.idle not in input_events.handlers() and not window.idle.is_counting()
    assert window.table_keys in input_events.handlers(), "tables answer Ctrl+Tab while locked"
    other.close()
