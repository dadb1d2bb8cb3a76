"""Remember on this device keeps the passphrase slot's key: it opens without Argon2id.

A real vault on disk, real key files and (for the store) the real Secret
Service under ``dbus-run-session``.  Argon2id is forbidden by replacing the
derivation with one that fails the test if it is called.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyringhelpers import count_derivations, secret_service

from scr_desktop.policy import Policy
from scr_desktop.storage import keyslots, keystore, remembered
from scr_desktop.storage.attempts import AttemptLimiter
from scr_desktop.storage.backup import automatic_backup, restore_from
from scr_desktop.storage.copying import check_copy
from scr_desktop.storage.errors import TooManyAttempts, WrongPassphrase
from scr_desktop.storage.keyslots import RememberedKeyStale
from scr_desktop.storage.passphrase_change import change_passphrase
from scr_desktop.storage.slot_key import PREFIX, SlotKey, decode, encode
from scr_desktop.storage.vault import Vault

PASS = "lantern granite orchard 41"
NEW = "velvet harbour compass 77"
ALLOWED = Policy()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "vault.scrvault"


@pytest.fixture
def limiter(tmp_path: Path) -> AttemptLimiter:
    return AttemptLimiter(tmp_path / "attempts.json")


@pytest.fixture
def slot_key(path: Path) -> SlotKey:
    with Vault.create(path, PASS) as vault:
        vault.cases.save(vault.cases.new_case())
        key = vault.slot_key
    assert key is not None
    return key


@pytest.fixture
def no_argon2(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make any Argon2id derivation fail the test; the list records attempts."""
    calls: list[str] = []

    def refuse(passphrase: str, salt: bytes) -> bytes:
        calls.append("argon2id")
        raise AssertionError("Argon2id ran")

    monkeypatch.setattr(keyslots, "_argon2", refuse)
    return calls


def test_the_slot_key_is_tagged_and_holds_no_passphrase(slot_key: SlotKey) -> None:
    assert slot_key.startswith(PREFIX)
    assert PASS not in slot_key
    assert len(slot_key.wrapping_key) == 32
    assert repr(slot_key) == "SlotKey(...)"  # never printed by accident
    assert decode(str(slot_key)) == slot_key and isinstance(decode(str(slot_key)), SlotKey)


def test_an_entry_without_the_prefix_is_a_passphrase() -> None:
    legacy = decode(PASS)
    assert legacy == PASS and not isinstance(legacy, SlotKey)


def test_a_damaged_slot_key_names_no_slot(path: Path, slot_key: SlotKey,
                                          limiter: AttemptLimiter) -> None:
    damaged = decode(PREFIX + "not a key")
    assert isinstance(damaged, SlotKey)
    with pytest.raises(RememberedKeyStale):
        Vault.open(path, damaged, limiter=limiter)
    assert limiter.failures(path) == 0


def test_the_remembered_key_opens_the_vault_without_argon2id(
        path: Path, slot_key: SlotKey, limiter: AttemptLimiter, no_argon2: list[str]) -> None:
    with Vault.open(path, slot_key, limiter=limiter) as vault:
        assert vault.cases.count() == 1
        assert vault.audit.entries()[-1].action == "unlock"
        assert vault.slot_key == slot_key
    assert no_argon2 == []


def test_a_passphrase_unlock_yields_the_same_slot_key(path: Path, slot_key: SlotKey) -> None:
    with Vault.open(path, PASS) as vault:
        assert vault.slot_key == slot_key


def test_the_wrong_passphrase_pause_applies_to_the_remembered_key(
        path: Path, slot_key: SlotKey, limiter: AttemptLimiter, no_argon2: list[str]) -> None:
    limiter.failed(path)
    limiter.failed(path)
    limiter.failed(path)
    assert limiter.delay_remaining(path) > 0
    with pytest.raises(TooManyAttempts):
        Vault.open(path, slot_key, limiter=limiter)


def test_a_key_that_names_the_slot_but_does_not_open_it_counts_as_a_failure(
        path: Path, slot_key: SlotKey, limiter: AttemptLimiter) -> None:
    forged = SlotKey(slot_key.rsplit(":", 1)[0] + ":" + "A" * 43 + "=")
    with pytest.raises(WrongPassphrase):
        Vault.open(path, forged, limiter=limiter)
    assert limiter.failures(path) == 1


def test_after_a_passphrase_change_the_old_key_is_stale_and_not_counted(
        path: Path, slot_key: SlotKey, limiter: AttemptLimiter) -> None:
    with Vault.open(path, PASS) as vault:
        change_passphrase(vault, PASS, NEW)
        new_key = vault.slot_key
    assert new_key is not None and new_key != slot_key
    assert new_key.slot_id != slot_key.slot_id
    with pytest.raises(RememberedKeyStale):
        Vault.open(path, slot_key, limiter=limiter)
    assert limiter.failures(path) == 0
    with Vault.open(path, new_key, limiter=limiter) as vault:
        assert vault.cases.count() == 1


