"""What the form already says is not asked again: the flowchart takes the child's age, and
whether the child is looked after, from the form, shows them as such, and lets them change."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QSpinBox

from scr_desktop.domain.model import Case
from scr_desktop.gui.case_editor import CaseEditor
from scr_desktop.gui.decision_steps import STEP_QUESTIONS, STEP_RESULT, DecisionSteps
from scr_desktop.gui.meeting.meetings_page import MeetingsPage
from scr_desktop.storage.vault import Vault

TODAY = date(2026, 11, 24)


def _case() -> Case:
    case = Case(reference="SCR-2026-0007")
    case.set("child_dob", "03/04/2023")
    case.set("incident_date", "09/11/2026")
    case.set("status_looked_after", True)
    case.set("status_disability", True)
    case.set("child_disability", "cerebral palsy")
    return case


def test_the_flowchart_takes_age_and_looked_after_from_the_form(qtbot) -> None:
    editor = CaseEditor(_case(), lambda c: None, today=lambda: TODAY)
    qtbot.addWidget(editor)
    steps = DecisionSteps(editor, lambda _t: None, today=lambda: TODAY)
    editor.show()
    page = steps.facts
    assert "age_years" not in editor.case.facts  # nothing is taken before the step is seen
    steps.go(STEP_QUESTIONS)
    age = page.inputs["age_years"]
    assert isinstance(age, QSpinBox) and age.value() == 3
    assert editor.case.facts["age_years"] == 3
    note = page.notes["age_years"].text()
    assert "From the form: born 03/04/2023, incident on 09/11/2026" in note
    looked_after = page.inputs["looked_after"]
    assert isinstance(looked_after, QCheckBox) and looked_after.isChecked()
    assert "Looked After Child" in page.notes["looked_after"].text()
    disability = page.inputs["learning_disability"]
    assert isinstance(disability, QCheckBox) and not disability.isChecked()
    assert "cerebral palsy" in page.notes["learning_disability"].text()

    age.setFocus()
    qtbot.keyClick(age, Qt.Key.Key_Up)  # the user knows better
    assert editor.case.facts["age_years"] == 4
    assert "From the form" not in page.notes["age_years"].text()
    steps.go(STEP_RESULT)
    steps.go(STEP_QUESTIONS)
    assert editor.case.facts["age_years"] == 4  # a changed answer is never taken again


def test_the_presenter_shows_the_forms_age_as_from_the_form(qtbot, tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v.scrvault", "granite lantern orchard velvet")
    page = MeetingsPage(today=lambda: TODAY)
    qtbot.addWidget(page)
    page.attach(vault)
    page.show()
    try:
        case = _case()
        case.status = "referred"
        vault.cases.save(case)
        page.new_meeting()
        page.editor.planner.add_case(case.id)
        view = page.present()
        assert view is not None
        while "how old" not in view.question.text().lower():
            qtbot.keyClick(view, Qt.Key.Key_Down)
        assert view.answers.text().startswith("\u25b6 3")
        assert "From the form" in view.answers.text()
        qtbot.keyClick(view, Qt.Key.Key_4)  # not yet agreed: no confirmation needed
        assert page.ctx.cases[case.id].facts["age_years"] == 4
        assert "From the form" not in view.answers.text()
    finally:
        page.detach()
        vault.close()
