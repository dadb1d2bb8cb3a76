"""A small dialog that asks for a passphrase: current, new (with strength), or both."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.domain.passwords import check_strength


def passphrase_edit(name: str, accessible: str) -> QLineEdit:
    """Return a masked line edit for a passphrase, named for tests and screen readers."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    edit.setMinimumWidth(360)
    return edit


class PassphraseDialog(QDialog):
    """Ask for the current passphrase and/or a new one (typed twice, checked for strength)."""

    def __init__(self, title: str, explanation: str, *, current: bool = True,
                 new: bool = False, current_label: str = "&Current passphrase:",
                 min_score: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_score = min_score
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(title)
        self.setModal(True)
        text = QLabel(explanation)
        text.setWordWrap(True)
        form = QFormLayout()
        self.current = (passphrase_edit("current_passphrase", "Current passphrase")
                        if current else None)
        self.new = passphrase_edit("new_passphrase", "New passphrase") if new else None
        self.again = passphrase_edit("again_passphrase", "New passphrase again") if new else None
        self.meter = QProgressBar() if new else None
        self.reason = QLabel()
        self.reason.setObjectName("passphrase_reason")
        self.reason.setProperty("role", "error")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        if self.current is not None:
            label = QLabel(current_label)
            label.setBuddy(self.current)
            form.addRow(label, self.current)
        if self.new is not None and self.again is not None and self.meter is not None:
            self.meter.setRange(0, 4)
            self.meter.setFormat("")
            self.meter.setAccessibleName("Strength of the new passphrase")
            l1 = QLabel("&New passphrase:")
            l1.setBuddy(self.new)
            l2 = QLabel("New passphrase a&gain:")
            l2.setBuddy(self.again)
            form.addRow(l1, self.new)
            form.addRow("Strength:", self.meter)
            form.addRow(l2, self.again)
            self.new.textChanged.connect(self._check)
            self.again.textChanged.connect(self._check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addLayout(form)
        lay.addWidget(self.reason)
        lay.addWidget(self.buttons)
        for edit in (self.current, self.new, self.again):
            if edit is not None:
                edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> bool:
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok = True
        message = ""
        if self.current is not None and not self.current.text():
            ok = False
        if self.new is not None and self.again is not None and self.meter is not None:
            verdict = check_strength(self.new.text(), min_score=self.min_score)
            self.meter.setValue(verdict.score if self.new.text() else 0)
            self.meter.setFormat(verdict.label if self.new.text() else "")
            if self.new.text() and not verdict.acceptable:
                message = f"Not strong enough: {verdict.reason}"
                ok = False
            elif self.again.text() != self.new.text():
                if self.again.text():
                    message = "The two new passphrases are different."
                ok = False
            elif not self.new.text():
                ok = False
        self.reason.setText(message)
        ok_button.setEnabled(ok)
        return ok

    def current_passphrase(self) -> str:
        """Return the current passphrase typed."""
        return self.current.text() if self.current is not None else ""

    def new_passphrase(self) -> str:
        """Return the new passphrase typed."""
        return self.new.text() if self.new is not None else ""
