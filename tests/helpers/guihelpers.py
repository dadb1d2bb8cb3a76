"""Helpers for GUI tests: drive the lock screen and fill fields as a person would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from scr_desktop.domain.form import CONTRADICTORY_TICKS, FIELDS, Kind
from scr_desktop.gui import worker
from scr_desktop.gui.binding import ChoiceEditor, GroupEditor
from scr_desktop.gui.main_window import MainWindow
from scr_desktop.gui.recovery_key_dialog import RecoveryKeyDialog

PASSPHRASE = "granite lantern orchard velvet"
UNLOCK_TIMEOUT = 20_000


def create_vault(qtbot, window: MainWindow, passphrase: str = PASSPHRASE, *,  # type: ignore[no-untyped-def]
                 keep_key: bool = True) -> str:
    """Drive the welcome and create pages to a new, unlocked vault.

    The recovery key shown at creation is kept (ticked and Done), as a person
    would, unless ``keep_key`` is False (the dialog is then left open).
    Returns the recovery key shown.
    """
    qtbot.mouseClick(window.lock_screen.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.lock_screen.create_page
    qtbot.keyClicks(page.passphrase, passphrase)
    qtbot.keyClicks(page.confirm, passphrase)
    assert page.create_button.isEnabled(), page.reason.text()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=UNLOCK_TIMEOUT)
    wait_until_listening(qtbot, window)
    dialog = shown_recovery_key_dialog(window)
    assert dialog is not None, "a new vault shows its recovery key"
    code = dialog.form.recovery_key.text()
    if keep_key:
        keep_recovery_key(qtbot, window, dialog)
    return code


def create_vault_and_backup(qtbot, window: MainWindow) -> str:  # type: ignore[no-untyped-def]
    """Create the vault (as :func:`create_vault`) and wait until the day's automatic backup
    it starts has finished and written its audit entry; return the recovery key shown."""
    with qtbot.waitSignal(window.vault_actions.finished, timeout=UNLOCK_TIMEOUT,
                          check_params_cb=lambda what: what == "automatic backup"):
        return create_vault(qtbot, window)


def shown_recovery_key_dialog(window: MainWindow) -> RecoveryKeyDialog | None:
    """Return the recovery key dialog on show over ``window``, if any."""
    shown = [d for d in window.findChildren(RecoveryKeyDialog) if d.isVisible()]
    assert len(shown) <= 1
    return shown[0] if shown else None


def save_recovery_sheet(qtbot, window: MainWindow, dialog: RecoveryKeyDialog,  # type: ignore[no-untyped-def]
                        target: Path) -> str:
    """Choose "Save the recovery sheet…" in ``dialog``, saving to ``target`` under the
    generated password it accepts; return that password."""
    from lockhelpers import ModalDriver

    from scr_desktop.gui.export.password_dialog import PasswordDialog
    from scr_desktop.gui.messages import Messages

    Messages.next_answer(str(target))
    chosen: list[str] = []

    def accept(password_dialog: QWidget) -> None:
        assert isinstance(password_dialog, PasswordDialog)
        password_dialog.accept()
        chosen.append(password_dialog.password())

    driver = ModalDriver()
    driver.when(lambda w: isinstance(w, PasswordDialog), accept, "sheet password")
    with qtbot.waitSignal(window.exports.finished, timeout=UNLOCK_TIMEOUT) as saved:
        qtbot.mouseClick(dialog.form.save_sheet_button, Qt.MouseButton.LeftButton)
    assert driver.done == ["sheet password"] and not driver.hung
    assert saved.args == [target]
    return chosen[0]


def keep_recovery_key(qtbot, window: MainWindow, dialog: RecoveryKeyDialog) -> None:  # type: ignore[no-untyped-def]
    """Tick "I have written down..." and choose Done; wait until the key is kept."""
    qtbot.mouseClick(dialog.form.kept_box, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.vault_actions.finished, timeout=UNLOCK_TIMEOUT,
                          check_params_cb=lambda what: what == "new recovery key"):
        qtbot.mouseClick(dialog.form.done_button, Qt.MouseButton.LeftButton)
    assert shown_recovery_key_dialog(window) is None
    # The window is active again, as a desktop makes it once its dialog closes (shortcuts
    # reach the active window only).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    """Type the passphrase and wait until the vault is open."""
    page = window.lock_screen.unlock_page
    qtbot.keyClicks(page.passphrase, passphrase)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=UNLOCK_TIMEOUT)
    wait_until_listening(qtbot, window)


def wait_until_listening(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait, as a person looking at the case list does, until the unlocked window hears input
    in every window (Ctrl+Tab, Ctrl+L, the idle countdown) and the OS screen lock."""
    qtbot.waitUntil(lambda: window.is_locked() or window.listening, timeout=UNLOCK_TIMEOUT)


