"""Tests for scr_desktop/storage/passphrase_change.py: the passphrase slot is rewrapped
(the vault file untouched), and the kept backups are retired afterwards."""

from __future__ import annotations

import threading
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
from scr_desktop.storage.errors import VaultClosed, WrongPassphrase
from scr_desktop.storage.keyfile import key_paths
from scr_desktop.storage.passphrase_change import (
    NOT_CHANGED,
    NOT_RETIRED,
    change_passphrase,
    retire_old_passphrase,
)
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


def _key_files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in key_paths(path) if p.exists()}


def test_a_change_waiting_for_a_backup_then_locked_changes_nothing_and_says_so(
        vault: Vault, path: Path) -> None:
    """The test thread holds the backup lock as a backup under way does, and locks meanwhile."""
    before = _key_files(path)
    outcome: list[BaseException] = []

    def change() -> None:
        try:
            change_passphrase(vault, PASS, NEW)
        except BaseException as exc:  # handed to the test
            outcome.append(exc)

    with vault.backup_lock:
        changer = threading.Thread(target=change)
        changer.start()  # it cannot go on until the lock is let go
        vault.close()  # the user locks the vault (or quits) while the backup runs
    changer.join(60)
    assert not changer.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], VaultClosed)
    assert outcome[0].user_message == NOT_CHANGED
    assert "nothing changed" in NOT_CHANGED and "current passphrase" in NOT_CHANGED
    assert _key_files(path) == before
    with pytest.raises(WrongPassphrase):
        Vault.open(path, NEW)
    with Vault.open(path, PASS) as again:
        assert "passphrase change" not in [e.action for e in again.audit.entries()]
        assert again.audit.verify() is None


def test_retiring_after_the_vault_was_locked_touches_no_backup_and_says_so(
        vault: Vault, path: Path) -> None:
    first = automatic_backup(vault, PASS)
    kept_keys = _key_files(first)
    change_passphrase(vault, PASS, NEW)
    vault.close()
    with pytest.raises(VaultClosed) as refused:
        retire_old_passphrase(vault, PASS, NEW)
    assert refused.value.user_message == NOT_RETIRED
    assert _key_files(first) == kept_keys
    assert kept_backups(path) == [first]
    assert check_copy(first, PASS) == 1
