"""The Case for Consideration PDF: every field, Unicode names, escaping, page furniture.

Text is read back with poppler's pdftotext, a real reader, so these tests
see what a person opening the file would see.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime

import pytest
from samples import marker_case, sample_case

from scr_desktop.domain import form, model
from scr_desktop.domain.form import FIELDS, Kind, Section
from scr_desktop.domain.framework import load_framework
from scr_desktop.domain.model import Case
from scr_desktop.export import pdf_form
from scr_desktop.export.layout import para_text
from scr_desktop.export.pdf_form import render_case_pdf

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def pdf_text(pdf: bytes, *args: str) -> str:
    result = subprocess.run(
        ["pdftotext", *args, "-", "-"], input=pdf, capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def page_count(pdf: bytes) -> int:
    out = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True)
    m = re.search(rb"Pages:\s+(\d+)", out.stdout)
    assert m
    return int(m.group(1))


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_returns_a_pdf_in_memory() -> None:
    pdf = render_case_pdf(Case())
    assert pdf.startswith(b"%PDF-")
    assert b"%%EOF" in pdf[-32:]


def test_every_field_value_and_label_is_printed() -> None:
    case, markers = marker_case()
    text = pdf_text(render_case_pdf(case))
    missing = [k for k, v in markers.items() if v not in text]
    assert not missing, f"not printed: {missing}"
    flat = squash(text)
    for spec in FIELDS.values():
        assert squash(spec.label) in flat, spec.label
        for sub in spec.subfields:
            assert sub.label in flat


def test_a_new_form_field_appears_without_changing_the_renderer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = form.FieldSpec("school_name", "School attended", Kind.TEXT)
    sections = list(form.SECTIONS)
    child = sections[2]
    sections[2] = Section(child.key, child.title, child.intro, (*child.fields, extra))
    monkeypatch.setattr(pdf_form, "SECTIONS", tuple(sections))
    monkeypatch.setitem(model.FIELDS, "school_name", extra)
    case = Case()
    case.form["school_name"] = "MkSchoolQz"
    text = pdf_text(render_case_pdf(case))
    assert "School attended" in text
    assert "MkSchoolQz" in text


def test_unicode_names_print_with_the_embedded_font() -> None:
    case = sample_case()
    case.set("household_members", [
        {"name": "Ștefan Ionescu", "relationship": "Uncle", "dob": "01/01/1990"},
        {"name": "Αλέξανδρος Παπαδόπουλος", "relationship": "Lodger", "dob": ""},
        {"name": "Антон Петров", "relationship": "Family friend", "dob": ""},
    ])
    pdf = render_case_pdf(case)
    text = pdf_text(pdf)
    for name in ("Zoë", "Łukasiewicz-Nguyễn", "Ștefan", "Αλέξανδρος", "Антон"):
        assert name in text
    fonts = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True)
    listing = fonts.stdout.decode()
    assert "DejaVuSans" in listing
    for line in listing.splitlines()[2:]:
        assert " yes " in line, f"font not embedded: {line}"


def test_user_text_with_markup_prints_literally() -> None:
    case = Case()
    nasty = 'A <b>bold</b> & <font size="40">big</font> claim </para> &amp; \x00\x07 end'
    case.set("case_outline", nasty)
    case.set("child_forenames", "<i>Ann</i> & Co")
    text = squash(pdf_text(render_case_pdf(case)))
    assert '<b>bold</b> & <font size="40">big</font> claim </para> &amp;' in text
    assert "<i>Ann</i> & Co" in text


def test_characters_outside_the_font_show_as_a_replacement_not_a_wrong_letter() -> None:
    case = Case()
    case.set("case_outline", "Smiled \U0001F600 and wrote \u738b then Zoë")
    text = pdf_text(render_case_pdf(case))
    assert "Smiled \ufffd and wrote \ufffd then Zoë" in text


def test_para_text_escapes_and_keeps_line_breaks() -> None:
    assert para_text("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert para_text("one\ntwo") == "one<br/>two"
    assert para_text("x\x00y") == "xy"


def test_every_page_is_marked_and_numbered() -> None:
    case = sample_case()
    case.set("case_outline", ("A long account of events. " * 80 + "\n\n") * 20)
    pdf = render_case_pdf(case, generated_at=datetime(2026, 12, 21, 9, 5))
    pages = page_count(pdf)
    assert pages >= 4
    for n in range(1, pages + 1):
        text = pdf_text(pdf, "-f", str(n), "-l", str(n))
        assert text.count("OFFICIAL-SENSITIVE") == 2, f"page {n}"
        assert f"Page {n} of {pages}" in text
        assert "Generated 21/12/2026 09:05 by SCR Desktop" in text


def test_long_unbroken_text_wraps_instead_of_crashing() -> None:
    case = Case()
    case.set("case_outline", "X" * 20000)
    case.set("siblings", [{"name": f"Sibling{i}", "dob": "01/01/2020"} for i in range(80)])
    pdf = render_case_pdf(case)
    text = pdf_text(pdf)
    assert "Sibling79" in text
    assert page_count(pdf) > 2


def test_reasons_and_decision_ticks() -> None:
    case = Case()
    case.set("reason_learning", True)
    case.set("reason_learning_highlight", "MkHighlightQz")
    case.decision.recommendation = "multi_agency_review"
    case.decision.decided = "scr"
    case.decision.rationale = "MkRationaleQz"
    text = pdf_text(render_case_pdf(case), "-layout")
    lines = text.splitlines()

    def line_with(label: str) -> str:
        return next(line for line in lines if label in line)

    assert "\u2612" in line_with("Provides opportunity for learning lessons")
    assert "\u2610" in line_with("Fits Serious Case Review criteria")
    assert "MkHighlightQz" in text and "MkRationaleQz" in text
    fw = load_framework(case.framework)
    for option in fw.decisions:
        assert option.label in text
    scr = line_with(fw.decision_label("scr"))
    assert scr.count("\u2612") == 1 and scr.count("\u2610") == 1
    mar = line_with(fw.decision_label("multi_agency_review"))
    assert mar.count("\u2612") == 1
    other = line_with(fw.decision_label("no_review"))
    assert other.count("\u2610") == 2


def test_heading_and_board_name() -> None:
    text = pdf_text(render_case_pdf(Case(reference="R-1"), board_name="Testshire LSCB"))
    assert "Testshire LSCB" in text
    assert "Serious Case Review Sub Group \u2014 Case for Consideration" in text
    assert "5. Decisions of the sub group / actions needed" in text
    for title in ("Referrer", "1. Case outline", "2. Child's details", "3. Reasons",
                  "4. Particular considerations"):
        assert title in text


def test_dates_print_as_uk_dates() -> None:
    case = Case()
    case.set("incident_date", "02/11/2026")
    case.decision.decision_date = "2026-11-20"
    text = pdf_text(render_case_pdf(case))
    assert "02/11/2026" in text
    assert "20/11/2026" in text
    assert "2026-11-20" not in text


def test_document_information_holds_no_personal_data() -> None:
    case = sample_case()
    info = subprocess.run(["pdfinfo", "-"], input=render_case_pdf(case), capture_output=True,
                          check=True).stdout.decode()
    assert "Zo" not in info and "ukasiewicz" not in info
