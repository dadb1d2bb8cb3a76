"""Word and Excel exports carry the audit anchor as the PDFs and packages do.

The anchor is a custom document property of the file, inside its encryption;
it is read back with the file's password and checked against the vault's log,
and a file that is not this application's, or a hostile one, gives a clear
reason rather than an error.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from docx import Document as WordDocument
from openpyxl import load_workbook
from reviewsamples import decided_case, sample_review

from scr_desktop.export.carried import NoAnchor, check_against, file_anchor
from scr_desktop.export.office import decrypt_office, encrypt_office, office_document
from scr_desktop.export.office_anchor import CUSTOM_PART, PROPERTY, add_anchor, read_anchor
from scr_desktop.export.review_letters import render_action_plan, render_imr_request
from scr_desktop.export.save import save_export
from scr_desktop.storage.vault import Vault

PASS = "walnut lantern meadow 7"
PASSWORD = "lantern-gravel-saffron-quay-mint"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.scrvault", PASS)
    yield v
    v.close()


def _exports(vault: Vault, out: Path) -> tuple[Path, Path]:
    case = decided_case()
    vault.cases.save(case)
    review = sample_review(case)
    agency = review.records("agencies")[0]["id"]
    word = save_export(office_document(lambda: render_imr_request(case, review, agency),
                                       PASSWORD, detail="IMR request",
                                       case_ref=case.reference), out / "imr.docx", vault.audit)
    excel = save_export(office_document(
        lambda: render_action_plan(case, review, date(2027, 3, 2)), PASSWORD,
        detail="action plan", case_ref=case.reference), out / "plan.xlsx", vault.audit)
    return word, excel


def test_word_and_excel_exports_carry_the_log_as_it_stood(vault: Vault, tmp_path: Path) -> None:
    before_word = vault.audit.tail()  # the vault's creation
    word, excel = _exports(vault, tmp_path)
    word_anchor, excel_anchor = file_anchor(word, PASSWORD), file_anchor(excel, PASSWORD)
    assert before_word is not None
    # the case's save is the last entry before the Word file's export
    saved = vault.audit.entries(action="export")[0].id - 1
    assert word_anchor.id == saved and word_anchor.hash == vault.audit.hash_at(saved)
    assert excel_anchor.id == saved + 1  # the Word file's export entry came between
    for anchor in (word_anchor, excel_anchor):
        assert vault.audit.hash_at(anchor.id) == anchor.hash
        assert check_against(vault.audit, anchor) == []
    # the files still open in Word's and Excel's own libraries, and show the property
    WordDocument(io.BytesIO(decrypt_office(word.read_bytes(), PASSWORD)))
    book = load_workbook(io.BytesIO(decrypt_office(excel.read_bytes(), PASSWORD)))
    assert book.custom_doc_props[PROPERTY].value == f"{excel_anchor.id}:{excel_anchor.hash}"
    # and the anchor is inside the encryption, not beside it
    assert excel_anchor.hash.encode() not in excel.read_bytes()


def test_a_wrong_password_or_a_foreign_file_gives_a_reason(vault: Vault, tmp_path: Path) -> None:
    word, _ = _exports(vault, tmp_path)
    with pytest.raises(NoAnchor, match="could not be opened with that password"):
        file_anchor(word, "not-the-password-at-all")
    foreign = io.BytesIO()
    WordDocument().save(foreign)
    other = tmp_path / "other.docx"
    other.write_bytes(encrypt_office(foreign.getvalue(), PASSWORD))
    with pytest.raises(NoAnchor, match="carries no audit anchor"):
        file_anchor(other, PASSWORD)


def test_a_hostile_properties_part_is_not_read_whole(tmp_path: Path) -> None:
    plain = io.BytesIO()
    WordDocument().save(plain)
    anchored = add_anchor(plain.getvalue(), "7:" + "a" * 64)
    assert read_anchor(anchored) == "7:" + "a" * 64
    bloated = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(anchored)) as source, \
            zipfile.ZipFile(bloated, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == CUSTOM_PART:
                data = data.replace(b"</Properties>", b" " * (1 << 20) + b"</Properties>")
            target.writestr(info, data)
    path = tmp_path / "bloated.docx"
    path.write_bytes(encrypt_office(bloated.getvalue(), PASSWORD))
    with pytest.raises(NoAnchor, match="too large"):
        file_anchor(path, PASSWORD)


def test_adding_the_anchor_twice_keeps_one_property() -> None:
    plain = io.BytesIO()
    WordDocument().save(plain)
    twice = add_anchor(add_anchor(plain.getvalue(), "1:" + "b" * 64), "2:" + "c" * 64)
    with zipfile.ZipFile(io.BytesIO(twice)) as z:
        assert z.namelist().count(CUSTOM_PART) == 1
        assert z.read("[Content_Types].xml").count(CUSTOM_PART.encode()) == 1
        assert z.read("_rels/.rels").count(b"custom-properties") == 1
    assert read_anchor(twice) == "2:" + "c" * 64
