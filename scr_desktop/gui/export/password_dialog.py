"""Choosing the password that protects an export: a generated passphrase, or one typed twice.

:class:`PasswordDialog` offers a generated passphrase by default, shown once
in large type with a Copy button (the clipboard is cleared after 30
seconds), or a password the user types twice, with a strength meter and the
reason when it is refused.  PDF passwords are limited to 32 bytes, the most
some PDF readers use; case packages are not.  The dialog tells the user to
send the password by another channel and that it is stored nowhere; it hands
the password to its caller through :meth:`PasswordDialog.password` and
forgets it when closed.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from scr_desktop.domain.passwords import (
    PDF_PASSWORD_MAX_BYTES,
    SCORE_WORDS,
    check_strength,
    generate_passphrase,
)
from scr_desktop.export.encrypt import (
    MIN_EXPORT_LENGTH,
    MIN_EXPORT_SCORE,
    ExportPasswordError,
    check_export_password,
)
from scr_desktop.gui.clipboard import ClipboardGuard
from scr_desktop.gui.export.buttons import accept_cancel
from scr_desktop.gui.forms.export.password_dialog import Ui_PasswordDialog


class PasswordDialog(QDialog):
    """Ask for the password of one export; :meth:`password` returns it once accepted."""

    def __init__(self, clipboard: ClipboardGuard, *, what: str, for_pdf: bool = True,
                 min_score: int = MIN_EXPORT_SCORE, user_inputs: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Protect the {what} with a password")
        self.clipboard = clipboard
        self.max_bytes = PDF_PASSWORD_MAX_BYTES if for_pdf else None
        self.min_score = min_score
        self.user_inputs = user_inputs
        self._chosen = ""
        self.form = Ui_PasswordDialog()
        self.form.setupUi(self)
        self.form.intro.setText(f"The {what} will be encrypted. Whoever receives it needs this "
                                "password to open it.")
        self.generate_choice = self.form.generate_choice
        self.own_choice = self.form.own_choice
        self.choices = self.form.choices
        self.generated_panel = self.form.generated_panel
        self.own_panel = self.form.own_panel
        self.advice = self.form.send_separately

        self.phrase = self.form.generated_passphrase
        font = QFont(self.font())
        font.setFamilies(["DejaVu Sans Mono", "Consolas", "monospace"])
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.phrase.setFont(font)
        self.copy_button = self.form.copy_button
        self.copy_button.clicked.connect(self._copy)
        self.again_button = self.form.again_button
        self.again_button.clicked.connect(self._new_passphrase)
        self.copied = self.form.copied_note

        self.first = self.form.first_password
        self.second = self.form.second_password
        self.show_typed = self.form.show_typed
        self.show_typed.toggled.connect(self._echo_changed)
        self.meter = self.form.strength_meter
        self.reason = self.form.password_reason
        rules = (f"At least {MIN_EXPORT_LENGTH} characters; a few unrelated words work well.")
        if for_pdf:
            rules += (f" At most {PDF_PASSWORD_MAX_BYTES} characters: some PDF readers use "
                      "no more.")
        self.form.password_rules.setText(rules)
        self.first.textChanged.connect(self._typed_changed)
        self.second.textChanged.connect(self._typed_changed)
        self._typed_changed()

        self.buttons, self.ok_button = accept_cancel(self, "&Encrypt and save",
                                                     box=self.form.buttons)
        self.ok_button.setDefault(True)

        self.generate_choice.toggled.connect(self._mode_changed)
        self.generate_choice.setChecked(True)
        self._new_passphrase()
        self._mode_changed()

    # -- behaviour -----------------------------------------------------------------
    def generating(self) -> bool:
        """Return True when the generated passphrase is chosen."""
        return self.generate_choice.isChecked()

    def generated(self) -> str:
        """Return the passphrase on show."""
        return self.phrase.text()

    def _mode_changed(self) -> None:
        generating = self.generating()
        self.generated_panel.setEnabled(generating)
        self.own_panel.setEnabled(not generating)
        self.generated_panel.setVisible(generating)
        self.own_panel.setVisible(not generating)
        if generating:
            self.reason.show_message(None)
        else:
            self.first.setFocus()
        self.ok_button.setDefault(True)

    def _new_passphrase(self) -> None:
        self.phrase.setText(self._acceptable_passphrase())
        self.copied.clear()

    def _acceptable_passphrase(self) -> str:
        """Draw passphrases until one passes this export's check (a word may be a name here)."""
        while True:
            phrase = generate_passphrase()
            try:
                check_export_password(phrase, min_score=self.min_score,
                                      user_inputs=self.user_inputs, max_bytes=self.max_bytes)
            except ExportPasswordError:
                continue
            return phrase

    def _copy(self) -> None:
        self.clipboard.copy(self.generated())
        seconds = self.clipboard.clear_after_ms // 1000
        self.copied.setText(f"Copied. It will be cleared from the clipboard in {seconds} "
                            "seconds.")

    def _echo_changed(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _typed_changed(self) -> None:
        text = self.first.text()
        if not text:
            self.meter.setValue(0)
            self.meter.setFormat("Nothing typed yet")
            return
        verdict = check_strength(text, min_score=self.min_score, min_length=MIN_EXPORT_LENGTH,
                                 user_inputs=self.user_inputs)
        self.meter.setValue(verdict.score)
        # a score below what exports need is said to be not enough, never praised alone
        shown = (f"\u2713 {SCORE_WORDS[verdict.score]}" if verdict.acceptable
                 else f"\u26a0 {SCORE_WORDS[verdict.score]}: not strong enough for an export")
        self.meter.setFormat(shown)
        self.meter.setAccessibleDescription(shown)
        self.reason.show_message(None)

    def refusal(self) -> str | None:
        """Return why the typed password cannot be used, or None if it can."""
        first, second = self.first.text(), self.second.text()
        try:
            check_export_password(first, min_score=self.min_score, user_inputs=self.user_inputs,
                                  max_bytes=self.max_bytes)
        except ExportPasswordError as exc:
            return str(exc)
        if first != second:
            return ("The two passwords are different. Type the same password in both boxes, "
                    "or use the suggested passphrase.")
        return None

    def accept(self) -> None:
        """Accept the generated passphrase, or a typed one that passes the checks."""
        if self.generating():
            self._chosen = self.generated()
        else:
            why = self.refusal()
            if why:
                self.reason.show_message(why)
                self.first.setFocus()
                return
            self._chosen = self.first.text()
        super().accept()

    def password(self) -> str:
        """Return the accepted password ('' if the dialog was cancelled)."""
        return self._chosen

    def done(self, result: int) -> None:
        """Close, clearing every field that held a password except the accepted one."""
        self.first.clear()
        self.second.clear()
        self.phrase.clear()
        if result != QDialog.DialogCode.Accepted:
            self._chosen = ""
        super().done(result)
