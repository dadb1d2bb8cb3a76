"""Key slots: each slot opens the vault, wrong keys are named, the key file's damage is named."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyrage
import pytest
from sqlcipher3 import dbapi2 as sqlcipher
from vaultfiles import copy_vault

from scr_desktop.storage.backup import backup_to, restore_from
from scr_desktop.storage.connection import PAGE_SIZE, sql_string
from scr_desktop.storage.copying import check_copy
from scr_desktop.storage.errors import VaultDamaged, WrongPassphrase
from scr_desktop.storage.keyfile import (
    KeyFileDamaged,
    KeyFileMissing,
    KeyFileTruncated,
    key_paths,
)
from scr_desktop.storage.keyslots import (
    ARGON2,
    EscrowIdentityInvalid,
    EscrowIdentityWrong,
    KeySlots,
    RecoveryKeyWrong,
    uses_key_slots,
)
from scr_desktop.storage.recovery_code import RecoveryKeyInvalid, format_key, new_key, parse_key
from scr_desktop.storage.vault import Vault

PASS = "granite lantern orchard velvet"
NEW = "meadow copper thistle harbour"


@pytest.fixture
def identity() -> pyrage.x25519.Identity:
    return pyrage.x25519.Identity.generate()


@pytest.fixture
def made(tmp_path: Path, identity: pyrage.x25519.Identity) -> tuple[Path, str]:
    path = tmp_path / "v.scrvault"
    with Vault.create(path, PASS, escrow=str(identity.to_public())) as vault:
        case = vault.cases.new_case()
        case.set("child_forenames", "Philippa")
        vault.cases.save(case)
        code = vault.new_recovery_key()
    return path, code


def _names(vault: Vault) -> list[str]:
    return [c.child_name for c in vault.cases.list("")]


def test_the_vault_is_keyed_by_a_random_key_not_the_passphrase(made: tuple[Path, str]) -> None:
    path, _ = made
    assert uses_key_slots(path)
    conn = sqlcipher.connect(str(path))
    try:
        conn.execute("PRAGMA key = " + sql_string(PASS))
        with pytest.raises(sqlcipher.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        conn.close()
    kinds = sorted(s["kind"] for s in KeySlots.load(path).slots)
    assert kinds == ["escrow", "passphrase", "recovery"]
    assert PASS.encode() not in key_paths(path)[0].read_bytes()


def test_each_slot_opens_the_vault(made: tuple[Path, str], identity: pyrage.x25519.Identity,
                                   tmp_path: Path) -> None:
    path, code = made
    with Vault.open(path, PASS) as vault:
        assert _names(vault) == ["Philippa"]
    with Vault.open_with(path, lambda s: s.open_with_recovery_key(code.lower()), NEW,
                         how="the recovery key") as vault:
        assert _names(vault) == ["Philippa"]
        assert [e.action for e in vault.audit.entries()][-1] == "passphrase reset"
    with Vault.open(path, NEW) as vault:
        assert "recovery key" in vault.take_notice()
        assert vault.take_notice() == ""
    id_text = f"# created: today\n{identity}\n"
    with Vault.open_with(path, lambda s: s.open_with_identity(id_text), PASS,
                         how="IT's escrow key") as vault:
        assert _names(vault) == ["Philippa"]
    with pytest.raises(WrongPassphrase):
        Vault.open(path, NEW)


def test_wrong_recovery_keys_and_identities_are_named(made: tuple[Path, str]) -> None:
    path, code = made
    slots = KeySlots.load(path)
    with pytest.raises(RecoveryKeyWrong):
        slots.open_with_recovery_key(format_key(new_key()))
    typo = code[:7] + ("A" if code[7] != "A" else "B") + code[8:]
    with pytest.raises(RecoveryKeyInvalid, match="Group 2"):
        slots.open_with_recovery_key(typo)
    with pytest.raises(RecoveryKeyInvalid, match="8 groups of 5"):
        slots.open_with_recovery_key(code[:-6])
    with pytest.raises(EscrowIdentityWrong):
        slots.open_with_identity(str(pyrage.x25519.Identity.generate()))
    with pytest.raises(EscrowIdentityInvalid):
        slots.open_with_identity("not an identity\n")


def test_recovery_key_reads_forgivingly_and_round_trips() -> None:
    key = new_key()
    printed = format_key(key)
    assert len(printed.split("-")) == 8 and all(len(g) == 5 for g in printed.split("-"))
    assert parse_key(printed.lower().replace("-", " ").replace("0", "o")) == key


def test_a_new_recovery_key_retires_the_old_one(made: tuple[Path, str]) -> None:
    path, code = made
    with Vault.open(path, PASS) as vault:
        fresh = vault.new_recovery_key()
    with pytest.raises(RecoveryKeyWrong):
        KeySlots.load(path).open_with_recovery_key(code)
    KeySlots.load(path).open_with_recovery_key(fresh)


def test_old_passphrase_is_useless_after_a_change_on_vault_and_later_backups(
        made: tuple[Path, str], tmp_path: Path) -> None:
    path, _ = made
    with Vault.open(path, PASS) as vault:
        vault.change_passphrase(PASS, NEW)
        later = backup_to(vault, tmp_path / "later.scrvault", NEW)
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASS)
    with pytest.raises(WrongPassphrase):
        Vault.open(copy_vault(later, tmp_path / "later-copy.scrvault"), PASS)
    with pytest.raises(WrongPassphrase):
        restore_from(later, PASS, tmp_path / "somewhere" / "v.scrvault")
    for old_file in key_paths(path):
        assert old_file.exists()  # no earlier copy of the slots is kept anywhere


def test_every_backup_opens_with_passphrase_recovery_key_and_escrow(
        made: tuple[Path, str], identity: pyrage.x25519.Identity, tmp_path: Path) -> None:
    path, code = made
    with Vault.open(path, PASS) as vault:
        backup = backup_to(vault, tmp_path / "b.scrvault", PASS)
    assert check_copy(backup, PASS) == 1
    slots = KeySlots.load(backup)
    for key in (slots.open_with_recovery_key(code), slots.open_with_identity(str(identity))):
        assert check_copy(backup, slots.key_text(key)) == 1
    target = tmp_path / "restored" / "v.scrvault"
    assert restore_from(backup, PASS, target) is None
    with Vault.open_with(target, lambda s: s.open_with_recovery_key(code), NEW,
                         how="the recovery key") as restored:
        assert _names(restored) == ["Philippa"]


def _drop(path: Path, mode: str) -> None:
    for kf in key_paths(path):
        data = kf.read_bytes()
        if mode == "missing":
            kf.unlink()
        elif mode == "truncated":
            kf.write_bytes(data[: len(data) // 2])
        else:
            middle = len(data) // 2
            kf.write_bytes(data[:middle] + bytes([data[middle] ^ 0x04]) + data[middle + 1:])


@pytest.mark.parametrize(("mode", "error", "words"), [
    ("missing", KeyFileMissing, "is missing"),
    ("truncated", KeyFileTruncated, "cut short"),
    ("flipped", KeyFileDamaged, "do not match its checksum"),
])
def test_key_file_problems_are_named_and_change_nothing(
        made: tuple[Path, str], mode: str, error: type[Exception], words: str) -> None:
    path, _ = made
    before = path.read_bytes()
    listing = sorted(p.name for p in path.parent.iterdir())
    _drop(path, mode)
    for _ in range(2):
        with pytest.raises(error) as info:
            Vault.open(path, PASS)
        assert type(info.value) is error
        assert words in str(info.value)
        assert path.read_bytes() == before
    after = sorted(p.name for p in path.parent.iterdir())
    assert [n for n in after if n not in listing] == []


def test_one_damaged_copy_is_put_right_from_the_other(made: tuple[Path, str]) -> None:
    path, _ = made
    main, copy = key_paths(path)
    sound = copy.read_bytes()
    main.write_bytes(sound[:-3])
    with Vault.open(path, PASS) as vault:
        assert _names(vault) == ["Philippa"]
    assert main.read_bytes() == sound


def test_only_the_apps_own_kdf_parameters_are_accepted(made: tuple[Path, str]) -> None:
    path, _ = made
    slots = KeySlots.load(path)
    for slot in slots.slots:
        if slot["kind"] == "passphrase":
            slot["kdf"]["memory_kib"] = 8
    slots.save(path)
    with pytest.raises(KeyFileDamaged):
        Vault.open(path, PASS)
    assert ARGON2["memory_kib"] == 65536


def test_a_damaged_first_page_is_named_as_damage(made: tuple[Path, str]) -> None:
    path, _ = made
    with path.open("r+b") as fh:
        fh.seek(PAGE_SIZE // 2)
        byte = fh.read(1)[0]
        fh.seek(PAGE_SIZE // 2)
        fh.write(bytes([byte ^ 1]))
    with pytest.raises(VaultDamaged):
        Vault.open(path, PASS)


def test_escrow_recovery_through_the_real_cli(made: tuple[Path, str],
                                               identity: pyrage.x25519.Identity,
                                               tmp_path: Path) -> None:
    path, _ = made
    id_file = tmp_path / "board-escrow.txt"
    id_file.write_text(f"# created: 2026-12-01\n# public key: {identity.to_public()}\n"
                       f"{identity}\n")
    wrong_file = tmp_path / "other.txt"
    wrong_file.write_text(f"{pyrage.x25519.Identity.generate()}\n")
    cmd = [sys.executable, "-m", "scr_desktop", "recover", str(path), "--identity"]
    env = dict(os.environ)
    wrong = subprocess.run([*cmd, str(wrong_file)], input=NEW + "\n", capture_output=True,
                           text=True, env=env, timeout=120, check=False)
    assert wrong.returncode == 2
    assert "does not open this vault" in wrong.stderr
    done = subprocess.run([*cmd, str(id_file)], input=NEW + "\n", capture_output=True,
                          text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert NEW not in done.stdout + done.stderr
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASS)
    with Vault.open(path, NEW) as vault:
        assert _names(vault) == ["Philippa"]
        assert "escrow" in vault.take_notice()
        entries = vault.audit.entries()
        assert any(e.action == "passphrase reset" and "escrow" in e.detail for e in entries)
