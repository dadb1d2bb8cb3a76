"""The rapid review step's refusals and the Panel's challenge, driven through its widgets.

A refused step shows why and keeps what was typed; a Panel challenge with a
revised decision replaces the decision shown on the decision step and keeps
the earlier one on the record; unticking "Anonymise" names the child in the
preview; a case under another framework is told the step does not apply.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt

from scr_desktop.domain.model import Case
from scr_desktop.gui.case_editor import CaseEditor
from scr_desktop.gui.decision_steps import STEP_DECISION, STEP_RAPID_REVIEW, DecisionSteps

TODAY = date(2027, 2, 10)


def _steps(qtbot, case: Case):  # type: ignore[no-untyped-def]
    saved: list[dict] = []
    editor = CaseEditor(case, lambda c: saved.append(c.to_dict()), today=lambda: TODAY)
    qtbot.addWidget(editor)
    steps = DecisionSteps(editor, lambda text: None, today=lambda: TODAY)
    editor.show()
    return editor, steps, saved


def cspr_case() -> Case:
    case = Case(reference="SCR-2027-0003", framework="wt2023-cspr")
    case.facts.update({"abuse_or_neglect": "known", "seriously_harmed": True})
    case.set("aware_date", "04/01/2027")
    case.set("child_forenames", "Qzoriel")
    return case


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_refused_notification_keeps_what_was_typed(qtbot) -> None:
    case = cspr_case()
    _editor, steps, _saved = _steps(qtbot, case)
    steps.go(STEP_RAPID_REVIEW)
    n = steps.rapid_review.notification
    qtbot.keyClicks(n.submitted, "11/02/2027")  # tomorrow
    qtbot.keyClicks(n.reference, "CSINS-7")
    click(qtbot, n.record)
    assert "in the future" in n.error.text()
    assert n.submitted.text() == "11/02/2027" and n.reference.text() == "CSINS-7"
    assert "notification" not in case.dates and case.deadlines_done == {}
    n.submitted.setText("05/01/2027")
    click(qtbot, n.record)
    assert n.error.isHidden()
    assert case.rapid_review["notification_reference"] == "CSINS-7"


def test_unticking_anonymise_names_the_child(qtbot) -> None:
    _editor, steps, _saved = _steps(qtbot, cspr_case())
    steps.go(STEP_RAPID_REVIEW)
    n = steps.rapid_review.notification
    assert "Qzoriel" not in dict(n.fields)["Child"]
    qtbot.mouseClick(n.anonymised, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, n.anonymised.height() // 2))
    assert "Qzoriel" in dict(n.fields)["Child"]


def test_a_panel_challenge_revises_the_decision_shown(qtbot) -> None:
    case = cspr_case()
    case.decision.decided, case.decision.decision_date = "no_further_review", "2027-01-20"
    case.decision.decided_by, case.decision.rationale = "Partners", "Agencies worked well."
    _editor, steps, saved = _steps(qtbot, case)
    steps.go(STEP_RAPID_REVIEW)
    page = steps.rapid_review
    s = page.signoff
    s.response.setCurrentIndex(s.response.findData("agrees"))
    qtbot.keyClicks(s.received, "01/02/2027")
    click(qtbot, s.record_response)
    assert "sent to the Panel first" in s.error.text()
    for key in ("local_authority", "icb", "police"):
        qtbot.keyClicks(s.names[key], "Lead")
        qtbot.keyClicks(s.dates[key], "19/01/2027")
        click(qtbot, s.buttons[key])
    qtbot.keyClicks(s.sent, "20/01/2027")
    click(qtbot, s.send)
    s.response.setCurrentIndex(s.response.findData("challenges"))
    s.revised.setCurrentIndex(s.revised.findData("local_cspr"))
    qtbot.keyClicks(s.revised_on, "03/02/2027")
    click(qtbot, s.record_response)
    assert s.error.isHidden(), s.error.text()
    [response] = page.record.panel_responses
    assert (response.earlier_decision, response.revised_decision) == ("no_further_review",
                                                                      "local_cspr")
    steps.go(STEP_DECISION)
    assert steps.decision.decided.currentData() == "local_cspr"
    assert steps.decision.decision_date.text() == "03/02/2027"
    assert saved[-1]["decision"]["decided"] == "local_cspr"
    assert saved[-1]["rapid_review"]["panel_responses"][0]["earlier_decision"] == \
        "no_further_review"


def test_the_step_says_when_it_does_not_apply(qtbot) -> None:
    case = cspr_case()
    _editor, steps, _saved = _steps(qtbot, case)
    combo = steps.facts.framework_combo
    combo.setCurrentIndex(combo.findData("wt2015-scr"))
    steps.go(STEP_RAPID_REVIEW)
    assert not steps.rapid_review.not_applicable.isHidden()
    assert steps.rapid_review.body.isHidden()


def test_a_case_moved_to_cspr_gains_the_step(qtbot) -> None:
    case = Case(reference="SCR-2027-0004")
    _editor, steps, _saved = _steps(qtbot, case)
    assert STEP_RAPID_REVIEW not in steps.index
    combo = steps.facts.framework_combo
    combo.setCurrentIndex(combo.findData("wt2023-cspr"))
    assert STEP_RAPID_REVIEW in steps.index
    steps.go(STEP_RAPID_REVIEW)
    assert steps.rapid_review.body.isVisibleTo(steps.rapid_review)


def test_the_meeting_section_takes_the_latest_meeting_with_this_case(qtbot) -> None:
    from scr_desktop.domain.meeting import AgencyCheck, Attendance, Meeting

    case = cspr_case()
    _editor, steps, _saved = _steps(qtbot, case)
    steps.go(STEP_RAPID_REVIEW)
    page = steps.rapid_review
    click(qtbot, page.meeting.take)
    assert "No meeting has this case" in page.meeting.error.text()
    older, newer, other = (Meeting(date="2027-01-07"), Meeting(date="2027-01-12"),
                           Meeting(date="2027-01-20"))
    for m in (older, newer):
        m.add_case(case).checks["police"] = AgencyCheck("police", "known", f"Seen {m.date}")
    newer.attendance = [Attendance("police", "Qzname", "Detective Inspector", "attended")]
    page.meetings_source = lambda: [older, other, newer]
    click(qtbot, page.meeting.take)
    assert page.meeting.error.isHidden()
    assert page.meeting.date.text() == "12/01/2027"
    assert page.meeting.present["police"].text() == "Detective Inspector"
    assert page.record.requests[0].summary == "Seen 2027-01-12"
    assert page.agencies.table.item(0, 3).text() == "Seen 2027-01-12"
    assert case.rapid_review["meeting_date"] == "2027-01-12"


def test_the_decision_step_names_who_decides_under_each_route(qtbot) -> None:
    case = cspr_case()
    _editor, steps, _saved = _steps(qtbot, case)
    page = steps.decision
    assert page.title.text() == "5. Decision after the rapid review"
    assert page.decision_box.title() == "The safeguarding partners' decision"
    combo = steps.facts.framework_combo
    combo.setCurrentIndex(combo.findData("wt2015-scr"))
    assert page.title.text() == "5. Decisions of the sub-group and the chair"
    assert page.decision_box.title() == "Chair's decision"
