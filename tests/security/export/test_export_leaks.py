"""Nothing personal reaches the disk unencrypted during an export, and anonymised means anonymised.

Each test fills every field of the form with a distinct token
(:func:`samples.marker_case`), runs a real export into a folder through the
one audited write path the application takes
(:func:`scr_desktop.export.save.save_export`, recording into a real vault),
then reads back with real readers (poppler's pdftotext with the user
password) and scans every file that appeared or changed in that folder and
in the system temporary folder while the export ran.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from samples import marker_case, sample_case

from scr_desktop.domain.form import FIELDS, Kind
from scr_desktop.export.notification import render_notification_pdf
from scr_desktop.export.package import KdfParams, load_package_contents
from scr_desktop.export.pdf_decision import render_decision_pdf
from scr_desktop.export.pdf_form import render_case_pdf
from scr_desktop.export.save import package_document, pdf_document, save_export
from scr_desktop.storage.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("qpdf") is None,
    reason="poppler-utils and qpdf are needed to read the exports back",
)

PASSWORD = "lantern-gravel-saffron-quay-mint"  # <= 32 characters for poppler's CLI
ASSESSMENT = {"framework": "wt2015-scr", "notifiable": True, "notifiable_criteria": ["N2"],
              "level": "must", "criteria_met": ["reg5_2_b_ii"], "helper_questions_yes": 2,
              "other_processes": [], "deadlines": {"ofsted_notification": "2026-11-10"}}


def _files(root: Path) -> Iterator[Path]:
    for dirpath, _dirs, names in os.walk(root, onerror=lambda e: None):
        for n in names:
            yield Path(dirpath) / n


def _snapshot(*roots: Path) -> dict[Path, tuple[int, int]]:
    snap = {}
    for root in roots:
        for f in _files(root):
            try:
                st = f.lstat()
            except OSError:
                continue
            snap[f] = (st.st_mtime_ns, st.st_size)
    return snap


def _changed(before: dict[Path, tuple[int, int]], *roots: Path) -> list[Path]:
    after = _snapshot(*roots)
    return [f for f, sig in after.items() if before.get(f) != sig and f.is_file()]


def _encodings(token: str) -> list[bytes]:
    return [token.encode("utf-8"), token.encode("utf-16-be"), token.encode("utf-16-le")]


def _assert_no_tokens(paths: list[Path], tokens: list[str], allowed: set[Path]) -> None:
    for path in paths:
        if path in allowed:
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for token in tokens:
            for enc in _encodings(token):
                assert enc not in data, f"a personal value reached {path.name} unencrypted"
        if b"%PDF" in data[:1024]:
            # Content streams are compressed and fonts re-encoded, so a byte
            # search cannot see a plaintext PDF: ask a real reader instead.
            opened = subprocess.run(["pdftotext", str(path), "-"], capture_output=True)
            assert opened.returncode != 0, f"an unencrypted PDF reached {path.name}"


def _pdftotext(path: Path, password: str) -> str:
    out = subprocess.run(["pdftotext", "-upw", password, str(path), "-"],
                         capture_output=True, check=True)
    return out.stdout.decode("utf-8")


@pytest.fixture()
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "audit.scrvault", "walnut lantern meadow 7")
    yield v
    v.close()


@pytest.fixture()
def watched(tmp_path: Path,
            vault: Vault) -> Iterator[tuple[Path, dict[Path, tuple[int, int]]]]:
    folder = tmp_path / "exports"
    folder.mkdir()
    roots = (folder, Path(tempfile.gettempdir()))
    yield folder, _snapshot(*roots)


def _save_pdf(vault: Vault, pdf: bytes, target: Path) -> None:
    save_export(pdf_document(lambda: pdf, PASSWORD, detail="test export"), target, vault.audit)
    assert vault.audit.entries(action="export")[-1].detail.endswith(str(target))


def test_full_form_export_writes_only_ciphertext_and_every_value_is_in_it(
    watched: tuple[Path, dict[Path, tuple[int, int]]], vault: Vault,
) -> None:
    folder, before = watched
    case, markers = marker_case()
    target = folder / "case-for-consideration.pdf"
    _save_pdf(vault, render_case_pdf(case), target)

    changed = _changed(before, folder, Path(tempfile.gettempdir()))
    assert target in changed
    tokens = list(markers.values())
    _assert_no_tokens(changed, tokens, allowed={target})
    raw = target.read_bytes()
    for token in tokens:
        for enc in _encodings(token):
            assert enc not in raw, "the encrypted file holds a value in the clear"
    assert [p.name for p in folder.iterdir()] == [target.name]

    text = _pdftotext(target, PASSWORD)
    missing = [key for key, value in markers.items() if value not in text]
    assert not missing, f"fields missing from the PDF: {missing}"
    filled = {k.split("[")[0] for k in markers}
    assert filled >= {n for n, spec in FIELDS.items() if spec.kind is not Kind.BOOL}

    refused = subprocess.run(["pdftotext", str(target), "-"], capture_output=True)
    assert refused.returncode != 0


@pytest.fixture(autouse=True)
def _cheap_kdf_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests seal packages with cheap Argon2id costs for speed; let them open too."""
    from scr_desktop.export import package as _package

    cheap = KdfParams(memory_kib=1024, passes=1, lanes=1)
    monkeypatch.setattr(_package, "ACCEPTED_KDF", (*_package.ACCEPTED_KDF, cheap))


