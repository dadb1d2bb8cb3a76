"""Copied text is marked as secret and taken off the clipboard after the delay, if still there."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from scr_desktop.gui.clipboard import CLEAR_AFTER_MS, SECRET_MARKERS, ClipboardGuard

SHORT_MS = 50
TEXT = "Qzchild Zoë Łukasiewicz"


@pytest.fixture
def clipboard(qapp):  # type: ignore[no-untyped-def]
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.fixture
def make_guard(qtbot, clipboard):  # type: ignore[no-untyped-def]
    """Return a factory of guards, each stopped and destroyed when the test ends."""
    made: list[ClipboardGuard] = []

    def factory(**kwargs: object) -> ClipboardGuard:
        g = ClipboardGuard(**kwargs)  # type: ignore[arg-type]
        made.append(g)
        return g

    yield factory
    for g in made:
        g.clear_now()
        shiboken6.delete(g)


@pytest.fixture
def guard(make_guard):  # type: ignore[no-untyped-def]
    return make_guard(clear_after_ms=SHORT_MS)


def test_the_default_delay_is_thirty_seconds(make_guard) -> None:  # type: ignore[no-untyped-def]
    assert CLEAR_AFTER_MS == 30_000
    assert make_guard().clear_after_ms == 30_000


def test_copied_text_carries_the_secret_markers(guard, clipboard) -> None:  # type: ignore[no-untyped-def]
    guard.copy(TEXT)
    assert clipboard.text() == TEXT
    mime = clipboard.mimeData()
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    for name, value in SECRET_MARKERS:
        assert mime.hasFormat(name)
        assert bytes(mime.data(name)) == value


def test_copied_text_is_cleared_after_the_delay(qtbot, guard, clipboard) -> None:  # type: ignore[no-untyped-def]
    guard.copy(TEXT)
    assert guard.is_pending()
    with qtbot.waitSignal(guard.cleared, timeout=5_000):
        pass
    assert clipboard.text() == ""
    assert not guard.is_pending()


def test_something_copied_since_is_left_alone(qtbot, guard, clipboard) -> None:  # type: ignore[no-untyped-def]
    guard.copy(TEXT)
    clipboard.setText("the user's own shopping list")
    qtbot.waitUntil(lambda: not guard.is_pending(), timeout=5_000)
    assert clipboard.text() == "the user's own shopping list"


def test_clear_now_clears_at_once(make_guard, clipboard) -> None:  # type: ignore[no-untyped-def]
    slow = make_guard(clear_after_ms=60_000)
    slow.copy(TEXT)
    assert clipboard.text() == TEXT
    slow.clear_now()
    assert clipboard.text() == ""
    assert not slow.is_pending()


def test_clear_now_leaves_other_text(guard, clipboard) -> None:  # type: ignore[no-untyped-def]
    guard.copy(TEXT)
    clipboard.setText("copied in another program")
    guard.clear_now()
    assert clipboard.text() == "copied in another program"


def test_a_second_copy_restarts_the_countdown_for_the_new_text(
        qtbot, guard, clipboard) -> None:  # type: ignore[no-untyped-def]
    guard.copy("first")
    guard.copy(TEXT)
    with qtbot.waitSignal(guard.cleared, timeout=5_000):
        pass
    assert clipboard.text() == ""


def test_text_copied_from_a_field_in_the_app_is_timed_out(
        qtbot, make_guard, clipboard) -> None:  # type: ignore[no-untyped-def]
    guard = make_guard(clear_after_ms=SHORT_MS, watch_application_copies=True)
    edit = QLineEdit(TEXT)
    qtbot.addWidget(edit)
    edit.show()
    edit.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None, timeout=5_000)
    edit.setFocus()
    edit.selectAll()
    with qtbot.waitSignal(guard.cleared, timeout=5_000):
        qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert clipboard.text() == TEXT
    assert clipboard.text() == ""


def test_without_watching_the_apps_own_copies_are_not_touched(qtbot, guard, clipboard) -> None:  # type: ignore[no-untyped-def]
    edit = QLineEdit(TEXT)
    qtbot.addWidget(edit)
    edit.selectAll()
    edit.copy()
    assert clipboard.text() == TEXT
    assert not guard.is_pending()


def test_ctrl_c_from_a_field_is_published_again_with_the_secret_marks(
        qtbot, make_guard, clipboard) -> None:
    make_guard(clear_after_ms=SHORT_MS, watch_application_copies=True)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.activateWindow()
    qtbot.waitUntil(edit.isActiveWindow, timeout=5000)
    qtbot.keyClicks(edit, "Qzchild from a field")
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    data = clipboard.mimeData()
    assert data is not None and clipboard.text() == "Qzchild from a field"
    for name, value in SECRET_MARKERS:
        assert bytes(data.data(name).data()) == value, name
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5000)