def test_a_vault_opened_by_its_key_still_checks_a_typed_passphrase(
        path: Path, slot_key: SlotKey) -> None:
    with Vault.open(path, slot_key) as vault:
        assert vault.check_passphrase(slot_key)
        assert not vault.check_passphrase("not the passphrase")
        assert vault.check_passphrase(PASS)  # derived once against the slot
        change_passphrase(vault, PASS, NEW)
        assert not vault.check_passphrase(PASS)
        assert not vault.check_passphrase(slot_key)


def test_the_automatic_backup_after_a_remembered_unlock_needs_no_argon2id(
        path: Path, slot_key: SlotKey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = count_derivations(monkeypatch)
    with Vault.open(path, slot_key) as vault:
        backup = automatic_backup(vault, slot_key)
    assert calls == []
    # It carries the same passphrase slot: the key and the passphrase both open it.
    assert check_copy(backup, slot_key) == 1
    assert calls == []
    assert check_copy(backup, PASS) == 1
    restored = restore_from(backup, slot_key, tmp_path / "elsewhere" / "vault.scrvault")
    assert restored is None


def test_a_copy_with_a_passphrase_of_its_own_is_not_opened_by_the_key(
        path: Path, slot_key: SlotKey, tmp_path: Path) -> None:
    from scr_desktop.storage.backup import backup_to

    with Vault.open(path, slot_key) as vault:
        copy = backup_to(vault, tmp_path / "copy.scrvault", "another passphrase 55 quill")
    with pytest.raises(RememberedKeyStale):
        check_copy(copy, slot_key)
    assert check_copy(copy, "another passphrase 55 quill") == 1


def test_encode_refuses_a_short_key() -> None:
    with pytest.raises(ValueError):
        encode(b"\x00" * 16, b"short")


# -- the real credential store -----------------------------------------------------------
@pytest.fixture
def store() -> Iterator[KeyringBackend]:
    backend = secret_service()
    if backend is None:
        pytest.skip("no Secret Service on the session bus: run under dbus-run-session")
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.mark.keyring
def test_the_store_holds_the_key_not_the_passphrase(
        path: Path, slot_key: SlotKey, store: KeyringBackend, no_argon2: list[str]) -> None:
    keystore.remember(path, slot_key, policy=ALLOWED)
    try:
        raw = store.get_password(keystore.SERVICE, keystore.entry_name(path))
        assert raw == str(slot_key) and PASS not in str(raw)
        recalled = keystore.recall(path, policy=ALLOWED)
        assert isinstance(recalled, SlotKey)
        assert remembered.is_marked(path)
        with Vault.open(path, recalled) as vault:
            assert vault.cases.count() == 1
        assert no_argon2 == []
    finally:
        keystore.forget(path)
    assert keystore.recall(path, policy=ALLOWED) is None
    assert not remembered.is_marked(path)


@pytest.mark.keyring
def test_an_entry_from_an_earlier_version_opens_once_then_is_replaced(
        path: Path, slot_key: SlotKey, store: KeyringBackend) -> None:
    # An earlier version stored the passphrase itself, with no prefix.
    store.set_password(keystore.SERVICE, keystore.entry_name(path), PASS)
    try:
        recalled = keystore.recall(path, policy=ALLOWED)
        assert recalled == PASS and not isinstance(recalled, SlotKey)
        with Vault.open(path, recalled) as vault:  # used as a passphrase (Argon2id)
            replacement = vault.slot_key
        assert replacement == slot_key
        keystore.remember(path, replacement, policy=ALLOWED)
        assert store.get_password(keystore.SERVICE, keystore.entry_name(path)) == str(slot_key)
    finally:
        keystore.forget(path)


@pytest.mark.keyring
def test_a_stale_entry_after_a_change_is_recognised_and_forgotten(
        path: Path, slot_key: SlotKey, store: KeyringBackend, limiter: AttemptLimiter) -> None:
    keystore.remember(path, slot_key, policy=ALLOWED)
    try:
        with Vault.open(path, PASS) as vault:
            change_passphrase(vault, PASS, NEW)
        recalled = keystore.recall(path, policy=ALLOWED)
        assert isinstance(recalled, SlotKey)
        with pytest.raises(RememberedKeyStale):
            Vault.open(path, recalled, limiter=limiter)
        keystore.forget(path)
        assert keystore.recall(path, policy=ALLOWED) is None
        assert not remembered.is_marked(path)
        assert limiter.failures(path) == 0
        with Vault.open(path, NEW, limiter=limiter) as vault:  # nothing lost
            assert vault.cases.count() == 1
    finally:
        keystore.forget(path)
