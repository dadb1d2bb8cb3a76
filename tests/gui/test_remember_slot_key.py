"""What "Remember on this device" keeps is the passphrase slot's key: the window's side.

The real Secret Service (``dbus-run-session``), a real vault and the real
window: a remembered start runs no Argon2id, an entry from an earlier version
(the passphrase) is replaced by the key after one unlock, an entry made stale
by a passphrase change is forgotten without counting as a wrong passphrase,
and a change made from the window remembers the new slot's key.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from guihelpers import PASSPHRASE, UNLOCK_TIMEOUT, unlock, wait_for_background_work
from keyringhelpers import count_derivations

from scr_desktop.storage import keystore, remembered
from scr_desktop.storage.passphrase_change import change_passphrase
from scr_desktop.storage.slot_key import SlotKey
from scr_desktop.storage.vault import Vault

pytestmark = pytest.mark.keyring

NEW = "harbour compass velvet 77"


@pytest.fixture
def secure_store(vault_path: Path) -> Iterator[None]:
    reason = keystore.unavailable_reason()
    if reason is not None:
        pytest.skip(f"no secure credential store in this session: {reason}")
    yield
    keystore.forget(vault_path)


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count every Argon2id derivation from here on."""
    return count_derivations(monkeypatch)


def _new_vault(path: Path) -> SlotKey:
    with Vault.create(path, PASSPHRASE) as vault:
        vault.cases.save(vault.cases.new_case())
        key = vault.slot_key
    assert key is not None
    return key


def test_a_remembered_start_unlocks_without_argon2id(
        qtbot, make_window, vault_path: Path, secure_store: None,  # type: ignore[no-untyped-def]
        derivations: list[int]) -> None:
    key = _new_vault(vault_path)
    keystore.remember(vault_path, key)
    derivations.clear()
    window = make_window(vault_path)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=UNLOCK_TIMEOUT)
    qtbot.waitUntil(lambda: window.vault.audit.entries()[-1].action in
                    ("unlock", "backup"), timeout=UNLOCK_TIMEOUT)
    wait_for_background_work(qtbot)  # the page check and the day's automatic backup too
    assert derivations == []
    assert "unlock" in [e.action for e in window.vault.audit.entries()[-3:]]
    assert keystore.recall(vault_path) == key


def test_an_entry_from_an_earlier_version_is_replaced_by_the_slot_key(
        qtbot, make_window, vault_path: Path, secure_store: None) -> None:  # type: ignore[no-untyped-def]
    key = _new_vault(vault_path)
    keystore.remember(vault_path, PASSPHRASE)  # as the earlier version stored it
    window = make_window(vault_path)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=UNLOCK_TIMEOUT)
    qtbot.waitUntil(lambda: isinstance(keystore.recall(vault_path), SlotKey),
                    timeout=UNLOCK_TIMEOUT)
    assert keystore.recall(vault_path) == key
    assert remembered.is_marked(vault_path)


def test_a_stale_entry_is_forgotten_and_the_passphrase_asked_for(
        qtbot, make_window, vault_path: Path, secure_store: None) -> None:  # type: ignore[no-untyped-def]
    old = _new_vault(vault_path)
    keystore.remember(vault_path, old)
    with Vault.open(vault_path, PASSPHRASE) as vault:
        change_passphrase(vault, PASSPHRASE, NEW)  # elsewhere: this device still has the old
    window = make_window(vault_path)
    page = window.lock_screen.unlock_page
    qtbot.waitUntil(lambda: "no longer opens" in page.message.text(), timeout=UNLOCK_TIMEOUT)
    assert window.is_locked()
    qtbot.waitUntil(lambda: not remembered.is_marked(vault_path), timeout=10_000)
    assert keystore.recall(vault_path) is None
    assert window.lock_screen.limiter.failures(vault_path) == 0
    assert not page.remember.isChecked()
    unlock(qtbot, window, NEW)  # nothing lost
    assert window.vault.cases.count() == 1


def test_a_passphrase_change_remembers_the_new_slot_key(
        qtbot, make_window, vault_path: Path, secure_store: None) -> None:  # type: ignore[no-untyped-def]
    old = _new_vault(vault_path)
    keystore.remember(vault_path, old)
    window = make_window(vault_path)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=UNLOCK_TIMEOUT)
    wait_for_background_work(qtbot)
    with qtbot.waitSignal(window.vault_actions.finished, timeout=UNLOCK_TIMEOUT,
                          check_params_cb=lambda what: what == "passphrase changed"):
        window.vault_actions.change_passphrase(PASSPHRASE, NEW)
    new = keystore.recall(vault_path)
    assert isinstance(new, SlotKey) and new != old and NEW not in new
    assert new == window.vault.slot_key
    window.close()
    with Vault.open(vault_path, new) as vault:
        assert vault.cases.count() == 1


REMEMBERED_START = """
import json
import os

os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.SecretService.Keyring"
from scr_desktop.storage import keyslots, remembered

remembered.mark(path)  # this process's own state folder; the entry is in the session's store
calls = []
derive = keyslots._argon2


def counted(passphrase, salt):
    calls.append(1)
    return derive(passphrase, salt)


keyslots._argon2 = counted
window = open_window()
wait(lambda: not window.is_locked() and window.vault_checked())
print(json.dumps({"unlocked": not window.is_locked(), "derivations": len(calls)}))
"""


def test_a_fresh_application_started_with_a_remembered_key_derives_nothing(
        tmp_path: Path, secure_store: None, vault_path: Path) -> None:
    """The whole application in a process of its own, as a person starts it."""
    import json

    from freshapp import run_fresh

    path = tmp_path / "vault.scrvault"
    with Vault.create(path, "a passphrase of several words for the check") as vault:
        vault.cases.save(vault.cases.new_case())
        key = vault.slot_key
    assert key is not None
    keystore.remember(path, key)
    try:
        seen = json.loads(run_fresh(REMEMBERED_START, tmp_path).strip().splitlines()[-1])
    finally:
        keystore.forget(path)
    assert seen["unlocked"] is True
    assert seen["derivations"] == 0
