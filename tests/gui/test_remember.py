"""'Remember on this device' with the real Secret Service: used at start-up, never after a lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from guihelpers import PASSPHRASE, UNLOCK_TIMEOUT, wait_for_background_work
from PySide6.QtCore import Qt

from scr_desktop.storage import keystore
from scr_desktop.storage.slot_key import SlotKey

pytestmark = pytest.mark.keyring


@pytest.fixture
def secure_store() -> None:
    reason = keystore.unavailable_reason()
    if reason is not None:
        pytest.skip(f"no secure credential store in this session: {reason}")


def test_remembered_passphrase_opens_at_start_but_not_after_lock(
        qtbot, make_window, vault_path: Path, secure_store: None) -> None:
    window = make_window(vault_path)
    qtbot.mouseClick(window.lock_screen.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.lock_screen.create_page
    qtbot.waitUntil(page.remember.isEnabled, timeout=10000)
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirm, PASSPHRASE)
    page.remember.setChecked(True)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=UNLOCK_TIMEOUT)
    # What is remembered is the passphrase slot's key, never the passphrase.
    qtbot.waitUntil(lambda: isinstance(keystore.recall(vault_path), SlotKey), timeout=10000)
    assert PASSPHRASE not in str(keystore.recall(vault_path))
    window.close()

    # A new start opens the vault without typing.
    window2 = make_window(vault_path)
    qtbot.waitUntil(lambda: not window2.is_locked(), timeout=UNLOCK_TIMEOUT)
    # After locking, the passphrase must be typed again.
    window2.lock()
    wait_for_background_work(qtbot)  # a recall started by the lock would unlock by now
    assert window2.is_locked()
    unlock_page = window2.lock_screen.unlock_page
    unlock_page.remember.setChecked(False)
    qtbot.keyClicks(unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window2.is_locked(), timeout=UNLOCK_TIMEOUT)
    # Unticked: the entry is forgotten; the passphrase still works.
    qtbot.waitUntil(lambda: keystore.recall(vault_path) is None, timeout=10000)


def test_stale_remembered_passphrase_is_forgotten_with_a_message(
        qtbot, make_window, vault_path: Path, secure_store: None) -> None:
    from scr_desktop.storage.vault import Vault

    Vault.create(vault_path, PASSPHRASE).close()
    keystore.remember(vault_path, "an old passphrase that was changed")
    window = make_window(vault_path)
    page = window.lock_screen.unlock_page
    qtbot.waitUntil(lambda: "no longer opens" in page.message.text(), timeout=UNLOCK_TIMEOUT)
    assert window.is_locked()
    qtbot.waitUntil(lambda: keystore.recall(vault_path) is None, timeout=10000)


def test_a_passphrase_remembered_before_policy_forbade_it_is_deleted_at_unlock(
        qtbot, make_window, vault_path: Path, secure_store: None) -> None:
    from guihelpers import unlock

    from scr_desktop.policy import Policy
    from scr_desktop.storage.vault import Vault

    Vault.create(vault_path, PASSPHRASE).close()
    keystore.remember(vault_path, PASSPHRASE, policy=Policy())
    window = make_window(vault_path, policy=Policy(keyring_allowed=False))
    assert window.is_locked()  # not used: policy forbids it
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: keystore.recall(vault_path, policy=Policy()) is None, timeout=10000)
