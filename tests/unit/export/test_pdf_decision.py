"""The decision record and the notification PDFs, read back with pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime

import pytest
from samples import sample_case

from scr_desktop.domain.model import Case
from scr_desktop.export.notification import (
    NOT_ANONYMISED_NOTE,
    recipient_name,
    render_notification_pdf,
)
from scr_desktop.export.pdf_decision import deadline_rows, render_decision_pdf
from scr_desktop.export.wording import UNKNOWN, wording_for

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

ASSESSMENT = {
    "framework": "wt2015-scr",
    "notifiable": True,
    "notifiable_criteria": ["N2"],
    "level": "must",
    "criteria_met": ["c_iv", "reg5_2_b_ii"],
    "helper_questions_yes": 4,
    "other_processes": ["multi_agency_review"],
    "deadlines": {
        "ofsted_notification": "2026-11-10",
        "subgroup_meeting": "2026-11-26",
        "chair_decision": "2026-12-05",
    },
}


WORDS = wording_for("wt2015-scr")


def text_of(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return re.sub(r"\s+", " ", out.stdout.decode("utf-8"))


def test_decision_record_shows_result_citations_and_decision() -> None:
    case = sample_case()
    case.deadlines_done["ofsted_notification"] = "2026-11-06"
    text = text_of(render_decision_pdf(case, ASSESSMENT,
                                       generated_at=datetime(2026, 11, 29, 9, 0)))
    assert "Decision record" in text
    assert WORDS.term("must").label in text
    for key in ("N2", "c_iv", "reg5_2_b_ii", "multi_agency_review"):
        assert re.search(rf"\b{key}\b", text) is None, key  # words, never the bare id
        assert WORDS.term(key).label in text
    assert "LSCB Regulations 2006, reg. 5(2)(b)(ii); 4.3; 4.4 (ii)" in text
    assert "4 of 11" in text
    assert "Serious Case Review to be undertaken" in text
    assert "Neglect is suspected" in text
    assert "Met on 06/11/2026" in text
    assert "26/11/2026 OVERDUE" in text
    # the chair decided on 20/11/2026, which meets the chair's deadline (3.8)
    assert "05/12/2026 Met on 20/11/2026" in text
    assert "2026-11-26" not in text
    assert text.count("OFFICIAL-SENSITIVE") >= 2


def test_decision_record_with_nothing_met_and_no_decision() -> None:
    assessment = {"framework": "wt2015-scr", "notifiable": False, "notifiable_criteria": [],
                  "level": "not_met", "criteria_met": [], "helper_questions_yes": 0,
                  "other_processes": [], "deadlines": {}}
    text = text_of(render_decision_pdf(Case(), assessment))
    assert "None of the review criteria is met." in text
    assert "Not yet decided" in text
    assert "No deadline has started yet." in text


def test_wording_comes_from_the_assessments_framework_and_unknown_ids_stay_words() -> None:
    assessment = dict(ASSESSMENT, framework="wt2010-scr", criteria_met=["brand_new_rule"],
                      level="should_always", notifiable=False, notifiable_criteria=[])
    text = text_of(render_decision_pdf(Case(framework="wt2010-scr"), assessment))
    assert "A Serious Case Review should always be conducted" in text
    assert "Serious Case Review (Working Together 2010)" in text
    assert UNKNOWN in text and "brand_new_rule" not in text


def test_explicit_deadline_rows() -> None:
    rows = deadline_rows(
        Case(), ASSESSMENT,
        [{"key": "imr_completion", "due": "01/01/2027", "done": "2026-12-30"},
         {"key": "x", "label": "Custom", "due": "2026-01-01", "status": "Waived"}],
        today=date(2026, 12, 31),
    )
    assert rows[0] == {"label": WORDS.term("imr_completion").label, "due": "01/01/2027",
                       "status": "Met on 30/12/2026", "source": "7.3"}
    assert rows[1]["status"] == "Waived" and rows[1]["due"] == "01/01/2026"


def test_overdue_is_said_in_words() -> None:
    rows = deadline_rows(Case(), ASSESSMENT, today=date(2026, 11, 27))
    status = {r["label"]: r["status"] for r in rows}
    assert status[WORDS.term("ofsted_notification").label] == "OVERDUE"
    assert status[WORDS.term("chair_decision").label] == "Not yet due"


def test_notification_is_anonymised_by_default() -> None:
    case = sample_case()
    text = text_of(render_notification_pdf(case, ASSESSMENT, recipient="ofsted",
                                           generated_at=datetime(2026, 11, 21, 10, 0)))
    assert "To: Ofsted" in text
    assert "Child A" in text and "Mother of Child A" in text and "aged 3" in text
    assert "Anonymised in line with 8.15" in text
    for secret in ("Zoë", "Łukasiewicz", "Harrow", "E8 4QT", "14/06/2023", "Priya", "Raman",
                   "020 7946", "gcsx"):
        assert secret not in text, secret
    assert "Notification of a decision: Serious Case Review (Working Together 2015)" in text
    assert "21/11/2026" in text


def test_notification_of_an_incident_before_any_decision() -> None:
    case = sample_case()
    case.decision.decided = ""
    text = text_of(render_notification_pdf(case, ASSESSMENT, recipient="national_panel"))
    assert "Notification of a serious incident" in text
    assert "Child Safeguarding Practice Review Panel" in text


def test_notification_without_anonymisation_says_so() -> None:
    case = sample_case()
    text = text_of(render_notification_pdf(case, ASSESSMENT, recipient="dfe", anonymised=False))
    assert re.sub(r"\s+", " ", NOT_ANONYMISED_NOTE) in text
    assert "Zoë Łukasiewicz-Nguyễn" in text
    assert "Department for Education" in text


def test_recipient_names() -> None:
    assert recipient_name("Ofsted") == "Ofsted"
    assert recipient_name("DfE") == "Department for Education"
    assert recipient_name("A named inspector") == "A named inspector"


def test_a_date_moved_back_to_a_working_day_says_why() -> None:
    from scr_desktop.domain.assessment import evaluate
    from scr_desktop.export.pdf_decision import assessed_deadlines

    # the sub-group meeting's period ends on Christmas Day 2026
    assessment = evaluate("wt2015-scr", {"abuse_or_neglect": "known", "child_died": True},
                          None, {"referral": "2026-12-04"}, "scr")
    case = sample_case()
    rows = deadline_rows(case, assessment.to_contract(), assessed_deadlines(case, assessment),
                         today=date(2026, 12, 1))
    meeting = next(r for r in rows if r["label"].startswith(WORDS.term("subgroup_meeting").label))
    assert meeting["due"] == "24/12/2026"
    assert meeting["label"].endswith("(the date was moved back from Christmas Day 25/12/2026)")
    assert [r["due"] for r in rows] == sorted((r["due"] for r in rows),
                                              key=lambda d: (d[6:], d[3:5], d[:2]))
    text = text_of(render_decision_pdf(case, assessment.to_contract(),
                                       assessed_deadlines(case, assessment),
                                       generated_at=datetime(2026, 12, 1, 9, 0)))
    assert "moved back from Christmas Day 25/12/2026" in text
