"""Which decisions depart from the result, and which need a rationale, come from the framework."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from scr_desktop.domain import decisions
from scr_desktop.domain.assessment import evaluate
from scr_desktop.domain.framework import load_framework
from scr_desktop.domain.model import Case

TODAY = date(2027, 1, 20)


def _case(fid: str, decided: str, rationale: str = "") -> Case:
    case = Case(framework=fid)
    case.decision.decided = decided
    case.decision.decision_date = "2027-01-15"
    case.decision.decided_by = "Chair"
    case.decision.rationale = rationale
    return case


@pytest.mark.parametrize(("fid", "facts"), [
    ("wt2015-scr", {"abuse_or_neglect": "known", "child_died": True}),  # must
    ("wt2015-scr", {"child_died": True, "custody": "yoi"}),  # should always
    ("wt2010-scr", {"abuse_or_neglect": "known", "child_died": True}),  # should always
])
def test_a_decision_other_than_the_expected_one_departs(fid: str, facts: dict[str, object]
                                                        ) -> None:
    a = evaluate(fid, facts)
    check = decisions.check_decision(_case(fid, "no_review"), a, TODAY)
    assert check.departs and "rationale" in check.problems
    assert not decisions.check_decision(_case(fid, "scr"), a, TODAY).departs


def test_below_the_strong_levels_no_decision_departs() -> None:
    a = evaluate("wt2015-scr", {"parent_murdered_dhr": True})
    check = decisions.check_decision(_case("wt2015-scr", "no_review"), a, TODAY)
    assert not check.departs and "rationale" not in check.problems


def test_a_framework_can_require_a_rationale_for_every_decision(
        monkeypatch: pytest.MonkeyPatch) -> None:
    fw = load_framework("wt2015-scr")
    strict = dataclasses.replace(fw, decisions=tuple(
        dataclasses.replace(d, rationale_required=True) for d in fw.decisions))
    monkeypatch.setattr(decisions, "load_framework", lambda _fid: strict)
    a = evaluate("wt2015-scr", {})
    check = decisions.check_decision(_case("wt2015-scr", "no_review"), a, TODAY)
    assert not check.departs
    assert check.problems["rationale"] == "Record the rationale for this decision."
    explained = decisions.check_decision(_case("wt2015-scr", "no_review", "Reasons"), a, TODAY)
    assert "rationale" not in explained.problems


def test_a_recorded_decision_meets_the_chair_s_deadline_unless_marked_otherwise() -> None:
    from scr_desktop.domain.decisions import met_deadlines
    from scr_desktop.domain.model import Case, Decision

    case = Case()
    assert "chair_decision" not in met_deadlines(case)
    case.record_decision(Decision(recommendation="scr"))  # recommended, not yet decided
    assert "chair_decision" not in met_deadlines(case)
    case.record_decision(Decision(decided="scr", decision_date="2026-09-25"))
    assert met_deadlines(case)["chair_decision"] == "2026-09-25"
    case.mark_deadline_done("chair_decision", "2026-09-24")  # the user's own mark stands
    assert met_deadlines(case)["chair_decision"] == "2026-09-24"
    assert case.deadlines_done == {"chair_decision": "2026-09-24"}
