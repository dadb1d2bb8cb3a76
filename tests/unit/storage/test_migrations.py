"""Schema migrations: a vault written by the first version opens, upgraded, with nothing lost."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from scr_desktop.domain.model import Case
from scr_desktop.storage.audit import GENESIS, entry_hash
from scr_desktop.storage.backup import backup_prefix
from scr_desktop.storage.connection import create_file, sql_string
from scr_desktop.storage.copying import check_copy
from scr_desktop.storage.errors import VaultError, VaultTooNew
from scr_desktop.storage.keyslots import copy_key
from scr_desktop.storage.migrations import CURRENT_VERSION, V1_SCHEMA, run_script, upgrade
from scr_desktop.storage.paths import backups_dir
from scr_desktop.storage.vault import Vault

PASS = "granite pelican violet 88"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _raw(path: Path) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = " + sql_string(copy_key(path, PASS)))
    return conn


def _v1_vault(path: Path, cases: list[Case], *, bad_json: bool = False) -> None:
    """Write a vault exactly as version 1 of the schema laid it out."""
    create_file(path)
    conn = _raw(path)
    conn.execute("PRAGMA journal_mode = WAL").fetchall()
    conn.execute("BEGIN")
    run_script(conn, V1_SCHEMA)
    for case in cases:
        data = "{not json" if bad_json else json.dumps(case.to_dict())
        conn.execute(
            "INSERT INTO cases(id, reference, child_name, status, created_at, updated_at, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (case.id, case.reference, case.child_name(), case.status, case.created_at,
             case.updated_at, data),
        )
    prev = GENESIS
    for i, ref in enumerate((c.reference for c in cases), start=1):
        at = "2025-06-01T10:00:00+00:00"
        digest = entry_hash(i, at, "create", ref, "", prev)
        conn.execute("INSERT INTO audit VALUES (?, ?, 'create', ?, '', ?, ?)",
                     (i, at, ref, prev, digest))
        prev = digest
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()


def _cases() -> list[Case]:
    year = datetime.now().year
    older = Case(reference=f"SCR-{year}-0007", updated_at="2025-01-01T09:00:00+00:00")
    older.set("child_forenames", "Florence")
    older.set("child_last_names", "Ashdown")
    older.set("child_address", "3 Quarry Row")
    newer = Case(reference="SCR-2025-0002", updated_at="2025-03-01T09:00:00+00:00",
                 status="referred")
    newer.set("child_forenames", "Idris")
    newer.set("child_last_names", "Penhallow")
    newer.facts["child_died"] = True
    return [older, newer]


def test_a_v1_vault_is_upgraded_with_its_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.scrvault"
    cases = _cases()
    _v1_vault(path, cases)
    with Vault.open(path, PASS) as vault:
        assert vault.schema_version == CURRENT_VERSION
        for case in cases:
            assert vault.cases.get(case.id).to_dict() == case.to_dict()
        listed = vault.cases.list()
        assert [s.id for s in listed] == [cases[1].id, cases[0].id]
        assert listed[1].child_name == "Florence Ashdown"
        assert [s.id for s in vault.cases.list("quarry")] == [cases[0].id]
        assert [s.id for s in vault.cases.list("SCR-2025-0002")] == [cases[1].id]
        year = datetime.now().year
        assert vault.cases.new_case().reference == f"SCR-{year}-0008"
        vault.cases.delete(cases[0].id)
        assert vault.cases.count(trash=True) == 1
        assert vault.audit.verify() is None
        migrate = vault.audit.entries(action="migrate")
        assert [e.detail for e in migrate] == [f"schema 1 to {CURRENT_VERSION}"]
        assert vault.integrity_check() == []


def test_an_encrypted_backup_is_taken_before_upgrading(tmp_path: Path) -> None:
    path = tmp_path / "old.scrvault"
    _v1_vault(path, _cases())
    Vault.open(path, PASS).close()
    backups = sorted(backups_dir().glob(f"{backup_prefix(path)}-before-v*.scrvault"))
    assert len(backups) == 1
    assert not backups[0].read_bytes().startswith(b"SQLite format 3")
    assert check_copy(backups[0], PASS) == 2
    conn = _raw(backups[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_a_failed_upgrade_leaves_the_vault_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "old.scrvault"
    _v1_vault(path, _cases(), bad_json=True)
    conn = _raw(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _sha(path)
    with pytest.raises(VaultError) as info:
        Vault.open(path, PASS)
    assert info.value.code == "upgrade_failed"
    assert _sha(path) == before
    conn = _raw(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_a_vault_from_a_newer_app_is_refused_and_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "new.scrvault"
    Vault.create(path, PASS).close()
    conn = _raw(path)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    before = _sha(path)
    with pytest.raises(VaultTooNew) as info:
        Vault.open(path, PASS)
    assert "newer version" in info.value.user_message
    assert _sha(path) == before


def test_upgrade_never_downgrades(tmp_path: Path) -> None:
    path = tmp_path / "v.scrvault"
    with Vault.create(path, PASS) as vault:
        conn = vault.database.conn
        with pytest.raises(ValueError):
            upgrade(conn, target=1)
        assert vault.schema_version == CURRENT_VERSION
