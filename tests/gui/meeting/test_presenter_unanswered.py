"""On the projector a question nobody has answered reads as unanswered, never as agreed: no
option is marked, the line says what the result so far counts it as (the engine's default),
and only an answer the room gives is marked and called agreed."""

from __future__ import annotations

from meetinghelpers import case_one
from PySide6.QtCore import Qt

from scr_desktop.domain.assessment import assess_case
from scr_desktop.domain.derived import derived_facts
from scr_desktop.domain.framework import load_framework
from scr_desktop.gui.meeting.meetings_page import MeetingsPage
from scr_desktop.gui.meeting.presenter import PresenterView
from scr_desktop.storage.vault import Vault

MARK, AGREED, UNANSWERED = "\u25b6", "agreed", "Not yet answered"


def _view(page: MeetingsPage, vault: Vault, *, age_on_form: bool = True) -> PresenterView:
    one = case_one()
    if not age_on_form:
        one.set("child_dob", "")
        one.set("child_age", "")
    vault.cases.save(one)
    page.new_meeting()
    page.editor.planner.add_case(one.id)
    view = page.present()
    assert view is not None
    return view


def _go(view: PresenterView, key: str) -> None:
    keys = [s.key for s in view.steps()]
    view.go_step(keys.index(key) - view.step_index)


def test_an_unanswered_question_is_shown_unanswered_with_what_the_result_counts_it_as(
        qtbot, page, vault) -> None:
    view = _view(page, vault)
    case = view.case()
    assert case is not None
    fw = load_framework(case.framework)
    choice = next(f for f in fw.facts if f.type == "choice" and f.key not in case.facts)
    default = next(c.label for c in choice.choices if c.value == choice.default)

    _go(view, choice.key)
    text = view.answers.text()
    assert MARK not in text and AGREED not in text
    assert f"{UNANSWERED}: counted as \u2018{default}\u2019 in the result so far" in text
    # the result so far is the engine's, with the default standing for the missing answer
    assert view.result.text() == f"Result so far: {assess_case(case).level_label}"
    assert UNANSWERED in view.answers.accessibleName()

    qtbot.keyClick(view, Qt.Key.Key_1)
    assert case.facts[choice.key] == choice.choices[0].value
    text = view.answers.text()
    assert f"{MARK} 1  {choice.choices[0].label}   \u2714 agreed" in text
    assert UNANSWERED not in text

    yes_no = next(f for f in fw.facts if f.type == "bool" and f.key not in case.facts)
    _go(view, yes_no.key)
    text = view.answers.text()
    assert MARK not in text and AGREED not in text
    assert f"{UNANSWERED}: counted as \u2018No\u2019 in the result so far" in text
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert case.facts[yes_no.key] is False
    assert f"{MARK} N  No   \u2714 agreed" in view.answers.text()
    assert UNANSWERED not in view.answers.text()
    view.close()


def test_a_helper_question_answered_no_reads_as_answered_and_still_counts_as_no(
        qtbot, page, vault) -> None:
    view = _view(page, vault)
    case = view.case()
    assert case is not None
    helper = load_framework(case.framework).questions[0]
    _go(view, helper.key)
    text = view.answers.text()
    assert MARK not in text and AGREED not in text and UNANSWERED in text

    qtbot.keyClick(view, Qt.Key.Key_N)
    assert case.questions[helper.key] is False
    assert f"{MARK} N  No   \u2714 agreed" in view.answers.text()
    assert UNANSWERED not in view.answers.text()
    assert assess_case(case).helper_questions_yes == 0  # a recorded no is not a yes
    view.close()


def test_a_number_nobody_has_given_is_not_shown_as_not_known_and_agreed(qtbot, page,
                                                                       vault) -> None:
    view = _view(page, vault, age_on_form=False)
    case = view.case()
    assert case is not None
    number = next(f for f in load_framework(case.framework).facts
                  if f.type not in ("bool", "choice") and f.key not in derived_facts(case))
    _go(view, number.key)
    text = view.answers.text()
    assert MARK not in text and AGREED not in text and UNANSWERED in text
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the room says it is not known
    assert number.key in case.facts and case.facts[number.key] is None
    assert f"{MARK} Not known   \u2714 agreed" in view.answers.text()
    view.close()
