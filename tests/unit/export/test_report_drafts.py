"""Draft report versions leave the vault only encrypted: each format is recognised, shown
from memory where it can be, exported through the audited write path and opened with its
password in a real reader; a draft that cannot be encrypted is refused and nothing is written."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import msoffcrypto
import pikepdf
import pytest
from docx import Document as WordDocument
from openpyxl import Workbook, load_workbook

from scr_desktop.export.report_drafts import (
    DraftNotReadable,
    draft_document,
    draft_format,
    draft_text,
    export_suffix,
)
from scr_desktop.export.save import save_export

PASSWORD = "granite lantern orchard velvet"
MARKER = "Qzdraft overview finding"

needs_readers = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("qpdf") is None,
    reason="poppler-utils and qpdf are needed to read the export back")


class Audit:
    def __init__(self) -> None:
        self.entries: list[tuple[str, str, str]] = []

    def record(self, action: str, *, case_ref: str = "", detail: str = "") -> None:
        self.entries.append((action, case_ref, detail))


def docx_bytes() -> bytes:
    doc = WordDocument()
    doc.add_paragraph(MARKER)
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Agency", "Qzhealth"
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def xlsx_bytes() -> bytes:
    book = Workbook()
    book.active["A1"] = MARKER
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def pdf_bytes(encrypted: bool = False) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, MARKER)
    canvas.save()
    if not encrypted:
        return out.getvalue()
    protected = io.BytesIO()
    with pikepdf.open(io.BytesIO(out.getvalue())) as pdf:
        pdf.save(protected, encryption=pikepdf.Encryption(user="x", owner="y", R=6))
    return protected.getvalue()


def decrypt_office(path: Path) -> bytes:
    with path.open("rb") as fh:
        office = msoffcrypto.OfficeFile(fh)
        assert office.is_encrypted()
        office.load_key(password=PASSWORD)
        out = io.BytesIO()
        office.decrypt(out)
    return out.getvalue()


def test_each_format_is_recognised_and_others_are_refused_in_plain_words() -> None:
    assert draft_format("v1.pdf", pdf_bytes()) == "pdf"
    assert draft_format("Overview v2.DOCX", docx_bytes()) == "docx"
    assert draft_format("plan.xlsx", xlsx_bytes()) == "xlsx"
    assert draft_format("notes.txt", MARKER.encode()) == "text"
    assert export_suffix("text") == ".docx" and export_suffix("pdf") == ".pdf"
    with pytest.raises(DraftNotReadable, match="old Office format"):
        draft_format("v1.doc", b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(DraftNotReadable, match=r"\.odt"):
        draft_format("v1.odt", b"PK\x03\x04 not word")
    with pytest.raises(DraftNotReadable):
        draft_format("v1.docx", b"PK\x03\x04 broken zip")


def test_word_and_text_drafts_are_shown_from_memory() -> None:
    text = draft_text("v1.docx", docx_bytes())
    assert MARKER in text and "Agency | Qzhealth" in text
    assert draft_text("v1.txt", MARKER.encode()) == MARKER
    with pytest.raises(DraftNotReadable, match="Export this draft"):
        draft_text("v1.pdf", pdf_bytes())


@needs_readers
def test_a_pdf_draft_leaves_as_aes_256_r6_and_opens_with_its_password(tmp_path: Path) -> None:
    audit = Audit()
    target = save_export(draft_document("v1.pdf", pdf_bytes(), PASSWORD, version="Draft 1",
                                        case_ref="SCR-1"), tmp_path / "d.pdf", audit)
    assert MARKER.encode() not in target.read_bytes()
    shown = subprocess.run(["qpdf", f"--password={PASSWORD}", "--show-encryption",
                            str(target)], capture_output=True, text=True, check=True).stdout
    assert "R = 6" in shown
    text = subprocess.run(["pdftotext", "-upw", PASSWORD, str(target), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert MARKER in text
    [(action, ref, detail)] = audit.entries
    assert action == "export" and ref == "SCR-1" and "draft report Draft 1 (.pdf)" in detail


def test_word_excel_and_text_drafts_leave_password_protected(tmp_path: Path) -> None:
    audit = Audit()
    for name, content in (("v1.docx", docx_bytes()), ("v2.xlsx", xlsx_bytes()),
                          ("v3.txt", MARKER.encode())):
        fmt = draft_format(name, content)
        target = save_export(draft_document(name, content, PASSWORD, version=name),
                             tmp_path / f"{name}{export_suffix(fmt)}", audit)
        assert MARKER.encode() not in target.read_bytes()
        plain = decrypt_office(target)
        if fmt == "xlsx":
            assert load_workbook(io.BytesIO(plain)).active["A1"].value == MARKER
        else:
            assert MARKER in "\n".join(p.text for p in WordDocument(io.BytesIO(plain)).paragraphs)
    assert len(audit.entries) == 3


def test_a_draft_with_its_own_password_is_refused_and_nothing_is_written(
        tmp_path: Path) -> None:
    audit = Audit()
    with pytest.raises(DraftNotReadable, match="password of its own"):
        save_export(draft_document("v1.pdf", pdf_bytes(encrypted=True), PASSWORD,
                                   version="Draft 1"), tmp_path / "d.pdf", audit)
    assert list(tmp_path.iterdir()) == [] and audit.entries == []
