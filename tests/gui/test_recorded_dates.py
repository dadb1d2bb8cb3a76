"""A statutory date already recorded changes only after a confirmation, and the change is
audited: the deadlines step's "Mark done on" and "Undo done", driven as the business unit
would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from scr_desktop.domain.model import Case, Decision
from scr_desktop.gui.case_editor import CaseEditor
from scr_desktop.gui.decision_steps import STEP_DEADLINES, DecisionSteps
from scr_desktop.gui.messages import Messages
from scr_desktop.storage.vault import Vault

TODAY = date(2027, 1, 20)


def test_a_done_date_is_replaced_or_taken_back_only_after_confirming(qtbot,
                                                                    tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v.scrvault", "granite lantern orchard velvet")
    try:
        case = vault.cases.new_case("wt2015-scr")
        case.decision = Decision(decided="scr", decision_date="2027-01-15",
                                 decided_by="Independent Chair")
        case.status = "decided"
        vault.cases.save(case)

        def save(c: Case) -> None:
            vault.cases.save(c)

        editor = CaseEditor(vault.cases.get(case.id), save, today=lambda: TODAY)
        qtbot.addWidget(editor)
        steps = DecisionSteps(editor, lambda _t: None, today=lambda: TODAY)
        editor.show()
        steps.go(STEP_DEADLINES)
        page = steps.deadlines

        def mark(typed: str) -> None:
            page.select("decision_notifications")
            page.done_date.clear()
            qtbot.keyClicks(page.done_date, typed)
            qtbot.mouseClick(page.mark_done, Qt.MouseButton.LeftButton)

        mark("10/01/2027")
        assert editor.case.deadlines_done["decision_notifications"] == "2027-01-10"
        assert Messages.shown == []  # nothing recorded before: no question

        Messages.next_answer(False)
        mark("19/01/2027")
        assert editor.case.deadlines_done["decision_notifications"] == "2027-01-10"
        asked = Messages.shown[-1]
        assert asked.title == "Change a recorded date?"
        assert "10/01/2027" in asked.text and "19/01/2027" in asked.text

        Messages.next_answer(True)
        mark("19/01/2027")
        assert editor.case.deadlines_done["decision_notifications"] == "2027-01-19"

        Messages.next_answer(False)
        qtbot.mouseClick(page.undo_done, Qt.MouseButton.LeftButton)
        assert editor.case.deadlines_done["decision_notifications"] == "2027-01-19"
        assert "19/01/2027" in Messages.shown[-1].text

        editor.save_now()
        changes = [e.detail for e in vault.audit.entries(action="change")]
        assert any("deadlines_done" in d for d in changes)
        assert vault.cases.get(case.id).deadlines_done["decision_notifications"] == "2027-01-19"
    finally:
        vault.close()


def test_a_recorded_decision_date_changes_only_after_confirming(qtbot) -> None:
    from scr_desktop.gui.decision_steps import STEP_DECISION

    case = Case(reference="SCR-2027-0004")
    editor = CaseEditor(case, lambda c: None, today=lambda: TODAY)
    qtbot.addWidget(editor)
    steps = DecisionSteps(editor, lambda _t: None, today=lambda: TODAY)
    editor.show()
    steps.go(STEP_DECISION)
    page = steps.decision
    page.decided.setCurrentIndex(page.decided.findData("scr"))
    page.decision_date.setFocus()
    qtbot.keyClicks(page.decision_date, "15/01/2027")  # a first entry needs no question
    qtbot.keyClick(page.decision_date, Qt.Key.Key_Return)
    assert editor.case.decision.decision_date == "2027-01-15"
    assert Messages.shown == []

    def retype(text: str) -> None:
        page.decision_date.setFocus()
        page.decision_date.selectAll()
        qtbot.keyClicks(page.decision_date, text)
        # While typing, the recorded date stands.
        assert editor.case.decision.decision_date in ("2027-01-15", "2027-01-16")
        qtbot.keyClick(page.decision_date, Qt.Key.Key_Return)

    Messages.next_answer(False)
    retype("16/01/2027")
    assert editor.case.decision.decision_date == "2027-01-15"
    assert page.decision_date.text() == "15/01/2027"
    assert "15/01/2027" in Messages.shown[-1].text and "16/01/2027" in Messages.shown[-1].text
    Messages.next_answer(True)
    retype("16/01/2027")
    assert editor.case.decision.decision_date == "2027-01-16"


def test_a_recorded_event_date_changes_only_after_confirming(qtbot) -> None:
    case = Case(reference="SCR-2027-0005")
    case.decision = Decision(decided="scr", decision_date="2027-01-15", decided_by="Chair")
    case.status = "decided"
    case.record_date("publication", "2027-09-01")
    editor = CaseEditor(case, lambda c: None, today=lambda: TODAY)
    qtbot.addWidget(editor)
    steps = DecisionSteps(editor, lambda _t: None, today=lambda: TODAY)
    editor.show()
    steps.go(STEP_DEADLINES)
    field = steps.deadlines.publication
    assert field.text() == "01/09/2027"

    def retype(text: str) -> None:
        field.selectAll()
        qtbot.keyClicks(field, text)
        assert editor.case.dates["publication"] == "2027-09-01"  # stands while typing
        qtbot.keyClick(field, Qt.Key.Key_Return)

    Messages.next_answer(False)
    retype("02/09/2027")
    assert editor.case.dates["publication"] == "2027-09-01" and field.text() == "01/09/2027"
    assert "01/09/2027" in Messages.shown[-1].text and "02/09/2027" in Messages.shown[-1].text
    Messages.next_answer(True)
    retype("02/09/2027")
    assert editor.case.dates["publication"] == "2027-09-02"


def test_the_event_dates_captions_are_read_on_one_line(qtbot) -> None:
    case = Case(reference="SCR-2027-0006")
    case.decision = Decision(decided="scr", decision_date="2027-01-15", decided_by="Chair")
    case.status = "decided"
    editor = CaseEditor(case, lambda c: None, today=lambda: TODAY)
    qtbot.addWidget(editor)
    steps = DecisionSteps(editor, lambda _t: None, today=lambda: TODAY)
    editor.resize(1366 - 320, 600)  # the wizard's share of a 1366x768 window
    editor.show()
    steps.go(STEP_DEADLINES)
    page = steps.deadlines
    qtbot.waitUntil(page.publication.isVisible)
    caption = page.events_form.labelForField(page.publication.parentWidget())
    assert caption is not None and "publication" in caption.text()
    assert caption.height() < 2 * caption.fontMetrics().lineSpacing()  # one line, not three
    assert caption.width() >= caption.fontMetrics().horizontalAdvance(caption.text())
