"""The one audited write path: a file is kept only with its audit entry, and only ciphertext.

Real parts throughout: a real vault's audit log, real encryption, real
files; the exports are opened again with pikepdf and the package reader.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from samples import marker_case, sample_case

from scr_desktop.export import atomic
from scr_desktop.export.atomic import DiskFull, FolderMissing
from scr_desktop.export.encrypt import ExportPasswordError
from scr_desktop.export.package import KdfParams, load_package_contents
from scr_desktop.export.pdf_form import render_case_pdf
from scr_desktop.export.save import (
    ExportNotRecorded,
    package_document,
    pdf_document,
    save_export,
)
from scr_desktop.storage.errors import VaultClosed
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


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _case_pdf(password: str = PASSWORD):  # type: ignore[no-untyped-def]
    case, markers = marker_case()
    return case, markers, pdf_document(lambda: render_case_pdf(case), password,
                                       detail="Case for Consideration (PDF)",
                                       case_ref=case.reference)


def test_a_saved_export_is_encrypted_and_audited_without_the_password(
    vault: Vault, out: Path,
) -> None:
    case, markers, document = _case_pdf()
    target = out / "case.pdf"

    assert save_export(document, target, vault.audit) == target

    [entry] = vault.audit.entries(action="export")
    assert entry.case_ref == case.reference
    assert entry.detail == f"Case for Consideration (PDF), saved to {target}"
    assert PASSWORD not in entry.detail
    raw = target.read_bytes()
    assert all(value.encode() not in raw for value in markers.values())
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(target)
    with pikepdf.open(target, password=PASSWORD) as pdf:
        assert pdf.encryption.R == 6
    assert os.listdir(out) == ["case.pdf"]
    assert vault.audit.verify() is None


def test_a_package_takes_the_same_path(vault: Vault, out: Path) -> None:
    case = sample_case()
    target = out / "case.scrcase"
    save_export(package_document(case, PASSWORD, detail="case package", kdf=FAST), target,
                vault.audit)
    assert load_package_contents(target, PASSWORD).case.to_dict() == case.to_dict()
    [entry] = vault.audit.entries(action="export")
    assert entry.case_ref == case.reference and entry.detail.startswith("case package, saved")


def test_an_export_the_audit_log_refuses_is_removed(vault: Vault, out: Path) -> None:
    _case, _markers, document = _case_pdf()
    target = out / "case.pdf"
    audit = vault.audit
    vault.close()  # the vault locks while the export is being written

    with pytest.raises(ExportNotRecorded) as caught:
        save_export(document, target, audit)

    assert isinstance(caught.value.__cause__, VaultClosed)
    assert os.listdir(out) == []
    with Vault.open(vault.path, PASS) as again:
        assert again.audit.entries(action="export") == []


def test_a_failed_audit_does_not_leave_an_older_file_of_that_name_readable(
    vault: Vault, out: Path,
) -> None:
    target = out / "case.pdf"
    target.write_bytes(b"an older file the user chose to replace")
    audit = vault.audit
    vault.close()
    with pytest.raises(ExportNotRecorded):
        save_export(_case_pdf()[2], target, audit)
    assert os.listdir(out) == []


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_a_write_that_fails_part_way_leaves_nothing_and_records_nothing(
    vault: Vault, out: Path, monkeypatch: pytest.MonkeyPatch, code: int,
) -> None:
    written: list[bytes] = []
    real_write = os.write

    def fail_half_way(fd: int, data: bytes) -> int:
        if written:
            raise OSError(code, os.strerror(code))
        written.append(bytes(data[: len(data) // 2]))
        return real_write(fd, data[: len(data) // 2])

    monkeypatch.setattr(atomic.os, "write", fail_half_way)
    with pytest.raises(atomic.WriteFailed) as caught:
        save_export(_case_pdf()[2], out / "case.pdf", vault.audit)
    assert isinstance(caught.value, DiskFull) == (code == errno.ENOSPC)
    assert written  # the failure came after part of the file was on disk
    assert os.listdir(out) == []
    assert vault.audit.entries(action="export") == []


def test_a_missing_folder_is_reported_and_nothing_is_recorded(vault: Vault, out: Path) -> None:
    with pytest.raises(FolderMissing):
        save_export(_case_pdf()[2], out / "gone" / "case.pdf", vault.audit)
    assert vault.audit.entries(action="export") == []


def test_a_weak_password_writes_nothing_and_records_nothing(vault: Vault, out: Path) -> None:
    with pytest.raises(ExportPasswordError):
        save_export(_case_pdf("password1")[2], out / "case.pdf", vault.audit)
    assert os.listdir(out) == []
    assert vault.audit.entries(action="export") == []
