"""Truncating or rewriting the audit chain, even with the passphrase, is caught by the anchor."""

from __future__ import annotations

from pathlib import Path

from scr_desktop.storage.audit import entry_hash
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
    conn.execute("DROP TRIGGER audit_no_update")
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_an_untouched_log_has_no_anchor_problems(tmp_path: Path) -> None:
    path = _vault_with_entries(tmp_path)
    with Vault.open(path, PASS) as v:
        assert v.audit.verify() is None
        assert v.audit_anchor_problems() == []


def test_removing_the_last_entries_is_reported_even_with_the_counter_reset(
        tmp_path: Path) -> None:
    path = _vault_with_entries(tmp_path)
    _tamper(path, ["DELETE FROM audit WHERE id >= 5",
                   "UPDATE sqlite_sequence SET seq = 4 WHERE name = 'audit'"])
    with Vault.open(path, PASS) as v:
        assert v.audit.verify() is None  # the chain alone cannot tell
        problems = v.audit_anchor_problems()
        assert any("removed" in p for p in problems), problems
        assert any(e.action == "audit anchor mismatch" for e in v.audit.entries())
    with Vault.open(path, PASS) as v:  # later unlocks still report it
        assert any("removed" in p for p in v.audit_anchor_problems())


def test_removing_entries_shows_in_the_id_counter(tmp_path: Path) -> None:
    path = _vault_with_entries(tmp_path)
    _tamper(path, ["DELETE FROM audit WHERE id >= 6"])
    with Vault.open(path, PASS) as v:
        assert any("Entries 6 to 6 were removed" in p for p in v.audit_anchor_problems())
        assert v.audit.verify() == 7  # the next entry is numbered after the gap


def test_a_recomputed_chain_is_reported(tmp_path: Path) -> None:
    path = _vault_with_entries(tmp_path)
    conn = open_connection(path, copy_key(path, PASS))
    rows = conn.execute("SELECT id, at, action, case_ref, detail FROM audit ORDER BY id").fetchall()
    conn.close()
    statements, prev = [], "0" * 64
    for entry_id, at, action, ref, detail in rows:
        if detail == "NOT anonymised":
            detail = "anonymised"
        digest = entry_hash(entry_id, at, action, ref, detail, prev)
        statements.append(f"UPDATE audit SET detail = '{detail}', prev_hash = '{prev}', "
                          f"hash = '{digest}' WHERE id = {entry_id}")
        prev = digest
    _tamper(path, statements)
    with Vault.open(path, PASS) as v:
        assert v.audit.verify() is None
        assert any("rewritten" in p for p in v.audit_anchor_problems())



def test_an_entry_written_before_the_unlock_s_comparison_does_not_hide_a_cut_log(
        tmp_path: Path) -> None:
    from pyrage import x25519

    path = _vault_with_entries(tmp_path)
    _tamper(path, ["DELETE FROM audit WHERE id >= 5",
                   "UPDATE sqlite_sequence SET seq = 4 WHERE name = 'audit'"])
    # the policy now names an escrow key: the slot and its entry are added as the vault opens,
    # before the unlock compares the log with its anchor
    escrow = str(x25519.Identity.generate().to_public())
    with Vault.open(path, PASS, escrow=escrow) as v:
        actions = [e.action for e in v.audit.entries()]
        assert "escrow slot added" in actions
        assert "audit anchor mismatch" in actions, actions
        assert any("removed" in p for p in v.audit_anchor_problems())


def test_a_cut_log_is_still_reported_after_an_unlock_that_could_not_record_it(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from scr_desktop.storage.audit import AuditLog
    from scr_desktop.storage.errors import DiskFull

    path = _vault_with_entries(tmp_path)
    _tamper(path, ["DELETE FROM audit WHERE id >= 5",
                   "UPDATE sqlite_sequence SET seq = 4 WHERE name = 'audit'"])
    real = AuditLog.record

    def full(self, action: str, **kwargs) -> None:  # type: ignore[no-untyped-def]
        if action == "audit anchor mismatch":
            raise DiskFull()
        real(self, action, **kwargs)

    monkeypatch.setattr(AuditLog, "record", full)
    vault = Vault.open(path, PASS, defer_check=True)
    try:
        vault.finish_check()
    except DiskFull:
        pass
    else:
        raise AssertionError("the unlock was recorded")
    vault.close()  # as the window does when the check fails
    monkeypatch.setattr(AuditLog, "record", real)
    with Vault.open(path, PASS) as v:
        assert any(e.action == "audit anchor mismatch" for e in v.audit.entries())
        assert any("removed" in p for p in v.audit_anchor_problems())
