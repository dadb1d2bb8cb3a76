"""Verify in the audit log window names entries removed behind the chain's back."""

from __future__ import annotations

from pathlib import Path

from scr_desktop.storage.connection import open_connection
from scr_desktop.storage.keyslots import copy_key
from scr_desktop.storage.vault import Vault

PASS = "granite lantern orchard velvet"


def _vault_with_entries(tmp_path: Path) -> Path:
    path = tmp_path / "v.scrvault"
    with Vault.create(path, PASS) as v:
        for n in range(5):
            v.audit.record("export", case_ref=f"SCR-2026-000{n}", detail="NOT anonymised")
    return path


def _tamper(path: Path, sql: list[str]) -> None:
    conn = open_connection(path, copy_key(path, PASS))
    conn.execute("DROP TRIGGER audit_no_delete")
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_verify_in_the_audit_log_window_names_the_removal(qtbot, tmp_path: Path) -> None:
    from scr_desktop.gui.audit_dialog import AuditDialog

    path = _vault_with_entries(tmp_path)
    _tamper(path, ["DELETE FROM audit WHERE id >= 5",
                   "UPDATE sqlite_sequence SET seq = 4 WHERE name = 'audit'"])
    with Vault.open(path, PASS) as v:
        dialog = AuditDialog(v.audit, anchor_problems=v.audit_anchor_problems)
        qtbot.addWidget(dialog)
        dialog.verify()
        text = dialog.verify_result.text()
        assert "does not match this computer's own record" in text
        assert "later entries were removed" in text
        dialog.close()
