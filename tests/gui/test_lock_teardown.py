"""Locking and quitting share one teardown that never fails half-way."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from guihelpers import create_vault, unlock
from lockhelpers import ModalDriver, leaked, open_windows, real_message_boxes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from scr_desktop import support_log
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.passphrase_dialog import PassphraseDialog


def test_lock_after_the_audit_log_was_opened_and_closed(qtbot, make_window,
                                                         vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.audit_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    unlock(qtbot, window)
    assert window.idle.timer.isActive()


def test_quit_after_the_audit_log_was_opened_and_closed(qtbot, make_window,
                                                         vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    window.show_audit()
    dialog = window.audit_dialog
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.close()
    assert window.is_locked()


def test_a_failing_step_is_logged_and_the_lock_still_completes(qtbot, make_window,
                                                               vault_path: Path,
                                                               monkeypatch) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    window.list_page  # noqa: B018
    events: list[tuple[str, str]] = []
    monkeypatch.setattr(support_log, "event",
                        lambda name, detail="": events.append((name, detail)))

    def broken() -> None:
        raise RuntimeError("Qzsecret text that must not be logged")

    monkeypatch.setattr(window.list_page, "detach", broken)
    window.lock()
    assert window.is_locked()
    assert window.stack.currentWidget() is window.lock_screen
    assert ("lock_step_failed", "detach_list") in events
    assert not any("Qzsecret" in f"{n} {d}" for n, d in events)


def _is(kind: type) -> Callable[[QWidget], bool]:
    return lambda w: isinstance(w, kind)


def test_ctrl_l_inside_a_real_modal_dialog_locks_and_closes_it(qtbot, make_window,
                                                               vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    driver = ModalDriver()
    seen: list[QWidget] = []

    def press_lock(dialog: QWidget) -> None:
        seen.append(dialog)
        qtbot.keyClicks(dialog.current, "Qztyped")
        qtbot.keyClick(dialog.current, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    driver.when(_is(PassphraseDialog), press_lock, "lock in the passphrase dialog")
    window.vault_actions.ask_back_up()  # a real exec(): returns once the dialog closes
    assert driver.done == ["lock in the passphrase dialog"] and not driver.hung
    assert window.is_locked()
    assert not seen[0].isVisible()
    assert open_windows(window) == []
    unlock(qtbot, window)
    assert window.idle.is_counting()


def test_lock_closes_nested_dialogs_and_message_boxes(qtbot, make_window,
                                                      vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    window.show_audit()
    driver = ModalDriver()

    def open_box(dialog: QWidget) -> None:
        # A message box over the passphrase dialog: its exec() nests inside the dialog's.
        driver.when(_is(QMessageBox), lambda box: qtbot.keyClick(
            box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier), "lock in the box")
        with real_message_boxes():
            Messages.error(dialog, "Qzbox title", "Qzbox text over the dialog")

    driver.when(_is(PassphraseDialog), open_box, "box over the dialog")
    window.vault_actions.ask_change_passphrase()
    assert driver.done == ["lock in the box", "box over the dialog"] and not driver.hung
    assert window.is_locked()
    assert open_windows(window) == []
    assert window.audit_dialog is None
    qtbot.waitUntil(lambda: not leaked(("Qzbox",)), timeout=5000)


def test_after_a_wrong_passphrase_typing_goes_to_the_cleared_passphrase_field(
        qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    window.lock()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    page = window.lock_screen.unlock_page
    qtbot.keyClicks(page.passphrase, "wrong words typed here")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not unlock" in page.message.text(), timeout=20000)
    assert page.passphrase.text() == ""
    assert QApplication.focusWidget() is page.passphrase
    # The next passphrase's spaces go into the field, never to a button.
    qtbot.keyClicks(QApplication.focusWidget(), "granite lantern")
    assert page.passphrase.text() == "granite lantern"
    assert window.lock_screen.currentWidget() is page
