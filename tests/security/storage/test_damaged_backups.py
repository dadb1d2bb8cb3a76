"""Restoring from a damaged backup: refused by name, and nothing in place is touched.

A backup is cut short or has one bit flipped, then restored over a closed
vault.  :func:`restore_from` must raise the specific error
(:class:`WrongPassphrase` when page 1, which carries the salt and the first
HMAC, is hit; :class:`VaultDamaged` otherwise), leave the current vault
byte-for-byte as it was (SHA-256 before and after), leave no
``-replaced-`` copy or half-restored ``.restoring-`` file behind, and not
change the backup either.  Opening the damaged backup directly fails the
same way.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from vaultfiles import copy_vault, vault_files

from scr_desktop.storage.attempts import AttemptLimiter
from scr_desktop.storage.backup import backup_to, restore_from
from scr_desktop.storage.connection import PAGE_SIZE
from scr_desktop.storage.copying import check_copy
from scr_desktop.storage.errors import VaultDamaged, VaultError
from scr_desktop.storage.vault import Vault

PASS = "gravel orchid timpani 38"
BACKUP_PASS = "another key for the copy 71"
CASES = 30


@dataclass(frozen=True)
class Pristine:
    """A closed vault and a sound backup of it, both to be copied, never changed."""

    vault: Path
    backup: Path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Pristine:
    folder = tmp_path_factory.mktemp("pristine")
    vault_path = folder / "v.scrvault"
    with Vault.create(vault_path, PASS) as vault:
        for i in range(CASES):
            case = vault.cases.new_case()
            case.set("child_forenames", f"Ottoline {i}")
            case.set("case_outline", "Seen by the health visitor. " * 100)
            vault.cases.save(case)
        backup = backup_to(vault, folder / "backup.scrvault", BACKUP_PASS)
    assert check_copy(backup, BACKUP_PASS) == CASES
    assert backup.stat().st_size >= 20 * PAGE_SIZE
    return Pristine(vault_path, backup)


@pytest.fixture
def vault_path(pristine: Pristine, tmp_path: Path) -> Path:
    target = tmp_path / "home" / "v.scrvault"
    target.parent.mkdir()
    copy_vault(pristine.vault, target)
    return target


@pytest.fixture
def backup(pristine: Pristine, tmp_path: Path) -> Path:
    target = tmp_path / "usb" / "backup.scrvault"
    target.parent.mkdir()
    copy_vault(pristine.backup, target)
    return target


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _assert_restore_refused(backup: Path, vault_path: Path,
                            error: type[VaultError]) -> VaultError:
    vault_before, backup_before = _sha(vault_path), _sha(backup)
    listing = _listing(vault_path.parent)
    with pytest.raises(VaultError) as info:
        restore_from(backup, BACKUP_PASS, vault_path)
    assert type(info.value) is error, info.value.code
    assert _sha(vault_path) == vault_before
    assert _listing(vault_path.parent) == listing
    assert not any("-replaced-" in name or ".restoring-" in name for name in listing)
    assert _sha(backup) == backup_before
    assert _listing(backup.parent) == vault_files(backup)
    return info.value


def _assert_open_refused(backup: Path, error: type[VaultError], tmp_path: Path) -> None:
    spare = tmp_path / "spare.scrvault"
    copy_vault(backup, spare)
    with pytest.raises(VaultError) as info:
        Vault.open(spare, BACKUP_PASS, limiter=AttemptLimiter(tmp_path / "attempts.json"))
    assert type(info.value) is error, info.value.code


def test_the_sound_backup_restores(backup: Path, vault_path: Path) -> None:
    kept = restore_from(backup, BACKUP_PASS, vault_path)
    assert kept is not None and "-replaced-" in kept.name
    with Vault.open(vault_path, BACKUP_PASS) as restored:
        assert restored.cases.count() == CASES


TRUNCATIONS = {
    "empty": lambda size: 0,
    "under_a_page": lambda size: 100,
    "one_page": lambda size: PAGE_SIZE,
    "half_the_pages": lambda size: (size // PAGE_SIZE // 2) * PAGE_SIZE,
    "last_page_missing": lambda size: size - PAGE_SIZE,
    "mid_last_page": lambda size: size - 10,
}


@pytest.mark.parametrize("cut", sorted(TRUNCATIONS))
def test_truncated_backup_is_refused_as_damaged(cut: str, backup: Path, vault_path: Path,
                                                tmp_path: Path) -> None:
    os.truncate(backup, TRUNCATIONS[cut](backup.stat().st_size))
    error = _assert_restore_refused(backup, vault_path, VaultDamaged)
    assert "damaged" in error.user_message
    assert "Do not delete it" in error.user_message
    _assert_open_refused(backup, VaultDamaged, tmp_path)


def _page_offset(backup: Path, where: str) -> int:
    pages = backup.stat().st_size // PAGE_SIZE
    return {
        "salt": 5,
        "page_1_body": 2000,
        "page_1_hmac": PAGE_SIZE - 20,
        "page_2": PAGE_SIZE + 100,
        "middle_page": (pages // 2) * PAGE_SIZE + 1500,
        "last_page_hmac": pages * PAGE_SIZE - 10,
    }[where]


# The passphrase opens the backup's key slot, so a first page that then fails to
# decrypt is named as damage rather than as a wrong passphrase.
FLIPS = {
    "salt": VaultDamaged,
    "page_1_body": VaultDamaged,
    "page_1_hmac": VaultDamaged,
    "page_2": VaultDamaged,
    "middle_page": VaultDamaged,
    "last_page_hmac": VaultDamaged,
}


@pytest.mark.parametrize("where", sorted(FLIPS))
@pytest.mark.parametrize("bit", [0x01, 0x80])
def test_one_flipped_bit_is_refused(where: str, bit: int, backup: Path, vault_path: Path,
                                    tmp_path: Path) -> None:
    offset = _page_offset(backup, where)
    with backup.open("r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)[0]
        fh.seek(offset)
        fh.write(bytes([byte ^ bit]))
    _assert_restore_refused(backup, vault_path, FLIPS[where])
    _assert_open_refused(backup, FLIPS[where], tmp_path)


def test_damaged_backup_into_an_empty_place_creates_nothing(backup: Path,
                                                             tmp_path: Path) -> None:
    os.truncate(backup, backup.stat().st_size - PAGE_SIZE)
    fresh = tmp_path / "new-home"
    fresh.mkdir()
    with pytest.raises(VaultDamaged):
        restore_from(backup, BACKUP_PASS, fresh / "v.scrvault")
    assert _listing(fresh) == []
