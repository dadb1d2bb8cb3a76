"""Unlocking before the page check: reads at once, writes held until the whole file is sound."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from schemahelpers import downgrade

from scr_desktop.storage.connection import PAGE_SIZE
from scr_desktop.storage.errors import VaultDamaged
from scr_desktop.storage.vault import Vault

PASS = "meadow cobalt fjord 58"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "v.scrvault"
    with Vault.create(p, PASS) as vault:
        for i in range(60):
            case = vault.cases.new_case()
            case.set("child_forenames", f"Name{i}")
            case.set("child_address", "filler " * 300)
            vault.cases.save(case)
    return p


def _save_in_thread(vault: Vault, case_id: str, value: str) -> tuple[threading.Thread,
                                                                     list[BaseException]]:
    errors: list[BaseException] = []
    case = vault.cases.get(case_id)
    case.set("child_last_names", value)

    def save() -> None:
        try:
            vault.cases.save(case)
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=save)
    thread.start()
    return thread, errors


def test_a_write_made_during_the_check_is_held_then_committed(path: Path) -> None:
    vault = Vault.open(path, PASS, defer_check=True)
    try:
        assert vault.writes_held
        case_id = vault.cases.list(limit=50)[0].id
        thread, errors = _save_in_thread(vault, case_id, "Heldback")
        thread.join(0.3)
        assert thread.is_alive(), "the save went ahead of the page check"
        assert vault.cases.get(case_id).get("child_last_names") == ""
        vault.finish_check()
        thread.join(10)
        assert not thread.is_alive() and errors == []
        assert not vault.writes_held
        assert vault.cases.get(case_id).get("child_last_names") == "Heldback"
        actions = [e.action for e in vault.audit.entries()]
        assert actions[-2:] == ["unlock", "change"]
    finally:
        vault.close()


def test_damage_found_by_the_check_refuses_the_held_write(path: Path) -> None:
    page = path.stat().st_size // PAGE_SIZE // 2
    # Newer, small cases make the first page of the list, which so reads none of the
    # older cases' pages: the damage below is one only the page check can find.
    with Vault.open(path, PASS) as vault:
        for _ in range(60):
            vault.cases.save(vault.cases.new_case())
    with path.open("r+b") as fh:
        fh.seek(page * PAGE_SIZE + 1000)
        byte = fh.read(1)
        fh.seek(page * PAGE_SIZE + 1000)
        fh.write(bytes([byte[0] ^ 0x01]))
    before = _sha(path)
    vault = Vault.open(path, PASS, defer_check=True)
    try:
        case_id = vault.cases.list(limit=50)[0].id  # the list shows before the check
        thread, errors = _save_in_thread(vault, case_id, "Neverwritten")
        with pytest.raises(VaultDamaged):
            vault.finish_check()
        thread.join(10)
        assert [type(e) for e in errors] == [VaultDamaged]
    finally:
        vault.close()
    assert _sha(path) == before


def test_an_upgrade_is_never_deferred(path: Path) -> None:
    with Vault.open(path, PASS) as vault, vault.database.transaction() as conn:
        downgrade(conn, 4)
    with Vault.open(path, PASS, defer_check=True) as vault:
        assert not vault.writes_held
        assert vault.deadlines.rules_current()
