"""The meeting widgets one at a time: planning, invitations, presenter keys, audit, errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import shiboken6
from guihelpers import create_vault
from meetinghelpers import case_one, case_two, password_driver
from PySide6.QtCore import Qt

from scr_desktop.gui.meeting.meeting_editor import TAB_ATTENDANCE, TAB_CHECKS, TAB_OUTCOMES
from scr_desktop.gui.meeting.meetings_page import MeetingsPage
from scr_desktop.gui.meeting.presenter import HIDDEN_BADGE
from scr_desktop.gui.messages import Messages
from scr_desktop.storage.vault import Vault

PASSPHRASE = "granite lantern orchard velvet"  # as the vault fixture (conftest.py) made it
TODAY = date(2026, 11, 24)


@pytest.fixture
def page(qtbot, vault):  # type: ignore[no-untyped-def]
    p = MeetingsPage(today=lambda: TODAY)
    qtbot.addWidget(p)
    p.attach(vault)
    # The page scrolls when smaller than its content; the tests click buttons with the
    # mouse, which reaches only what is in view, so the page is given room for all of it.
    p.resize(1600, 1100)
    p.show()
    yield p
    if vault.is_open:
        p.detach()


def _with_cases(page: MeetingsPage, vault: Vault) -> tuple[str, str]:
    one, two = case_one(), case_two()
    vault.cases.save(one)
    vault.cases.save(two)
    page.new_meeting()
    assert page.editor is not None
    page.editor.planner.add_case(one.id)
    page.editor.planner.add_case(two.id)
    return one.id, two.id


def test_a_new_meeting_is_audited_and_listed_without_personal_data(qtbot, page, vault) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.list.count() == 1
    assert page.list.item(0).text() == "Scheduled sub-group meeting, 24/11/2026 (0 cases)"
    assert page.heading.text() == "Scheduled sub-group meeting, 24/11/2026"
    qtbot.keyClicks(page.editor.planner.chair, "Qzchair Person")
    qtbot.waitUntil(lambda: not page.has_unsaved(), timeout=5000)
    actions = [e.action for e in vault.audit.entries()]
    assert "create meeting" in actions and "change meeting" in actions
    assert all("Qzchair" not in e.detail for e in vault.audit.entries())


def test_a_mistyped_date_is_explained_and_not_stored(qtbot, page, vault) -> None:
    page.new_meeting()
    planner = page.editor.planner
    planner.date.clear()
    qtbot.keyClicks(planner.date, "31/02/2027")
    assert planner.date_error.isVisible()
    assert "31/02/2027 is not a real date" in planner.date_error.text()
    assert page.ctx.meeting.date == "2026-11-24"


def test_a_meeting_after_the_three_week_date_says_so(qtbot, page, vault) -> None:
    one, _two = _with_cases(page, vault)
    planner = page.editor.planner
    planner.date.clear()
    qtbot.keyClicks(planner.date, "27/11/2026")
    assert planner.timing.isVisible()
    assert "after the three-week date" in planner.timing.text()
    assert "(due 26/11/2026)" in planner.timing.text() and "3.9" in planner.timing.text()
    planner.agenda.setCurrentRow(0)
    qtbot.mouseClick(planner.remove_button, Qt.MouseButton.LeftButton)
    assert page.ctx.meeting.item(one) is None
    assert not planner.timing.isVisible()
    assert planner.offer.rowCount() == 1


def test_invited_members_can_be_copied_into_the_attendance(qtbot, page, vault) -> None:
    page.new_meeting()
    planner = page.editor.planner
    qtbot.mouseClick(planner.invite_button, Qt.MouseButton.LeftButton)
    planner.invited.item(0, 0).setText("Qzinvitee One")
    combo = planner.invited.cellWidget(0, 1)
    combo.setCurrentIndex(combo.findData("police"))
    planner.invited.item(0, 2).setText("DI")
    page.editor.tabs.setCurrentIndex(TAB_ATTENDANCE)
    att = page.editor.attendance
    assert "Police" in att.warning.text()
    qtbot.mouseClick(att.from_invited, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(att.from_invited, Qt.MouseButton.LeftButton)
    assert [(p.name, p.agency, p.status) for p in page.ctx.meeting.attendance] == [
        ("Qzinvitee One", "police", "attended")]
    assert "Police" not in att.warning.text().split("represented")[0]


def test_presenter_keys_answer_every_kind_of_question(qtbot, page, vault) -> None:
    one, _two = _with_cases(page, vault)
    view = page.present()
    assert view is not None and page.editor is None
    assert page.heading.text().startswith("The meeting is on the projector")
    case = page.ctx.cases[one]
    qtbot.keyClick(view, Qt.Key.Key_9)  # only four choices: ignored
    assert "abuse_or_neglect" not in case.facts
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert case.facts["abuse_or_neglect"] == "known"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.place() == (0, 0)
    for _ in range(15):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert "how old" in view.question.text().lower()
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_7)
    assert case.facts["age_years"] == 17
    assert view.answers.text().startswith("\u25b6 17")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert case.facts["age_years"] is None and "Not known" in view.answers.text()
    for _ in range(40):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.progress.text() == "Question 32 of 32"
    qtbot.keyClick(view, Qt.Key.Key_Y)
    assert case.questions["national_implications"] is True
    Messages.next_answer(True)  # changing an agreed answer is confirmed
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert case.questions["national_implications"] is False  # the room's no is recorded
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.place() == (0, 0)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.place() == (0, 0)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.place() == (1, 0)
    qtbot.mouseClick(view.buttons["previous_case"], Qt.MouseButton.LeftButton)
    assert view.place() == (0, 0)
    assert view.flowchart.accessibleName() and view.flowchart.text_equivalent()


def test_a_reveal_needs_confirmation_and_is_audited_only_when_shown(qtbot, page, vault) -> None:
    _with_cases(page, vault)
    view = page.present()
    Messages.next_answer(False)
    qtbot.keyClick(view, Qt.Key.Key_I)
    assert view.badge.text() == HIDDEN_BADGE
    assert vault.audit.entries(action="reveal identifying details") == []
    assert Messages.shown[-1].title == "Show identifying details"
    assert "recorded in the audit log" in Messages.shown[-1].text


def test_nothing_to_present_is_explained(qtbot, page, vault) -> None:
    page.new_meeting()
    assert page.present() is None
    assert Messages.shown[-1].title == "Nothing to present"
    assert "Plan and agenda" in Messages.shown[-1].text


def test_a_case_deleted_for_good_leaves_the_meeting_usable(qtbot, page, vault) -> None:
    one, two = _with_cases(page, vault)
    meeting_id = page.ctx.meeting.id
    page.save_now()
    vault.cases.delete(one)
    vault.cases.empty_trash()
    assert page.open_meeting(meeting_id)
    assert list(page.ctx.cases) == [two]
    view = page.present()
    assert view is not None and "1 of 1" in view.case_title.text()


def test_minutes_that_cannot_be_written_say_so_and_record_nothing(qtbot, page, vault,
                                                                  tmp_path: Path) -> None:
    _with_cases(page, vault)
    dialog = page.export_minutes()
    dialog.run_dialog = password_driver(qtbot, [])
    Messages.next_answer(str(tmp_path / "no-such-folder" / "minutes.pdf"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
    assert Messages.shown[-1].title == "The minutes were not saved"
    assert "Nothing was saved" in Messages.shown[-1].text
    assert vault.audit.entries(action="export minutes") == []


def test_a_locked_vault_while_saving_is_reported_in_plain_words(qtbot, page, vault) -> None:
    page.new_meeting()
    qtbot.keyClicks(page.editor.planner.chair, "Chair")
    vault.close()
    assert not page.save_now()
    assert Messages.shown[-1].title == "Your changes to the meeting are not saved yet"
    assert "Traceback" not in Messages.shown[-1].text


def test_the_agency_list_is_the_boards_own_and_carries_to_the_next_meeting(qtbot, page,
                                                                          vault) -> None:
    one, _two = _with_cases(page, vault)
    editor = page.editor.planner.agencies
    qtbot.keyClicks(editor.label, "Youth offending service")
    qtbot.keyClick(editor.label, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.label, "Frimley Health trust")
    editor.group.setCurrentIndex(editor.group.findData("health"))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.label, "youth offending  service")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert "already on the list" in editor.error.text()
    keys = [a.key for a in page.ctx.meeting.agencies]
    assert keys[-2:] == ["youth_offending_service", "frimley_health_trust"]
    assert page.ctx.meeting.agencies[-1].group == "health"
    checks = page.editor.checks
    labels = [checks.overview.item(r, 0).text() for r in range(checks.overview.rowCount())]
    assert labels[-2:] == ["Youth offending service", "Frimley Health trust"]
    assert "12 of 12 agencies" in checks.missing.text()

    checks.choose(one, "housing")
    checks.known.setCurrentIndex(checks.known.findData("not_known"))
    editor.list.setCurrentRow([a.key for a in page.ctx.meeting.agencies].index("housing"))
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert "cannot be removed" in editor.error.text()
    editor.list.setCurrentRow([a.key for a in page.ctx.meeting.agencies].index("probation"))
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert "probation" not in [a.key for a in page.ctx.meeting.agencies]
    assert page.save_now()

    first = page.ctx.meeting.id
    page.new_meeting()
    assert page.ctx.meeting.id != first
    assert page.ctx.meeting.agencies == vault.meetings.get(first).agencies


def test_the_page_works_from_the_keyboard(qtbot, page, vault) -> None:
    one, two = case_one(), case_two()
    vault.cases.save(one)
    vault.cases.save(two)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=3000)
    page.list.setFocus()
    # A mnemonic clicks its button the way a mouse would, a moment later.
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.editor is not None, timeout=3000)
    assert page.editor.planner.date.hasFocus()
    planner = page.editor.planner
    qtbot.keyClick(planner.date, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # deci&sion
    assert planner.offer.hasFocus()
    qtbot.keyClick(planner.offer, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(page.ctx.meeting.items) == 1, timeout=3000)
    qtbot.keyClick(planner.offer, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert page.editor.tabs.currentIndex() == 1
    qtbot.keyClick(page.editor.checks, Qt.Key.Key_F5)
    assert page.presenter is not None and page.presenter.isVisible()


def test_minutes_that_could_not_be_audited_are_not_kept(qtbot, page, vault,
                                                       tmp_path: Path) -> None:
    _with_cases(page, vault)
    dialog = page.export_minutes()
    dialog.run_dialog = password_driver(qtbot, [])
    target = tmp_path / "minutes.pdf"
    Messages.next_answer(str(target))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.busy
    page.detach()  # the vault locks while the file is written
    assert not dialog.isVisible()
    path = vault.path
    vault.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=15000)
    assert not target.exists() and list(tmp_path.glob("*.pdf")) == []
    assert all(m.title != "Minutes saved" for m in Messages.shown)
    with Vault.open(path, PASSPHRASE) as again:
        assert again.audit.entries(action="export minutes") == []


def test_changes_made_in_the_case_wizard_meanwhile_are_not_overwritten(qtbot, page,
                                                                        vault) -> None:
    one, _two = _with_cases(page, vault)
    page.editor.show_outcome(one)
    assert page.save_now()
    page.hide()
    elsewhere = vault.cases.get(one)
    elsewhere.decision.rationale = "Qzwritten in the wizard"
    vault.cases.save(elsewhere)
    page.show()
    outcome = page.editor.outcome
    assert outcome is not None and outcome.case.id == one
    assert outcome.decision.rationale.toPlainText() == "Qzwritten in the wizard"
    qtbot.keyClicks(outcome.decision.decided_by, "Chair")
    qtbot.waitUntil(lambda: not page.has_unsaved(), timeout=5000)
    saved = vault.cases.get(one).decision
    assert saved.rationale == "Qzwritten in the wizard" and saved.decided_by == "Chair"


# In the real window: taking a case off the agenda asks first when the meeting
# has recorded something about it, and a change made in a meeting reaches the
# vault before the case is opened in the wizard.

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
    # Anything the meeting still held would be written by its own autosave now.
    qtbot.waitUntil(lambda: not page.has_unsaved(), timeout=5000)

    stored = window.vault.cases.get(two.id)
    assert stored.get("referrer_name") == "Qzreferrer"
    assert stored.decision.rationale == "Qzrationale agreed by the sub-group"
    assert window.editor.case.decision.rationale == "Qzrationale agreed by the sub-group"
