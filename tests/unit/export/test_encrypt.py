"""PDF encryption: AES-256 revision 6 only, checked with real readers (qpdf, poppler)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from samples import sample_case

from scr_desktop.domain.passwords import check_strength, generate_passphrase
from scr_desktop.export.encrypt import (
    ExportPasswordError,
    NotAPdfError,
    check_export_password,
    encrypt_pdf,
)
from scr_desktop.export.pdf_form import render_case_pdf

pytestmark = pytest.mark.skipif(
    shutil.which("qpdf") is None or shutil.which("pdftoppm") is None,
    reason="qpdf and poppler-utils are needed to check encryption with real readers",
)

# poppler's command-line tools read at most 32 characters of -upw (a fixed
# buffer in the tools, not a limit of the PDF format: revision 6 allows 127
# bytes), so the password used with them here is 32 characters long.
PASSWORD = "cactus-orbit-velvet-tundra-quill"


@pytest.fixture(scope="module")
def plain_pdf() -> bytes:
    return render_case_pdf(sample_case())


@pytest.fixture(scope="module")
def encrypted(plain_pdf: bytes) -> bytes:
    return encrypt_pdf(plain_pdf, PASSWORD)


@pytest.fixture()
def encrypted_file(tmp_path: Path, encrypted: bytes) -> Path:
    path = tmp_path / "case.pdf"
    path.write_bytes(encrypted)
    return path


def test_qpdf_reports_revision_6_aes_256(encrypted_file: Path) -> None:
    out = subprocess.run(
        ["qpdf", "--show-encryption", f"--password={PASSWORD}", str(encrypted_file)],
        capture_output=True, text=True, check=True,
    ).stdout
    assert re.search(r"^R = 6$", out, re.M), out
    assert "stream encryption method: AESv3" in out
    assert "string encryption method: AESv3" in out
    assert "RC4" not in out and "AESv2" not in out


def test_qpdf_says_a_password_is_required(encrypted_file: Path) -> None:
    assert subprocess.run(["qpdf", "--requires-password", str(encrypted_file)]).returncode == 0


def test_pdftoppm_renders_every_page_with_the_password_only(
    encrypted_file: Path, tmp_path: Path, plain_pdf: bytes
) -> None:
    with pikepdf.open(encrypted_file, password=PASSWORD) as doc:
        pages = len(doc.pages)
    with pikepdf.open(io.BytesIO(plain_pdf)) as doc:
        assert len(doc.pages) == pages
    out = tmp_path / "png"
    out.mkdir()
    subprocess.run(
        ["pdftoppm", "-r", "20", "-png", "-upw", PASSWORD, str(encrypted_file), str(out / "p")],
        check=True, capture_output=True,
    )
    assert len(list(out.glob("p-*.png"))) == pages
    refused = tmp_path / "refused"
    refused.mkdir()
    r = subprocess.run(["pdftoppm", "-png", str(encrypted_file), str(refused / "p")],
                       capture_output=True)
    assert r.returncode != 0
    assert not list(refused.iterdir())
    wrong = subprocess.run(
        ["pdftoppm", "-png", "-upw", "not-the-password", str(encrypted_file), str(refused / "p")],
        capture_output=True,
    )
    assert wrong.returncode != 0
    assert not list(refused.iterdir())


def test_plaintext_never_appears_in_the_encrypted_bytes(encrypted: bytes) -> None:
    for needle in ("Harrow Lane", "Case for Consideration", "OFFICIAL-SENSITIVE"):
        assert needle.encode() not in encrypted
        assert needle.encode("utf-16-be") not in encrypted


def test_the_owner_password_is_random_and_not_the_user_password(plain_pdf: bytes) -> None:
    a = encrypt_pdf(plain_pdf, PASSWORD)
    b = encrypt_pdf(plain_pdf, PASSWORD)
    with pikepdf.open(io.BytesIO(a), password=PASSWORD) as doc:
        assert not doc.owner_password_matched
        assert doc.user_password_matched
    assert a != b


def test_a_chosen_owner_password_opens_with_full_rights(plain_pdf: bytes) -> None:
    owner = generate_passphrase()
    data = encrypt_pdf(plain_pdf, PASSWORD, owner)
    with pikepdf.open(io.BytesIO(data), password=owner) as doc:
        assert doc.owner_password_matched


@pytest.mark.parametrize("weak", ["", "password", "letmein123", "Zoe2023", " spaced words here "])
def test_empty_or_weak_passwords_are_refused(plain_pdf: bytes, weak: str) -> None:
    with pytest.raises(ExportPasswordError) as info:
        encrypt_pdf(plain_pdf, weak)
    message = str(info.value)
    assert message and "Traceback" not in message
    if weak.strip() not in ("", "password"):
        assert weak.strip() not in message


def test_a_password_built_on_the_childs_name_is_refused(plain_pdf: bytes) -> None:
    with pytest.raises(ExportPasswordError):
        encrypt_pdf(plain_pdf, "lukasiewicz2023", user_inputs=("lukasiewicz", "2023"))


@pytest.mark.parametrize("joined", ["zoe-lukasiewicz", "lukasiewicz nguyen",
                                    "nguyen.lukasiewicz", "zoe_lukasiewicz"])
def test_separators_do_not_make_the_childs_names_strong(joined: str) -> None:
    names = ("zoe", "lukasiewicz", "nguyen")
    assert not check_strength(joined, min_score=3, min_length=12, user_inputs=names).acceptable
    with pytest.raises(ExportPasswordError):
        check_export_password(joined, user_inputs=names)


def test_a_password_over_32_bytes_is_refused_for_a_pdf_with_the_reason(
    plain_pdf: bytes,
) -> None:
    long_phrase = generate_passphrase(8, max_length=None)
    assert len(long_phrase) > 32
    for too_long in (long_phrase, "z" * 20 + "é" * 7):  # 34 bytes, 27 characters
        with pytest.raises(ExportPasswordError) as info:
            encrypt_pdf(plain_pdf, too_long)
        assert "use only the first 32 characters" in str(info.value)
    check_export_password(long_phrase)  # no limit unless asked: packages take it


def test_a_32_byte_password_opens_with_poppler(plain_pdf: bytes, tmp_path: Path) -> None:
    assert len(PASSWORD) == 32
    path = tmp_path / "case.pdf"
    path.write_bytes(encrypt_pdf(plain_pdf, PASSWORD))
    out = subprocess.run(["pdftotext", "-upw", PASSWORD, str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    assert "Harrow Lane" in out


def test_a_generated_passphrase_opens_the_pdf_with_poppler(
    plain_pdf: bytes, tmp_path: Path
) -> None:
    phrase = generate_passphrase()
    path = tmp_path / "case.pdf"
    path.write_bytes(encrypt_pdf(plain_pdf, phrase))
    out = subprocess.run(["pdftotext", "-upw", phrase, str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    assert "Harrow Lane" in out
    with pikepdf.open(path, password=phrase) as doc:
        assert doc.user_password_matched and doc.is_encrypted


def word_counts(phrase: str) -> set[int]:
    """Return how many list words ``phrase`` can be read as (a few list words hold a hyphen)."""
    from scr_desktop.domain.passwords import _passphrase_words

    pool = set(_passphrase_words())
    parts = phrase.split("-")

    def counts(i: int) -> set[int]:
        if i == len(parts):
            return {0}
        found: set[int] = set()
        for j in range(i + 1, len(parts) + 1):
            if "-".join(parts[i:j]) in pool:
                found |= {n + 1 for n in counts(j)}
        return found

    return counts(0)


def test_generated_passphrases_are_four_words_within_32_characters_and_strong() -> None:
    assert word_counts("drop-down-yo-yo-t-shirt-felt-tip") == {4}
    for _ in range(200):
        phrase = generate_passphrase()
        assert 4 in word_counts(phrase), phrase
        assert len(phrase) <= 32
        check_export_password(phrase, max_bytes=32)
    for _ in range(20):
        assert check_strength(generate_passphrase(), min_score=4).acceptable


def test_generated_passphrases_differ_and_use_the_word_list() -> None:
    phrases = {generate_passphrase() for _ in range(200)}
    assert len(phrases) == 200
    assert all(re.fullmatch(r"[a-z-]+", p) for p in phrases)


def test_fewer_than_four_words_is_refused() -> None:
    with pytest.raises(ValueError):
        generate_passphrase(3)


def test_more_words_need_the_length_limit_lifted() -> None:
    with pytest.raises(ValueError):
        generate_passphrase(6)
    assert 6 in word_counts(generate_passphrase(6, max_length=None))


def test_policy_sets_the_minimum_score_which_is_the_top_one_by_default(plain_pdf: bytes) -> None:
    fair = "kitchenwindow42"
    assert check_strength(fair, min_score=0).score == 3
    encrypt_pdf(plain_pdf, fair, min_score=3)
    with pytest.raises(ExportPasswordError):
        encrypt_pdf(plain_pdf, fair)
    with pytest.raises(ExportPasswordError):
        encrypt_pdf(plain_pdf, fair, min_score=4)


def test_not_a_pdf_is_reported_plainly() -> None:
    with pytest.raises(NotAPdfError) as info:
        encrypt_pdf(b"this is not a PDF", PASSWORD)
    assert "could not be read" in str(info.value)