def test_decision_record_and_package_exports_leave_nothing_in_the_clear(
    watched: tuple[Path, dict[Path, tuple[int, int]]], vault: Vault,
) -> None:
    folder, before = watched
    case, markers = marker_case()
    pdf_target = folder / "decision.pdf"
    pkg_target = folder / "case.scrcase"
    _save_pdf(vault, render_decision_pdf(case, ASSESSMENT), pdf_target)
    save_export(package_document(case, PASSWORD, detail="test package",
                                 kdf=KdfParams(memory_kib=1024, passes=1, lanes=1)),
                pkg_target, vault.audit)

    changed = _changed(before, folder, Path(tempfile.gettempdir()))
    tokens = list(markers.values())
    _assert_no_tokens(changed, tokens, allowed=set())
    assert load_package_contents(pkg_target, PASSWORD).case.to_dict() == case.to_dict()
    assert markers["decision.rationale"] in _pdftotext(pdf_target, PASSWORD)


def test_anonymised_notification_holds_no_names_dates_of_birth_or_addresses(
    watched: tuple[Path, dict[Path, tuple[int, int]]], vault: Vault,
) -> None:
    folder, _ = watched
    case, markers = marker_case()
    target = folder / "notification.pdf"
    _save_pdf(vault, render_notification_pdf(case, ASSESSMENT, recipient="ofsted"), target)
    text = _pdftotext(target, PASSWORD)
    for key, value in markers.items():
        name = key.split("[")[0].split(".")[0]
        spec = FIELDS.get(name)
        if spec is None:
            continue
        sub = key.rsplit(".", 1)[-1] if "[" in key else None
        identifying = spec.identifying if sub is None else next(
            s for s in spec.subfields if s.name == sub).identifying
        if identifying:
            assert value not in text, key
    assert "Child A" in text


def test_anonymised_notification_of_a_realistic_case(
    watched: tuple[Path, dict[Path, tuple[int, int]]], vault: Vault,
) -> None:
    folder, _ = watched
    case = sample_case()
    case.set("case_outline", str(case.get("case_outline")) + (
        " Zoe's father Αλέξανδρος (born 9 September 1989) left for 27 Mare Street; "
        "Ms Łukasiewicz's number is 020 7946 0123. Zozo and Ann were at Flat 3, 14 Harrow Lane."
    ))
    target = folder / "notification.pdf"
    _save_pdf(vault, render_notification_pdf(case, ASSESSMENT, recipient="national_panel"),
              target)
    text = _pdftotext(target, PASSWORD)
    secrets = ["Zoë", "Zoe", "Łukasiewicz", "Nguyễn", "Ștefania", "Αλέξανδρος", "Антон", "Ann ",
               "Ștefan", "Ionescu", "Zozo", "Priya", "Raman", "Okafor", "Harrow", "Mare Street",
               "E8 4QT", "E9 7AB", "14/06/2023", "21/02/1992", "09/09/1989", "9 September 1989",
               "30/01/2019", "11/08/2021", "01/12/1987", "7946", "gcsx"]
    leaked = [s for s in secrets if s in text]
    assert not leaked, f"personal data in the anonymised notification: {leaked}"
