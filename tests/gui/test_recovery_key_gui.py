"""The lock screen's "Forgotten your passphrase?" journey and the Vault menu's new recovery key."""

from __future__ import annotations

import os
from pathlib import Path

from guihelpers import PASSPHRASE, UNLOCK_TIMEOUT, create_vault, unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from scr_desktop.gui.messages import Messages
from scr_desktop.gui.recovery_key_dialog import RecoveryKeyDialog
from scr_desktop.gui.widget_text import widgets_text
from scr_desktop.storage.errors import WrongPassphrase
from scr_desktop.storage.vault import Vault

NEW = "meadow copper thistle harbour quietly"


def _new_key_from_the_menu(qtbot, window) -> str:  # type: ignore[no-untyped-def]
    window.recovery_action.trigger()
    shown = [d for d in window.findChildren(RecoveryKeyDialog) if d.isVisible()]
    assert len(shown) == 1
    dialog = shown[0]
    code = dialog.form.recovery_key.text()
    assert len(code.split("-")) == 8
    assert not dialog.form.done_button.isEnabled()
    qtbot.mouseClick(dialog.form.kept_box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.form.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any(code in t for t in widgets_text()), timeout=3000)
    return code


def test_forgotten_passphrase_recovery_key_then_new_passphrase(qtbot, make_window,
                                                                vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    qtbot.waitUntil(lambda: "no recovery key yet" in window.lock_screen.recovery_hint,
                    timeout=UNLOCK_TIMEOUT)
    old_code = _new_key_from_the_menu(qtbot, window)
    Messages.answers.append(True)  # yes, replace the recovery key
    code = _new_key_from_the_menu(qtbot, window)
    assert code != old_code
    window.lock()
    lock = window.lock_screen
    qtbot.mouseClick(lock.unlock_page.forgot_button, Qt.MouseButton.LeftButton)
    page = lock.recovery_page
    assert lock.currentWidget() is page

    # The replaced key is refused by name, and nothing opens.
    qtbot.keyClicks(page.recovery_key, old_code)
    qtbot.keyClicks(page.passphrase, NEW)
    qtbot.keyClicks(page.confirm, NEW)
    assert page.recover_button.isEnabled(), page.message.text()
    qtbot.mouseClick(page.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not open this vault" in page.message.text(),
                    timeout=UNLOCK_TIMEOUT)
    assert window.is_locked()

    # A typing mistake names its group.
    page.recovery_key.clear()
    typo = code[:1] + ("Z" if code[0] != "Z" else "Y") + code[2:]
    qtbot.keyClicks(page.recovery_key, typo)
    qtbot.mouseClick(page.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Group 1" in page.message.text(), timeout=UNLOCK_TIMEOUT)

    page.recovery_key.clear()
    qtbot.keyClicks(page.recovery_key, code.lower())
    shot = os.environ.get("SCR_SCREENSHOT_DIR")
    if shot:
        window.grab().save(str(Path(shot) / "recovery_page.png"))
    qtbot.mouseClick(page.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=UNLOCK_TIMEOUT)
    assert any(s.title == "New passphrase set" for s in Messages.shown)
    assert page.recovery_key.text() == "" and page.passphrase.text() == ""
    window.lock()
    window.close()
    QApplication.processEvents()
    try:
        Vault.open(vault_path, PASSPHRASE).close()
        raise AssertionError("the forgotten passphrase still opens the vault")
    except WrongPassphrase:
        pass
    with Vault.open(vault_path, NEW) as vault:
        actions = [e.action for e in vault.audit.entries()]
        assert "passphrase reset" in actions and "new recovery key" in actions


def test_the_new_passphrase_then_unlocks_on_the_lock_screen(qtbot, make_window,
                                                             vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as vault:
        code = vault.new_recovery_key()
    Vault.open_with(vault_path, lambda s: s.open_with_recovery_key(code), NEW,
                    how="IT's escrow key").close()
    window = make_window(vault_path)
    unlock(qtbot, window, NEW)
    qtbot.waitUntil(lambda: any("reset" in s.title for s in Messages.shown),
                    timeout=UNLOCK_TIMEOUT)
    shown = next(s for s in Messages.shown if "reset" in s.title)
    assert "escrow" in shown.text
