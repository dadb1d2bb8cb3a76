"""The pages shown before any case data: welcome, create a vault, unlock, recover.

They only collect input and show state; :mod:`.lock_screen` does the work
(key derivation off the UI thread, the instance lock, remembered passphrases).

One of them is the first thing the application paints, so this module and
the pages' forms never touch PySide's ``Qt`` namespace at import or while a
page is built: its first use makes PySide build every one of its enum types
(about a hundred), which cost as much as a tenth of a bare window's start.
The forms set the labels' plain text and selectable text as properties
named in the ``.ui`` files (``stdset="0"``, Qt reads the value's name), and
the pages import ``Qt`` in the methods that need it, run later.  Each page
imports its own form (and the create pages the strength checker) as it is
built: the lock screen builds only the pages it shows.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget


class WelcomePage(QWidget):
    """First run: create a vault in the default place, or open an existing one."""

    create_requested = Signal()
    open_requested = Signal()

    def __init__(self, default_path: Path) -> None:
        super().__init__()
        from scr_desktop.gui.forms.lock_pages.welcome_page import Ui_WelcomePage

        self.form = Ui_WelcomePage()
        self.form.setupUi(self)
        self.form.default_location.setText(f"New vaults are kept in:\n{default_path}")
        self.create_button = self.form.create_vault_button
        self.open_button = self.form.open_vault_button
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.setFocusProxy(self.create_button)


class CreatePage(QWidget):
    """Choose a passphrase for a new vault, with a strength meter."""

    create_requested = Signal(str)  # the passphrase chosen
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        from scr_desktop.gui.forms.lock_pages.create_page import Ui_CreatePage

        self.form = Ui_CreatePage()
        self.form.setupUi(self)
        self.location = self.form.create_location
        self.passphrase = self.form.new_passphrase
        self.confirm = self.form.confirm_passphrase
        self.meter = self.form.strength_meter
        self.reason = self.form.strength_reason
        self.create_button = self.form.create_button
        self.busy = self.form.create_busy
        self.remember = self.form.remember_box
        self.show_typed = self.form.show_typed
        self.show_typed.toggled.connect(self._show_typed)
        self.form.back_button.clicked.connect(self.cancelled)
        self.setFocusProxy(self.passphrase)

        self.passphrase.textChanged.connect(self._check)
        self.confirm.textChanged.connect(self._check)
        self.create_button.clicked.connect(self._create)
        self.confirm.returnPressed.connect(self._create)

    def set_location(self, path: Path) -> None:
        """Show where the vault will be created."""
        self.location.setText(f"The vault will be created at:\n{path}")

    min_score = 4  # set from the machine policy by the lock screen

    def _show_typed(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def say(self, message: str, *, problem: bool) -> None:
        """Show ``message`` under the meter: in the error style only if it is a problem."""
        self.reason.setText(message)
        if self.reason.property("role") != ("error" if problem else "note"):
            self.reason.setProperty("role", "error" if problem else "note")
            self.reason.style().unpolish(self.reason)
            self.reason.style().polish(self.reason)

    def _check(self) -> bool:
        from scr_desktop.domain.passwords import check_strength

        text = self.passphrase.text()
        verdict = check_strength(text, min_score=self.min_score)
        self.meter.setValue(verdict.score if text else 0)
        self.meter.setFormat(verdict.label if text else "")
        problem = True
        if not text:
            message = ""
        elif not verdict.acceptable:
            message = f"Not strong enough: {verdict.reason}"
        elif self.confirm.text() and self.confirm.text() != text:
            message = "The two passphrases are different."
        elif not self.confirm.text():
            message, problem = "\u2713 Strong enough. Type it again below to confirm.", False
        else:
            message = ""
        self.say(message, problem=problem)
        ok = verdict.acceptable and self.confirm.text() == text
        self.create_button.setEnabled(ok)
        return ok

    def _create(self) -> None:
        if self._check():
            self.create_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        """Show that the vault is being created (key derivation takes a moment)."""
        self.busy.setText("Creating the vault\u2026" if busy else "")
        self.create_button.setEnabled(not busy and self._check())
        self.passphrase.setEnabled(not busy)
        self.confirm.setEnabled(not busy)

    def clear(self) -> None:
        """Forget what was typed, and hide it again."""
        self.passphrase.clear()
        self.confirm.clear()
        self.show_typed.setChecked(False)


class UnlockPage(QWidget):
    """Unlock an existing vault."""

    unlock = Signal(str)
    other_vault = Signal()
    forgotten = Signal()

    def __init__(self) -> None:
        super().__init__()
        from scr_desktop.gui.forms.lock_pages.unlock_page import Ui_UnlockPage

        self.form = Ui_UnlockPage()
        self.form.setupUi(self)
        self.location = self.form.unlock_location
        self.passphrase = self.form.passphrase
        self.message = self.form.unlock_message
        self.unlock_button = self.form.unlock_button
        self.remember = self.form.remember_box
        self.form.other_vault_button.clicked.connect(self.other_vault)
        self.forgot_button = self.form.forgot_button
        self.forgot_button.clicked.connect(self.forgotten)
        self.setFocusProxy(self.passphrase)
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        self._countdown = QTimer(self)  # made precise when first started (see the module)
        self._countdown.setInterval(200)
        self._countdown.timeout.connect(self._tick)
        self._until = 0.0

    def set_location(self, path: Path) -> None:
        """Show which vault this unlocks."""
        self.location.setText(f"Vault: {path}")

    def _unlock(self) -> None:
        if self.unlock_button.isEnabled() and self.passphrase.text():
            self.unlock.emit(self.passphrase.text())

    def show_message(self, text: str) -> None:
        """Show why unlocking did not work."""
        self.message.setText(f"\u26a0 {text}" if text else "")

    def _waiting(self) -> float:
        return max(0.0, self._until - time.monotonic())

    def set_busy(self, busy: bool) -> None:
        """Show that the key is being derived.

        The field is made read-only, not disabled: a disabled field would hand
        the keyboard focus to the next button, and the spaces of the next
        passphrase typed would press it.
        """
        self.unlock_button.setEnabled(not busy and self._waiting() <= 0)
        self.passphrase.setReadOnly(busy)
        if busy:
            self.message.setText("Unlocking\u2026")

    def hold_off(self, seconds: float) -> None:
        """Refuse further attempts for ``seconds`` after repeated wrong passphrases."""
        if seconds <= 0:
            return
        # A little margin so the button never re-enables before the pause has ended.
        self._until = time.monotonic() + seconds + 0.05
        self.unlock_button.setEnabled(False)
        from PySide6.QtCore import Qt

        self._countdown.setTimerType(Qt.TimerType.PreciseTimer)
        self._countdown.start()
        self._tick()

    def _tick(self) -> None:
        left = self._waiting()
        if left <= 0:
            self._countdown.stop()
            self.unlock_button.setEnabled(not self.passphrase.isReadOnly())
            self.unlock_button.setText("&Unlock")
        else:
            self.unlock_button.setText(f"Wait {int(left + 0.999)} s")

    def clear(self) -> None:
        """Forget the passphrase typed."""
        self.passphrase.clear()

    def retry(self) -> None:
        """Put the keyboard focus back in the passphrase field, for the next attempt."""
        from PySide6.QtCore import Qt

        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)


class RecoveryPage(QWidget):
    """Unlock with the recovery key after a forgotten passphrase, and choose a new one."""

    recover = Signal(str, str)  # the recovery key typed, the new passphrase
    cancelled = Signal()

    min_score = 4  # set from the machine policy by the lock screen

    def __init__(self) -> None:
        super().__init__()
        from scr_desktop.gui.forms.lock_pages.recovery_page import Ui_RecoveryPage

        self.form = Ui_RecoveryPage()
        self.form.setupUi(self)
        self.recovery_key = self.form.recovery_key
        self.passphrase = self.form.new_passphrase
        self.confirm = self.form.confirm_passphrase
        self.message = self.form.recovery_message
        self.recover_button = self.form.recover_button
        self.meter = self.form.strength_meter
        self.show_typed = self.form.show_typed
        self.show_typed.toggled.connect(self._show_typed)
        self.form.back_button.clicked.connect(self._back)
        self.setFocusProxy(self.recovery_key)
        for field in (self.recovery_key, self.passphrase, self.confirm):
            field.textChanged.connect(self._check)
        self.recover_button.clicked.connect(self._recover)
        self.confirm.returnPressed.connect(self._recover)
        self._busy = False

    def _back(self) -> None:
        """Leave the page, forgetting the key and the passphrase typed on it."""
        self.clear()
        self.cancelled.emit()

    def _show_typed(self, shown: bool) -> None:
        """Show the new passphrase and its confirmation as typed (the recovery key is
        always shown: it is copied from paper, group by group)."""
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _check(self) -> bool:
        from scr_desktop.domain.passwords import check_strength

        text = self.passphrase.text()
        verdict = check_strength(text, min_score=self.min_score)
        self.meter.setValue(verdict.score if text else 0)
        self.meter.setFormat(verdict.label if text else "")
        if not self.recovery_key.text().strip():
            message = ""
        elif text and not verdict.acceptable:
            message = f"The new passphrase is not strong enough: {verdict.reason}"
        elif self.confirm.text() and self.confirm.text() != text:
            message = "The two passphrases are different."
        else:
            message = ""
        if message or not self._busy:
            self.message.setText(message)
        ok = (bool(self.recovery_key.text().strip()) and verdict.acceptable
              and self.confirm.text() == text and not self._busy)
        self.recover_button.setEnabled(ok)
        return ok

    def _recover(self) -> None:
        if self._check():
            self.recover.emit(self.recovery_key.text(), self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        """Show that the vault is being opened with the recovery key."""
        self._busy = busy
        if busy:
            self.message.setText("Opening the vault with the recovery key\u2026")
        self._check()

    def set_location(self, path: Path) -> None:
        """Show which vault the recovery key is for."""
        self.form.recovery_location.setText(f"Vault: {path}")

    def show_message(self, text: str) -> None:
        """Show why the recovery key did not open the vault."""
        self.message.setText(f"\u26a0 {text}" if text else "")

    def clear(self) -> None:
        """Forget everything typed, and hide it again."""
        for field in (self.recovery_key, self.passphrase, self.confirm):
            field.clear()
        self.show_typed.setChecked(False)
