"""Choosing the CSPR framework: the board's setting for new cases, per case, and the wizard.

The setting is made through its menu action and a new case starts under it;
a case switched to another framework keeps every answer and says which
questions were added; the questions, flowchart, decision and deadline steps
all follow the case's framework, including the dates only CSPR uses.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from guihelpers import create_vault
from PySide6.QtWidgets import QComboBox

from scr_desktop.domain.model import Case
from scr_desktop.gui import settings
from scr_desktop.gui.case_editor import CaseEditor
from scr_desktop.gui.decision_steps import (
    STEP_DEADLINES,
    STEP_DECISION,
    STEP_QUESTIONS,
    STEP_RESULT,
    DecisionSteps,
)
from scr_desktop.gui.messages import Messages

TODAY = date(2027, 1, 4)
CSPR = "wt2023-cspr"


def _steps(qtbot, case: Case):  # type: ignore[no-untyped-def]
    editor = CaseEditor(case, lambda c: None, today=lambda: TODAY)
    qtbot.addWidget(editor)
    steps = DecisionSteps(editor, lambda text: None, today=lambda: TODAY)
    editor.show()
    return editor, steps


def test_new_cases_follow_the_boards_setting(qtbot, make_window, vault_path: Path) -> None:
    assert settings.framework_for_new_cases() == "wt2015-scr"  # first run
    window = make_window(vault_path)
    create_vault(qtbot, window)
    window.new_case()
    assert window.editor is not None and window.editor.case.framework == "wt2015-scr"

    Messages.next_answer(CSPR)
    window.new_framework_action.trigger()
    assert settings.framework_for_new_cases() == CSPR
    window.new_case()
    assert window.editor is not None and window.editor.case.framework == CSPR
    assert window.decision_steps is not None
    combo = window.decision_steps.facts.framework_combo
    assert combo.currentData() == CSPR
    stored = window.vault.cases.get(window.editor.case.id)
    assert stored.framework == CSPR

    Messages.next_answer(None)  # cancelled: the setting stays
    window.new_framework_action.trigger()
    assert settings.framework_for_new_cases() == CSPR


def test_a_setting_naming_no_framework_falls_back_to_the_default() -> None:
    settings.set_framework_for_new_cases(CSPR)
    settings._settings().setValue(settings.NEW_CASE_FRAMEWORK_KEY, "wt1999-old")
    assert settings.framework_for_new_cases() == "wt2015-scr"


def test_switching_framework_keeps_every_answer_and_names_the_new_questions(qtbot) -> None:
    case = Case(reference="SCR-2027-0001")
    _editor, steps = _steps(qtbot, case)
    steps.facts.set_fact("abuse_or_neglect", "suspected")
    steps.facts.set_fact("child_died", True)
    steps.facts.set_fact("violent_assault", True)
    steps.facts.question_boxes["child_protection_plan"].setChecked(True)
    before = dict(case.facts)
    assert steps.facts.added.isHidden()

    combo: QComboBox = steps.facts.framework_combo
    combo.setCurrentIndex(combo.findData(CSPR))
    assert case.framework == CSPR
    assert case.facts == before  # nothing lost, violent_assault carried though not asked
    added = steps.facts.added.text()
    assert not steps.facts.added.isHidden()
    for name in ("Incident in this area", "Care leaver died", "Improvements needed"):
        assert name in added
    assert "Is abuse or neglect" not in added
    # answers show in the new framework's widgets
    assert steps.facts.inputs["child_died"].isChecked()  # type: ignore[attr-defined]
    assert steps.facts.question_boxes["child_protection_plan"].isChecked()
    assert "violent_assault" not in steps.facts.inputs
    assert "rapid review" in steps.facts.live_result.text().lower()

    combo.setCurrentIndex(combo.findData("wt2015-scr"))
    assert case.facts == before
    assert steps.facts.inputs["violent_assault"].isChecked()  # type: ignore[attr-defined]
    assert "Every answer is kept" in steps.facts.added.text()


def test_the_wizard_steps_follow_the_cspr_framework(qtbot) -> None:
    case = Case(reference="SCR-2027-0002", framework=CSPR)
    case.facts.update({"abuse_or_neglect": "suspected", "child_died": True})
    case.set("aware_date", "18/12/2026")
    _editor, steps = _steps(qtbot, case)
    steps.go(STEP_QUESTIONS)
    assert "care_leaver_died" in steps.facts.inputs

    steps.go(STEP_RESULT)
    chart = steps.result.flowchart
    assert chart.highlighted_nodes()[:2] == ("notifiable", "should_always")
    text = chart.text_equivalent()
    assert "Serious incident notification" in text and "Rapid review" in text
    assert "rapid review should always" in steps.result.result.toPlainText()

    steps.go(STEP_DECISION)
    decided = steps.decision.decided
    ids = [decided.itemData(i) for i in range(decided.count())]
    assert ids == ["", "local_cspr", "national_review_suggested", "other_learning_review",
                   "referral_other_partnership", "no_further_review", "other"]
    decided.setCurrentIndex(decided.findData("no_further_review"))
    steps.decision.decision_date.setText("04/01/2027")
    steps.decision.decided_by.setText("Safeguarding partners")
    assert "rationale" in steps.decision.errors["rationale"].text().lower()

    steps.go(STEP_DEADLINES)
    page = steps.deadlines
    assert set(page.event_fields) == {"notification", "partners_aware", "rapid_review_sent",
                                      "publication"}
    keys = {s.key for s in page.states}
    assert keys == {"panel_notification", "partners_notification"}
    page.event_fields["notification"].setText("23/12/2026")
    assert case.dates["notification"] == "2026-12-23"
    rapid = next(s for s in page.states if s.key == "rapid_review")
    assert rapid.due.isoformat() == "2027-01-18"
    page.event_fields["notification"].setText("31/02/2026")
    assert page.event_errors["notification"].text()
    assert case.dates["notification"] == "2026-12-23"  # the mistyped date loses nothing
