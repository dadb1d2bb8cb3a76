"""Taking a case off the agenda asks first when the meeting has recorded something about it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from guihelpers import create_vault
from meetinghelpers import case_one, case_two
from PySide6.QtCore import Qt

from scr_desktop.gui.meeting.meeting_editor import TAB_CHECKS
from scr_desktop.gui.messages import Messages

TODAY = date(2026, 11, 24)


@pytest.fixture
def window(make_window, vault_path: Path):  # type: ignore[no-untyped-def]
    return make_window(vault_path, today=lambda: TODAY)


def _agenda(qtbot, window):  # type: ignore[no-untyped-def]
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
    return page, one.id, two.id


def _select(planner, case_id: str) -> None:  # type: ignore[no-untyped-def]
    for row in range(planner.agenda.count()):
        if planner.agenda.item(row).data(Qt.ItemDataRole.UserRole) == case_id:
            planner.agenda.setCurrentRow(row)
            return
    raise AssertionError("case not on the agenda")


def test_a_case_with_a_recorded_return_stays_unless_the_user_agrees(qtbot, window) -> None:
    page, _one, two = _agenda(qtbot, window)
    assert page.editor is not None
    page.editor.go(TAB_CHECKS, two)
    page.editor.checks.choose(two, "police")
    qtbot.keyClicks(page.editor.checks.summary, "Qzbeta known to response officers")
    planner = page.editor.planner

    _select(planner, two)
    Messages.next_answer(False)
    planner.remove_selected()
    assert page.ctx is not None
    item = page.ctx.meeting.item(two)
    assert item.check("police").summary == "Qzbeta known to response officers"
    assert any(s.kind == "Question" for s in Messages.shown)

    _select(planner, two)
    Messages.next_answer(True)
    planner.remove_selected()
    assert two not in [i.case_id for i in page.ctx.meeting.items]


def test_a_case_with_nothing_recorded_is_removed_at_once(qtbot, window) -> None:
    page, one, _two = _agenda(qtbot, window)
    assert page.editor is not None
    planner = page.editor.planner
    _select(planner, one)
    planner.remove_selected()
    assert page.ctx is not None
    assert one not in [i.case_id for i in page.ctx.meeting.items]
    assert not any(s.kind == "Question" for s in Messages.shown)
