"""Tests for scr_desktop/storage/passphrase_change.py: the passphrase slot is rewrapped
(the vault file untouched), and the kept backups are retired afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from scr_desktop.storage.backup import (
    automatic_backup,
    automatic_backups,
    backup_to,
    kept_backups,
    restore_from,
)
from scr_desktop.storage.copying import check_copy
from scr_desktop.storage.errors import WrongPassphrase
from scr_desktop.storage.passphrase_change import change_passphrase, retire_old_passphrase
from scr_desktop.storage.vault import Vault

PASS = "meadow pylon saxophone 23"
NEW = "new words for the vault"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "vault" / "v.scrvault"


@pytest.fixture
def vault(path: Path) -> Iterator[Vault]:
    v = Vault.create(path, PASS)
    v.cases.new_case()
    yield v
    v.close()


def test_change_passphrase_rewraps_without_rewriting_the_vault(vault: Vault,
                                                               path: Path) -> None:
    vault.close()
    with Vault.open(path, PASS) as v:
        with pytest.raises(WrongPassphrase):
            change_passphrase(v, "not it", NEW)
        pages = path.read_bytes()
        change_passphrase(v, PASS, NEW)
        assert path.read_bytes() == pages  # only the key file changed
        assert [e.action for e in v.audit.entries()][-1] == "passphrase change"
        assert kept_backups(path) == []  # a rewrap touches no page: nothing to back up
        v.cases.new_case()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASS)
    with Vault.open(path, NEW) as again:
        assert again.cases.count() == 2
        assert again.integrity_check() == []
        assert again.audit.verify() is None
        assert again.check_passphrase(NEW)


def test_a_wrong_old_passphrase_changes_nothing(vault: Vault, path: Path) -> None:
    with pytest.raises(WrongPassphrase):
        change_passphrase(vault, "not it", NEW)
    with pytest.raises(ValueError):
        change_passphrase(vault, PASS, "")
    assert kept_backups(path) == []
    assert vault.check_passphrase(PASS)


def test_a_backup_made_after_the_change_is_useless_with_the_old_passphrase(
        vault: Vault, tmp_path: Path) -> None:
    change_passphrase(vault, PASS, NEW)
    after = backup_to(vault, tmp_path / "after.scrvault", NEW)
    with pytest.raises(WrongPassphrase):
        check_copy(after, PASS)
    with pytest.raises(WrongPassphrase):
        restore_from(after, PASS, tmp_path / "elsewhere.scrvault")
    assert check_copy(after, NEW) == 1


def test_retiring_the_old_passphrase_rewraps_the_kept_backups(vault: Vault,
                                                             path: Path) -> None:
    before = automatic_backup(vault, PASS)
    assert check_copy(before, PASS) == 1
    change_passphrase(vault, PASS, NEW)
    done, failed = retire_old_passphrase(vault, PASS, NEW)
    assert before in done and failed == []
    assert len(kept_backups(path)) == 2  # and a fresh one
    for kept in kept_backups(path):
        assert check_copy(kept, NEW) >= 1
        with pytest.raises(WrongPassphrase):
            check_copy(kept, PASS)
    assert automatic_backups(path)
    assert [e.action for e in vault.audit.entries()][-1] == "backups re-encrypted"
