"""A serious incident from notification to the decision after the rapid review, in the app.

The real window, vault and readers: the board chooses the CSPR route for new
cases; a new case's facts make it a notifiable serious incident; the
notification fields are previewed anonymised and copied one by one; the
notification is recorded; agencies are asked and their summaries entered;
the rapid review meeting is held in meeting mode (the three safeguarding
partners listed first in its attendance, the case's agency summaries beside
the outcome) and records the local CSPR decision with its rationale, its
attendance reaching the case; the report is exported
encrypted and read back with its password (qpdf, pdftotext); the three
partners sign off; it is sent to the Panel; the decision opens the case's
Review area; the deadlines appear on the dashboard.  Ctrl+L then
leaves no case data in any widget.  Dates are the case's own, with "today"
fixed so that nothing depends on the day the test runs.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from exporthelpers import DialogDriver, pdf_text, qpdf_encryption
from guihelpers import create_vault, fill_field
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from scr_desktop.domain.model import Case
from scr_desktop.gui.decision_steps import STEP_DECISION, STEP_QUESTIONS, STEP_RAPID_REVIEW
from scr_desktop.gui.meeting.attendance import NAME, ROLE
from scr_desktop.gui.meeting.meeting_editor import TAB_ATTENDANCE
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.review.area import STEP_SETUP
from scr_desktop.gui.widget_text import widgets_text

TODAY = date(2027, 1, 20)
SHOTS = os.environ.get("SCR_SHOTS")


def shot(window, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / f"{name}.png"))


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_cspr_case_from_notification_to_decision(qtbot, make_window, vault_path: Path,
                                                   tmp_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    window.resize(1366, 768)
    create_vault(qtbot, window)
    Messages.next_answer("wt2023-cspr")
    window.new_framework_action.trigger()
    window.new_case()
    editor, steps = window.editor, window.decision_steps
    assert editor is not None and steps is not None
    case: Case = editor.case
    assert case.framework == "wt2023-cspr"
    for name, value in (("child_forenames", "Qzelodie"), ("child_last_names", "Qzfairbairn"),
                        ("incident_date", "17/12/2026"), ("aware_date", "18/12/2026"),
                        ("case_outline", "Qzelodie Qzfairbairn, 4 months, found unresponsive.")):
        fill_field(qtbot, editor.editor(name), value)

    steps.go(STEP_QUESTIONS)
    steps.facts.set_fact("abuse_or_neglect", "suspected")
    steps.facts.set_fact("child_died", True)
    steps.facts.set_fact("improvements_needed", True)
    assert "rapid review" in steps.facts.live_result.text().lower()

    # -- notification: previewed anonymised, copied field by field, recorded ------------------
    steps.go(STEP_RAPID_REVIEW)
    page = steps.rapid_review
    fields = dict(page.notification.fields)
    assert fields["Child"] == "Child A"
    assert "Qzelodie" not in " ".join(fields.values())
    page.notification.copy_field("What happened")
    assert QGuiApplication.clipboard().text() == fields["What happened"]
    shot(window, "cspr-notification")
    qtbot.keyClicks(page.notification.submitted, "23/12/2026")
    qtbot.keyClicks(page.notification.reference, "CSINS-2026-0042")
    qtbot.keyClicks(page.notification.told, "24/12/2026")
    click(qtbot, page.notification.record)
    assert page.notification.error.isHidden(), page.notification.error.text()
    assert case.dates["notification"] == "2026-12-23"
    assert case.deadlines_done["panel_notification"] == "2026-12-23"
    driver = DialogDriver(qtbot)
    window.exports.run_dialog = driver
    driver.then(driver.generated_password)
    Messages.next_answer(str(tmp_path / "notification"))
    with qtbot.waitSignal(window.exports.finished, timeout=30_000):
        click(qtbot, page.notification.export)
    text = " ".join(pdf_text(tmp_path / "notification.pdf", driver.passwords[-1]).split())
    assert "Child A" in text and "Qzelodie" not in text and "Qzfairbairn" not in text

    # -- agencies asked on day 1, their summaries in ------------------------------------------
    agencies = page.agencies
    for agency in ("Police", "Health visiting", "Children's social care"):
        qtbot.keyClicks(agencies.new_agency, agency)
        agencies.asked_on.setText("24/12/2026")
        click(qtbot, agencies.add)
    assert [r.agency for r in page.record.requests] == ["Police", "Health visiting",
                                                        "Children's social care"]
    for row in range(3):
        agencies.set_summary(row, "06/01/2027", f"Qzsummary {row}: involvement described.")
    assert all(r.received_on == "2027-01-06" for r in page.record.requests)
    agencies.table.setCurrentCell(0, 0)
    driver.then(driver.generated_password)
    Messages.next_answer(str(tmp_path / "letter to the police"))
    with qtbot.waitSignal(window.exports.finished, timeout=30_000):
        click(qtbot, agencies.letter)
    letter = " ".join(pdf_text(tmp_path / "letter to the police.pdf",
                               driver.passwords[-1]).split())
    assert "Police" in letter and "11/01/2027" in letter  # day 10 after Christmas
    assert qpdf_encryption(tmp_path / "letter to the police.pdf", driver.passwords[-1])

    # -- the rapid review meeting, held in meeting mode -----------------------------------------
    window.show_meetings()
    meetings = window.meetings
    meeting = meetings.new_meeting()
    assert meeting is not None and meetings.editor is not None
    planner = meetings.editor.planner
    planner.date.clear()
    qtbot.keyClicks(planner.date, "08/01/2027")
    planner.kind.setCurrentIndex(planner.kind.findData("rapid_review"))
    assert meetings.heading.text() == "Rapid review meeting, 08/01/2027"
    planner.refresh()
    offered = [c.case_id for c in planner.offered]
    assert case.id in offered
    row = offered.index(case.id)
    assert planner.offer.item(row, 2).text() == \
        "No sub-group meeting: decided after the rapid review"
    assert planner.offer.item(row, 3).text() == "\u26a0 18/01/2027 - OVERDUE"
    planner.offer.selectRow(offered.index(case.id))
    click(qtbot, planner.add_button)
    # attendance: the three safeguarding partners are listed first, then others
    attendance = meetings.editor.attendance
    meetings.editor.go(TAB_ATTENDANCE)
    partners = [attendance.table.cellWidget(r, 0).currentText() for r in range(3)]
    assert partners == ["Local authority (safeguarding partner)",
                        "Integrated care board (safeguarding partner)", "Police"]
    assert "Local authority, Integrated care board and Police are not represented" \
        in attendance.warning.text()
    for row, (name, role) in enumerate((("Qzdcs Person", "Director of Children's Services"),
                                        ("Qznurse Person", "Designated nurse"),
                                        ("Qzdi Person", "Detective Inspector"))):
        attendance.table.item(row, NAME).setText(name)
        attendance.table.item(row, ROLE).setText(role)
    assert attendance.warning.isHidden()
    click(qtbot, attendance.add_button)
    attendance.set_row(3, agency="other")
    attendance.table.item(3, NAME).setText("Qzhead Person")
    attendance.table.item(3, ROLE).setText("Head of the nursery")
    # the outcome shows the case's agency summaries and records the rapid review decision
    outcome = meetings.editor.show_outcome(case.id)
    assert outcome is not None and outcome.form.rapid_review_box.isVisible()
    shown = [outcome.summaries.item(r, 2).text() for r in range(outcome.summaries.rowCount())]
    assert shown == [f"Qzsummary {row}: involvement described." for row in range(3)]
    d = outcome.decision
    d.decided.setCurrentIndex(d.decided.findData("local_cspr"))
    qtbot.keyClicks(d.decision_date, "08/01/2027")
    qtbot.keyClicks(d.decided_by, "Safeguarding partners")
    assert d.errors["rationale"].isVisible()  # every CSPR decision needs its rationale
    qtbot.keyClicks(d.rationale, "Improvements are needed across agencies.")
    assert not d.errors["rationale"].isVisible()
    assert meetings.save_now()
    qtbot.waitUntil(lambda: outcome.isVisible())
    assert window.minimumSizeHint().height() <= 768  # the meeting fits a 1366 x 768 screen
    shot(window, "cspr-rapid-review-meeting")
    stored = window.vault.cases.get(case.id)
    assert stored.decision.decided == "local_cspr"
    assert stored.rapid_review["meeting_date"] == "2027-01-08"
    assert stored.rapid_review["partners_present"] == {
        "local_authority": "Director of Children's Services", "icb": "Designated nurse",
        "police": "Detective Inspector"}
    assert stored.rapid_review["others_present"] == "Head of the nursery (Other agencies)"

    # -- back on the case: the report --------------------------------------------------------
    window.open_case(case.id, STEP_RAPID_REVIEW)
    editor, steps = window.editor, window.decision_steps
    assert editor is not None and steps is not None
    case = editor.case
    page = steps.rapid_review
    assert page.meeting.date.text() == "08/01/2027"
    assert page.meeting.present["icb"].text() == "Designated nurse"
    for key, text in (("facts_and_agency_involvement", "Three agencies knew the family."),
                      ("immediate_safety_action", "The sibling is safe with relatives."),
                      ("learning_identified", "Safe sleep advice was not repeated."),
                      ("decision_and_rationale", "A local review: learning for all.")):
        qtbot.keyClicks(page.report.texts[key], text)
    steps_by_key = {s.key: s for s in page.timeline.steps}
    assert steps_by_key["summaries"].state == "done"
    assert steps_by_key["meeting"].state == "done"

    # -- exported, encrypted, opened with the password ----------------------------------------
    driver.then(driver.generated_password)
    Messages.next_answer(str(tmp_path / "rapid review"))
    with qtbot.waitSignal(window.exports.finished, timeout=30_000):
        click(qtbot, page.report.export)
    saved = tmp_path / "rapid review.pdf"
    assert saved.exists()
    password = driver.passwords[-1]
    assert "R = 6" in qpdf_encryption(saved, password)
    text = " ".join(pdf_text(saved, password).split())
    for heading in ("Facts and agency involvement", "Immediate safety action",
                    "Learning identified", "Decision and rationale", "Qzsummary 0",
                    "CSINS-2026-0042"):
        assert heading in text
    assert "Qzelodie" not in text and "Qzfairbairn" not in text
    details = [e.detail for e in window.vault.audit.entries(action="export")]
    assert len(details) == 3
    for what in ("serious incident notification", "request letter", "rapid review report"):
        assert any(what in d for d in details), what

    # -- sign-off by the three partners, sent to the Panel -------------------------------------
    sign = page.signoff
    click(qtbot, sign.send)
    assert "Enter the date it was sent" in sign.error.text()
    qtbot.keyClicks(sign.sent, "14/01/2027")
    click(qtbot, sign.send)
    assert "still to sign: Local authority, Integrated care board, Police" in sign.error.text()
    assert "rapid_review_sent" not in case.dates  # refused: nothing recorded
    for key, who in (("local_authority", "DCS"), ("icb", "Chief nurse"),
                     ("police", "Chief superintendent")):
        qtbot.keyClicks(sign.names[key], who)
        qtbot.keyClicks(sign.dates[key], "13/01/2027")
        click(qtbot, sign.buttons[key])
        assert sign.error.isHidden(), sign.error.text()
    click(qtbot, sign.send)
    assert sign.error.isHidden(), sign.error.text()
    assert case.dates["rapid_review_sent"] == "2027-01-14"
    assert case.deadlines_done["rapid_review"] == "2027-01-14"
    shot(window, "cspr-rapid-review")

    # -- decision: the local CSPR recorded at the meeting, and the review area it opens ----------
    steps.go(STEP_DECISION)
    d = steps.decision
    assert d.decided.currentData() == "local_cspr"
    assert not d.errors["rationale"].isVisible()
    assert editor.save_now()
    stored = window.vault.cases.get(case.id)
    assert stored.rapid_review["notification_reference"] == "CSINS-2026-0042"
    assert stored.decision.decided == "local_cspr"
    area = window.review_area
    assert area is not None and STEP_SETUP in area.index
    assert area.session is not None and area.session.review.kind == "local_cspr"

    # -- every deadline on the dashboard -----------------------------------------------------------
    window.show_dashboard()
    dash = window.dashboard
    qtbot.waitUntil(lambda: any(r.deadline.key == "local_review_publication"
                                for r in dash.rows), timeout=10_000)
    keys = {r.deadline.key: r.deadline for r in dash.rows if r.case_id == case.id}
    # the open deadlines; those met by the workflow are done, and the dashboard lists open ones
    assert set(keys) == {"panel_response_expected", "local_review_publication"}
    assert keys["panel_response_expected"].due.isoformat() == "2027-01-28"
    assert keys["local_review_publication"].due.isoformat() == "2027-07-08"
    assert "local practice" in keys["panel_response_expected"].source
    from scr_desktop.domain.assessment import assess_case, deadline_states
    stored = window.vault.cases.get(case.id)
    states = {s.key: s.state for s in deadline_states(assess_case(stored),
                                                      stored.deadlines_done, TODAY)}
    assert states["panel_notification"] == states["partners_notification"] == "done"
    assert states["rapid_review"] == "done"
    shot(window, "cspr-dashboard")

    # -- locking leaves no case data in any widget ---------------------------------------------
    window.open_case(case.id, STEP_RAPID_REVIEW)
    assert "CSINS-2026-0042" in "\n".join(widgets_text())
    window.activateWindow()  # the password dialog had the focus last
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    markers = ("CSINS-2026-0042", "Qzsummary", "Designated nurse", "Child A",
               "Safe sleep advice")
    qtbot.waitUntil(lambda: not any(m in "\n".join(widgets_text()) for m in markers),
                    timeout=3_000)
    assert window.stack.currentWidget() is window.lock_screen
