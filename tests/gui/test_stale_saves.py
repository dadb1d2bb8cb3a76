"""Two screens editing one case: the later save is refused by the vault, and nothing is lost.

The case wizard and the meetings page each hold their own copy of a case.
When one saves after the other, the vault refuses the stale copy; the
screen then takes in the newer version, keeps its own changes, and tells
the user in plain words, listing anything both screens changed so it can
be copied back.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from guihelpers import create_vault
from meetinghelpers import case_two

from scr_desktop.gui.meeting.meeting_editor import TAB_OUTCOMES
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.stale_save import CONFLICTED, MERGED

TODAY = date(2026, 11, 24)


@pytest.fixture
def window(make_window, vault_path: Path):  # type: ignore[no-untyped-def]
    return make_window(vault_path, today=lambda: TODAY)


def _both_open(qtbot, window):  # type: ignore[no-untyped-def]
    """Put a case on a meeting's agenda (outcome tab) and open it in the wizard too."""
    create_vault(qtbot, window)
    case = case_two()
    window.vault.cases.save(case)
    window.workspace.setCurrentWidget(window.meetings)
    page = window.meetings
    page.new_meeting()
    page.editor.planner.add_case(case.id)
    assert page.save_now()
    page.editor.go(TAB_OUTCOMES, case.id)
    window.open_case(case.id)
    assert window.editor is not None and window.decision_steps is not None
    return case.id, page, page.editor.outcome


def test_the_wizard_saving_after_the_meeting_keeps_both_changes(qtbot, window) -> None:
    case_id, page, outcome = _both_open(qtbot, window)
    outcome.decision.rationale.setPlainText("Qzmeeting rationale")
    assert page.save_now()
    Messages.reset()

    qtbot.keyClicks(window.editor.editor("referrer_name").focus_target(), "Qzreferrer")
    editor = window.editor
    assert editor.save_now()

    assert [m.title for m in Messages.shown] == ["Case brought up to date"]
    assert Messages.shown[0].text == MERGED
    stored = window.vault.cases.get(case_id)
    assert stored.get("referrer_name") == "Qzreferrer"
    assert stored.decision.rationale == "Qzmeeting rationale"
    # The wizard then shows the newer case, with what was typed in it.
    qtbot.waitUntil(lambda: window.editor is not editor)
    assert window.editor.case.decision.rationale == "Qzmeeting rationale"
    assert window.editor.editor("referrer_name").value() == "Qzreferrer"


def test_the_meeting_saving_after_the_wizard_keeps_both_changes(qtbot, window) -> None:
    case_id, page, outcome = _both_open(qtbot, window)
    qtbot.keyClicks(window.editor.editor("referrer_name").focus_target(), "Qzreferrer")
    assert window.editor.save_now()
    Messages.reset()

    outcome.decision.rationale.setPlainText("Qzmeeting rationale")
    assert page.save_now()

    assert [m.title for m in Messages.shown] == ["Case brought up to date"]
    stored = window.vault.cases.get(case_id)
    assert stored.get("referrer_name") == "Qzreferrer"
    assert stored.decision.rationale == "Qzmeeting rationale"
    qtbot.waitUntil(lambda: page.editor.outcome is not outcome)
    assert page.ctx.cases[case_id].get("referrer_name") == "Qzreferrer"


def test_an_answer_changed_in_both_is_refused_and_the_later_text_can_be_copied(
    qtbot, window,
) -> None:
    from scr_desktop.gui.decision_steps import STEP_DECISION

    case_id, page, outcome = _both_open(qtbot, window)
    window.decision_steps.go(STEP_DECISION)
    outcome.decision.rationale.setPlainText("Qzagreed at the meeting")
    assert page.save_now()
    Messages.reset()

    qtbot.keyClicks(window.decision_steps.decision.rationale, "Qztyped in the wizard")
    qtbot.keyClicks(window.editor.editor("referrer_name").focus_target(), "Qzreferrer")
    assert window.editor.save_now()

    [shown] = Messages.shown
    assert (shown.kind, shown.title, shown.text) == ("Warning", "Changed in two places",
                                                      CONFLICTED)
    assert "Qztyped in the wizard" in shown.details  # the user's text, to copy back
    stored = window.vault.cases.get(case_id)
    assert stored.decision.rationale == "Qzagreed at the meeting"  # the first save stands
    assert stored.get("referrer_name") == "Qzreferrer"  # the wizard's other change is kept
