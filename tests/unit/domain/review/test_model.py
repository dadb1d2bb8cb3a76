"""The review model, its storage with revisions, and its deadlines on the case.

Real parts: a real vault on disk; the timescales use the real calendar.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from deadline_oracle import dashboard_rows
from reviewsamples import MARK, decided_case, sample_review

from scr_desktop.domain.review.deadlines import case_deadline_states
from scr_desktop.domain.review.model import Review
from scr_desktop.domain.review.monitoring import action_rows
from scr_desktop.domain.review.records import ReviewInputError
from scr_desktop.storage.reviews import StaleReview
from scr_desktop.storage.vault import Vault

PASS = "walnut lantern meadow 7"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.scrvault", PASS)
    yield v
    v.close()


def test_a_report_not_signed_off_by_a_director_or_chief_executive_is_refused() -> None:
    r = Review.start("c", "scr", "04/01/2027")
    a = r.add("agencies", {"agency": "Health"})
    with pytest.raises(ReviewInputError, match="Director or Chief Executive"):
        r.update("agencies", a, {"received_on": "01/02/2027", "signed_off_on": "02/02/2027"})
    assert r.record("agencies", a)["signed_off_on"] == ""


def test_a_returned_report_is_recorded_and_counts_as_not_received() -> None:
    r = sample_review(decided_case())
    rec = r.records("agencies")[0]
    assert [x["reason"] for x in rec["returns"]] == ["not signed off by the Director"]
    assert rec["returns"][0]["received_on"] == "10/02/2027"
    assert rec["signed_off_on"] == "12/02/2027"


def test_an_override_needs_a_refusal_and_all_three_reasons() -> None:
    r = Review.start("c", "scr", "04/01/2027")
    c = r.add("consents", {"person": "A", "outcome": "given"})
    with pytest.raises(ReviewInputError, match="only after it was refused"):
        r.update("consents", c, {"caldicott": "override", "caldicott_on": "01/02/2027",
                                 "necessary": "n", "proportionate": "p", "relevant": "r"})
    r.update("consents", c, {"outcome": "refused"})
    with pytest.raises(ReviewInputError, match="proportionate"):
        r.update("consents", c, {"caldicott": "override", "caldicott_on": "01/02/2027",
                                 "necessary": "n"})
    assert r.record("consents", c)["caldicott"] == ""


def test_publication_needs_board_sign_off_and_a_pending_trial_holds_it() -> None:
    r = sample_review(decided_case())
    with pytest.raises(ReviewInputError, match="board must sign"):
        r.set_publication({"published_on": "01/10/2027"})
    r.set_publication({"planned_on": "01/07/2027"})
    assert "Criminal investigation" in r.publication_holds()[0]
    r.set_publication({"planned_on": "01/10/2027"})
    assert r.publication_holds() == []


def test_review_deadlines_use_the_working_day_rule_and_reach_the_dashboard() -> None:
    case = decided_case()
    r = Review.start(case.id, "multi_agency_review", "04/01/2027")
    a = r.add("agencies", {"agency": "Health", "requested_on": "13/03/2027"})
    rec = r.add("recommendations", {"text": "x"})
    r.add_action(rec, {"action": "Do it", "owner_agency": "Health", "due_on": "01/03/2027"})
    r.set_publication({"planned_on": "15/12/2027"})
    states = {s.key: s for s in case_deadline_states(case, r, date(2027, 3, 2))}
    # 13/03/2027 is a Saturday: two weeks on is Saturday 27/03/2027, moved back over
    # Good Friday 26/03/2027 to Thursday 25/03/2027.
    assert states[f"briefing:{a}"].due == date(2027, 3, 25)
    assert states["review_completion"].due == date(2027, 7, 2)  # 04/07/2027 is a Sunday
    assert states["panel_copy"].due == date(2027, 12, 6)
    action_key = next(k for k in states if k.startswith("action:"))
    assert states[action_key].state == "overdue"
    rows = dashboard_rows([case], date(2027, 3, 2), reviews={case.id: r})
    assert action_key in {row.deadline.key for row in rows}
    r.set_publication({"board_signoff_on": "01/12/2027", "published_on": "20/12/2027"})
    states = {s.key: s for s in case_deadline_states(case, r, date(2027, 3, 2))}
    assert states["published_until"].due == date(2028, 12, 20)  # from the day published


def test_a_date_recorded_on_the_review_marks_its_deadline_done() -> None:
    case = decided_case()
    r = sample_review(case)
    states = {s.key: s for s in case_deadline_states(case, r, date(2027, 3, 2))}
    agency = r.records("agencies")[0]["id"]
    assert states[f"imr_due:{agency}"].state == "done"
    assert states["imr_completion"].state == "done"


def test_monitoring_lists_overdue_actions_first() -> None:
    case = decided_case()
    r = sample_review(case)
    rec = r.records("recommendations")[0]["id"]
    r.add_action(rec, {"action": "Later", "owner_agency": "Aardvark Health",
                       "due_on": "01/12/2027", "progress": "on_track"})
    rows = action_rows([(r, case.reference)], date(2027, 3, 2))
    assert [row.progress for row in rows] == ["overdue", "on_track"]
    assert rows[0].state.text == "Overdue" and rows[0].state.sign


def test_the_vault_refuses_a_stale_save_and_keeps_the_newer_review(vault: Vault) -> None:
    case = decided_case()
    vault.cases.save(case)
    r = sample_review(case)
    vault.reviews.save(r, case_ref=case.reference)
    first = vault.reviews.get(case.id)
    second = vault.reviews.get(case.id)
    assert first is not None and second is not None
    first.set_setup({"chair": "First"})
    vault.reviews.save(first)
    second.set_setup({"chair": "Second"})
    with pytest.raises(StaleReview):
        vault.reviews.save(second)
    stored = vault.reviews.get(case.id)
    assert stored is not None and stored.setup["chair"] == "First"
    assert stored.to_dict() == first.to_dict()
    details = " ".join(e.detail for e in vault.audit.entries())
    assert "setup" in details and MARK["terms"] not in details


def test_report_versions_are_kept_in_the_vault(vault: Vault) -> None:
    case = decided_case()
    vault.cases.save(case)
    doc = vault.reviews.add_document(case.id, "draft-1.pdf", b"%PDF draft one")
    assert vault.reviews.document(doc.id) == b"%PDF draft one"
    assert [d.name for d in vault.reviews.documents(case.id)] == ["draft-1.pdf"]
