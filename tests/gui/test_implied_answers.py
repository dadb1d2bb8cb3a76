"""The flowchart questions show implied answers and contradictions; deadlines say why they moved.

Driven through the real widgets: ticking an answer that implies another
shows the implication beside the implied answer, with its paragraph, and,
where it overrides an answer the user gave, beside both; the user's own
choice stays as they set it.  A contradiction shows a warning beside the
answer the framework names.  A deadline moved off a bank holiday says so on
the deadlines step and on the dashboard.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from guihelpers import create_vault

from scr_desktop.domain.model import Case
from scr_desktop.gui.case_editor import CaseEditor
from scr_desktop.gui.dashboard_page import DashboardPage
from scr_desktop.gui.decision_steps import STEP_DEADLINES, STEP_QUESTIONS, DecisionSteps

TODAY = date(2027, 3, 1)


def _steps(qtbot, case: Case | None = None) -> DecisionSteps:  # type: ignore[no-untyped-def]
    case = case or Case(reference="SCR-2027-0010")
    editor = CaseEditor(case, lambda c: None, today=lambda: TODAY)
    qtbot.addWidget(editor)
    steps = DecisionSteps(editor, lambda _t: None, today=lambda: TODAY)
    editor.show()
    steps.go(STEP_QUESTIONS)
    return steps


def test_an_implied_answer_is_shown_as_implied_with_its_reason(qtbot) -> None:
    steps = _steps(qtbot)
    page = steps.facts
    assert not page.notes["abuse_or_neglect"].isVisible()
    page.set_fact("sexual_abuse", True)
    note = page.notes["abuse_or_neglect"]
    assert note.isVisible()
    assert ("Abuse or neglect: known \u2014 implied by 'harm through sexual abuse' (2.2"
            in note.text())
    # nothing was overridden: the sexual-abuse answer carries no note, the list is unchanged
    assert not page.notes["sexual_abuse"].isVisible()
    assert page.inputs["abuse_or_neglect"].currentData() == "unknown"  # type: ignore[attr-defined]


def test_an_overridden_answer_is_flagged_beside_both_answers(qtbot) -> None:
    steps = _steps(qtbot)
    page = steps.facts
    page.set_fact("abuse_or_neglect", "not_suspected")
    page.set_fact("sexual_abuse", True)
    implied = page.notes["abuse_or_neglect"].text()
    assert "implied by 'harm through sexual abuse'" in implied
    assert "overrides the answer given, 'neither known nor suspected'" in implied
    trigger = page.notes["sexual_abuse"]
    assert trigger.isVisible()
    assert "makes 'Abuse or neglect' known" in trigger.text()
    assert "'neither known nor suspected'" in trigger.text()
    assert steps.editor.case.facts["abuse_or_neglect"] == "not_suspected"  # kept as chosen
    page.set_fact("sexual_abuse", False)
    assert not page.notes["abuse_or_neglect"].isVisible()
    assert not page.notes["sexual_abuse"].isVisible()


def test_suspected_suicide_shows_the_death_as_implied(qtbot) -> None:
    page = _steps(qtbot).facts
    page.set_fact("suspected_suicide", True)
    assert "Child died: yes \u2014 implied by 'suspected suicide' (4.4 (i)" in \
        page.notes["child_died"].text()


def test_deprivation_of_liberty_under_16_is_a_validation_message(qtbot) -> None:
    steps = _steps(qtbot)
    page = steps.facts
    page.set_fact("custody", "dols_16_17")
    assert not page.problems["custody"].isVisible()
    page.set_fact("age_years", 15)
    problem = page.problems["custody"]
    assert problem.isVisible()
    assert problem.text().startswith("\u26a0 Deprivation of liberty")
    assert "cannot be assessed" in page.live_result.text()
    page.set_fact("age_years", 16)
    assert not problem.isVisible()
    assert "cannot be assessed" not in page.live_result.text()


def test_a_deadline_moved_off_a_bank_holiday_says_why(qtbot) -> None:
    case = Case(reference="SCR-2027-0011")
    case.set("referral_date", "08/03/2027")  # + 3 weeks = Mon 29/03/2027, Easter Monday
    steps = _steps(qtbot, case)
    steps.go(STEP_DEADLINES)
    row = next(s for s in steps.deadlines.states if s.key == "subgroup_meeting")
    assert row.due == date(2027, 3, 25)
    cells = [steps.deadlines.table.item(r, 2).text()
             for r in range(steps.deadlines.table.rowCount())]
    assert any("25/03/2027 \u2014 moved back from Easter Monday 29/03/2027, over Good Friday"
               in c for c in cells)


def test_the_dashboard_uses_the_moved_deadline(qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    repo = window.vault.cases
    case = repo.new_case()
    case.set("referral_date", "08/03/2027")
    repo.save(case)
    dash = DashboardPage(today=lambda: TODAY)
    qtbot.addWidget(dash)
    with qtbot.waitSignal(dash.refreshed, timeout=10000):
        dash.attach(repo)
    row = next(r for r in dash.rows if r.deadline.key == "subgroup_meeting")
    assert row.deadline.due == date(2027, 3, 25)
    texts = [dash.table.item(r, c).text() for r in range(dash.table.rowCount())
             for c in range(dash.table.columnCount())]
    assert any("moved back from Easter Monday 29/03/2027, over Good Friday" in t for t in texts)


def test_the_deadlines_step_says_why_it_has_no_deadlines(qtbot) -> None:
    case = Case(reference="SCR-2027-0012")
    case.set("referral_date", "08/03/2027")
    case.facts.update({"custody": "dols_16_17", "age_years": 14})
    steps = _steps(qtbot, case)
    steps.go(STEP_DEADLINES)
    assert steps.deadlines.states == []
    assert steps.deadlines.problem.isVisible()
    assert "Deprivation of liberty" in steps.deadlines.problem.text() or \
        "deprivation of liberty" in steps.deadlines.problem.text()
    steps.go(STEP_QUESTIONS)
    steps.facts.set_fact("age_years", 16)
    steps.go(STEP_DEADLINES)
    assert not steps.deadlines.problem.isVisible()
    assert steps.deadlines.states
