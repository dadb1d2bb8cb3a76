"""Text typed in a table cell of the meeting outcome is kept when the vault locks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from guihelpers import create_vault, unlock
from meetinghelpers import case_two
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from scr_desktop.gui.meeting.meeting_editor import TAB_OUTCOMES

TODAY = date(2026, 11, 24)


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
