"""The review's documents leave only encrypted, through the one audited write path, and a
case package carries the review and its report versions to another vault.

Every file is opened again with its password by a real reader: qpdf and pdftotext for
the PDF, msoffcrypto with python-docx or openpyxl for the Office files.
"""

from __future__ import annotations

import io
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import msoffcrypto
import pytest
from docx import Document as WordDocument
from msoffcrypto.exceptions import InvalidKeyError
from openpyxl import load_workbook
from reviewsamples import MARK, decided_case, sample_review

from scr_desktop.export.office import office_document
from scr_desktop.export.package import KdfParams, PackagedDocument, load_package_contents
from scr_desktop.export.review_letters import (
    render_action_plan,
    render_consent_annex,
    render_family_letter,
    render_imr_request,
    render_terms_letter,
)
from scr_desktop.export.save import package_document, pdf_document, save_export
from scr_desktop.storage.vault import Vault

PASS = "walnut lantern meadow 7"
PASSWORD = "lantern-gravel-saffron-quay-mint"
FAST = KdfParams(memory_kib=1024, passes=1, lanes=1)


@pytest.fixture(autouse=True)
def _cheap_kdf_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests seal packages with cheap Argon2id costs for speed; let them open too."""
    from scr_desktop.export import package as _package

    monkeypatch.setattr(_package, "ACCEPTED_KDF", (*_package.ACCEPTED_KDF, FAST))


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.scrvault", PASS)
    yield v
    v.close()


def _office_plain(path: Path, password: str) -> bytes:
    with path.open("rb") as fh:
        office = msoffcrypto.OfficeFile(fh)
        assert office.is_encrypted()
        office.load_key(password=password)
        out = io.BytesIO()
        office.decrypt(out)
    return out.getvalue()


def _docx_text(path: Path, password: str) -> str:
    doc = WordDocument(io.BytesIO(_office_plain(path, password)))
    return "\n".join(p.text for p in doc.paragraphs)


def test_every_review_document_opens_only_with_its_password_and_holds_the_values(
    vault: Vault, tmp_path: Path,
) -> None:
    case = decided_case()
    vault.cases.save(case)
    review = sample_review(case)
    agency = review.records("agencies")[0]["id"]
    family = review.records("family")[0]["id"]
    out = tmp_path / "out"
    out.mkdir()
    ref = case.reference
    letter = save_export(pdf_document(lambda: render_terms_letter(case, review, agency),
                                      PASSWORD, detail="terms of reference letter",
                                      case_ref=ref), out / "terms.pdf", vault.audit)
    annex = save_export(pdf_document(lambda: render_consent_annex(case, review), PASSWORD,
                                     detail="consent annex", case_ref=ref),
                        out / "annex.pdf", vault.audit)
    annex_text = subprocess.run(["pdftotext", "-upw", PASSWORD, str(annex), "-"],
                                capture_output=True, text=True, check=True).stdout
    assert MARK["person"] in annex_text and MARK["rationale"] in annex_text
    assert "Consent overridden" in annex_text
    imr = save_export(office_document(lambda: render_imr_request(case, review, agency),
                                      PASSWORD, detail="IMR request", case_ref=ref),
                      out / "imr.docx", vault.audit)
    fam = save_export(office_document(lambda: render_family_letter(case, review, family),
                                      PASSWORD, detail="family letter", case_ref=ref),
                      out / "family.docx", vault.audit)
    plan = save_export(office_document(
        lambda: render_action_plan(case, review, date(2027, 3, 2)), PASSWORD,
        detail="action plan", case_ref=ref), out / "plan.xlsx", vault.audit)

    # the PDF: AES-256 R6, readable with the password only
    check = subprocess.run(["qpdf", "--show-encryption", f"--password={PASSWORD}", str(letter)],
                           capture_output=True, text=True, check=True).stdout
    assert "R = 6" in check and "AESv3" in check
    text = subprocess.run(["pdftotext", "-upw", PASSWORD, str(letter), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert MARK["terms"] in text and MARK["chief"] in text and "18/01/2027" in text
    assert subprocess.run(["pdftotext", "-upw", "wrong-password", str(letter), "-"],
                          capture_output=True).returncode != 0

    assert MARK["author"] in _docx_text(imr, PASSWORD)
    assert MARK["family"] in _docx_text(fam, PASSWORD)
    wb = load_workbook(io.BytesIO(_office_plain(plan, PASSWORD)))
    cells = [str(c.value) for row in wb.active.iter_rows() for c in row if c.value]
    assert MARK["action"] in cells and any("Overdue" in c for c in cells)
    with pytest.raises(InvalidKeyError), plan.open("rb") as fh:
        office = msoffcrypto.OfficeFile(fh)
        office.load_key(password="not the password")
        office.decrypt(io.BytesIO())

    # only ciphertext on disk: no marker in any file written
    for path in (letter, annex, imr, fam, plan):
        raw = path.read_bytes()
        for marker in MARK.values():
            assert marker.encode() not in raw, (path.name, marker)
    assert sorted(p.name for p in out.iterdir()) == ["annex.pdf", "family.docx", "imr.docx",
                                                     "plan.xlsx", "terms.pdf"]
    details = [e.detail for e in vault.audit.entries(action="export")]
    assert len(details) == 5 and not any(PASSWORD in d for d in details)


def test_a_package_carries_the_review_and_its_report_versions_to_another_vault(
    vault: Vault, tmp_path: Path,
) -> None:
    case = decided_case()
    vault.cases.save(case)
    review = sample_review(case)
    vault.reviews.save(review, case_ref=case.reference)
    doc = vault.reviews.add_document(case.id, "draft-2.pdf", b"%PDF " + MARK["terms"].encode())
    rid = review.add("reports", {"version": "Draft 2", "received_on": "01/05/2027"})
    review.attach_document(rid, doc.id)
    vault.reviews.save(review)
    docs = tuple(PackagedDocument(*d) for d in vault.reviews.packaged_documents(case.id))
    target = save_export(package_document(case, PASSWORD, detail="package", kdf=FAST,
                                          review=review, documents=docs),
                         tmp_path / "case.scrcase", vault.audit)
    assert MARK["terms"].encode() not in target.read_bytes()

    other = Vault.create(tmp_path / "other.scrvault", PASS)
    try:
        contents = load_package_contents(target, PASSWORD)
        stored = other.cases.import_case(contents.case, keep_both=False).case
        assert contents.review is not None
        other.reviews.import_review(stored.id, contents.review,
                                    [(d.id, d.name, d.content) for d in contents.documents],
                                    case_ref=stored.reference)
        again = other.reviews.get(stored.id)
        assert again is not None
        assert again.to_dict() == {**review.to_dict(), "case_id": stored.id}
        doc_id = again.records("reports")[0]["document_id"]
        assert other.reviews.document(doc_id) == b"%PDF " + MARK["terms"].encode()
    finally:
        other.close()


def test_a_package_made_before_reviews_still_imports(tmp_path: Path, vault: Vault) -> None:
    case = decided_case()
    target = save_export(package_document(case, PASSWORD, detail="package", kdf=FAST),
                         tmp_path / "old.scrcase", vault.audit)
    contents = load_package_contents(target, PASSWORD)
    assert contents.case.id == case.id and contents.review is None
