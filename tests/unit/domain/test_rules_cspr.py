"""The wt2023-cspr rules of DESIGN 3.5, row by row, through the engine and the real command.

Each notification row, each level and its criteria, each other process and
each timescale (with the partners-aware clock, Christmas, Easter and New
Year) is checked on a small hand-made case; the refusals are checked through
``python -m scr_desktop assess``.  Every rule of the file must name a source:
the loader refuses a rule whose source is removed, wherever it is.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scr_desktop.domain.assessment import AssessmentInputError, evaluate
from scr_desktop.domain.framework import FrameworkError, load_framework, parse_framework

FW = "wt2023-cspr"
REPO = Path(__file__).resolve().parents[3]
FILE = REPO / "resources" / "frameworks" / f"{FW}.json"
KS = {"abuse_or_neglect": "suspected"}
DEATH = {**KS, "child_died": True}
HARM = {"abuse_or_neglect": "known", "seriously_harmed": True}


def out(facts: dict[str, Any], **kw: Any) -> dict[str, Any]:
    return evaluate(FW, facts, kw.get("questions"), kw.get("dates"),
                    kw.get("decided")).to_contract()


# -- notification ------------------------------------------------------------------------

@pytest.mark.parametrize(("facts", "expected"), [
    (DEATH, ["s16c_1_a"]),
    (HARM, ["s16c_1_a"]),
    ({**KS, "long_term_impairment": True}, ["s16c_1_a"]),
    ({**HARM, "incident_outside_england": True}, ["s16c_1_b"]),
    ({**HARM, "incident_outside_england": True, "resident_in_board_area": False}, []),
    ({**HARM, "incident_in_board_area": False}, []),  # the area where it happened notifies
    ({"abuse_or_neglect": "not_suspected", "child_died": True, "looked_after": True},
     ["lac_death"]),
    ({**DEATH, "looked_after": True}, ["lac_death", "s16c_1_a"]),
    ({"child_died": True, "looked_after": True, "responsible_authority_in_board_area": False},
     []),
    ({"care_leaver_died": True}, ["care_leaver_death"]),
    ({"care_leaver_died": True, "responsible_authority_in_board_area": False}, []),
    ({"abuse_or_neglect": "unknown", "child_died": True}, []),
    ({"abuse_or_neglect": "not_suspected", "seriously_harmed": True}, []),
    (KS, []),
])
def test_notification_rows(facts: dict[str, Any], expected: list[str]) -> None:
    result = out(facts)
    assert result["notifiable_criteria"] == expected
    assert result["notifiable"] is bool(expected)


def test_a_care_leavers_death_is_not_a_childs_death() -> None:
    a = evaluate(FW, {"care_leaver_died": True, "domestic_violence_death": True})
    assert a.facts["child_died"] is False
    assert a.facts["abuse_or_neglect"] == "known"
    result = a.to_contract()
    assert result["notifiable_criteria"] == ["care_leaver_death"]
    assert result["other_processes"] == ["safeguarding_adults_review"]
    # the same death of a child is a death through abuse, as in DESIGN 3.2
    child = out({"domestic_violence_death": True, "age_years": 17})
    assert child["notifiable_criteria"] == ["s16c_1_a"]
    assert child["other_processes"] == ["child_death_review", "dhr"]


def test_an_incident_outside_england_is_not_in_this_area() -> None:
    a = evaluate(FW, {**HARM, "incident_outside_england": True})
    assert a.facts["incident_in_board_area"] is False
    assert any(i.key == "incident_in_board_area" for i in a.implied)


@pytest.mark.parametrize("facts", [{"custody": "remand"}, {"regulated_setting": True},
                                   {"custody": "secure_childrens_home"}])
def test_detention_and_regulated_settings_are_institutional(facts: dict[str, Any]) -> None:
    assert evaluate(FW, facts).facts["institutional_setting"] is True
    assert evaluate(FW, {}).facts["institutional_setting"] is False


# -- levels ------------------------------------------------------------------------------------

def test_there_is_no_must_level() -> None:
    assert [lv.id for lv in load_framework(FW).levels] == ["should_always", "consider",
                                                           "not_met"]


@pytest.mark.parametrize(("facts", "met"), [
    (DEATH, ["rapid_review"]), (HARM, ["rapid_review"]),
    ({**HARM, "incident_outside_england": True}, ["rapid_review", "wt_cross_boundary"])])
def test_a_notified_serious_incident_always_has_a_rapid_review(facts: dict[str, Any],
                                                               met: list[str]) -> None:
    result = out({**facts, "interagency_concerns": "clearly_none"})
    assert (result["level"], result["criteria_met"]) == ("should_always", met)


@pytest.mark.parametrize(("facts", "criterion"), [
    ({"improvements_needed": True}, "reg11_a"),
    ({"recurrent_themes": True}, "reg11_b"),
    ({"interagency_concerns": "yes"}, "reg11_c"),
    ({"interagency_concerns": "unclear"}, "reg11_c"),
    ({"panel_local_review_more_appropriate": True}, "reg11_d"),
    ({"legislative_or_guidance_change": True}, "reg3_b"),
    ({"single_agency_lessons_only": True}, "wt_single_agency"),
    ({"no_agency_involvement": True}, "wt_no_agency_involvement"),
    ({"cross_boundary": True}, "wt_cross_boundary"),
    ({"resident_in_board_area": False}, "wt_cross_boundary"),
    ({"regulated_setting": True}, "wt_institutional"),
])
def test_each_consider_criterion(facts: dict[str, Any], criterion: str) -> None:
    base = {**HARM, "interagency_concerns": "clearly_none", "incident_in_board_area": False}
    result = out({**base, **facts})
    assert result["level"] == "consider"  # not notified here: no rapid review by this area
    assert criterion in result["criteria_met"]
    here = out({**HARM, "interagency_concerns": "clearly_none", **facts})
    assert here["level"] == "should_always"
    assert here["criteria_met"][0] == "rapid_review" and criterion in here["criteria_met"]


def test_national_review_criteria_need_complexity_or_national_importance() -> None:
    base = {**DEATH, "interagency_concerns": "clearly_none"}
    assert "reg3_a" not in out({**base, "improvements_needed": True})["criteria_met"]
    both = out({**base, "improvements_needed": True, "recurrent_themes": True,
                "complex_or_national_importance": True})["criteria_met"]
    assert {"reg3_a", "reg3_c", "reg11_a", "reg11_b"} <= set(both)


def test_the_consider_criteria_need_a_serious_case() -> None:
    result = out({"abuse_or_neglect": "not_suspected", "child_died": True,
                  "improvements_needed": True, "interagency_concerns": "yes",
                  "cross_boundary": True})
    assert (result["level"], result["criteria_met"]) == ("not_met", [])


def test_a_child_who_caused_serious_harm_and_a_death_in_custody_are_considered() -> None:
    assert out({**KS, "serious_offence_by_child": True})["criteria_met"] == [
        "child_caused_serious_harm"]
    death = out({"child_died": True, "custody": "police_custody"})
    assert (death["level"], death["criteria_met"]) == ("consider", ["custody_death"])


def test_not_met() -> None:
    assert out({})["level"] == "not_met"


# -- other processes ------------------------------------------------------------------------

@pytest.mark.parametrize(("facts", "process"), [
    ({"child_died": True}, "child_death_review"),
    ({"child_died": True, "learning_disability": True}, "leder"),
    ({"domestic_violence_death": True}, "dhr"),
    ({"parent_murdered_dhr": True}, "dhr"),
    ({"care_leaver_died": True, **KS}, "safeguarding_adults_review"),
    ({**HARM, "incident_in_board_area": False}, "collaborate_with_lead_area"),
    ({**HARM, "resident_in_board_area": False}, "inform_home_area_partners"),
    ({"child_died": True, "looked_after": True,
      "responsible_authority_in_board_area": False}, "inform_responsible_authority"),
    ({"care_leaver_died": True, "responsible_authority_in_board_area": False},
     "inform_responsible_authority"),
    ({"child_died": True, "custody": "yoi"}, "ppo_investigation"),
    ({"child_died": True, "custody": "secure_childrens_home"}, "ppo_investigation"),
    ({"child_died": True, "custody": "police_custody"}, "iopc_referral"),
    ({"child_died": True, "custody": "mha_1983"}, "coroner_state_detention"),
    ({"child_died": True, "custody": "mha_1983"}, "cqc_notification"),
    ({"child_died": True, "regulated_setting": True}, "provider_notifies_ofsted"),
    ({**HARM, "complex_or_national_importance": True}, "suggest_national_review"),
    ({**HARM, "legislative_or_guidance_change": True}, "suggest_national_review"),
    ({"interagency_concerns": "yes"}, "multi_agency_learning_review"),
    ({"good_practice": True}, "multi_agency_learning_review"),
    ({"single_agency_lessons_only": True}, "single_agency_review"),
])
def test_each_other_process(facts: dict[str, Any], process: str) -> None:
    assert process in out(facts)["other_processes"]


@pytest.mark.parametrize(("facts", "process"), [
    ({"domestic_violence_death": True, "age_years": 15}, "dhr"),
    ({"care_leaver_died": True, "abuse_or_neglect": "not_suspected"},
     "safeguarding_adults_review"),
    ({**HARM, "incident_outside_england": True}, "collaborate_with_lead_area"),
    ({"child_died": True, "custody": "dols_16_17", "age_years": 16},
     "coroner_state_detention"),
    ({"child_died": True, "custody": "police_custody"}, "ppo_investigation"),
    ({**DEATH, "interagency_concerns": "yes"}, "multi_agency_learning_review"),
    ({"looked_after": True, "child_died": True}, "inform_responsible_authority"),
])
def test_other_processes_that_do_not_hold(facts: dict[str, Any], process: str) -> None:
    assert process not in out(facts)["other_processes"]


# -- timescales --------------------------------------------------------------------------------

def due(facts: dict[str, Any], dates: dict[str, str], decided: str | None = None
        ) -> dict[str, str]:
    return dict(out(facts, dates=dates, decided=decided)["deadlines"])


def test_notification_over_christmas_and_new_year() -> None:
    # Fri 18/12/2026: Christmas Day and the substitute Boxing Day (Mon 28) are skipped
    assert due(DEATH, {"aware": "2026-12-18"}) == {
        "panel_notification": "2026-12-29", "partners_notification": "2026-12-29"}
    # Thu 30/12/2027: New Year's Day 2028 is a Saturday, its substitute Mon 03/01
    assert due({"looked_after": True, "child_died": True}, {"aware": "2027-12-30"}) == {
        "panel_notification": "2028-01-07", "partners_notification": "2028-01-07"}


def test_notification_over_easter() -> None:
    # Wed 24/03/2027: Good Friday 26/03 and Easter Monday 29/03 are skipped
    assert due(HARM, {"aware": "2027-03-24"})["panel_notification"] == "2027-04-02"


def test_a_care_leavers_death_is_notified_in_five_working_days_by_local_practice() -> None:
    a = evaluate(FW, {"care_leaver_died": True}, dates={"aware": "2028-02-24"})
    (d,) = a.deadlines
    assert (d.key, d.due.isoformat()) == ("care_leaver_notification", "2028-03-02")
    assert "local practice" in d.source


def test_the_rapid_review_counts_from_the_notification_by_default() -> None:
    dates = {"aware": "2026-12-18", "notification": "2026-12-23",
             "partners_aware": "2026-12-21"}
    got = due(DEATH, dates)
    assert got["rapid_review"] == "2027-01-18"
    assert "rapid_review_from_partners_aware" not in got


def test_the_partners_aware_clock() -> None:
    dates = {"aware": "2026-12-18", "notification": "2026-12-23",
             "partners_aware": "2026-12-21"}
    got = due({**DEATH, "rapid_review_from_partners_aware": True}, dates)
    # Mon 21/12/2026 + 15 working days, over Christmas, Boxing Day and New Year
    assert got["rapid_review_from_partners_aware"] == "2027-01-14"
    assert "rapid_review" not in got


def test_no_rapid_review_deadline_without_a_rapid_review() -> None:
    got = due({"looked_after": True, "child_died": True},
              {"notification": "2026-12-23", "rapid_review_sent": "2027-01-05"})
    assert got == {}


def test_the_panels_response_is_tracked_as_local_practice() -> None:
    a = evaluate(FW, HARM, dates={"rapid_review_sent": "2027-03-24"})
    d = a.deadline("panel_response_expected")
    assert d is not None and d.due.isoformat() == "2027-04-09"  # over Easter
    assert "local practice" in d.source


def test_publication_of_a_local_review_moves_off_a_bank_holiday_weekend() -> None:
    # 30/11/2026 + 6 months is Sun 30/05/2027, beside the spring bank holiday (Mon 31/05)
    got = evaluate(FW, DEATH, dates={"decision": "2026-11-30"}, decided="local_cspr")
    d = got.deadline("local_review_publication")
    assert d is not None and d.due.isoformat() == "2027-05-28"
    assert d.moved_from is not None and d.moved_from.isoformat() == "2027-05-30"
    for other in ("no_further_review", "national_review_suggested", None):
        assert "local_review_publication" not in due(DEATH, {"decision": "2026-11-30"}, other)


def test_copies_before_publication_count_back_over_easter_and_the_period_keeps_its_end() -> None:
    got = due({}, {"publication": "2027-04-01"})
    assert got["panel_sos_copy"] == "2027-03-19"
    assert got["published_until"] == "2028-04-01"
    # a minimum period keeps its end, even on the May Day bank holiday
    assert due({}, {"publication": "2027-05-01"})["published_until"] == "2028-05-01"


# -- decisions ---------------------------------------------------------------------------------

def test_decision_options_each_need_a_rationale() -> None:
    fw = load_framework(FW)
    assert fw.decision_ids == ("local_cspr", "national_review_suggested",
                               "other_learning_review", "referral_other_partnership",
                               "no_further_review", "other")
    assert all(d.rationale_required for d in fw.decisions)


# -- refusals, through the real command ------------------------------------------------------

def run(data: dict[str, Any], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "scr_desktop", "assess", str(path)],
                          capture_output=True, text=True, cwd=REPO, check=False)


@pytest.mark.parametrize(("data", "key"), [
    ({"framework": FW, "decided": "scr"}, "decided"),
    ({"framework": FW, "facts": {"care_leaver_died": True, "age_years": 21}},
     "facts.age_years"),
    ({"framework": FW, "facts": {"care_leaver_died": "yes"}}, "facts.care_leaver_died"),
    ({"framework": FW, "facts": {"custody": "dols_16_17", "age_years": 15}}, "facts.custody"),
    ({"framework": FW, "dates": {"inadequate_evaluation": "2026-01-01"}},
     "dates.inadequate_evaluation"),
    ({"framework": FW, "dates": {"notification": "23/12/2026"}}, "dates.notification"),
    ({"framework": FW, "dates": {"publication": "1900-01-05"}}, "dates.publication"),
    ({"framework": FW, "questions": {"harm_not_recognised_shared_or_acted_on": True}},
     "questions.harm_not_recognised_shared_or_acted_on"),
    ({"framework": "wt2015-scr", "dates": {"notification": "2026-12-23"}},
     "dates.notification"),
    ({"framework": "wt2015-scr", "decided": "local_cspr"}, "decided"),
])
def test_refusals(data: dict[str, Any], key: str, tmp_path: Path) -> None:
    result = run(data, tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and f" {key}:" in lines[0], result.stderr
    with pytest.raises(AssessmentInputError) as info:
        evaluate(data["framework"], data.get("facts"), data.get("questions"),
                 data.get("dates"), data.get("decided"))
    assert info.value.key == key


def test_the_command_accepts_every_cspr_date(tmp_path: Path) -> None:
    data = {"framework": FW, "facts": DEATH,
            "dates": {"aware": "2026-12-18", "referral": "2026-12-21",
                      "notification": "2026-12-23", "partners_aware": "2026-12-21",
                      "rapid_review_sent": "2027-01-15", "decision": "2027-01-20",
                      "publication": None},
            "decided": "local_cspr"}
    result = run(data, tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["deadlines"] == {
        "local_review_publication": "2027-07-20", "panel_notification": "2026-12-29",
        "panel_response_expected": "2027-01-29", "partners_notification": "2026-12-29",
        "rapid_review": "2027-01-18"}


# -- every rule names its source ---------------------------------------------------------------

def _rule_paths(data: dict[str, Any]) -> list[tuple[Any, ...]]:
    paths: list[tuple[Any, ...]] = []
    for part in ("facts", "implications", "contradictions", "questions", "other_processes",
                 "decisions", "deadlines", "levels"):
        paths += [(part, i) for i in range(len(data[part]))]
    paths += [("notifiable",)]
    paths += [("notifiable", "criteria", i) for i in range(len(data["notifiable"]["criteria"]))]
    for i, level in enumerate(data["levels"]):
        paths += [("levels", i, "criteria", j) for j in range(len(level.get("criteria", [])))]
    return paths


RAW = json.loads(FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", _rule_paths(RAW), ids=lambda p: ".".join(map(str, p)))
def test_a_rule_without_a_source_is_refused(path: tuple[Any, ...]) -> None:
    for how in ("empty", "missing"):
        data = copy.deepcopy(RAW)
        item: Any = data
        for step in path:
            item = item[step]
        if how == "empty":
            item["source"] = []
        else:
            del item["source"]
        with pytest.raises(FrameworkError, match="source"):
            parse_framework(data, "wt2023-cspr.json")


def test_local_practice_is_marked_where_the_table_says_so() -> None:
    fw = load_framework(FW)
    marked = {d.key for d in fw.deadlines if d.local_practice}
    assert marked == {"care_leaver_notification", "panel_response_expected"}
    for d in fw.deadlines:
        assert ("local practice" in d.citation) is (d.key in marked)


def test_every_framework_accepts_every_fact_with_the_same_type_default_and_range() -> None:
    from scr_desktop.domain.framework import framework_ids
    frameworks = [load_framework(fid) for fid in framework_ids()]
    keys = {f.key for fw in frameworks for f in fw.all_facts}
    for fw in frameworks:
        assert set(fw.fact_keys) == keys, fw.id
    for key in keys:
        shapes = {(f.type, repr(f.default), f.nullable, f.minimum, f.maximum,
                   tuple(c.value for c in f.choices))
                  for f in (fw.fact(key) for fw in frameworks)}
        assert len(shapes) == 1, key


def test_an_answer_given_under_another_framework_is_kept_and_carried() -> None:
    facts = {**DEATH, "care_leaver_died": False, "improvements_needed": True,
             "rapid_review_from_partners_aware": True}
    for fid in ("wt2015-scr", "wt2010-scr"):
        a = evaluate(fid, facts)
        assert a.facts["improvements_needed"] is True
        assert a.facts["rapid_review_from_partners_aware"] is True
