"""The recovery key on screen: shown once at creation (with its encrypted sheet) and at
conversion, the lock screen's "Forgotten your passphrase?" journey, and the Vault menu's
new recovery key."""

from __future__ import annotations

import os
from pathlib import Path

import pyrage
import pytest
from guihelpers import (
    PASSPHRASE,
    UNLOCK_TIMEOUT,
    create_vault,
    keep_recovery_key,
    save_recovery_sheet,
    shown_recovery_key_dialog,
    unlock,
)
from pdfreaders import pdf_text, qpdf_encryption
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from scr_desktop.gui.messages import Messages
from scr_desktop.gui.widget_text import widgets_text
from scr_desktop.storage.copying import export_encrypted
from scr_desktop.storage.errors import WrongPassphrase
from scr_desktop.storage.keyslots import KeySlots, NoRecoverySlot, uses_key_slots
from scr_desktop.storage.recovery_code import parse_key
from scr_desktop.storage.vault import Vault

NEW = "meadow copper thistle harbour quietly"


def _shot(widget: QWidget, name: str) -> None:
    """Save a screenshot of ``widget`` when SCR_SCREENSHOT_DIR names a folder."""
    folder = os.environ.get("SCR_SCREENSHOT_DIR")
    if folder:
        QApplication.sendPostedEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def test_a_new_vault_shows_its_recovery_key_once_with_its_sheet(
        qtbot, make_window, vault_path: Path, tmp_path: Path) -> None:
    window = make_window(vault_path)
    code = create_vault(qtbot, window, keep_key=False)
    dialog = shown_recovery_key_dialog(window)
    assert dialog is not None and dialog.isModal()
    _shot(dialog, "recovery_key_at_creation")
    groups = code.split("-")
    assert len(groups) == 8 and all(len(g) == 5 for g in groups)
    assert len(parse_key(code)) == 16  # 128 random bits
    with pytest.raises(NoRecoverySlot):  # nothing kept until the person says so
        KeySlots.load(vault_path).open_with_recovery_key(code)

    # Escape and Done (unticked) leave it on screen.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.form.done_button.isEnabled()
    dialog.accept()
    assert dialog.isVisible()

    sheet = tmp_path / "out" / "board safe recovery key.pdf"
    sheet.parent.mkdir()
    password = save_recovery_sheet(qtbot, window, dialog, sheet)
    assert "R = 6" in qpdf_encryption(sheet, password)
    data = sheet.read_bytes()
    assert not any(group.encode() in data for group in groups)  # only ciphertext on disk
    text = pdf_text(sheet, password)
    assert code in text and "board's safe" in text
    assert dialog.isVisible()  # the sheet is saved from the same dialog, which stays

    keep_recovery_key(qtbot, window, dialog)
    qtbot.waitUntil(lambda: not any(code in t for t in widgets_text()), timeout=3000)
    KeySlots.load(vault_path).open_with_recovery_key(code)
    actions = [e.action for e in window.vault.audit.entries()]
    assert "new recovery key" in actions and "export" in actions
    assert all(code not in e.detail for e in window.vault.audit.entries())


def test_locking_over_the_new_key_keeps_nothing_and_shows_nothing(
        qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path)
    code = create_vault(qtbot, window, keep_key=False)
    dialog = shown_recovery_key_dialog(window)
    assert dialog is not None
    qtbot.mouseClick(dialog.form.kept_box, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    qtbot.waitUntil(lambda: shown_recovery_key_dialog(window) is None, timeout=3000)
    qtbot.waitUntil(lambda: not any(code in t for t in widgets_text()), timeout=3000)
    with pytest.raises(NoRecoverySlot):
        KeySlots.load(vault_path).open_with_recovery_key(code)

    # Not kept: the next unlock says so in the status bar.
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: "no recovery key yet" in window.lock_screen.recovery_hint,
                    timeout=UNLOCK_TIMEOUT)


