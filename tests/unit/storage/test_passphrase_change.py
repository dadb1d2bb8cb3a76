"""Tests for scr_desktop/storage/passphrase_change.py: a backup under the old passphrase
first, then the rekey; the kept backups retired afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from scr_desktop.storage.backup import automatic_backups, kept_backups
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


def test_change_passphrase_backs_up_first_then_rekeys(vault: Vault, path: Path) -> None:
    with pytest.raises(WrongPassphrase):
        change_passphrase(vault, "not it", NEW)
    saved = change_passphrase(vault, PASS, NEW)
    assert check_copy(saved, PASS) == 1
    assert [e.action for e in vault.audit.entries()][-2:] == ["backup", "passphrase change"]
    vault.cases.new_case()
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASS)
    with Vault.open(path, NEW) as again:
        assert again.cases.count() == 2
        assert again.integrity_check() == []
        assert again.audit.verify() is None
        assert again.check_passphrase("new words for the vault")


def test_a_wrong_old_passphrase_writes_no_backup(vault: Vault, path: Path) -> None:
    with pytest.raises(WrongPassphrase):
        change_passphrase(vault, "not it", NEW)
    with pytest.raises(ValueError):
        change_passphrase(vault, PASS, "")
    assert kept_backups(path) == []
    assert vault.check_passphrase(PASS)


def test_retiring_the_old_passphrase_re_encrypts_the_kept_backups(vault: Vault,
                                                                  path: Path) -> None:
    before = change_passphrase(vault, PASS, NEW)
    done, failed = retire_old_passphrase(vault, PASS, NEW)
    assert before in done and failed == []
    for kept in kept_backups(path):
        assert check_copy(kept, NEW) >= 1
        with pytest.raises(WrongPassphrase):
            check_copy(kept, PASS)
    assert automatic_backups(path)
    assert [e.action for e in vault.audit.entries()][-1] == "backups re-encrypted"
