"""What the lock screen offers: a vault named on the command line is created where it was
asked for, a new passphrase (at creation or after a forgotten one) is rated and can be
shown while typed, and a backup can be restored while
locked (the wrong-passphrase message says where)."""

from __future__ import annotations

from pathlib import Path

from guihelpers import PASSPHRASE, UNLOCK_TIMEOUT, create_vault, unlock
from lockhelpers import ModalDriver
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from scr_desktop.gui.messages import Messages
from scr_desktop.gui.passphrase_dialog import PassphraseDialog
from scr_desktop.storage.errors import WrongPassphrase


def test_a_vault_named_on_the_command_line_is_offered_for_creation_there(
        qtbot, make_window, vault_path: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "shared" / "team.scrvault"
    elsewhere.parent.mkdir()
    window = make_window(vault_path, vault_path=elsewhere)
    lock = window.lock_screen
    assert lock.currentWidget() is lock.create_page
    assert str(elsewhere) in lock.create_page.location.text()
    page = lock.create_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirm, PASSPHRASE)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=UNLOCK_TIMEOUT)
    assert elsewhere.exists() and not vault_path.exists()
    assert window.vault_path() == elsewhere


def test_the_new_passphrase_can_be_shown_while_typed_and_is_hidden_again(
        qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path)
    window.lock_screen.welcome.create_button.click()
    page = window.lock_screen.create_page
    hidden = QLineEdit.EchoMode.Password
    assert page.passphrase.echoMode() == hidden and page.confirm.echoMode() == hidden
    assert not page.show_typed.isChecked()
    page.show_typed.setFocus()
    qtbot.keyClick(page.show_typed, Qt.Key.Key_Space)
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert page.confirm.echoMode() == QLineEdit.EchoMode.Normal
    page.clear()  # leaving the page forgets the text and hides it again
    assert page.passphrase.echoMode() == hidden and not page.show_typed.isChecked()


def test_the_recovery_page_rates_the_new_passphrase_and_can_show_it(
        qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    window.lock()
    lock = window.lock_screen
    qtbot.mouseClick(lock.unlock_page.forgot_button, Qt.MouseButton.LeftButton)
    page = lock.recovery_page
    assert lock.currentWidget() is page
    assert page.meter.value() == 0 and page.meter.format() == ""
    qtbot.keyClicks(page.recovery_key, "ABCDE")
    qtbot.keyClicks(page.passphrase, "password1")
    weak = page.meter.value()
    assert page.meter.format() and "not strong enough" in page.message.text()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    assert page.meter.value() > weak and page.meter.value() == page.meter.maximum()
    hidden = QLineEdit.EchoMode.Password
    assert page.passphrase.echoMode() == hidden and page.confirm.echoMode() == hidden
    page.show_typed.setFocus()
    qtbot.keyClick(page.show_typed, Qt.Key.Key_Space)
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert page.confirm.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.mouseClick(page.form.back_button, Qt.MouseButton.LeftButton)
    # Back forgets what was typed and hides it again.
    assert lock.currentWidget() is lock.unlock_page
    assert page.recovery_key.text() == "" and page.passphrase.text() == ""
    assert page.confirm.text() == "" and page.meter.value() == 0
    assert page.passphrase.echoMode() == hidden and not page.show_typed.isChecked()


def test_a_backup_is_restored_from_the_lock_screen(qtbot, make_window, vault_path: Path,
                                                   tmp_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    case.set("child_forenames", "Qzbackedup")
    window.vault.cases.save(case)
    target = tmp_path / "manual.scrvault"
    with qtbot.waitSignal(window.vault_actions.finished, timeout=UNLOCK_TIMEOUT,
                          check_params_cb=lambda what: what == "backup"):
        window.vault_actions.back_up(PASSPHRASE, target)
    window.vault.cases.delete(case.id)
    window.lock()
    assert window.is_locked()
    assert "Vault menu, Restore from a backup" in WrongPassphrase.repeated_hint
    restore = window.findChild(QAction, "restore_action")
    assert isinstance(restore, QAction) and restore.isEnabled()

    def type_passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog) and dialog.current is not None
        dialog.current.setText(PASSPHRASE)
        dialog.done(QDialog.DialogCode.Accepted)

    Messages.reset()
    Messages.next_answer(str(target))  # the backup file chosen
    Messages.next_answer(True)  # yes, replace the vault
    driver = ModalDriver()
    driver.when(lambda w: isinstance(w, PassphraseDialog), type_passphrase, "passphrase")
    with qtbot.waitSignal(window.vault_actions.finished, timeout=UNLOCK_TIMEOUT,
                          check_params_cb=lambda what: what == "restore"):
        restore.trigger()
    assert driver.done == ["passphrase"] and not driver.hung
    assert window.lock_screen.currentWidget() is window.lock_screen.unlock_page
    unlock(qtbot, window)
    assert [s.id for s in window.vault.cases.list()] == [case.id]
