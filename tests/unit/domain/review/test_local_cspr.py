"""A local CSPR decided after a rapid review runs through the review lifecycle.

The CSPR framework's decision id (``local_cspr``) starts a review; its
publication is tracked by the framework's own deadline
(``local_review_publication``, 6 months from the decision) rather than a
second completion deadline, and the dates recorded on the review's
publication record mark the CSPR deadlines met.
"""

from __future__ import annotations

from datetime import date

from scr_desktop.domain.model import Case
from scr_desktop.domain.review import vocab
from scr_desktop.domain.review.deadlines import case_deadline_states
from scr_desktop.domain.review.model import Review


def local_cspr_case() -> Case:
    case = Case(reference="SCR-2027-0001", framework="wt2023-cspr")
    case.facts.update({"abuse_or_neglect": "suspected", "child_died": True,
                       "improvements_needed": True})
    case.set("aware_date", "18/12/2026")
    case.decision.decided = "local_cspr"
    case.decision.decision_date = "2027-01-15"
    return case


def test_every_review_decision_of_every_framework_starts_a_review() -> None:
    from scr_desktop.domain.framework import load_framework

    starts = vocab.review_decisions()
    assert "local_cspr" in starts
    for fw in ("wt2015-scr", "wt2010-scr", "wt2023-cspr"):
        ids = set(load_framework(fw).decision_ids)
        assert set(starts) & ids, fw
    assert set(starts) <= (set(load_framework("wt2015-scr").decision_ids)
                           | set(load_framework("wt2010-scr").decision_ids)
                           | set(load_framework("wt2023-cspr").decision_ids))


def test_a_local_cspr_tracks_its_publication_and_panel_copy() -> None:
    case = local_cspr_case()
    review = Review.start(case.id, "local_cspr", "15/01/2027")
    states = {s.key: s for s in case_deadline_states(case, review, date(2027, 2, 1))}
    assert states["local_review_publication"].due == date(2027, 7, 15)
    assert states["local_review_publication"].state != "done"
    assert "review_completion" not in states  # the framework's own 6 months stand
    review.set_publication({"board_signoff_on": "01/06/2027", "planned_on": "08/07/2027",
                            "copies_sent_on": "25/06/2027"})
    states = {s.key: s for s in case_deadline_states(case, review, date(2027, 6, 28))}
    assert states["panel_sos_copy"].due == date(2027, 6, 29)
    assert states["panel_sos_copy"].state == "done"
    assert states["local_review_publication"].state != "done"
    review.set_publication({"published_on": "08/07/2027"})
    states = {s.key: s for s in case_deadline_states(case, review, date(2027, 7, 9))}
    assert states["local_review_publication"].state == "done"
    assert states["local_review_publication"].done_on == date(2027, 7, 8)
