"""The decision steps driven as a chair would: answers change the path, decisions the deadlines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from guihelpers import create_vault
from PySide6.QtCore import Qt

from scr_desktop.domain.model import Case
from scr_desktop.gui.case_editor import CaseEditor
from scr_desktop.gui.dashboard_page import DashboardPage
from scr_desktop.gui.decision_steps import (
    STEP_DEADLINES,
    STEP_DECISION,
    STEP_QUESTIONS,
    STEP_RESULT,
    DecisionSteps,
)
from scr_desktop.gui.messages import Messages

TODAY = date(2027, 1, 20)


def _editor(qtbot, case: Case | None = None):  # type: ignore[no-untyped-def]
    saved: list[dict] = []
    case = case or Case(reference="SCR-2027-0001")
    editor = CaseEditor(case, lambda c: saved.append(c.to_dict()), today=lambda: TODAY)
    qtbot.addWidget(editor)
    copied: list[str] = []
    steps = DecisionSteps(editor, copied.append, today=lambda: TODAY)
    editor.show()
    return editor, steps, saved, copied


def test_answers_update_the_path_and_the_result(qtbot) -> None:
    editor, steps, saved, copied = _editor(qtbot)
    steps.go(STEP_RESULT)
    chart = steps.result.flowchart
    assert "not met" in steps.result.result.toPlainText()
    not_met_path = chart.highlighted_nodes()
    not_met_text = chart.text_equivalent()

    steps.go(STEP_QUESTIONS)
    steps.facts.set_fact("abuse_or_neglect", "suspected")
    steps.facts.set_fact("child_died", True)
    assert "must" in steps.facts.live_result.text().lower() or \
        "Regulation 5" in steps.facts.live_result.text()
    steps.go(STEP_RESULT)
    assert chart.highlighted_nodes() != not_met_path
    assert chart.text_equivalent() != not_met_text
    assert "reg" in chart.text_equivalent().lower() or "5(2)" in chart.text_equivalent()
    panel = steps.result.result.toPlainText()
    assert "Criteria met" in panel and "Source:" in panel
    assert "Child death review" in panel or "child death" in panel.lower()
    # The facts are stored on the case and saved.
    assert editor.case.facts["child_died"] is True
    qtbot.waitUntil(lambda: not editor.has_unsaved(), timeout=3000)
    assert saved and saved[-1]["facts"]["abuse_or_neglect"] == "suspected"
    qtbot.mouseClick(steps.result.copy_button, Qt.MouseButton.LeftButton)
    assert copied and "Serious Case Review" in copied[-1]


def test_the_result_is_not_squeezed_by_the_flowchart_at_1366_by_768(qtbot) -> None:
    editor, steps, _saved, _copied = _editor(qtbot)
    editor.resize(1366 - 320, 560)  # the wizard's share of a 1366x768 window
    steps.go(STEP_RESULT)
    panel = steps.result.result
    qtbot.waitUntil(panel.isVisible)
    chars = panel.width() / panel.fontMetrics().averageCharWidth()
    assert chars >= 40, chars  # a readable line of the result, not a few words
    assert steps.result.flowchart.width() >= steps.result.flowchart.minimumSizeHint().width()


def test_source_is_one_click_away(qtbot) -> None:
    Messages.testing = True
    Messages.reset()
    _, steps, _s, _c = _editor(qtbot)
    steps.go(STEP_QUESTIONS)
    buttons = [b for b in steps.facts.findChildren(type(steps.result.copy_button))
               if b.text() == "Source"]
    assert len(buttons) >= 20
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert Messages.shown and "para" in Messages.shown[-1].text.lower()


def test_recording_a_decision_updates_deadlines(qtbot) -> None:
    case = Case(reference="SCR-2027-0002")
    case.facts.update({"abuse_or_neglect": "known", "child_died": True})
    case.set("referral_date", "21/12/2026")
    editor, steps, _saved, _c = _editor(qtbot, case)
    steps.go(STEP_DEADLINES)
    keys = {s.key for s in steps.deadlines.states}
    assert keys == {"subgroup_meeting", "chair_decision"}

    steps.go(STEP_DECISION)
    page = steps.decision
    page.decided.setCurrentIndex(page.decided.findData("scr"))
    qtbot.keyClicks(page.decision_date, "15/01/2027")
    qtbot.keyClicks(page.decided_by, "Independent Chair")
    assert editor.case.decision.decision_date == "2027-01-15"
    assert editor.case.status == "decided"
    steps.go(STEP_DEADLINES)
    due = {s.key: s.due.isoformat() for s in steps.deadlines.states}
    assert due["review_completion"] == "2027-07-15"
    assert due["imr_completion"] == "2027-02-26"
    assert due["decision_notifications"] == "2027-01-22"
    # the decision recorded here meets the chair's own deadline (3.8) on its date
    chair = next(s for s in steps.deadlines.states if s.key == "chair_decision")
    assert chair.state == "done" and chair.done_on == date(2027, 1, 15)
    assert "Done on 15/01/2027" in chair.text

    # Mark Ofsted/DfE/Panel notified.
    steps.deadlines.select("decision_notifications")
    steps.deadlines.done_date.setText("")
    qtbot.keyClicks(steps.deadlines.done_date, "19/01/2027")
    qtbot.mouseClick(steps.deadlines.mark_done, Qt.MouseButton.LeftButton)
    assert editor.case.deadlines_done["decision_notifications"] == "2027-01-19"
    row = next(s for s in steps.deadlines.states if s.key == "decision_notifications")
    assert row.state == "done" and "19/01/2027" in row.text


def test_departing_from_must_needs_a_rationale(qtbot) -> None:
    case = Case(reference="SCR-2027-0003")
    case.facts.update({"abuse_or_neglect": "known", "child_died": True})
    _, steps, _s, _c = _editor(qtbot, case)
    steps.go(STEP_DECISION)
    page = steps.decision
    page.decided.setCurrentIndex(page.decided.findData("no_review"))
    assert page.departure.isVisible()
    assert "\u26a0" in page.departure.text() and "departs" in page.departure.text()
    assert page.errors["rationale"].isVisible()
    qtbot.keyClicks(page.rationale, "The child died of natural causes")
    assert not page.errors["rationale"].isVisible()
    assert page.departure.isVisible()  # still flagged, now explained


def test_dashboard_lists_overdue_deadline_with_words(qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    repo = window.vault.cases
    late = repo.new_case()
    late.set("referral_date", "01/09/2026")  # chair decision was due 01/10/2026
    repo.save(late)
    fine = repo.new_case()
    repo.save(fine)
    dash = DashboardPage(today=lambda: date(2026, 11, 20))
    qtbot.addWidget(dash)
    with qtbot.waitSignal(dash.refreshed, timeout=10000):
        dash.attach(window.vault.deadlines)
    overdue = [r for r in dash.rows if r.deadline.state == "overdue"]
    assert {r.deadline.key for r in overdue} == {"subgroup_meeting", "chair_decision"}
    cell = dash.model.index(0, 4).data()
    assert cell.startswith("\u26a0 OVERDUE")
    assert dash.model.index(0, 1).data() == late.reference
    assert "2 overdue" in dash.counts.text()
    # The toolbar action shows it in the window.
    window.deadlines_action.trigger()
    assert window.workspace.currentWidget() is window.dashboard


def test_dashboard_drops_results_that_arrive_after_locking(qtbot, make_window,
                                                           vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    late = window.vault.cases.new_case()
    late.set("referral_date", "01/09/2026")
    window.vault.cases.save(late)
    dash = DashboardPage(today=lambda: date(2026, 11, 20))
    qtbot.addWidget(dash)
    with qtbot.waitSignal(dash.refreshed, timeout=10000):
        dash.attach(window.vault.deadlines)
    assert dash.rows
    dash.refresh()
    dash.detach()  # the vault locks
    with qtbot.assertNotEmitted(dash.refreshed, wait=500):
        pass
    assert dash.rows == [] and dash.model.rowCount() == 0


# A date at either end of the calendar is refused with the reason: no traceback,
# nothing stored, and so no deadline computed from it.

def _steps(qtbot):  # type: ignore[no-untyped-def]
    editor = CaseEditor(Case(reference="SCR-2027-0001"), lambda c: None, today=lambda: TODAY)
    qtbot.addWidget(editor)
    steps = DecisionSteps(editor, lambda text: None, today=lambda: TODAY)
    editor.show()
    return editor, steps


def test_a_publication_date_in_year_1_is_refused_without_a_crash(qtbot) -> None:
    editor, steps = _steps(qtbot)
    steps.go(STEP_DEADLINES)
    qtbot.keyClicks(steps.deadlines.publication, "03/01/0001")
    assert "publication" not in editor.case.dates
    assert "Check the year" in steps.deadlines.publication_error.text()
    assert steps.deadlines.states == []


def test_a_decision_date_in_9999_is_refused_without_a_crash(qtbot) -> None:
    editor, steps = _steps(qtbot)
    steps.go(STEP_DECISION)
    page = steps.decision
    page.decided.setCurrentIndex(page.decided.findData("scr"))
    qtbot.keyClicks(page.decision_date, "28/12/9999")
    assert editor.case.decision.decision_date == ""
    assert "Check the year" in page.errors["decision_date"].text()
    steps.go(STEP_DEADLINES)
    assert steps.deadlines.states == []
