"""The chronology's documents leave only encrypted through the audited write path: the
agency's template (agile-encrypted Excel), the chronology as Excel and as an R6 PDF with its
timeline; each opens with its password in a real reader, and an anonymised one names no one."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import msoffcrypto
import pytest
from openpyxl import load_workbook

from scr_desktop.domain.chronology.columns import COLUMNS, guess_mapping
from scr_desktop.domain.chronology.entry import Entry, make_entry
from scr_desktop.domain.chronology.importing import convert_rows
from scr_desktop.domain.chronology.redact import anonymise_entries
from scr_desktop.domain.model import Case
from scr_desktop.export.chronology import (
    chronology_pdf_document,
    chronology_template_document,
    chronology_workbook_document,
)
from scr_desktop.export.chronology_reader import read_file
from scr_desktop.export.save import save_export
from scr_desktop.storage.vault import Vault

PASS = "basalt cormorant fennel 12"
PASSWORD = "lantern-gravel-saffron-quay-mint"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.scrvault", PASS)
    yield v
    v.close()


def _case() -> Case:
    case = Case(reference="SCR-2027-0007")
    case.set("child_forenames", "Qzmira")
    case.set("child_last_names", "Qzvantreck")
    case.set("mother_name", "Qzdelphine Qzvantreck")
    case.set("father_name", "Qzosric Qzhollander")
    return case


def _entries() -> list[Entry]:
    return [
        make_entry(date_text="14/03/2019", time_text="10:30", agency="Police",
                   event="Qzmira seen with Qzdelphine at home.", people="Qzmira; Qzdelphine",
                   source="Crime report", comment="Prompt.", key=True),
        make_entry(date_text="04/2019", agency="Health", event="Qzosric missed appointment.",
                   people="Qzosric Qzhollander", analysis="A missed chance."),
        make_entry(date_text="2020", agency="School", event="Attendance fell.",
                   people="Qzmira"),
    ]


def _plain(path: Path, password: str) -> bytes:
    with path.open("rb") as fh:
        office = msoffcrypto.OfficeFile(fh)
        assert office.is_encrypted()
        office.load_key(password=password)
        out = io.BytesIO()
        office.decrypt(out)
    return out.getvalue()


def test_the_template_opens_with_its_password_and_reads_back_as_empty(
        vault: Vault, tmp_path: Path) -> None:
    path = save_export(chronology_template_document("Qzwillow Police", PASSWORD,
                                                    case_ref="SCR-2027-0007"),
                       tmp_path / "template.xlsx", vault.audit)
    assert path.read_bytes().startswith(b"\xd0\xcf\x11\xe0")
    wb = load_workbook(io.BytesIO(_plain(path, PASSWORD)))
    assert wb.sheetnames == ["Chronology", "Instructions"]
    ws = wb["Chronology"]
    assert [c.value for c in ws[1]] == [c.heading for c in COLUMNS]
    example = [c.value for c in ws[2]]
    assert example[0] == datetime(2019, 3, 14) and ws["A2"].number_format == "DD/MM/YYYY"
    assert ws["A500"].number_format == "DD/MM/YYYY"
    assert ws.data_validations.dataValidation[0].formula1 == '"Yes,No"'
    instructions = "\n".join(str(r[0].value or "") for r in wb["Instructions"].iter_rows())
    assert "dd/mm/yyyy" in instructions and "Qzwillow Police" in instructions
    # Filled in and returned unchanged, it imports nothing but is read without error.
    table = read_file(path, PASSWORD)
    result = convert_rows(table.headers, table.rows, guess_mapping(table.headers), "Police")
    assert result.skipped == 1 and not result.entries
    audit = vault.audit.entries(action="export")[-1]
    assert "chronology template for Qzwillow Police" in audit.detail and PASSWORD not in \
        audit.detail


def test_the_chronology_workbook_reads_back_every_value(vault: Vault, tmp_path: Path) -> None:
    entries = _entries()
    path = save_export(chronology_workbook_document(entries, PASSWORD, case_ref="R",
                                                    ),
                       tmp_path / "chronology.xlsx", vault.audit)
    ws = load_workbook(io.BytesIO(_plain(path, PASSWORD)))["Chronology"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert rows == [
        [datetime(2019, 3, 14), "10:30", "Police", "Crime report",
         "Qzmira seen with Qzdelphine at home.", "Qzmira; Qzdelphine", "Prompt.", None, "Yes"],
        ["04/2019", None, "Health", None, "Qzosric missed appointment.",
         "Qzosric Qzhollander", None, "A missed chance.", "No"],
        ["2020", None, "School", None, "Attendance fell.", "Qzmira", None, None, "No"],
    ]
    # It can be imported back as it is (the agency column is simply not mapped).
    table = read_file(path, PASSWORD)
    back = convert_rows(table.headers, table.rows, guess_mapping(table.headers), "Police")
    assert back.ok and [e.date_text for e in back.entries] == ["14/03/2019", "04/2019", "2020"]


def _pdf_text(path: Path, password: str) -> str:
    return subprocess.run(["pdftotext", "-layout", "-upw", password, str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def test_the_pdf_is_r6_with_the_timeline_and_the_table(vault: Vault, tmp_path: Path) -> None:
    path = save_export(chronology_pdf_document(_entries(), PASSWORD, case_ref="SCR-2027-0007"),
                       tmp_path / "chronology.pdf", vault.audit)
    enc = subprocess.run(["qpdf", "--show-encryption", f"--password={PASSWORD}", str(path)],
                         capture_output=True, text=True, check=True).stdout
    assert "R = 6" in enc and "AESv3" in enc
    text = _pdf_text(path, PASSWORD)
    for words in ("Integrated multi-agency chronology", "Timeline", "Police", "Health",
                  "School", "14/03/2019", "10:30", "04/2019", "Qzmira seen with", "2019", "2020",
                  "key practice episode"):
        assert words in text, words
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-upw", PASSWORD,
                    str(path), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 5000
    assert b"Qzmira" not in path.read_bytes()


def test_anonymised_exports_hold_no_names(vault: Vault, tmp_path: Path) -> None:
    case = _case()
    entries = anonymise_entries(case, _entries())
    assert entries[0].people == "Child A; Mother of Child A"
    assert "Father of Child A" in entries[1].event

    def anonymise(found: list[Entry]) -> list[Entry]:
        return anonymise_entries(case, found)

    pdf = save_export(chronology_pdf_document(_entries(), PASSWORD, case_ref="R",
                                              anonymise=anonymise),
                      tmp_path / "a.pdf", vault.audit)
    xlsx = save_export(chronology_workbook_document(_entries(), PASSWORD, case_ref="R",
                                                    anonymise=anonymise),
                       tmp_path / "a.xlsx", vault.audit)
    ws = load_workbook(io.BytesIO(_plain(xlsx, PASSWORD)))["Chronology"]
    cells = " ".join(str(c.value) for r in ws.iter_rows() for c in r)
    text = _pdf_text(pdf, PASSWORD)
    for name in ("Qzmira", "Qzdelphine", "Qzosric", "Qzvantreck", "Qzhollander"):
        assert name not in cells and name not in text
    assert "Child A" in text and "Mother of Child A" in cells
    assert "anonymised" in vault.audit.entries(action="export")[-1].detail
