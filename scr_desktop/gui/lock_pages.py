"""The three pages shown before any case data: welcome, create a vault, unlock.

They only collect input and show state; :mod:`.lock_screen` does the work
(key derivation off the UI thread, the instance lock, remembered passphrases).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scr_desktop import APP_NAME
from scr_desktop.domain.passwords import check_strength
from scr_desktop.gui.passphrase_dialog import passphrase_edit


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "pagetitle")
    return label


def _message_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _remember_box() -> QCheckBox:
    box = QCheckBox("Re&member on this device")
    box.setObjectName("remember_box")
    box.setAccessibleDescription(
        "Keep the passphrase in this computer's credential store so the vault opens when "
        "the application starts. Only for a computer nobody else uses."
    )
    box.setEnabled(False)
    box.setToolTip("Checking whether this computer has a secure credential store\u2026")
    return box


class WelcomePage(QWidget):
    """First run: create a vault in the default place, or open an existing one."""

    create_requested = Signal()
    open_requested = Signal()

    def __init__(self, default_path: Path) -> None:
        super().__init__()
        self.setObjectName("welcome_page")
        intro = QLabel(
            f"{APP_NAME} keeps referrals and review records in an encrypted vault on this "
            "computer. Nothing is sent anywhere. To start, create a vault protected by a "
            "passphrase only you know."
        )
        intro.setWordWrap(True)
        where = QLabel(f"New vaults are kept in:\n{default_path}")
        where.setObjectName("default_location")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_button = QPushButton("&Create a new vault")
        self.create_button.setObjectName("create_vault_button")
        self.create_button.setDefault(True)
        self.open_button = QPushButton("&Open an existing vault\u2026")
        self.open_button.setObjectName("open_vault_button")
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        lay = QVBoxLayout(self)
        lay.addWidget(_title(f"Welcome to {APP_NAME}"))
        lay.addWidget(intro)
        lay.addWidget(where)
        lay.addSpacing(12)
        lay.addWidget(self.create_button)
        lay.addWidget(self.open_button)
        lay.addStretch(1)
        self.setFocusProxy(self.create_button)


class CreatePage(QWidget):
    """Choose a passphrase for a new vault, with a strength meter."""

    create = Signal(str)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("create_page")
        self.location = QLabel()
        self.location.setObjectName("create_location")
        self.location.setWordWrap(True)
        advice = QLabel(
            "Choose a passphrase of at least 12 characters: four or five unrelated words are "
            "strong and easy to remember. If it is lost, the vault cannot be opened by anyone, "
            "including IT."
        )
        advice.setWordWrap(True)
        self.passphrase = passphrase_edit("new_passphrase", "New passphrase")
        self.confirm = passphrase_edit("confirm_passphrase", "Type the passphrase again")
        self.meter = QProgressBar()
        self.meter.setObjectName("strength_meter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.meter.setFormat("")
        self.meter.setAccessibleName("Passphrase strength")
        self.reason = _message_label("strength_reason")
        self.create_button = QPushButton("C&reate vault")
        self.create_button.setObjectName("create_button")
        self.create_button.setEnabled(False)
        self.create_button.setDefault(True)
        back = QPushButton("&Back")
        back.clicked.connect(self.cancelled)
        self.busy = QLabel("")
        self.busy.setObjectName("create_busy")
        self.remember = _remember_box()

        form = QFormLayout()
        l1 = QLabel("&Passphrase:")
        l1.setBuddy(self.passphrase)
        l2 = QLabel("&Again:")
        l2.setBuddy(self.confirm)
        form.addRow(l1, self.passphrase)
        form.addRow("Strength:", self.meter)
        form.addRow("", self.reason)
        form.addRow(l2, self.confirm)
        form.addRow("", self.remember)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.busy)
        buttons.addWidget(self.create_button)
        lay = QVBoxLayout(self)
        lay.addWidget(_title("Create a vault"))
        lay.addWidget(self.location)
        lay.addWidget(advice)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addStretch(1)
        self.setFocusProxy(self.passphrase)

        self.passphrase.textChanged.connect(self._check)
        self.confirm.textChanged.connect(self._check)
        self.create_button.clicked.connect(self._create)
        self.confirm.returnPressed.connect(self._create)

    def set_location(self, path: Path) -> None:
        """Show where the vault will be created."""
        self.location.setText(f"The vault will be created at:\n{path}")

    min_score = 4  # set from the machine policy by the lock screen

    def _check(self) -> bool:
        text = self.passphrase.text()
        verdict = check_strength(text, min_score=self.min_score)
        self.meter.setValue(verdict.score if text else 0)
        self.meter.setFormat(verdict.label if text else "")
        if not text:
            message = ""
        elif not verdict.acceptable:
            message = f"Not strong enough: {verdict.reason}"
        elif self.confirm.text() and self.confirm.text() != text:
            message = "The two passphrases are different."
        elif not self.confirm.text():
            message = "Strong enough. Type it again below to confirm."
        else:
            message = ""
        self.reason.setText(message)
        ok = verdict.acceptable and self.confirm.text() == text
        self.create_button.setEnabled(ok)
        return ok

    def _create(self) -> None:
        if self._check():
            self.create.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        """Show that the vault is being created (key derivation takes a moment)."""
        self.busy.setText("Creating the vault\u2026" if busy else "")
        self.create_button.setEnabled(not busy and self._check())
        self.passphrase.setEnabled(not busy)
        self.confirm.setEnabled(not busy)

    def clear(self) -> None:
        """Forget what was typed."""
        self.passphrase.clear()
        self.confirm.clear()


class UnlockPage(QWidget):
    """Unlock an existing vault."""

    unlock = Signal(str)
    other_vault = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("unlock_page")
        self.location = QLabel()
        self.location.setObjectName("unlock_location")
        self.location.setWordWrap(True)
        self.passphrase = passphrase_edit("passphrase", "Vault passphrase")
        self.message = _message_label("unlock_message")
        self.unlock_button = QPushButton("&Unlock")
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        other = QPushButton("Use a &different vault\u2026")
        other.setObjectName("other_vault_button")
        other.clicked.connect(self.other_vault)
        self.remember = _remember_box()
        label = QLabel("&Passphrase:")
        label.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(label, self.passphrase)
        form.addRow("", self.remember)
        form.addRow("", self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(other)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        lay = QVBoxLayout(self)
        lay.addWidget(_title(f"{APP_NAME} is locked"))
        lay.addWidget(self.location)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addStretch(1)
        self.setFocusProxy(self.passphrase)
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        self._countdown = QTimer(self)
        self._countdown.setTimerType(Qt.TimerType.PreciseTimer)
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
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
