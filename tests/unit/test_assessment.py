"""The richer Python API: Assessment, the flowchart path, cases, deadline states, summary.

These are the pieces the GUI and the PDF export use; each test checks
behaviour a chair or business unit would notice.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from scr_desktop.domain.assessment import (
    Assessment,
    AssessmentInputError,
    assess,
    assess_case,
    deadline_states,
    evaluate,
)
from scr_desktop.domain.model import Case
from scr_desktop.domain.summary import summary_text

FW = "wt2015-scr"
DEATH = {"abuse_or_neglect": "suspected", "child_died": True}


def states(a: Assessment, today: date, done: dict[str, str] | None = None) -> dict[str, Any]:
    return {s.key: s for s in deadline_states(a, done or {}, today)}


def test_assessment_carries_labels_and_citations() -> None:
    a = evaluate(FW, {**DEATH, "custody": "yoi"}, {"child_protection_plan": True},
                 {"aware": "2026-12-18"})
    assert a.level == "must"
    assert a.level_label.startswith("A Serious Case Review must")
    ids = [c.id for c in a.criteria_met]
    assert ids == ["reg5_2_b_i", "custody_death"]  # framework order, highest level first
    assert "reg. 5(2)(b)(i)" in a.criteria_met[0].citation
    assert "para. 4.5" in a.criteria_met[1].citation
    assert [q.id for q in a.questions_yes] == ["child_protection_plan"]
    ofsted = a.deadline("ofsted_notification")
    assert ofsted is not None
    assert ofsted.due == date(2026, 12, 29) and "para. 2.3" in ofsted.source
    assert ofsted.start_event == "aware" and ofsted.start_date == date(2026, 12, 18)
    assert ofsted.rule.startswith("5 working days after")


def test_path_for_a_must_case() -> None:
    path = evaluate(FW, DEATH).path
    assert [n.id for n in path] == ["notifiable", "must", "should_always", "consider",
                                    "outcome"]
    assert [n.state for n in path] == ["yes", "yes", "not_reached", "not_reached", "outcome"]
    assert path[-1].answer == evaluate(FW, DEATH).level_label
    assert path[-1].title == "Outcome"


def test_path_for_a_case_that_falls_through_every_level() -> None:
    path = evaluate(FW, {"interagency_concerns": "yes"}).path
    assert [n.state for n in path] == ["no", "no", "no", "no", "outcome"]
    assert path[-1].title == "Alternatives"
    assert "Multi-agency case review" in path[-1].details


def test_path_for_a_consider_case() -> None:
    path = evaluate(FW, {"parent_murdered_dhr": True}).path
    assert [n.state for n in path] == ["no", "no", "no", "yes", "outcome"]


def test_framework_without_notification_criteria_has_no_notifiable_step() -> None:
    path = evaluate("wt2010-scr", DEATH).path
    assert [n.id for n in path] == ["should_always", "consider", "outcome"]


def test_input_error_names_the_key() -> None:
    with pytest.raises(AssessmentInputError) as info:
        assess({"facts": {"child_died": "no"}})
    assert info.value.key == "facts.child_died"
    assert "true or false" in info.value.message


# -- cases --------------------------------------------------------------------------------

def make_case(**form: str) -> Case:
    case = Case()
    for k, v in form.items():
        case.set(k, v)
    return case


def test_assess_case_maps_every_field() -> None:
    case = make_case(aware_date="18/12/2026", referral_date="21/12/2026")
    case.facts = {**DEATH, "interagency_concerns": "yes"}
    case.questions = {"range_of_agencies": True}
    case.decision.decided = "scr"
    case.decision.decision_date = "2027-01-15"
    case.dates = {"publication": "2027-09-01"}
    expected = evaluate(FW, case.facts, case.questions,
                        {"aware": "2026-12-18", "referral": "2026-12-21",
                         "decision": "2027-01-15", "publication": "2027-09-01"}, "scr")
    assert assess_case(case) == expected
    assert set(expected.to_contract()["deadlines"]) >= {"ofsted_notification", "panel_copy",
                                                         "review_completion"}


def test_assess_case_with_blank_or_mistyped_dates_and_no_decision() -> None:
    case = make_case(aware_date="31/02/2026", referral_date="")
    case.facts = dict(DEATH)
    case.decision.decision_date = ""
    assert assess_case(case).deadlines == ()


def test_assess_case_ignores_answers_from_another_framework() -> None:
    case = make_case()
    case.framework = "wt2010-scr"
    case.facts = {**DEATH, "good_practice": True, "age_years": 12}
    case.questions = {"recent_arrival_uk": True, "child_suicide": True}
    a = assess_case(case)
    assert a.framework_id == "wt2010-scr"
    assert a.level == "should_always"
    assert [q.id for q in a.questions_yes] == ["child_suicide"]


def test_assess_case_rejects_a_bad_answer() -> None:
    case = make_case()
    case.facts = {"child_died": "yes"}
    with pytest.raises(AssessmentInputError) as info:
        assess_case(case)
    assert info.value.key == "facts.child_died"


# -- deadline states ------------------------------------------------------------------------

@pytest.fixture
def notified() -> Assessment:
    return evaluate(FW, DEATH, None, {"aware": "2026-12-18"})  # due Tue 29/12/2026


def test_due_soon_counts_working_days(notified: Assessment) -> None:
    s = states(notified, date(2026, 12, 22))["ofsted_notification"]
    assert (s.state, s.working_days_remaining) == ("due_soon", 3)
    assert s.text == "Due in 3 working days (29/12/2026)"


def test_upcoming_beyond_five_working_days(notified: Assessment) -> None:
    s = states(notified, date(2026, 12, 17))["ofsted_notification"]
    assert (s.state, s.working_days_remaining) == ("upcoming", 6)
    s = states(notified, date(2026, 12, 18))["ofsted_notification"]
    assert (s.state, s.working_days_remaining) == ("due_soon", 5)


def test_due_today(notified: Assessment) -> None:
    s = states(notified, date(2026, 12, 29))["ofsted_notification"]
    assert (s.state, s.text) == ("due_soon", "Due today (29/12/2026)")


def test_overdue_counts_working_days_past(notified: Assessment) -> None:
    s = states(notified, date(2026, 12, 31))["ofsted_notification"]
    assert (s.state, s.working_days_remaining) == ("overdue", -2)
    assert s.text.startswith("Overdue by 2 working days")
    s = states(notified, date(2027, 1, 2))["ofsted_notification"]  # New Year holiday, Sat
    assert s.text.startswith("Overdue by 2 working days")


def test_done_wins_over_overdue(notified: Assessment) -> None:
    s = states(notified, date(2027, 2, 1), {"ofsted_notification": "2027-01-05"})[
        "ofsted_notification"]
    assert s.state == "done" and s.done_on == date(2027, 1, 5)
    assert s.text.startswith("Done on 05/01/2027")
    on_time = states(notified, date(2027, 2, 1), {"ofsted_notification": "2026-12-23"})
    assert on_time["ofsted_notification"].text == "Done on 23/12/2026"


def test_overdue_when_no_working_day_has_passed_since_a_moved_due_date() -> None:
    a = evaluate(FW, {}, None, {"referral": "2027-01-09"})  # Saturday; +3 weeks = Saturday
    s = states(a, date(2027, 1, 31))["subgroup_meeting"]
    assert s.due == date(2027, 1, 29)  # moved back to the Friday
    assert s.state == "overdue" and s.working_days_remaining == 0
    assert s.text == "Overdue (was due 29/01/2027 \u2014 moved back from Saturday 30/01/2027)"


def test_states_are_soonest_first() -> None:
    a = evaluate(FW, DEATH, None, {"aware": "2026-12-18", "referral": "2026-12-21"})
    dues = [s.due for s in deadline_states(a, {}, date(2026, 12, 1))]
    assert dues == sorted(dues)


# -- summary ------------------------------------------------------------------------------------

def test_summary_reads_as_minutes() -> None:
    a = evaluate(FW, {**DEATH, "learning_disability": True}, {"child_protection_plan": True},
                 {"aware": "2026-12-18"}, "scr")
    text = summary_text(a, today=date(2026, 12, 22))
    assert "Notifiable incident: yes." in text
    assert a.level_label in text
    assert "reg. 5(2)(b)(i)" in text
    assert "Helper questions answered yes: 1 of 11." in text
    assert "LeDeR" in text
    assert "Chair's decision: Serious Case Review to be undertaken." in text
    assert "by 29/12/2026" in text and "Due in 3 working days" in text
    assert "2026-12" not in text  # dates are shown in UK form only


def test_summary_of_an_empty_case_says_what_is_missing() -> None:
    text = summary_text(evaluate(FW, {}))
    assert "Notifiable incident: no." in text
    assert "No criterion for a review is met" in text
    assert "Deadlines: none yet." in text


def test_done_dates_may_be_typed_in_uk_form_or_left_blank(notified: Assessment) -> None:
    uk = states(notified, date(2027, 2, 1), {"ofsted_notification": "23/12/2026"})
    assert uk["ofsted_notification"].done_on == date(2026, 12, 23)
    blank = states(notified, date(2027, 2, 1), {"ofsted_notification": ""})
    assert blank["ofsted_notification"].state == "overdue"
    with pytest.raises(AssessmentInputError) as info:
        states(notified, date(2027, 2, 1), {"ofsted_notification": "31/02/2027"})
    assert info.value.key == "done.ofsted_notification"
