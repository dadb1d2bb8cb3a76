"""Faults on real files: each is reported as itself, and the file is left exactly as it was."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from vaultfiles import copy_vault

from scr_desktop.storage.attempts import AttemptLimiter
from scr_desktop.storage.connection import PAGE_SIZE
from scr_desktop.storage.errors import VaultDamaged, VaultInUse, WrongPassphrase
from scr_desktop.storage.vault import Vault

PASS = "harbour violet engine 64"


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


def test_wrong_passphrase(path: Path) -> None:
    before = _sha(path)
    with pytest.raises(WrongPassphrase) as info:
        Vault.open(path, "not the passphrase")
    assert info.value.code == "wrong_passphrase"
    assert "passphrase does not unlock" in info.value.user_message
    assert _sha(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == [
        path.name, f"{path.name}.keys", f"{path.name}.keys-copy"]


@pytest.mark.parametrize("cut", ["zero", "under_a_page", "mid_page", "half_pages", "last_page"])
def test_truncated_file(path: Path, cut: str) -> None:
    size = path.stat().st_size
    pages = size // PAGE_SIZE
    new_size = {"zero": 0, "under_a_page": 100, "mid_page": size - 10,
                "half_pages": (pages // 2) * PAGE_SIZE, "last_page": size - PAGE_SIZE}[cut]
    os.truncate(path, new_size)
    before = _sha(path)
    with pytest.raises(VaultDamaged) as info:
        Vault.open(path, PASS)
    assert info.value.code.startswith("vault_")
    assert "damaged" in info.value.user_message
    assert "Do not delete it" in info.value.user_message
    assert _sha(path) == before
    assert AttemptLimiter().pending(path) == []


def _data_page(path: Path) -> int:
    """Return the number of a page well inside the cases table (not page 1)."""
    pages = path.stat().st_size // PAGE_SIZE
    return pages // 2


def test_one_flipped_byte_in_a_data_page(path: Path) -> None:
    page = _data_page(path)
    with path.open("r+b") as fh:
        fh.seek(page * PAGE_SIZE + 1000)
        byte = fh.read(1)
        fh.seek(page * PAGE_SIZE + 1000)
        fh.write(bytes([byte[0] ^ 0x01]))
    before = _sha(path)
    with pytest.raises(VaultDamaged) as info:
        Vault.open(path, PASS)
    assert info.value.code == "vault_damaged"
    assert "restore your latest backup" in info.value.user_message
    assert _sha(path) == before
    assert AttemptLimiter().pending(path) == []


def _flip_root_of_cases(path: Path) -> str:
    with Vault.open(path, PASS) as vault:
        case_id = vault.cases.list()[0].id
        root = vault.database.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'cases'").fetchone()[0]
    with path.open("r+b") as fh:
        fh.seek((root - 1) * PAGE_SIZE + 2000)
        byte = fh.read(1)
        fh.seek((root - 1) * PAGE_SIZE + 2000)
        fh.write(bytes([byte[0] ^ 0x80]))
    return str(case_id)


def test_damage_seen_while_reading_stops_all_writes(path: Path) -> None:
    case_id = _flip_root_of_cases(path)
    with Vault.open(path, PASS, verify=False) as vault:
        with pytest.raises(VaultDamaged) as info:
            vault.cases.get(case_id)
        assert "damaged" in info.value.user_message
        with pytest.raises(VaultDamaged):
            vault.audit.record("view")
        with pytest.raises(VaultDamaged):
            vault.cases.new_case()


def test_damage_found_by_a_check_stops_all_writes(path: Path) -> None:
    _flip_root_of_cases(path)
    with Vault.open(path, PASS, verify=False) as vault:
        problems = vault.integrity_check()
        assert problems
        assert all("Name" not in p for p in problems)
        with pytest.raises(VaultDamaged):
            vault.audit.record("view")


HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from scr_desktop.storage.vault import Vault
    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
    print("holding", flush=True)
    sys.stdin.readline()
    vault.close()
""")


@pytest.fixture
def held(path: Path) -> Iterator[Path]:
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(path), PASS],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "holding"
            yield path
        finally:
            assert child.stdin is not None
            child.stdin.write("\n")
            child.stdin.flush()
            child.wait(timeout=60)
    assert child.returncode == 0


@pytest.mark.parametrize("passphrase", [PASS, "a wrong one"])
def test_second_process_gets_in_use_even_with_a_wrong_passphrase(held: Path,
                                                                 passphrase: str) -> None:
    before = _sha(held)
    with pytest.raises(VaultInUse) as info:
        Vault.open(held, passphrase)
    assert not isinstance(info.value, WrongPassphrase)
    assert info.value.code == "vault_in_use"
    assert "open in another window" in info.value.user_message
    assert _sha(held) == before
    assert AttemptLimiter().pending(held) == []
    assert AttemptLimiter().delay_remaining(held) == 0.0


def test_copy_of_a_damaged_file_keeps_the_original_for_diagnosis(path: Path,
                                                                 tmp_path: Path) -> None:
    spare = tmp_path / "spare.scrvault"
    copy_vault(path, spare)
    os.truncate(spare, PAGE_SIZE * 2)
    with pytest.raises(VaultDamaged):
        Vault.open(spare, PASS)
    assert spare.exists()
    assert spare.stat().st_size == PAGE_SIZE * 2


QUIET = textwrap.dedent("""
    import sys
    from pathlib import Path
    from scr_desktop.storage.errors import VaultError
    from scr_desktop.storage.vault import Vault
    for passphrase in ("wrong", sys.argv[2]):
        try:
            Vault.open(Path(sys.argv[1]), passphrase).close()
        except VaultError as exc:
            print(exc.code)
""")


def test_sqlcipher_writes_nothing_to_stderr(path: Path) -> None:
    case_page = _data_page(path)
    with path.open("r+b") as fh:
        fh.seek(case_page * PAGE_SIZE + 10)
        fh.write(b"\xff\xff")
    result = subprocess.run([sys.executable, "-c", QUIET, str(path), PASS],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.stdout.split() == ["wrong_passphrase", "vault_damaged"]
    assert result.stderr == ""
