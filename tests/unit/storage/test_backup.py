"""Encrypted backups, rolling automatic copies, restoring, and changing the passphrase."""

from __future__ import annotations

import hashlib
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from scr_desktop.storage import backup as backup_mod
from scr_desktop.storage import keyfile, keyslots
from scr_desktop.storage.backup import (
    KEEP,
    automatic_backup,
    automatic_backup_due,
    automatic_backups,
    backup_to,
    restore_from,
)
from scr_desktop.storage.copying import check_copy
from scr_desktop.storage.errors import (
    VaultClosed,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    WrongPassphrase,
)
from scr_desktop.storage.keyslots import KeySlots
from scr_desktop.storage.paths import backups_dir
from scr_desktop.storage.vault import Vault

PASS = "meadow pylon saxophone 23"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "vault" / "v.scrvault"


@pytest.fixture
def vault(path: Path) -> Iterator[Vault]:
    v = Vault.create(path, PASS)
    case = v.cases.new_case()
    case.set("child_forenames", "Beatrix")
    v.cases.save(case)
    yield v
    v.close()


def test_backup_is_encrypted_private_verified_and_audited(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "out" / "copy.scrvault"
    assert backup_to(vault, target, "a different passphrase") == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not target.read_bytes().startswith(b"SQLite format 3")
    assert b"Beatrix" not in target.read_bytes()
    assert check_copy(target, "a different passphrase") == 1
    with pytest.raises(WrongPassphrase):
        check_copy(target, PASS)
    assert [e.action for e in vault.audit.entries()][-1] == "backup"
    with Vault.open(target, "a different passphrase") as copy:
        assert copy.cases.list("beatrix")[0].child_name == "Beatrix"
        assert copy.audit.verify() is None


def test_a_backup_under_the_vaults_own_passphrase_runs_no_second_key_derivation(
        vault: Vault, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The day's backup follows the unlock: its pages are checked under the vault key and
    its key file (the vault's own slots) read back, with no Argon2id run (64 MiB) on top of
    the running application."""
    runs: list[bytes] = []
    real = keyslots._argon2

    def counted(passphrase: str, salt: bytes) -> bytes:
        runs.append(salt)
        return real(passphrase, salt)

    monkeypatch.setattr(keyslots, "_argon2", counted)
    saved = automatic_backup(vault, PASS)
    assert runs == []
    assert KeySlots.load(saved).slots == KeySlots.load(path).slots
    assert check_copy(saved, PASS) == 1  # its passphrase slot opens it
    assert len(runs) == 1


def test_a_backup_whose_key_file_does_not_read_back_is_removed(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    written = Vault.write_copy_keys

    def lost_slot(self: Vault, copy_path: Path, passphrase: str) -> KeySlots:
        slots = written(self, copy_path, passphrase)
        body = slots.to_body()
        body["slots"] = [s for s in body["slots"] if s["kind"] != "passphrase"]
        keyfile.write(copy_path, body)  # what reached the disk is not what was meant
        return slots

    monkeypatch.setattr(Vault, "write_copy_keys", lost_slot)
    target = tmp_path / "out" / "copy.scrvault"
    with pytest.raises(VaultDamaged):
        backup_to(vault, target, PASS)
    assert not target.exists() and not keyfile.exists(target)
    assert [e.action for e in vault.audit.entries()][-1] != "backup"


def test_backup_never_overwrites(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "exists.scrvault"
    target.write_bytes(b"keep me")
    with pytest.raises(VaultExists):
        backup_to(vault, target, PASS)
    assert target.read_bytes() == b"keep me"


def test_backup_of_a_closed_vault_is_refused(vault: Vault, tmp_path: Path) -> None:
    vault.close()
    with pytest.raises(VaultClosed):
        backup_to(vault, tmp_path / "x.scrvault", PASS)
    assert not (tmp_path / "x.scrvault").exists()


def test_automatic_backups_keep_the_newest_seven(vault: Vault, path: Path) -> None:
    assert automatic_backup_due(path)
    made = [automatic_backup(vault, PASS) for _ in range(KEEP + 2)]
    kept = automatic_backups(path)
    assert len(kept) == KEEP
    assert kept == sorted(made[-KEEP:], reverse=True)
    assert all(p.parent == backups_dir() for p in kept)
    assert stat.S_IMODE(backups_dir().stat().st_mode) == 0o700
    assert not automatic_backup_due(path)
    assert automatic_backup_due(path, hours=0)
    other = automatic_backup(vault, PASS, reason="before-passphrase-change")
    automatic_backup(vault, PASS)
    assert other.exists()


def test_restore_keeps_the_current_vault_aside(vault: Vault, path: Path,
                                              tmp_path: Path) -> None:
    saved = backup_to(vault, tmp_path / "b.scrvault", PASS)
    later = vault.cases.new_case()
    vault.close()
    kept = restore_from(saved, PASS, path)
    assert kept is not None and kept.exists()
    with Vault.open(path, PASS) as restored:
        assert restored.cases.count() == 1
        assert restored.integrity_check() == []
        assert [e.action for e in restored.audit.entries()][-2:] == ["restore backup", "unlock"]
        assert restored.audit.verify() is None
    with Vault.open(kept, PASS) as previous:
        assert previous.cases.get(later.id).reference == later.reference


def test_restore_into_an_empty_place(vault: Vault, tmp_path: Path) -> None:
    saved = backup_to(vault, tmp_path / "b.scrvault", PASS)
    fresh = tmp_path / "new-home" / "v.scrvault"
    assert restore_from(saved, PASS, fresh) is None
    with Vault.open(fresh, PASS) as restored:
        assert restored.cases.count() == 1


def test_restore_with_the_wrong_passphrase_changes_nothing(vault: Vault, path: Path,
                                                          tmp_path: Path) -> None:
    saved = backup_to(vault, tmp_path / "b.scrvault", PASS)
    vault.close()
    before = _sha(path)
    with pytest.raises(WrongPassphrase):
        restore_from(saved, "nope", path)
    assert _sha(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == [
        path.name, f"{path.name}.keys", f"{path.name}.keys-copy"]


def test_restore_over_a_vault_in_use_is_refused(vault: Vault, path: Path,
                                                tmp_path: Path) -> None:
    saved = backup_to(vault, tmp_path / "b.scrvault", PASS)
    with pytest.raises(VaultInUse):
        restore_from(saved, PASS, path)
    assert vault.cases.count() == 1
    assert backup_mod._held_elsewhere(saved) is False


def test_vaults_with_the_same_name_keep_separate_backups(tmp_path: Path) -> None:
    first = Vault.create(tmp_path / "a" / "Smith family.scrvault", PASS)
    second = Vault.create(tmp_path / "b" / "Smith family.scrvault", PASS)
    try:
        mine = automatic_backup(first, PASS)
        for _ in range(KEEP + 1):
            automatic_backup(second, PASS)
        assert mine.exists()
        assert automatic_backups(first.path) == [mine]
        assert len(automatic_backups(second.path)) == KEEP
        assert all("Smith" not in p.name for p in backups_dir().iterdir())
    finally:
        first.close()
        second.close()


def test_pre_change_and_pre_upgrade_backups_age_out_and_daily_ones_keep_seven(
        tmp_path: Path) -> None:
    import os as _os

    from scr_desktop.storage import backup as backup_module

    vault_path = tmp_path / "retention.scrvault"
    with Vault.create(vault_path, "granite lantern orchard velvet") as v:
        old_special = backup_module.automatic_backup(v, "granite lantern orchard velvet",
                                                     reason="before-passphrase-change")
        new_special = backup_module.automatic_backup(v, "granite lantern orchard velvet",
                                                     reason="before-v9")
        month_ago = old_special.stat().st_mtime - 31 * 86400
        _os.utime(old_special, (month_ago, month_ago))
        for _ in range(backup_module.KEEP + 2):
            backup_module.automatic_backup(v, "granite lantern orchard velvet")
    assert not old_special.exists()  # older than the stated 30 days
    assert new_special.exists()
    assert len(backup_module.automatic_backups(vault_path)) == backup_module.KEEP


def test_a_pruned_backup_takes_its_key_file_with_it(vault: Vault, path: Path) -> None:
    from scr_desktop.storage.keyfile import key_paths

    made = [automatic_backup(vault, PASS) for _ in range(KEEP + 1)]
    assert not made[0].exists()
    assert [k for k in key_paths(made[0]) if k.exists()] == []
    assert all(k.exists() for p in made[1:] for k in key_paths(p))
    leftovers = [p.name for p in backups_dir().iterdir() if ".keys" in p.name]
    assert len(leftovers) == 2 * KEEP
