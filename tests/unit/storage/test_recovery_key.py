"""Tests for scr_desktop/storage/recovery_key.py: a recovery key is kept only when the person
has kept it, it reaches the kept backups, and every backup restores by each of its slots."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyrage
import pytest
from vaultfiles import copy_vault

from scr_desktop.storage.backup import automatic_backup, kept_backups, restore_from
from scr_desktop.storage.copying import check_copy
from scr_desktop.storage.errors import WrongPassphrase
from scr_desktop.storage.keyfile import KeyFileDamaged, key_paths
from scr_desktop.storage.keyslots import KeySlots, NoRecoverySlot, RecoveryKeyWrong
from scr_desktop.storage.recovery_key import keep_recovery_key
from scr_desktop.storage.vault import Vault

PASS = "granite lantern orchard velvet"
NEW = "meadow copper thistle harbour"
FORGOTTEN_BY_NOW = "another passphrase nobody recalls"


@pytest.fixture
def identity() -> pyrage.x25519.Identity:
    return pyrage.x25519.Identity.generate()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "home" / "v.scrvault"


def _names(vault: Vault) -> list[str]:
    return [c.child_name for c in vault.cases.list("")]


def test_a_draft_changes_nothing_until_it_is_kept(path: Path) -> None:
    with Vault.create(path, PASS) as vault:
        before = [p.read_bytes() for p in key_paths(path)]
        draft = vault.draft_recovery_key()
        assert len(draft.code.split("-")) == 8
        assert [p.read_bytes() for p in key_paths(path)] == before
        assert not vault.has_recovery_key
        with pytest.raises(NoRecoverySlot):
            KeySlots.load(path).open_with_recovery_key(draft.code)
        keep_recovery_key(vault, draft)
        assert vault.has_recovery_key
        later = vault.draft_recovery_key()
        keep_recovery_key(vault, later)
        assert [e.action for e in vault.audit.entries()].count("new recovery key") == 2
    KeySlots.load(path).open_with_recovery_key(later.code)
    with pytest.raises(RecoveryKeyWrong):
        KeySlots.load(path).open_with_recovery_key(draft.code)


def test_the_kept_key_reaches_every_kept_backup_and_retires_the_old_one(path: Path) -> None:
    with Vault.create(path, PASS) as vault:
        first = automatic_backup(vault, PASS)  # taken at creation, before any recovery key
        draft = vault.draft_recovery_key()
        done, failed = keep_recovery_key(vault, draft)
        assert (done, failed) == ([first], [])
        second = automatic_backup(vault, PASS)
        fresh = vault.draft_recovery_key()
        done, failed = keep_recovery_key(vault, fresh)
        assert sorted(done) == sorted([first, second]) and failed == []
    for backup in (first, second):
        slots = KeySlots.load(backup)
        assert check_copy(backup, slots.key_text(slots.open_with_recovery_key(fresh.code))) == 0
        with pytest.raises(RecoveryKeyWrong):
            slots.open_with_recovery_key(draft.code)
        assert check_copy(backup, PASS) == 0  # each keeps its own passphrase slot


def test_a_backup_with_a_damaged_key_file_is_named_and_left_alone(path: Path) -> None:
    with Vault.create(path, PASS) as vault:
        backup = automatic_backup(vault, PASS)
        for kf in key_paths(backup):
            data = kf.read_bytes()
            kf.write_bytes(data[:-20] + bytes(b ^ 1 for b in data[-20:]))
        damaged = [p.read_bytes() for p in key_paths(backup)]
        done, failed = keep_recovery_key(vault, vault.draft_recovery_key())
        assert (done, failed) == ([], [backup])
        assert vault.has_recovery_key
    assert [p.read_bytes() for p in key_paths(backup)] == damaged
    with pytest.raises(KeyFileDamaged):
        KeySlots.load(backup)


def test_every_kept_backup_restores_with_passphrase_recovery_key_or_escrow(
        path: Path, tmp_path: Path, identity: pyrage.x25519.Identity) -> None:
    with Vault.create(path, PASS, escrow=str(identity.to_public())) as vault:
        case = vault.cases.new_case()
        case.set("child_forenames", "Philippa")
        vault.cases.save(case)
        draft = vault.draft_recovery_key()
        backup = automatic_backup(vault, PASS)
        keep_recovery_key(vault, draft)
    assert kept_backups(path) == [backup]

    # With the passphrase.
    by_passphrase = tmp_path / "one" / "v.scrvault"
    restore_from(backup, PASS, by_passphrase)
    with Vault.open(by_passphrase, PASS) as restored:
        assert _names(restored) == ["Philippa"]

    # With the recovery key from the sheet, the passphrase forgotten: the backup is opened
    # through its recovery slot and given a new passphrase, then restored with that.
    copy = copy_vault(backup, tmp_path / "backup-two.scrvault")
    Vault.open_with(copy, lambda s: s.open_with_recovery_key(draft.code), NEW,
                    how="the recovery key").close()
    with pytest.raises(WrongPassphrase):
        check_copy(copy, PASS)
    by_recovery = tmp_path / "two" / "v.scrvault"
    restore_from(copy, NEW, by_recovery)
    with Vault.open(by_recovery, NEW) as restored:
        assert _names(restored) == ["Philippa"]

    # With IT's escrow identity, through the real command on the backup file.
    copy = copy_vault(backup, tmp_path / "backup-three.scrvault")
    id_file = tmp_path / "escrow.txt"
    id_file.write_text(f"{identity}\n")
    run = subprocess.run([sys.executable, "-m", "scr_desktop", "recover", str(copy),
                          "--identity", str(id_file)], input=FORGOTTEN_BY_NOW + "\n",
                         capture_output=True, text=True, env=dict(os.environ), timeout=120,
                         check=False)
    assert run.returncode == 0, run.stderr
    by_escrow = tmp_path / "three" / "v.scrvault"
    restore_from(copy, FORGOTTEN_BY_NOW, by_escrow)
    with Vault.open(by_escrow, FORGOTTEN_BY_NOW) as restored:
        assert _names(restored) == ["Philippa"]
        assert "escrow" in restored.take_notice()


def test_a_key_kept_while_a_backup_is_written_reaches_that_backup(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from scr_desktop.storage import backup as backup_mod

    with Vault.create(path, PASS) as vault:
        draft = vault.draft_recovery_key()
        real_export = backup_mod.copy_snapshot

        def keep_midway(*args: object) -> None:
            # The copy's key file is written, the copy not yet under its name: the person
            # chooses Done now, and the kept backups do not include this one yet.
            assert keep_recovery_key(vault, draft) == ([], [])
            real_export(*args)  # type: ignore[arg-type]

        monkeypatch.setattr(backup_mod, "copy_snapshot", keep_midway)
        backup = automatic_backup(vault, PASS)
    slots = KeySlots.load(backup)
    assert check_copy(backup, slots.key_text(slots.open_with_recovery_key(draft.code))) == 0
    assert check_copy(backup, PASS) == 0
