"""Every framework's documents speak in that framework's words, never in bare identifiers.

For each framework shipped, a case that meets as many of its rules as one
case can is exported as the decision record, the notification (PDF and
preview text), the meeting minutes and the Case for Consideration; each is
read back with pdftotext and must hold the framework's own title and
decision wording and none of its identifiers (criterion, level, process,
deadline, decision and framework ids) where words are meant.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from typing import Any

import pytest
from samples import sample_case

from scr_desktop.domain.assessment import assess_case
from scr_desktop.domain.framework import Framework, framework_ids, load_framework
from scr_desktop.domain.meeting import Meeting
from scr_desktop.domain.model import Case
from scr_desktop.export.notification import render_notification_pdf
from scr_desktop.export.notification_text import notification_text
from scr_desktop.export.pdf_decision import render_decision_pdf
from scr_desktop.export.pdf_form import render_case_pdf
from scr_desktop.export.pdf_minutes import render_minutes_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext) is not installed")

ENGLISH = {"must", "consider", "other", "aware", "referral", "decision", "publication",
           "notification", "none", "custody"}
MANY: dict[str, Any] = {
    "abuse_or_neglect": "known", "child_died": True, "seriously_harmed": True,
    "life_threatening_injury": True, "sexual_abuse": True, "parent_murdered_dhr": True,
    "looked_after": True, "custody": "yoi", "resident_in_board_area": False,
    "responsible_authority_in_board_area": False, "learning_disability": True,
    "interagency_concerns": "yes", "violent_assault": True, "age_years": 17,
    "domestic_violence_death": True, "serious_offence_by_child": True,
}


def identifiers(fw: Framework) -> set[str]:
    ids = {fw.id, *fw.decision_ids, *fw.event_keys, *fw.fact_keys,
           *(lv.id for lv in fw.levels), *(r.id for r in fw.notifiable.criteria),
           *(r.id for lv in fw.levels for r in lv.criteria), *(p.id for p in fw.other_processes),
           *(d.key for d in fw.deadlines), *(i.id for i in fw.implications)}
    return {i for i in ids if i not in ENGLISH}


def bare_ids(text: str, fw: Framework) -> list[str]:
    return sorted(i for i in identifiers(fw)
                  if re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", text))


def pdf_text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def case_under(fid: str) -> Case:
    fw = load_framework(fid)
    case = sample_case()
    case.framework = fid
    case.facts = {k: v for k, v in MANY.items() if k in fw.fact_keys}
    case.questions = {q: True for q in fw.question_keys[:2]}
    case.decision.recommendation = fw.decisions[-1].id
    case.decision.decided = fw.decisions[0].id
    case.decision.decision_date = "2026-11-24"
    return case


@pytest.fixture(params=framework_ids())
def case(request: pytest.FixtureRequest) -> Case:
    return case_under(str(request.param))


def check(text: str, case: Case, *, decision: bool = True) -> None:
    fw = load_framework(case.framework)
    assert bare_ids(text, fw) == []
    if decision:
        assert fw.decision_label(case.decision.decided) in text


def test_the_case_meets_rules_of_every_kind(case: Case) -> None:
    a = assess_case(case)
    assert a.criteria_met and a.other_processes and a.deadlines


def test_decision_record(case: Case) -> None:
    assessment = assess_case(case).to_contract()
    text = pdf_text(render_decision_pdf(case, assessment))
    check(text, case)
    fw = load_framework(case.framework)
    assert fw.title in text
    assert fw.level(assessment["level"]).label in text


def test_notification_pdf_and_preview(case: Case) -> None:
    assessment = assess_case(case).to_contract()
    pdf = pdf_text(render_notification_pdf(case, assessment, recipient="ofsted"))
    check(pdf, case)
    preview = notification_text(case, assessment, recipient="ofsted")
    check(" ".join(preview.split()), case)


def test_minutes(case: Case) -> None:
    meeting = Meeting(date="2026-11-24", chair="A chair")
    meeting.add_case(case)
    text = pdf_text(render_minutes_pdf(meeting, {case.id: case}))
    check(text, case)
    assert load_framework(case.framework).title in text


def test_case_for_consideration(case: Case) -> None:
    text = pdf_text(render_case_pdf(case))
    check(text, case)
    fw = load_framework(case.framework)
    assert all(option.label in text for option in fw.decisions)
    assert fw.title in text


def test_two_frameworks_word_the_same_decision_differently() -> None:
    first, second = case_under("wt2015-scr"), case_under("wt2010-scr")
    one = pdf_text(render_decision_pdf(first, assess_case(first).to_contract()))
    two = pdf_text(render_decision_pdf(second, assess_case(second).to_contract()))
    assert "Serious Case Review to be undertaken" in one
    assert "Serious Case Review to be undertaken" not in two
    assert "Serious Case Review to be conducted" in two
