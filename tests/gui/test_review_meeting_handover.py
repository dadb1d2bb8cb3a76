"""A change made in a meeting reaches the vault before the case is opened in the wizard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from guihelpers import create_vault
from meetinghelpers import case_one, case_two

from scr_desktop.gui.meeting.meeting_editor import TAB_OUTCOMES

TODAY = date(2026, 11, 24)


@pytest.fixture
def window(make_window, vault_path: Path):  # type: ignore[no-untyped-def]
    return make_window(vault_path, today=lambda: TODAY)


def test_an_outcome_typed_just_before_opening_the_case_is_not_lost(qtbot, window) -> None:
    create_vault(qtbot, window)
    one, two = case_one(), case_two()
    window.vault.cases.save(one)
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
    qtbot.keyClicks(outcome.decision.rationale, "Qzrationale agreed by the sub-group")

    window.open_case(two.id)
    assert window.editor is not None
    qtbot.keyClicks(window.editor.editor("referrer_name").focus_target(), "Qzreferrer")
    window.editor.save_now()
    qtbot.wait(1200)  # longer than the meeting's own autosave delay

    stored = window.vault.cases.get(two.id)
    assert stored.get("referrer_name") == "Qzreferrer"
    assert stored.decision.rationale == "Qzrationale agreed by the sub-group"
    assert window.editor.case.decision.rationale == "Qzrationale agreed by the sub-group"
