"""Implications between answers: each one, what it changes downstream, and order independence.

Every implication of DESIGN 3.2 (and those chapter 8 of Working Together
2010 supports) is checked on the case that showed it was missing; the
assessment records what was implied and why; the contract output gains no
key.  Hypothesis then shows that, for any answers, the result never depends
on the order of the implications, and the framework loader refuses
implications whose result could.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scr_desktop.domain.assessment import (
    AssessmentInputError,
    assess,
    contradictions,
    evaluate,
    evaluate_framework,
)
from scr_desktop.domain.framework import (
    Framework,
    FrameworkError,
    framework_ids,
    load_framework,
    parse_framework,
)
from scr_desktop.domain.summary import summary_text

FOLDER = Path(__file__).resolve().parents[3] / "resources" / "frameworks"
CONTRACT_KEYS = {"framework", "notifiable", "notifiable_criteria", "level", "criteria_met",
                 "helper_questions_yes", "other_processes", "deadlines"}


def out(fid: str, facts: dict[str, Any]) -> dict[str, Any]:
    return evaluate(fid, facts).to_contract()


# -- the cases that were under-assessed (wt2015-scr) ------------------------------------

def test_serious_harm_through_sexual_abuse_is_notifiable_and_must() -> None:
    result = out("wt2015-scr", {"sexual_abuse": True, "seriously_harmed": True,
                                "interagency_concerns": "yes"})
    assert result["notifiable_criteria"] == ["N2"]
    assert result["level"] == "must"
    assert result["criteria_met"] == ["c_v", "reg5_2_b_ii"]


def test_a_child_killed_by_a_parent_with_a_mental_illness_has_died_through_abuse() -> None:
    result = out("wt2015-scr", {"killed_by_parent_mental_illness": True,
                                "interagency_concerns": "clearly_none"})
    assert result["notifiable_criteria"] == ["N1"]
    assert (result["level"], result["criteria_met"]) == ("must", ["reg5_2_b_i"])
    assert result["other_processes"] == ["child_death_review"]


def test_a_17_year_old_killed_by_her_partner_gets_an_scr_and_a_dhr() -> None:
    result = out("wt2015-scr", {"domestic_violence_death": True, "age_years": 17})
    assert result["level"] == "must"
    assert result["notifiable_criteria"] == ["N1"]
    assert result["other_processes"] == ["child_death_review", "dhr"]


def test_suspected_suicide_alone_is_a_death() -> None:
    result = out("wt2015-scr", {"suspected_suicide": True})
    assert result["other_processes"] == ["child_death_review"]
    assert out("wt2015-scr", {"suspected_suicide": True,
                              "abuse_or_neglect": "suspected"})["notifiable_criteria"] == ["N1"]


def test_a_death_in_a_secure_childrens_home_is_notifiable() -> None:
    result = out("wt2015-scr", {"child_died": True, "custody": "secure_childrens_home",
                                "abuse_or_neglect": "not_suspected"})
    assert result["notifiable_criteria"] == ["N4"]
    assert result["level"] == "should_always"


def test_serious_harm_from_impairment_alone() -> None:
    a = evaluate("wt2015-scr", {"long_term_impairment": True, "abuse_or_neglect": "known",
                                "interagency_concerns": "clearly_none"})
    assert a.facts["seriously_harmed"] is True
    assert a.to_contract()["notifiable_criteria"] == ["N2"]


def test_abuse_suspected_stays_suspected() -> None:
    a = evaluate("wt2015-scr", {"sexual_abuse": True, "abuse_or_neglect": "suspected"})
    assert a.facts["abuse_or_neglect"] == "suspected"
    assert all(i.key != "abuse_or_neglect" for i in a.implied)


@pytest.mark.parametrize("given_value", ["unknown", "not_suspected"])
def test_abuse_becomes_known_from_unknown_or_not_suspected(given_value: str) -> None:
    a = evaluate("wt2015-scr", {"sexual_abuse": True, "abuse_or_neglect": given_value})
    assert a.facts["abuse_or_neglect"] == "known"


def test_a_parent_murdered_with_a_dhr_flags_the_dhr() -> None:
    assert "dhr" in out("wt2015-scr", {"parent_murdered_dhr": True})["other_processes"]


# -- wt2010-scr --------------------------------------------------------------------------

def test_wt2010_suspected_suicide_is_a_death() -> None:
    assert out("wt2010-scr", {"suspected_suicide": True})["other_processes"] == [
        "child_death_review"]
    result = out("wt2010-scr", {"suspected_suicide": True, "abuse_or_neglect": "suspected"})
    assert (result["level"], result["criteria_met"]) == ("should_always",
                                                         ["death_abuse_or_neglect"])


def test_wt2010_killed_by_a_parent_with_a_mental_illness() -> None:
    a = evaluate("wt2010-scr", {"killed_by_parent_mental_illness": True,
                                "abuse_or_neglect": "not_suspected"})
    assert a.facts["child_died"] is True and a.facts["abuse_or_neglect"] == "known"
    assert a.to_contract()["level"] == "should_always"


def test_wt2010_sexual_abuse_does_not_make_a_death_one_through_abuse() -> None:
    a = evaluate("wt2010-scr", {"sexual_abuse": True, "child_died": True,
                                "abuse_or_neglect": "not_suspected",
                                "interagency_concerns": "clearly_none"})
    assert a.facts["abuse_or_neglect"] == "not_suspected"
    assert a.level == "not_met"


# -- what the assessment records, and what it prints ------------------------------------

def test_the_assessment_records_what_was_implied_and_why() -> None:
    a = evaluate("wt2015-scr", {"sexual_abuse": True, "abuse_or_neglect": "not_suspected"})
    (item,) = a.implied
    assert (item.key, item.given, item.value, item.answered) == (
        "abuse_or_neglect", "not_suspected", "known", True)
    assert [r.implication for r in item.reasons] == ["sexual_abuse_is_abuse"]
    assert item.reasons[0].reads == ("sexual_abuse",)
    assert item.text().startswith(
        "Abuse or neglect: known \u2014 implied by 'harm through sexual abuse' (2.2")
    notes = a.answer_notes()
    assert "overrides the answer given, 'neither known nor suspected'" in \
        notes["abuse_or_neglect"][0]
    assert "makes 'Abuse or neglect' known" in notes["sexual_abuse"][0]


def test_a_default_left_alone_is_implied_but_not_overridden() -> None:
    a = evaluate("wt2015-scr", {"suspected_suicide": True})
    (item,) = a.implied
    assert item.key == "child_died" and not item.answered
    assert set(a.answer_notes()) == {"child_died"}


def test_several_reasons_are_all_named() -> None:
    a = evaluate("wt2015-scr", {"suspected_suicide": True, "domestic_violence_death": True})
    died = next(i for i in a.implied if i.key == "child_died")
    assert {r.implication for r in died.reasons} == {
        "suspected_suicide_is_a_death", "domestic_violence_death_is_death_through_abuse"}


def test_the_contract_output_has_exactly_its_keys() -> None:
    result = assess({"facts": {"sexual_abuse": True, "seriously_harmed": True}})
    assert set(result) == CONTRACT_KEYS


# -- contradictions ----------------------------------------------------------------------

@pytest.mark.parametrize("age", [0, 10, 15])
def test_deprivation_of_liberty_under_16_is_refused(age: int) -> None:
    with pytest.raises(AssessmentInputError) as caught:
        assess({"facts": {"custody": "dols_16_17", "age_years": age}})
    assert caught.value.key == "facts.custody"
    assert set(contradictions("wt2015-scr", {"custody": "dols_16_17", "age_years": age})) == {
        "custody"}


@pytest.mark.parametrize("age", [None, 16, 17, 18])
def test_deprivation_of_liberty_at_16_or_unknown_age_is_accepted(age: int | None) -> None:
    result = assess({"facts": {"custody": "dols_16_17", "age_years": age, "child_died": True}})
    assert result["level"] == "should_always"
    assert contradictions("wt2015-scr", {"custody": "dols_16_17", "age_years": age}) == {}


# -- order independence -------------------------------------------------------------------

def _fact_strategy(fw: Framework) -> st.SearchStrategy[dict[str, Any]]:
    parts: dict[str, st.SearchStrategy[Any]] = {}
    for f in fw.all_facts:
        if f.type == "bool":
            parts[f.key] = st.booleans()
        elif f.type == "choice":
            parts[f.key] = st.sampled_from([c.value for c in f.choices])
        else:
            parts[f.key] = st.one_of(st.none(), st.integers(f.minimum or 0, f.maximum or 18))
    return st.fixed_dictionaries({}, optional=parts)


def _comparable(a: Any) -> tuple[Any, ...]:
    implied = sorted((i.key, i.value, tuple(sorted(r.implication for r in i.reasons)))
                     for i in a.implied)
    return (json.dumps(a.to_contract(), sort_keys=True), json.dumps(dict(a.facts),
                                                                    sort_keys=True), implied)


@pytest.mark.parametrize("fid", framework_ids())
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_the_result_never_depends_on_the_order_of_implications(fid: str,
                                                               data: st.DataObject) -> None:
    fw = load_framework(fid)
    facts = data.draw(_fact_strategy(fw))
    order = data.draw(st.permutations(fw.implications))
    shuffled = dataclasses.replace(fw, implications=tuple(order))
    try:
        first = evaluate_framework(fw, facts)
    except AssessmentInputError as exc:
        with pytest.raises(AssessmentInputError) as again:
            evaluate_framework(shuffled, facts)
        assert again.value.key == exc.key
        return
    assert _comparable(evaluate_framework(shuffled, facts)) == _comparable(first)


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=6)


@settings(max_examples=400, deadline=None)
@given(framework=st.sampled_from([*framework_ids(), "nope", 3]),
       facts=st.one_of(JSONISH, st.dictionaries(
           st.sampled_from([f.key for f in load_framework("wt2015-scr").all_facts]), JSONISH)),
       dates=st.one_of(JSONISH, st.dictionaries(
           st.sampled_from(["aware", "referral", "decision", "publication"]),
           st.one_of(JSONISH, st.dates().map(lambda d: d.isoformat())))),
       decided=JSONISH)
def test_assess_never_crashes_for_any_input(framework: Any, facts: Any, dates: Any,
                                            decided: Any) -> None:
    data = {"framework": framework, "facts": facts, "dates": dates, "decided": decided}
    try:
        result = assess(data)
    except AssessmentInputError as exc:
        assert exc.key
    else:
        assert set(result) == CONTRACT_KEYS


# -- the loader refuses implications whose result could depend on order -------------------

def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FOLDER / "wt2015-scr.json").read_text(encoding="utf-8"))
    return data


def refused(mutate: Any) -> str:
    data = copy.deepcopy(raw())
    mutate(data)
    with pytest.raises(FrameworkError) as info:
        parse_framework(data, "test.json")
    return str(info.value)


def _add(data: dict[str, Any], **imp: Any) -> None:
    data["implications"].append({"id": "extra", "because": "x",
                                 "source": [{"doc": "000", "at": "para. 1"}], **imp})


def test_two_targets_for_one_fact_are_refused() -> None:
    message = refused(lambda d: _add(d, when={"var": "good_practice"},
                                     set={"child_died": False}))
    assert "'child_died' is set to True by one implication and False by another" in message


def test_reading_a_fact_the_wrong_way_round_is_refused() -> None:
    message = refused(lambda d: _add(d, when={"not": {"var": "child_died"}},
                                     set={"good_practice": True}))
    assert "reads 'child_died'" in message and "order" in message
    message = refused(lambda d: _add(d, when={"eq": ["abuse_or_neglect", "unknown"]},
                                     set={"good_practice": True}))
    assert "reads 'abuse_or_neglect'" in message


def test_a_number_cannot_be_implied() -> None:
    assert "only true/false and choice facts" in refused(
        lambda d: _add(d, when={"var": "child_died"}, set={"age_years": 16}))


def test_moving_a_fact_to_a_value_it_moves_from_is_refused() -> None:
    assert "cannot move from 'known' to itself" in refused(lambda d: _add(
        d, when={"var": "child_died"},
        set={"abuse_or_neglect": {"to": "known", "from": ["known"]}}))


def test_a_calendar_deadline_must_say_what_happens_on_a_non_working_day() -> None:
    def drop(d: dict[str, Any]) -> None:
        for item in d["deadlines"]:
            item["offset"].pop("non_working_day", None)
    assert "non_working_day" in refused(drop)


# -- the data model can express the CSPR rules of DESIGN 3.5 --------------------------------

def test_conditional_implications_and_deadlines_can_be_written_as_data() -> None:
    data = copy.deepcopy(raw())
    data["id"] = "test-cspr-like"
    for fact in data["facts"]:  # carried by wt2015-scr; asked, and so usable, here
        if fact["key"] in ("care_leaver_died", "incident_outside_england",
                           "incident_in_board_area", "institutional_setting"):
            fact["ask"] = True
    dv = next(i for i in data["implications"] if i["id"].startswith("domestic_violence"))
    dv["when"] = {"all": [{"var": "domestic_violence_death"},
                          {"not": {"var": "care_leaver_died"}}]}
    data["implications"] += [
        {"id": "outside_england", "because": "incident outside England",
         "when": {"var": "incident_outside_england"},
         "set": {"incident_in_board_area": False},
         "source": [{"doc": "000", "at": "para. 1"}]},
        {"id": "institutional", "because": "detained or in a regulated setting",
         "when": {"any": [{"ne": ["custody", "none"]}, {"var": "regulated_setting"}]},
         "set": {"institutional_setting": True},
         "source": [{"doc": "000", "at": "para. 1"}]},
    ]
    data["deadlines"] += [
        {"key": "panel_like", "label": "Tell the panel", "from": "aware",
         "offset": {"amount": 5, "unit": "working_days"},
         "when": {"any": [{"var": "N1"}, {"var": "N3"}]},
         "source": [{"doc": "000", "at": "para. 1"}], "local_practice": True},
        {"key": "before_publication", "label": "Weeks before", "from": "publication",
         "offset": {"amount": -2, "unit": "weeks", "non_working_day": "previous"},
         "when": {"all": [{"var": "reg5_2_b_i"}, {"eq": ["decided", "scr"]}]},
         "source": [{"doc": "000", "at": "para. 1"}]},
    ]
    fw = parse_framework(data, "test.json")
    a = evaluate_framework(fw, {"domestic_violence_death": True, "care_leaver_died": True,
                                "incident_outside_england": True, "custody": "remand"},
                           dates={"aware": "2026-12-18", "publication": "2027-04-11"},
                           decided="scr")
    assert a.facts["child_died"] is False  # a care leaver is not a child
    assert a.facts["incident_in_board_area"] is False
    assert a.facts["institutional_setting"] is True
    assert a.deadline("panel_like") is None  # no N1 or N3
    b = evaluate_framework(fw, {"domestic_violence_death": True},
                           dates={"aware": "2026-12-18", "publication": "2027-04-11"},
                           decided="scr")
    panel = b.deadline("panel_like")
    assert panel is not None and "local practice" in panel.source
    early = b.deadline("before_publication")
    # two weeks before Sun 11/04/2027 is Sun 28/03, back over Sat 27 and Good Friday 26
    assert early is not None and early.due.isoformat() == "2027-03-25"


def test_the_pasted_summary_says_what_was_implied() -> None:
    text = summary_text(evaluate("wt2015-scr", {"killed_by_parent_mental_illness": True}))
    assert "Answers the rules take as implied by other answers:" in text
    assert "- Child died: yes \u2014 implied by 'killed by a parent with a mental illness'" in text
    assert "Abuse or neglect: known \u2014 implied by" in text
    assert "implied" not in summary_text(evaluate("wt2015-scr", {"child_died": True}))
