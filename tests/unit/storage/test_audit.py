"""The audit log: append-only, hash-chained, and honest about where it was tampered with."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from scr_desktop.storage.audit import GENESIS, entry_hash
from scr_desktop.storage.connection import sql_string
from scr_desktop.storage.errors import VaultError
from scr_desktop.storage.keyslots import copy_key
from scr_desktop.storage.vault import Vault

PASS = "copper kettle harbour 19"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "v.scrvault"


@pytest.fixture
def vault(path: Path) -> Iterator[Vault]:
    v = Vault.create(path, PASS)
    yield v
    v.close()


def _raw(path: Path) -> sqlcipher.Connection:
    """Open the vault with the key but without the app: what an insider could do."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = " + sql_string(copy_key(path, PASS)))
    return conn


def test_each_entry_carries_the_previous_hash(vault: Vault) -> None:
    vault.audit.record("export", case_ref="SCR-2026-0001", detail="pdf")
    vault.audit.record("view", case_ref="SCR-2026-0001")
    entries = vault.audit.entries()
    assert entries[0].prev_hash == GENESIS
    for before, after in itertools.pairwise(entries):
        assert after.prev_hash == before.hash
        assert after.id == before.id + 1
    for e in entries:
        assert e.hash == entry_hash(e.id, e.at, e.action, e.case_ref, e.detail, e.prev_hash)
    assert vault.audit.verify() is None


def test_filters(vault: Vault) -> None:
    vault.audit.record("export", case_ref="SCR-2026-0001")
    vault.audit.record("export", case_ref="SCR-2026-0002")
    vault.audit.record("view", case_ref="SCR-2026-0001")
    assert len(vault.audit.entries(case_ref="SCR-2026-0001")) == 2
    assert len(vault.audit.entries(action="export")) == 2
    assert len(vault.audit.entries(case_ref="SCR-2026-0001", action="view")) == 1
    today = vault.audit.entries()[-1].at[:10]
    assert len(vault.audit.entries(since=today, until=today)) == len(vault.audit.entries())
    assert vault.audit.entries(until="2000-01-01") == []
    assert vault.audit.entries(since="2999-01-01") == []


def test_the_log_refuses_updates_and_deletes_through_sql(vault: Vault) -> None:
    vault.audit.record("view", case_ref="SCR-2026-0001")
    conn = vault.database.conn
    with pytest.raises(sqlcipher.IntegrityError):
        conn.execute("UPDATE audit SET detail = 'x' WHERE id = 1")
    with pytest.raises(sqlcipher.IntegrityError):
        conn.execute("DELETE FROM audit WHERE id = 1")
    assert vault.audit.verify() is None


def test_action_must_be_a_short_name(vault: Vault) -> None:
    with pytest.raises(ValueError):
        vault.audit.record("")
    with pytest.raises(ValueError):
        vault.audit.record("x" * 65)


@pytest.mark.parametrize("column", ["detail", "action", "at", "case_ref"])
def test_an_entry_edited_with_the_key_is_reported_at_its_id(path: Path, vault: Vault,
                                                             column: str) -> None:
    for i in range(6):
        vault.audit.record("view", case_ref=f"SCR-2026-{i:04d}", detail=f"d{i}")
    target = vault.audit.entries(action="view")[3].id
    vault.close()
    conn = _raw(path)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute(f"UPDATE audit SET {column} = {column} || 'x' WHERE id = ?", (target,))
    conn.close()
    with Vault.open(path, PASS) as again:
        assert again.audit.verify() == target


def test_a_deleted_entry_is_reported_at_the_next_id(path: Path, vault: Vault) -> None:
    for i in range(4):
        vault.audit.record("view", detail=str(i))
    target = vault.audit.entries()[2].id
    vault.close()
    conn = _raw(path)
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DELETE FROM audit WHERE id = ?", (target,))
    conn.close()
    with Vault.open(path, PASS) as again:
        assert again.audit.verify() == target + 1


def test_a_rehashed_entry_breaks_the_next_link(path: Path, vault: Vault) -> None:
    for i in range(4):
        vault.audit.record("view", detail=str(i))
    e = vault.audit.entries()[1]
    vault.close()
    forged = entry_hash(e.id, e.at, e.action, e.case_ref, "forged", e.prev_hash)
    conn = _raw(path)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET detail = 'forged', hash = ? WHERE id = ?", (forged, e.id))
    conn.close()
    with Vault.open(path, PASS) as again:
        assert again.audit.verify() == e.id + 1


def test_sql_errors_surface_as_vault_errors(vault: Vault) -> None:
    conn = vault.database.conn
    conn.execute("CREATE TRIGGER block BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'no'); END")
    with pytest.raises(VaultError):
        vault.audit.record("view")
    conn.execute("DROP TRIGGER block")
    vault.audit.record("view")
    assert vault.audit.verify() is None
