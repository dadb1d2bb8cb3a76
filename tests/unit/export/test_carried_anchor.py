"""Exports and backups carry the audit anchor, so a cut or rewritten log shows against them."""

from __future__ import annotations

from pathlib import Path

import pytest
from samples import sample_case

from scr_desktop.export import package
from scr_desktop.export.carried import check_against, file_anchor
from scr_desktop.export.package import KdfParams
from scr_desktop.export.pdf_form import render_case_pdf
from scr_desktop.export.save import package_document, pdf_document, save_export
from scr_desktop.storage.backup import automatic_backup, restore_from
from scr_desktop.storage.connection import open_connection
from scr_desktop.storage.keyslots import copy_key
from scr_desktop.storage.vault import Vault

PASS = "granite lantern orchard velvet"
PASSWORD = "quill-harbour-saffron-gravel"
FAST = KdfParams(memory_kib=1024, passes=1, lanes=1)


@pytest.fixture(autouse=True)
def _cheap_kdf_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package, "ACCEPTED_KDF", (*package.ACCEPTED_KDF, FAST))


def _tamper(path: Path, sql: list[str]) -> None:
    conn = open_connection(path, copy_key(path, PASS))
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DROP TRIGGER audit_no_update")
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _exports(tmp_path: Path) -> tuple[Path, Path, Path, int]:
    path = tmp_path / "v.scrvault"
    case = sample_case()
    with Vault.create(path, PASS) as vault:
        for n in range(3):
            vault.audit.record("view", case_ref=f"SCR-2026-000{n}")
        tail = vault.audit.tail()
        assert tail is not None
        pdf = save_export(pdf_document(lambda: render_case_pdf(case), PASSWORD,
                                       detail="Case for Consideration, NOT anonymised"),
                          tmp_path / "form.pdf", vault.audit)
        pkg = save_export(package_document(case, PASSWORD, detail="package", kdf=FAST),
                          tmp_path / "case.scrcase", vault.audit)
    return path, pdf, pkg, tail.id


def test_each_export_carries_the_anchor_and_an_untouched_log_agrees(tmp_path: Path) -> None:
    path, pdf, pkg, before = _exports(tmp_path)
    with Vault.open(path, PASS) as vault:
        for exported in (pdf, pkg):
            anchor = file_anchor(exported, PASSWORD)
            assert anchor.id >= before
            assert check_against(vault.audit, anchor) == []


def test_removing_the_export_entries_shows_against_the_files(tmp_path: Path) -> None:
    path, pdf, pkg, _ = _exports(tmp_path)
    pkg_anchor = file_anchor(pkg, PASSWORD)
    # Remove the exports from the log, reset the counter and forget the local anchor,
    # as someone covering their tracks on another computer would.
    _tamper(path, [f"DELETE FROM audit WHERE id >= {file_anchor(pdf, PASSWORD).id}",
                   "UPDATE sqlite_sequence SET seq = (SELECT max(id) FROM audit)"
                   " WHERE name = 'audit'"])
    from scr_desktop.storage.anchor import AnchorStore

    AnchorStore().forget(path)
    with Vault.open(path, PASS) as vault:
        assert vault.audit.verify() is None
        problems = check_against(vault.audit, pkg_anchor)
        assert problems and "removed" in problems[0]


def test_a_restored_backup_whose_log_was_cut_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "v.scrvault"
    with Vault.create(path, PASS) as vault:
        for n in range(4):
            vault.audit.record("export", case_ref=f"SCR-2026-000{n}", detail="NOT anonymised")
        backup = automatic_backup(vault, PASS)
    _tamper(backup, ["DELETE FROM audit WHERE id >= 4",
                     "UPDATE sqlite_sequence SET seq = 3 WHERE name = 'audit'"])
    restore_from(backup, PASS, path)
    with Vault.open(path, PASS) as vault:
        problems = vault.audit_anchor_problems()
        assert any("removed" in p for p in problems), problems
        assert any(e.action == "audit anchor mismatch" for e in vault.audit.entries())


def test_a_restored_untouched_backup_has_no_anchor_problems(tmp_path: Path) -> None:
    path = tmp_path / "v.scrvault"
    with Vault.create(path, PASS) as vault:
        vault.audit.record("export", case_ref="SCR-2026-0001")
        backup = automatic_backup(vault, PASS)
        vault.audit.record("export", case_ref="SCR-2026-0002")
    restore_from(backup, PASS, path)
    with Vault.open(path, PASS) as vault:
        assert vault.audit_anchor_problems() == []