def wait_for_background_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Wait until every job started with ``run_in_background`` has delivered its result.

    A job's callback may start the next job before the first is forgotten, so an
    empty set means nothing more is on its way to the UI thread.
    """
    qtbot.waitUntil(lambda: not worker._live, timeout=UNLOCK_TIMEOUT)


def sample_value(name: str) -> object:
    """Return a valid, distinctive value for form field ``name`` (markers start 'Qz')."""
    spec = FIELDS[name]
    dates = {"referral_date": "20/11/2026", "incident_date": "09/11/2026",
             "aware_date": "10/11/2026", "child_dob": "03/04/2023",
             "mother_dob": "01/02/1990", "father_dob": "05/06/1988"}
    if spec.kind is Kind.DATE:
        return dates[name]
    if spec.kind is Kind.AGE:
        return "3"
    if spec.kind is Kind.PHONE:
        return "020 7946 0123"
    if spec.kind is Kind.EMAIL:
        return "qzreferrer@hackney.gcsx.gov.uk"
    if spec.kind is Kind.BOOL:
        # Every tick but the second of a contradictory pair, which the form refuses.
        return all(name != second for _first, second, _why in CONTRADICTORY_TICKS)
    if spec.kind is Kind.CHOICE:
        return spec.choices[1] if not spec.allow_other else "Qzethnic Kurdish heritage"
    if spec.kind is Kind.GROUP:
        rows = []
        for i in range(2):
            row = {}
            for sub in spec.subfields:
                row[sub.name] = (f"0{i + 1}/01/2019" if sub.kind is Kind.DATE
                                 else f"Qz{name}{sub.name}{i}")
            rows.append(row)
        return rows
    if spec.kind is Kind.MULTILINE:
        return f"Qz{name} first line\nsecond line with Zoë Łukasiewicz-Nguyễn"
    return f"Qz{name}"


def fill_field(qtbot, editor, value: object) -> None:  # type: ignore[no-untyped-def]
    """Enter ``value`` into a bound editor the way a person would."""
    spec = editor.spec
    if spec.kind is Kind.BOOL:
        box = editor.findChild(QCheckBox)
        if box.isChecked() != value:
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    elif spec.kind is Kind.CHOICE:
        assert isinstance(editor, ChoiceEditor)
        combo = editor.findChild(QComboBox)
        if combo.isEditable():
            combo.lineEdit().clear()
            qtbot.keyClicks(combo.lineEdit(), str(value))
        else:
            combo.setFocus()
            combo.setCurrentIndex(combo.findText(str(value)))
    elif spec.kind is Kind.GROUP:
        assert isinstance(editor, GroupEditor)
        for row in value:  # type: ignore[attr-defined]
            qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
            edits = editor.rows()[-1]
            for sub, text in row.items():
                qtbot.keyClicks(edits[sub], text)
    elif spec.kind is Kind.MULTILINE:
        edit = editor.findChild(QPlainTextEdit)
        first, _, rest = str(value).partition("\n")
        qtbot.keyClicks(edit, first)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        typed, _, pasted = rest.partition(" with ")
        qtbot.keyClicks(edit, typed + " with")
        # QTest types ASCII only: names with diacritics arrive as a paste would.
        edit.insertPlainText(" " + pasted)
    else:
        edit = editor.findChild(QLineEdit)
        qtbot.keyClicks(edit, str(value))
