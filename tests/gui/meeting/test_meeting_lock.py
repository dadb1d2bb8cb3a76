"""Locking during a meeting hides everything at once and unlocking returns to the same place.

The meetings page is wired into the real main window the way the lead will
wire it (a small subclass: attach and restore after unlocking, detach before
locking), and driven by the keyboard: Ctrl+L from the presenter window, and
the idle timer.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import shiboken6
from guihelpers import create_vault, unlock
from meetinghelpers import case_one, case_two, identifying_terms, leaks, visible_texts
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from scr_desktop.gui.main_window import MainWindow
from scr_desktop.gui.meeting.meeting_editor import TAB_CHECKS, TAB_OUTCOMES
from scr_desktop.gui.meeting.meetings_page import MeetingsPage
from scr_desktop.gui.meeting.presenter import HIDDEN_BADGE
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.widget_text import widgets_text
from scr_desktop.storage.attempts import AttemptLimiter

TODAY = date(2026, 11, 24)


MeetingWindow = MainWindow  # the real window: it wires the meetings page itself


@pytest.fixture
def make(qtbot, tmp_path: Path, vault_path: Path):  # type: ignore[no-untyped-def]
    windows: list[MeetingWindow] = []

    def factory(**kwargs: object) -> MeetingWindow:
        w = MeetingWindow(vault_path, limiter=AttemptLimiter(tmp_path / "attempts.json"),
                          today=lambda: TODAY, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(w)
        w.show()
        windows.append(w)
        return w

    yield factory
    for w in windows:
        w.close()


def _meeting(qtbot, window: MeetingWindow) -> tuple[MeetingsPage, list[str], list[str]]:  # type: ignore[no-untyped-def]
    create_vault(qtbot, window)
    one, two = case_one(), case_two()
    window.vault.cases.save(one)
    window.vault.cases.save(two)
    window.workspace.setCurrentWidget(window.meetings)
    page = window.meetings
    page.new_meeting()
    assert page.editor is not None
    page.editor.planner.add_case(one.id)
    page.editor.planner.add_case(two.id)
    terms = identifying_terms(one) + identifying_terms(two)
    return page, [one.id, two.id], terms


def test_ctrl_l_in_the_presenter_hides_everything_and_unlock_returns_there(qtbot,
                                                                           make) -> None:
    window = make()
    page, ids, terms = _meeting(qtbot, window)
    view = page.present()
    assert view is not None
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Y)
    Messages.next_answer(True)
    qtbot.keyClick(view, Qt.Key.Key_I)
    assert any("Qzbeta" in t for t in visible_texts())

    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    assert not view.isVisible() and page.presenter is None
    assert not leaks(terms, visible_texts())
    qtbot.waitUntil(lambda: not leaks(terms, widgets_text()), timeout=3000)
    assert window.stack.currentWidget() is window.lock_screen

    unlock(qtbot, window)
    assert window.workspace.currentWidget() is page
    again = page.presenter
    assert again is not None and again.isVisible() and again is not view
    assert again.place() == (1, 3)
    assert again.badge.text() == HIDDEN_BADGE and "Qzbeta" not in again.identity.text()
    assert "\u25b6 Y  Yes   \u2714 agreed" in again.answers.text()
    assert window.vault.cases.get(ids[1]).facts["seriously_harmed"] is True
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert page.editor is not None and page.editor.tabs.currentIndex() == TAB_OUTCOMES
    assert page.editor.outcome is not None and page.editor.outcome.case.id == ids[1]


def test_lock_on_the_agency_checks_returns_to_the_same_case(qtbot, make) -> None:
    window = make()
    page, ids, terms = _meeting(qtbot, window)
    assert page.editor is not None
    page.editor.go(TAB_CHECKS, ids[1])
    page.editor.checks.choose(ids[1], "police")
    qtbot.keyClicks(page.editor.checks.summary, "Qzbeta known to response officers")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    qtbot.waitUntil(lambda: not leaks(terms, widgets_text()), timeout=3000)
    unlock(qtbot, window)
    editor = page.editor
    assert editor is not None and editor.tabs.currentIndex() == TAB_CHECKS
    assert editor.checks.case_combo.currentData() == ids[1]
    meeting = window.vault.meetings.get(page.ctx.meeting.id)
    assert meeting.item(ids[1]).check("police").summary == "Qzbeta known to response officers"


def test_idle_time_locks_the_presenter_too(qtbot, make) -> None:
    window = make()
    page, _ids, terms = _meeting(qtbot, window)
    # Shortened only now: a new vault's recovery key dialog would outlast 400 ms.
    window.idle.timer.setInterval(400)
    window.idle.timer.start()
    view = page.present()
    assert view is not None
    qtbot.waitUntil(window.is_locked, timeout=10000)
    assert page.presenter is None
    assert not shiboken6.isValid(view) or not view.isVisible()
    qtbot.waitUntil(lambda: not leaks(terms, widgets_text()), timeout=3000)


# Text typed in a table cell of the meeting outcome is kept when the vault locks.

@pytest.fixture
def window(make_window, vault_path: Path):  # type: ignore[no-untyped-def]
    return make_window(vault_path, today=lambda: TODAY)


def test_an_action_being_typed_when_the_vault_locks_is_saved(qtbot, window) -> None:
    create_vault(qtbot, window)
    two = case_two()
    window.vault.cases.save(two)
    window.workspace.setCurrentWidget(window.meetings)
    page = window.meetings
    page.new_meeting()
    assert page.editor is not None
    page.editor.planner.add_case(two.id)
    page.save_now()
    page.editor.go(TAB_OUTCOMES, two.id)
    outcome = page.editor.outcome
    assert outcome is not None
    outcome.add_action.click()
    table = outcome.actions_table
    table.setFocus()
    table.setCurrentCell(0, 0)
    table.editItem(table.item(0, 0))
    ed = QApplication.focusWidget()
    assert ed is not None and ed is not table
    qtbot.keyClicks(ed, "Qzaction to follow up")
    qtbot.keyClick(ed, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    unlock(qtbot, window)
    assert page.ctx is not None
    meeting = window.vault.meetings.get(page.ctx.meeting.id)
    assert meeting.item(two.id).actions[0].text == "Qzaction to follow up"