def test_an_older_vault_converted_at_unlock_shows_its_first_recovery_key(
        qtbot, make_window, vault_path: Path, tmp_path: Path) -> None:
    with Vault.create(tmp_path / "source.scrvault", PASSPHRASE) as source:
        source.cases.new_case()
        export_encrypted(source.database, vault_path, PASSPHRASE)  # keyed by its passphrase
    assert not uses_key_slots(vault_path)
    window = make_window(vault_path)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: shown_recovery_key_dialog(window) is not None,
                    timeout=UNLOCK_TIMEOUT)
    dialog = shown_recovery_key_dialog(window)
    assert dialog is not None
    code = dialog.form.recovery_key.text()
    keep_recovery_key(qtbot, window, dialog)
    assert uses_key_slots(vault_path)
    KeySlots.load(vault_path).open_with_recovery_key(code)
    actions = [e.action for e in window.vault.audit.entries()]
    assert "convert to key slots" in actions and "new recovery key" in actions


def _new_key_from_the_menu(qtbot, window) -> str:  # type: ignore[no-untyped-def]
    Messages.answers.append(True)  # yes, replace the recovery key
    window.recovery_action.trigger()
    dialog = shown_recovery_key_dialog(window)
    assert dialog is not None
    code = dialog.form.recovery_key.text()
    assert len(code.split("-")) == 8
    assert not dialog.form.done_button.isEnabled()
    keep_recovery_key(qtbot, window, dialog)
    qtbot.waitUntil(lambda: not any(code in t for t in widgets_text()), timeout=3000)
    return code


def test_forgotten_passphrase_recovery_key_then_new_passphrase(qtbot, make_window,
                                                                vault_path: Path) -> None:
    window = make_window(vault_path)
    old_code = create_vault(qtbot, window)
    code = _new_key_from_the_menu(qtbot, window)
    assert code != old_code
    window.lock()
    lock = window.lock_screen
    qtbot.mouseClick(lock.unlock_page.forgot_button, Qt.MouseButton.LeftButton)
    page = lock.recovery_page
    assert lock.currentWidget() is page
    assert str(vault_path) in page.form.recovery_location.text()

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
    typo = code[:1] + ("Z" if code[1] != "Z" else "Y") + code[2:]
    qtbot.keyClicks(page.recovery_key, typo)
    qtbot.mouseClick(page.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Group 1" in page.message.text(), timeout=UNLOCK_TIMEOUT)

    page.recovery_key.clear()
    qtbot.keyClicks(page.recovery_key, code.lower())
    _shot(window, "recovery_page")
    qtbot.mouseClick(page.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=UNLOCK_TIMEOUT)
    assert any(s.title == "New passphrase set" for s in Messages.shown)
    assert page.recovery_key.text() == "" and page.passphrase.text() == ""
    actions = [e.action for e in window.vault.audit.entries()]
    assert "passphrase reset" in actions and "new recovery key" in actions
    window.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    # The new passphrase opens it on the lock screen.
    unlock(qtbot, window, NEW)
    assert window.vault.check_passphrase(NEW)


def test_after_an_escrow_recovery_the_user_is_told_at_the_next_unlock(
        qtbot, make_window, vault_path: Path) -> None:
    identity = pyrage.x25519.Identity.generate()
    with Vault.create(vault_path, PASSPHRASE, escrow=str(identity.to_public())):
        pass
    # What ``scr-desktop recover VAULT --identity FILE`` does (tests/unit/storage/
    # test_keyslots.py and test_recovery_key.py run the real command).
    Vault.open_with(vault_path, lambda s: s.open_with_identity(str(identity)), NEW,
                    how="IT's escrow key").close()
    window = make_window(vault_path)
    unlock(qtbot, window, NEW)
    qtbot.waitUntil(lambda: any("reset" in s.title for s in Messages.shown),
                    timeout=UNLOCK_TIMEOUT)
    shown = next(s for s in Messages.shown if "reset" in s.title)
    assert "escrow" in shown.text and "IT service desk" in shown.text
    entries = window.vault.audit.entries()
    assert any(e.action == "passphrase reset" and "escrow" in e.detail for e in entries)
    # Told once: the next unlock says nothing more.
    window.lock()
    Messages.shown.clear()
    unlock(qtbot, window, NEW)
    qtbot.waitUntil(lambda: not window.vault_checking(), timeout=UNLOCK_TIMEOUT)
    assert not any("reset" in s.title for s in Messages.shown)
