"""Framework files: each one loads, cites its sources, and bad files are refused clearly.

Also shows that a framework is only data (a new file is picked up with no
code change) and pins down the readings of Working Together 2010 that the
wt2010-scr file had to decide.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scr_desktop.domain import framework as fwmod
from scr_desktop.domain.assessment import evaluate
from scr_desktop.domain.framework import FrameworkError, load_framework, parse_framework

REPO = Path(__file__).resolve().parents[3]
FOLDER = REPO / "resources" / "frameworks"
IDS = sorted(p.stem for p in FOLDER.glob("*.json"))
DESIGN_FACTS = {
    "abuse_or_neglect", "child_died", "suspected_suicide", "seriously_harmed",
    "life_threatening_injury", "long_term_impairment", "interagency_concerns", "looked_after",
    "regulated_setting", "custody", "sexual_abuse", "parent_murdered_dhr",
    "killed_by_parent_mental_illness", "violent_assault", "learning_disability", "age_years",
    "domestic_violence_death", "resident_in_board_area", "responsible_authority_in_board_area",
    "single_agency_lessons_only", "good_practice"}
DESIGN_QUESTIONS = {
    "harm_not_recognised_shared_or_acted_on", "institutional_setting", "looked_after_at_time",
    "recent_arrival_uk", "unauthorised_absence_or_runaway", "concerns_not_taken_seriously",
    "wider_procedural_failings", "child_protection_plan", "range_of_agencies",
    "local_procedures_need_change", "national_implications"}


def raw(fid: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FOLDER / f"{fid}.json").read_text(encoding="utf-8"))
    return data


def test_the_three_frameworks_are_shipped() -> None:
    assert IDS == ["wt2010-scr", "wt2015-scr", "wt2023-cspr"]
    assert [f.id for f in fwmod.list_frameworks()] == IDS


@pytest.mark.parametrize("fid", IDS)
def test_framework_loads_and_every_rule_is_cited(fid: str) -> None:
    fw = load_framework(fid)
    cited = [*fw.facts, *fw.questions, *fw.notifiable.criteria, *fw.levels,
             *[c for lv in fw.levels for c in lv.criteria], *fw.other_processes,
             *fw.decisions, *fw.deadlines, *fw.implications, *fw.contradictions]
    for item in cited:
        assert item.source, item
        assert all(s.at.strip() and s.document.title for s in item.source)
    assert len(fw.questions) == 11
    assert fw.notes


@pytest.mark.parametrize("fid", IDS)
def test_each_framework_owns_its_decision_options(fid: str) -> None:
    fw = load_framework(fid)
    assert fw.decisions
    assert all(d.label.strip() and d.label != d.id for d in fw.decisions)
    assert fw.decision_label(fw.decisions[0].id) == fw.decisions[0].label
    assert fw.decision_label("") == ""


def test_decision_wording_differs_between_frameworks() -> None:
    assert load_framework("wt2015-scr").decision_label("scr") == \
        "Serious Case Review to be undertaken"
    assert load_framework("wt2010-scr").decision_label("scr") == \
        "Serious Case Review to be conducted"


@pytest.mark.parametrize("fid", IDS)
def test_contract_dates_are_events_of_every_framework(fid: str) -> None:
    assert {"aware", "referral", "decision", "publication"} <= set(
        load_framework(fid).event_keys)


def test_wt2015_declares_the_design_facts_and_questions() -> None:
    fw = load_framework("wt2015-scr")
    assert {f.key for f in fw.facts} == DESIGN_FACTS  # the questions asked: DESIGN 3.1
    assert set(fw.question_keys) == DESIGN_QUESTIONS
    defaults = {f.key: f.default for f in fw.facts}
    assert defaults["interagency_concerns"] == "unclear"
    assert defaults["resident_in_board_area"] is True
    assert defaults["custody"] == "none"
    assert defaults["abuse_or_neglect"] == "unknown"
    assert defaults["age_years"] is None
    assert [lv.id for lv in fw.levels] == ["must", "should_always", "consider", "not_met"]


# -- refusing bad files ------------------------------------------------------------------

def broken(mutate: Any) -> str:
    data = copy.deepcopy(raw("wt2015-scr"))
    mutate(data)
    with pytest.raises(FrameworkError) as info:
        parse_framework(data, "test.json")
    return str(info.value)


def test_unknown_key_is_refused() -> None:
    assert "unknown key 'colour'" in broken(lambda d: d["facts"][0].update(colour="red"))


def test_rule_over_an_unknown_fact_is_refused() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["levels"][0]["criteria"][0]["when"] = {"var": "child_dead"}
    message = broken(mutate)
    assert "levels[0].criteria[0].when" in message and "child_dead" in message


def test_level_variable_is_not_in_scope_for_levels() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["levels"][1]["criteria"][0]["when"] = {"eq": ["level", "must"]}
    assert "unknown variable 'level'" in broken(mutate)


def test_rule_without_source_is_refused() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["other_processes"][0]["source"] = []
    assert "at least one source" in broken(mutate)


def test_source_naming_an_unknown_document_is_refused() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["deadlines"][0]["source"][0]["doc"] = "999"
    assert "unknown document '999'" in broken(mutate)


def test_missing_fallback_level_is_refused() -> None:
    assert "'otherwise' level" in broken(lambda d: d["levels"].pop())


def test_default_outside_allowed_values_is_refused() -> None:
    assert "default" in broken(lambda d: d["facts"][0].update(default="perhaps"))


def test_reserved_fact_name_is_refused() -> None:
    assert "reserved" in broken(lambda d: d["facts"][1].update(key="level"))


def test_duplicate_ids_are_refused() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["levels"][2]["criteria"][1]["id"] = "c_iv"
    assert "'c_iv' is used twice" in broken(mutate)


def test_deadline_from_unknown_event_is_refused() -> None:
    assert "unknown event" in broken(lambda d: d["deadlines"][0].update({"from": "birth"}))


def test_bad_unit_is_refused() -> None:
    assert "unit" in broken(lambda d: d["deadlines"][0]["offset"].update(unit="fortnights"))


def test_file_name_must_match_id(tmp_path: Path) -> None:
    path = tmp_path / "other-name.json"
    path.write_text(json.dumps(raw("wt2015-scr")), encoding="utf-8")
    with pytest.raises(FrameworkError, match="named 'other-name'"):
        fwmod.load_framework_file(path)


def test_unknown_framework_names_the_known_ones() -> None:
    with pytest.raises(FrameworkError, match="wt2010-scr, wt2015-scr, wt2023-cspr"):
        load_framework("nonesuch")


# -- a framework is only a file ---------------------------------------------------------------

@pytest.fixture
def extra_framework(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for p in FOLDER.glob("*.json"):
        (tmp_path / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(fwmod, "_folder", lambda: tmp_path)
    fwmod.load_framework.cache_clear()
    yield tmp_path
    fwmod.load_framework.cache_clear()


def test_adding_a_file_adds_a_framework(extra_framework: Path) -> None:
    data = raw("wt2015-scr")
    data["id"], data["title"] = "local-test", "A local variant"
    # This variant treats any death in detention as a 'must' case.
    must = data["levels"][0]["criteria"]
    must.append(data["levels"][1]["criteria"].pop())
    data["levels"].pop(1)
    (extra_framework / "local-test.json").write_text(json.dumps(data), encoding="utf-8")
    assert "local-test" in [f.id for f in fwmod.list_frameworks()]
    result = evaluate("local-test", {"child_died": True, "custody": "yoi"}).to_contract()
    assert (result["level"], result["criteria_met"]) == ("must", ["custody_death"])


# -- readings of Working Together 2010 --------------------------------------------------------

class TestWt2010Readings:
    """What the wt2010-scr file decided where chapter 8 of Working Together 2010 is silent.

    * Two levels only, 'should always' (8.8) and 'should always consider'
      (8.9); no separate 'must' level.
    * No incident-notification criteria (chapter 8 has none); Ofsted is told
      of the decision 'immediately' (8.14), read as the decision day or the
      next working day.
    * 8.8's 'Mental Health Act 2005' is read as the Mental Health Act 1983.
    * Custody is police custody, remand or detention after sentence,
      including YOIs and secure training centres (8.31); a welfare placement
      in a secure children's home and deprivation of liberty at 16 or 17 are
      2015 additions and do not count.
    * Serious sexual abuse and a particularly serious offence by the child
      need no separate finding of serious harm (8.9).
    * An unclear concern about joint working counts as a concern.
    * The lead LSCB for a looked-after child is the responsible authority's
      (8.11).
    * A child killed by a parent, carer or close relative, or who died from
      violence, abuse or neglect at home, meets the 'should always' death
      criterion on that answer alone (8.8).
    * Frameworks share one vocabulary of facts; those a framework does not
      use are accepted and kept ("ask": false) but never asked or used.
    """

    FW = "wt2010-scr"

    def out(self, facts: dict[str, Any], **kw: Any) -> dict[str, Any]:
        return evaluate(self.FW, facts, None, kw.get("dates"), kw.get("decided")).to_contract()

    def test_levels(self) -> None:
        assert [lv.id for lv in load_framework(self.FW).levels] == [
            "should_always", "consider", "not_met"]

    def test_death_with_abuse_or_neglect_should_always_be_reviewed(self) -> None:
        result = self.out({"abuse_or_neglect": "suspected", "child_died": True})
        assert (result["level"], result["criteria_met"]) == (
            "should_always", ["death_abuse_or_neglect"])
        assert result["notifiable"] is False

    @pytest.mark.parametrize(("custody", "counts"), [
        ("police_custody", True), ("remand", True), ("sentenced", True), ("yoi", True),
        ("secure_training_centre", True), ("mha_1983", True),
        ("secure_childrens_home", False), ("dols_16_17", False)])
    def test_custody_deaths(self, custody: str, counts: bool) -> None:
        result = self.out({"abuse_or_neglect": "not_suspected", "child_died": True,
                           "custody": custody})
        assert (result["level"] == "should_always") is counts

    @pytest.mark.parametrize("fact", ["killed_by_parent_mental_illness",
                                      "domestic_violence_death"])
    def test_killing_by_a_relative_is_a_death_with_abuse(self, fact: str) -> None:
        result = self.out({fact: True})
        assert (result["level"], result["criteria_met"]) == (
            "should_always", ["death_abuse_or_neglect"])
        assert result["other_processes"] == ["child_death_review"]

    def test_ombudsman_investigation_for_deaths_in_yoi_or_stc(self) -> None:
        assert "ppo_investigation" in self.out({"child_died": True, "custody": "yoi"})[
            "other_processes"]
        assert "ppo_investigation" not in self.out({"child_died": True,
                                                     "custody": "remand"})["other_processes"]

    @pytest.mark.parametrize(("fact", "criterion"), [
        ("sexual_abuse", "c_sexual_abuse"), ("serious_offence_by_child", "c_serious_offence"),
        ("parent_murdered_dhr", "c_parent_murdered")])
    def test_consider_criteria_need_only_concern(self, fact: str, criterion: str) -> None:
        assert self.out({fact: True})["criteria_met"] == [criterion]
        assert self.out({fact: True})["level"] == "consider"
        assert self.out({fact: True, "interagency_concerns": "clearly_none"})[
            "level"] == "not_met"

    def test_lead_lscb_for_looked_after_child(self) -> None:
        def refer(**facts: Any) -> bool:
            return "referral_other_board" in self.out(facts)["other_processes"]
        assert refer(resident_in_board_area=False)
        assert not refer(resident_in_board_area=False, looked_after=True)
        assert refer(looked_after=True, responsible_authority_in_board_area=False)

    def test_timescales(self) -> None:
        dates = {"referral": "2026-12-21", "decision": "2027-01-16",
                 "inadequate_evaluation": "2027-11-30"}
        assert self.out({}, dates=dates, decided="scr")["deadlines"] == {
            "chair_decision": "2027-01-21",
            "decision_notifications": "2027-01-18",  # decided on a Saturday
            "review_completion": "2027-07-16",
            "revised_action_plan": "2028-02-29"}
        assert "review_completion" not in self.out({}, dates=dates, decided="no_review")[
            "deadlines"]


# -- one vocabulary of facts --------------------------------------------------------------------

def test_every_framework_accepts_the_same_facts_with_the_same_meaning() -> None:
    frameworks = [load_framework(fid) for fid in IDS]
    keys = set(frameworks[0].fact_keys)
    assert keys >= DESIGN_FACTS
    for fw in frameworks[1:]:
        assert set(fw.fact_keys) == keys, fw.id
        for key in keys:
            a, b = frameworks[0].fact(key), fw.fact(key)
            assert (a.spec(), a.default, a.minimum, a.maximum) == (
                b.spec(), b.default, b.minimum, b.maximum), key


def test_carried_facts_are_not_asked_and_do_not_change_the_outcome() -> None:
    for fid in IDS:
        fw = load_framework(fid)
        carried = {f.key for f in fw.carried_facts}
        assert carried and not carried & {f.key for f in fw.facts}
        base = {"abuse_or_neglect": "suspected", "life_threatening_injury": True}
        flipped = {f.key: (not f.default) if f.type == "bool" else 17
                   for f in fw.carried_facts}
        assert evaluate(fid, base).to_contract() == evaluate(fid, {**base, **flipped}
                                                             ).to_contract()


def test_a_rule_may_not_use_a_carried_fact() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["other_processes"][0]["when"] = {"var": "serious_offence_by_child"}
    assert "marked \"ask\": false but a rule uses it" in broken(mutate)
