"""A date at either end of the calendar on the decision steps is refused with the reason.

No traceback, nothing stored, and so no deadline computed from it.
"""

from __future__ import annotations

from datetime import date

from scr_desktop.domain.model import Case
from scr_desktop.gui.case_editor import CaseEditor
from scr_desktop.gui.decision_steps import STEP_DEADLINES, STEP_DECISION, DecisionSteps

TODAY = date(2027, 1, 20)


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
