"""Re-applying one copy's changes onto a newer version of the case, losing nothing."""

from __future__ import annotations

from scr_desktop.domain.model import Case, Decision


def _read(case: Case, revision: int) -> Case:
    """Return a copy of ``case`` as the vault would hand it out at ``revision``."""
    copy = Case.from_dict(case.to_dict())
    copy.revision, copy.read_as = revision, case.to_dict()
    return copy


def test_changes_to_different_parts_are_all_kept() -> None:
    base = Case(reference="SCR-2026-0001")
    base.mark_deadline_done("subgroup_meeting", "2026-11-24")
    mine, theirs = _read(base, 1), _read(base, 1)
    theirs.record_decision(Decision(recommendation="scr", rationale="Qztheirs"))
    theirs.revision = 2
    mine.set("siblings", [{"name": "Qzsibling", "dob": "01/01/2019"}])
    mine.answer_fact("child_died", False)
    mine.unmark_deadline_done("subgroup_meeting")
    mine.record_date("publication", "2027-01-05")

    assert mine.rebase(theirs) == []

    assert mine.revision == 2
    assert mine.decision.rationale == "Qztheirs" and mine.status == "referred"
    assert mine.get("siblings") == [{"name": "Qzsibling", "dob": "01/01/2019"}]
    assert mine.facts == {"child_died": False}
    assert mine.deadlines_done == {} and mine.dates == {"publication": "2027-01-05"}
    # A second rebase onto the same version finds nothing more to do.
    assert mine.rebase(theirs) == [] and mine.to_dict() == Case.from_dict(
        mine.to_dict()).to_dict()


def test_a_value_both_changed_keeps_theirs_and_reports_mine() -> None:
    base = Case()
    mine, theirs = _read(base, 1), _read(base, 1)
    theirs.set_question("q3", True)
    theirs.choose_framework("wt2010-scr")
    mine.set_question("q3", True)  # the same change: no conflict
    mine.choose_framework("wt2015-scr")  # unchanged from the base: nothing to apply
    mine.set("referrer_name", "Qzmine")
    theirs.set("referrer_name", "Qztheirs")
    mine.set("case_outline", "Qzmine outline")
    theirs.set("case_outline", "Qztheirs outline")
    mine.set("status_cp_plan_current", True)
    theirs.set("status_cp_plan_current", False)  # as it was: so mine is taken

    conflicts = mine.rebase(theirs)

    assert [(c.part, c.key, c.text()) for c in conflicts] == [
        ("form", "case_outline", "Qzmine outline"), ("form", "referrer_name", "Qzmine")]
    assert mine.get("referrer_name") == "Qztheirs"
    assert mine.get("case_outline") == "Qztheirs outline"
    assert mine.get("status_cp_plan_current") is True
    assert mine.framework == "wt2010-scr" and mine.questions == {"q3": True}
