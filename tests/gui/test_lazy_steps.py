"""The case wizard builds each form page when it is first shown, and loses nothing by it.

Opening a case builds only the page shown; a page built later shows the
case's values and its problems; the summary, the step list and saving work
from the case, so pages never shown are summarised, flagged and saved.
"""

from __future__ import annotations

from datetime import date

from guihelpers import sample_value
from PySide6.QtCore import Qt

from scr_desktop.domain.form import FIELDS, SECTIONS
from scr_desktop.domain.model import Case
from scr_desktop.gui.case_editor import CaseEditor
from scr_desktop.gui.wizard.section_page import SectionPage

TODAY = date(2027, 2, 10)


def _case() -> Case:
    case = Case(reference="SCR-2027-0042")
    for name in FIELDS:
        case.set(name, sample_value(name))
    case.set("mother_dob", "31/02/1990")  # malformed, on a page not yet shown
    return case


def _editor(qtbot, case: Case):  # type: ignore[no-untyped-def]
    saved: list[dict] = []
    editor = CaseEditor(case, lambda c: saved.append(c.to_dict()), today=lambda: TODAY)
    qtbot.addWidget(editor)
    editor.show()
    return editor, saved


def _index(key: str) -> int:
    return [s.key for s in SECTIONS].index(key)


def test_opening_a_case_builds_only_the_page_shown(qtbot) -> None:
    editor, _ = _editor(qtbot, _case())
    assert [p.section.key for p in editor.findChildren(SectionPage)] == [SECTIONS[0].key]
    editor.go(_index("child"))
    assert {p.section.key for p in editor.findChildren(SectionPage)} == {SECTIONS[0].key,
                                                                         "child"}


def test_a_page_built_later_shows_the_case_and_its_problems(qtbot) -> None:
    editor, saved = _editor(qtbot, _case())
    editor.go(_index("family"))
    page = editor.pages["family"]
    assert page.editors["mother_name"].value() == sample_value("mother_name")
    assert page.editors["mother_dob"].value() == "31/02/1990"
    error = page.errors["mother_dob"]
    assert error.isVisible() and error.text().startswith("\u26a0")
    assert saved == []  # showing a page is not a change


def test_the_summary_and_step_list_cover_pages_never_shown(qtbot) -> None:
    editor, _ = _editor(qtbot, _case())
    editor.go(editor.stack.indexOf(editor.summary))
    text = editor.summary.view.toPlainText()
    assert "family" not in editor.pages
    assert str(sample_value("mother_name")) in text
    assert "Family \u2014 \u26a0 incomplete" in text
    # Visited and left, the family step is flagged from the case's data.
    editor.go(_index("family"))
    editor.go(_index("considerations"))
    assert editor.steps.item(_index("family")).text().startswith("\u26a0")


def test_a_save_keeps_the_values_of_pages_never_shown(qtbot) -> None:
    editor, saved = _editor(qtbot, _case())
    qtbot.keyClicks(editor.editor("referrer_name").focus_target(), " Qzmore")
    assert set(editor.pages) == {"referrer"}
    assert editor.save_now()
    fields = saved[-1]["form"]
    assert fields["referrer_name"] == f"{sample_value('referrer_name')} Qzmore"
    for name in ("child_forenames", "mother_name", "considerations_text", "siblings"):
        assert fields[name] == sample_value(name), name


def test_asking_for_an_editor_builds_its_page_with_the_case_value(qtbot) -> None:
    editor, _ = _editor(qtbot, _case())
    edit = editor.editor("considerations_text")
    assert edit.value() == sample_value("considerations_text")
    assert "considerations" in editor.pages
    editor.go(_index("considerations"))
    assert editor.stack.currentWidget().focusProxy() is editor.pages["considerations"]
    qtbot.keyClick(edit.focus_target(), Qt.Key.Key_End)


def test_the_decision_steps_are_built_when_first_shown(qtbot) -> None:
    from scr_desktop.gui.decision_steps import STEP_QUESTIONS, STEP_RESULT, DecisionSteps
    from scr_desktop.gui.rapid_review.notification_section import NotificationSection
    from scr_desktop.gui.wizard.facts_page import FactsPage
    from scr_desktop.gui.wizard.result_page import ResultPage

    case = _case()
    case.facts.update({"abuse_or_neglect": "known", "child_died": True,
                       "interagency_concerns": "yes"})
    editor, saved = _editor(qtbot, case)
    steps = DecisionSteps(editor, lambda text: None, today=lambda: TODAY)
    assert editor.findChildren(FactsPage) == [] and editor.findChildren(ResultPage) == []
    assert editor.findChildren(NotificationSection) == []  # not a CSPR case
    steps.go(STEP_RESULT)
    assert len(editor.findChildren(ResultPage)) == 1 and editor.findChildren(FactsPage) == []
    assert steps.result.summary.toPlainText() != ""  # the assessment shown when built
    steps.go(STEP_QUESTIONS)
    assert steps.facts.live_result.text().startswith("Result so far:")
    assert saved == []
