"""A small dialog that asks for a passphrase: current, new (with strength), or both."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from scr_desktop.domain.passwords import check_strength
from scr_desktop.gui.forms.passphrase_dialog import Ui_PassphraseDialog


class PassphraseDialog(QDialog):
    """Ask for the current passphrase and/or a new one (typed twice, checked for strength)."""

    def __init__(self, title: str, explanation: str, *, current: bool = True,
                 new: bool = False, current_label: str = "&Current passphrase:",
                 min_score: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_score = min_score
        self.form = Ui_PassphraseDialog()
        self.form.setupUi(self)
        self.setWindowTitle(title)
        self.form.explanation.setText(explanation)
        self.form.current_label.setText(current_label)
        self.current: QLineEdit | None = self.form.current_passphrase
        self.new: QLineEdit | None = self.form.new_passphrase
        self.again: QLineEdit | None = self.form.again_passphrase
        self.meter: QProgressBar | None = self.form.new_strength_meter
        self.reason = self.form.passphrase_reason
        self.buttons = self.form.buttons
        fields = self.form.fields
        if not current:
            fields.removeRow(self.form.current_passphrase)
            self.current = None
        if not new:
            for row in (self.form.again_passphrase, self.form.new_strength_meter,
                        self.form.new_passphrase):
                fields.removeRow(row)
            self.new = self.again = self.meter = None
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
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
