"""A review with distinctive values in every part, for the review tests (fictional)."""

from __future__ import annotations

from scr_desktop.domain.model import Case, Decision
from scr_desktop.domain.review.model import Review

MARK = {
    "terms": "Zanzibar-terms-9137",
    "agency": "Quillfeather Constabulary",
    "chief": "Ottoline Brackenbury",
    "author": "Perpetua Vandersloot",
    "person": "Hesketh Marchbanks",
    "family": "Wilhelmina Ashdown",
    "action": "Introduce the Gorsemoor protocol",
    "rationale": "Nebulous-rationale-5521",
}


def decided_case() -> Case:
    """Return a case decided for an SCR on 04/01/2027."""
    case = Case(reference="SCR-2027-0042")
    case.set("child_forenames", "Tamsin")
    case.set("child_last_names", "Oakridge")
    case.decision = Decision(decided="scr", decision_date="2027-01-04", decided_by="Chair")
    case.status = "decided"
    return case


def sample_review(case: Case) -> Review:
    """Return a review of ``case`` with every page filled in."""
    r = Review.start(case.id, "scr", "04/01/2027")
    r.set_setup({"methodology": "systems", "scope_from": "01/01/2025", "scope_to": "01/12/2026",
                 "terms": MARK["terms"], "chair": "Chair Person", "independent": True})
    r.set_lines(["The period of the child's life under review"])
    a = r.add("agencies", {"agency": MARK["agency"], "chief_officer": MARK["chief"],
                           "kind": "imr", "author": MARK["author"], "author_not_involved": True,
                           "requested_on": "04/01/2027"})
    r.update("agencies", a, {"received_on": "10/02/2027"})
    r.return_report(a, "11/02/2027", "not signed off by the Director")
    r.update("agencies", a, {"received_on": "12/02/2027", "signed_off_role": "director",
                             "signed_off_on": "12/02/2027"})
    c = r.add("consents", {"person": MARK["person"], "adult": True, "record_holder": "GP",
                           "outcome": "refused"})
    r.update("consents", c, {"caldicott": "override", "caldicott_on": "20/01/2027",
                             "necessary": MARK["rationale"], "proportionate": "yes",
                             "relevant": "yes"})
    r.add("family", {"person": MARK["family"], "relationship": "Mother", "method": "in_person"})
    r.add("processes", {"type": "criminal", "status": "in_progress", "key_date": "01/09/2027",
                        "delays_publication": True})
    rec = r.add("recommendations", {"source": "Overview report", "text": "Share records"})
    r.add_action(rec, {"action": MARK["action"], "owner_agency": MARK["agency"],
                       "due_on": "01/03/2027"})
    return r
