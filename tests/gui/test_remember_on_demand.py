"""The credential store is asked at the lock screen only when it will be used.

"Remember on this device" is offered as soon as the policy allows it; the
store is asked when the person ticks the box (and the box is unticked, saying
why to the eye and to screen readers, if the store cannot keep the
passphrase), or at start where this device's marker says a passphrase is
remembered.  A passphrase whose marker was lost is not recalled, but the
typed passphrase opens the vault and ticking the box remembers it again.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from guihelpers import PASSPHRASE, UNLOCK_TIMEOUT, unlock, wait_for_background_work
from keyring.backends import fail

from scr_desktop.storage import keystore, remembered
from scr_desktop.storage.slot_key import SlotKey
from scr_desktop.storage.vault import Vault


@pytest.fixture
def no_store() -> Iterator[None]:
    """The fail backend: this computer has no credential store SCR Desktop can use."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_ticking_the_box_asks_the_store_and_a_refusal_unticks_it_and_says_why(
        qtbot, make_window, vault_path: Path, no_store: None) -> None:  # type: ignore[no-untyped-def]
    Vault.create(vault_path, PASSPHRASE).close()
    window = make_window(vault_path)
    qtbot.waitUntil(lambda: window.warmed)
    lock = window.lock_screen
    box = lock.unlock_page.remember
    offer = box.accessibleDescription()
    assert box.isEnabled() and not box.isChecked(), "offered where the policy allows it"
    assert lock.keystore_asked is False and lock.keystore_checking is False

    box.click()  # as a click on it or the space bar does
    assert box.isChecked() and lock.keystore_checking
    qtbot.waitUntil(lambda: lock.keystore_asked, timeout=10_000)
    reason = keystore.secure_backend_problem()
    assert reason is not None and "no system keyring" in reason
    assert not box.isChecked() and not box.isEnabled()
    assert box.toolTip() == reason
    assert box.accessibleDescription() == reason, "a screen reader hears why"
    assert reason in lock.unlock_page.message.text()
    # The passphrase still opens the vault, and nothing is remembered.
    unlock(qtbot, window)
    wait_for_background_work(qtbot)
    assert not remembered.is_marked(vault_path)
    assert offer != reason


def test_without_a_marker_the_store_is_not_asked_to_unlock(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    Vault.create(vault_path, PASSPHRASE).close()
    window = make_window(vault_path)
    qtbot.waitUntil(lambda: window.warmed)
    unlock(qtbot, window)
    wait_for_background_work(qtbot)
    assert window.lock_screen.keystore_asked is False
    assert window.lock_screen.keystore_reason is None


def test_a_marker_makes_the_lock_screen_ask_the_store_at_start(
        qtbot, make_window, vault_path: Path, no_store: None) -> None:  # type: ignore[no-untyped-def]
    Vault.create(vault_path, PASSPHRASE).close()
    remembered.mark(vault_path)
    window = make_window(vault_path)
    lock = window.lock_screen
    qtbot.waitUntil(lambda: lock.keystore_asked, timeout=10_000)
    box = lock.unlock_page.remember
    assert lock.keystore_reason is not None and box.toolTip() == lock.keystore_reason
    assert not box.isEnabled() and window.is_locked()
    assert lock.unlock_page.message.text() == "", "nobody ticked the box: nothing to explain"


@pytest.mark.keyring
def test_a_remembered_passphrase_whose_marker_was_lost_still_unlocks_when_typed(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    if keystore.unavailable_reason() is not None:
        pytest.skip(f"no secure credential store: {keystore.unavailable_reason()}")
    Vault.create(vault_path, PASSPHRASE).close()
    keystore.remember(vault_path, PASSPHRASE)
    try:
        remembered.unmark(vault_path)  # the per-device state was lost
        window = make_window(vault_path)
        qtbot.waitUntil(lambda: window.warmed)
        wait_for_background_work(qtbot)
        assert window.is_locked(), "not recalled without its marker"
        page = window.lock_screen.unlock_page
        page.remember.click()  # remember it again
        qtbot.waitUntil(lambda: window.lock_screen.keystore_asked, timeout=10_000)
        assert page.remember.isChecked()
        unlock(qtbot, window)
        qtbot.waitUntil(lambda: remembered.is_marked(vault_path), timeout=UNLOCK_TIMEOUT)
        secret = keystore.recall(vault_path)  # the slot's key now, not the passphrase
        assert isinstance(secret, SlotKey) and PASSPHRASE not in secret
    finally:
        keystore.forget(vault_path)
