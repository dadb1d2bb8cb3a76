"""Exporting the minutes: anonymised or full, protected by a password that is never stored.

The password is either a generated passphrase of random words, shown once
in this dialog with a button that copies it through the clipboard guard
(cleared after 30 seconds), or one the user types, checked for strength.
Either way it is never saved, logged or audited.  The export is audited
as it starts (and again if it fails), so locking part-way through cannot
leave an unrecorded file.  The dialog tells the user
to send the password by a different route from the file.  Minutes are
anonymised unless the user unticks the box and confirms; the export, and
whether it was anonymised, goes to the audit log.  Layout and encryption
run off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.domain.meeting import Meeting
from scr_desktop.domain.model import Case
from scr_desktop.domain.passwords import PDF_PASSWORD_MAX_BYTES, generate_passphrase
from scr_desktop.export.encrypt import ExportPasswordError, check_export_password
from scr_desktop.gui.binding import ErrorLabel
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.worker import run_in_background

SEPARATE_ROUTE = (
    "Send the password by a different route from the file: telephone it, or send it by text "
    "message. Never put it in the same e-mail as the minutes."
)


class MinutesDialog(QDialog):
    """Choose anonymised or full minutes and a password, then save them encrypted."""

    saved = Signal(str)  # the path written

    def __init__(self, meeting: Meeting, cases: dict[str, Case],
                 record_export: Callable[[bool, str], bool], copy: Callable[[str], None], *,
                 min_score: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutes_dialog")
        self.setWindowTitle("Export the minutes")
        self.meeting = meeting
        self.cases = cases
        self._record_export = record_export
        self._copy = copy
        self._min_score = min_score
        self.busy = False
        self._abandoned = False

        self.anonymised = QCheckBox("&Anonymise the minutes (recommended: 8.15 of Working "
                                    "Together 2010)")
        self.anonymised.setObjectName("minutes_anonymised")
        self.anonymised.setChecked(True)
        self.generate = QRadioButton("&Generate a passphrase")
        self.generate.setObjectName("minutes_generate")
        self.own = QRadioButton("&Type my own password")
        self.own.setObjectName("minutes_own")
        group = QButtonGroup(self)
        group.addButton(self.generate)
        group.addButton(self.own)
        self.generate.setChecked(True)
        self.passphrase = QLineEdit(self._strong_passphrase())
        self.passphrase.setObjectName("minutes_passphrase")
        self.passphrase.setReadOnly(True)
        self.passphrase.setAccessibleName("Generated passphrase")
        self.copy_button = QPushButton("&Copy passphrase")
        self.copy_button.setObjectName("minutes_copy")
        self.copy_button.setToolTip("Copies it for 30 seconds, then clears the clipboard")
        self.password = QLineEdit()
        self.password.setObjectName("minutes_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(PDF_PASSWORD_MAX_BYTES)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("minutes_confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setMaxLength(PDF_PASSWORD_MAX_BYTES)
        self.problem = ErrorLabel("minutes_password")
        route = QLabel(SEPARATE_ROUTE)
        route.setObjectName("minutes_route")
        route.setWordWrap(True)
        route.setProperty("role", "caseheading")
        self.save_button = QPushButton("&Save minutes\u2026")
        self.save_button.setObjectName("minutes_save")
        self.save_button.setDefault(True)
        cancel = QPushButton("Cl&ose")
        cancel.clicked.connect(self.reject)

        generated_row = QHBoxLayout()
        generated_row.addWidget(self.passphrase, 1)
        generated_row.addWidget(self.copy_button)
        form = QFormLayout()
        for text, widget in (("Pass&phrase:", self.passphrase),
                             ("Pass&word:", self.password),
                             ("Con&firm the password:", self.confirm)):
            label = QLabel(text)
            label.setBuddy(widget)
            if widget is self.passphrase:
                form.addRow(label, generated_row)
            else:
                form.addRow(label, widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(self.anonymised)
        lay.addWidget(self.generate)
        lay.addWidget(self.own)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(route)
        lay.addLayout(buttons)

        self.anonymised.toggled.connect(self._anonymised_toggled)
        self.generate.toggled.connect(self._mode)
        self.copy_button.clicked.connect(lambda: self._copy(self.passphrase.text()))
        self.password.textChanged.connect(self._check)
        self.confirm.textChanged.connect(self._check)
        self.save_button.clicked.connect(self.save)
        self._mode()

    def _strong_passphrase(self) -> str:
        """Return a generated passphrase that passes the export check (nearly every one does)."""
        candidate = generate_passphrase()
        for _ in range(20):
            try:
                check_export_password(candidate, min_score=self._min_score,
                                      max_bytes=PDF_PASSWORD_MAX_BYTES)
            except ExportPasswordError:
                candidate = generate_passphrase()
                continue
            break
        return candidate

    def _anonymised_toggled(self, on: bool) -> None:
        if on:
            return
        if not Messages.confirm(
            self, "Full minutes",
            "Export the minutes with the children's and families' names, dates of birth and "
            "addresses, and members' names? Anything sent outside the board must be "
            "anonymised (8.15). This choice will be recorded in the audit log.",
            yes="&Export full minutes", destructive=True,
        ):
            self.anonymised.setChecked(True)

    def _mode(self) -> None:
        generated = self.generate.isChecked()
        self.passphrase.setEnabled(generated)
        self.copy_button.setEnabled(generated)
        self.password.setEnabled(not generated)
        self.confirm.setEnabled(not generated)
        self._check()

    def chosen_password(self) -> str:
        """Return the password the minutes will be protected with."""
        return self.passphrase.text() if self.generate.isChecked() else self.password.text()

    def _check(self) -> str | None:
        problem = None
        if self.own.isChecked():
            try:
                check_export_password(self.password.text(), min_score=self._min_score,
                                      max_bytes=PDF_PASSWORD_MAX_BYTES)
            except ExportPasswordError as exc:
                problem = str(exc)
            else:
                if self.password.text() != self.confirm.text():
                    problem = "The two passwords are not the same. Type the password again."
        self.problem.show_message(problem)
        self.save_button.setEnabled(problem is None and not self.busy)
        return problem

    def save(self) -> None:
        """Ask where to save, then lay out, encrypt and write the minutes off the UI thread."""
        if self._check() is not None or self.busy:
            return
        suggested = f"sub-group-minutes-{self.meeting.date or 'undated'}.pdf"
        target = Messages.save_file(self, "Save the minutes", suggested, "PDF files (*.pdf)")
        if not target:
            return
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        anonymised = self.anonymised.isChecked()
        password = self.chosen_password()
        meeting = Meeting.from_dict(self.meeting.to_dict())
        cases = {k: Case.from_dict(c.to_dict()) for k, c in self.cases.items()}
        min_score = self._min_score

        def work() -> str:
            from scr_desktop.export.pdf_minutes import render_minutes_pdf, save_minutes

            pdf = render_minutes_pdf(meeting, cases, anonymised=anonymised)
            save_minutes(pdf, Path(target), password, min_score=min_score)
            return target

        if not self._record_export(anonymised, "started"):
            return
        self.busy = True
        self.save_button.setEnabled(False)
        self.save_button.setText("Saving\u2026")
        run_in_background(work, lambda path: self._done(str(path), anonymised), self._failed)

    def abandon(self) -> None:
        """Close at once (on lock); an export under way finishes writing, then is forgotten."""
        for edit in (self.passphrase, self.password, self.confirm):
            edit.clear()
        self.hide()
        if self.busy:
            self._abandoned = True
        else:
            self.deleteLater()

    def _done(self, path: str, anonymised: bool) -> None:
        self.busy = False
        if self._abandoned:
            self.deleteLater()
            return
        self.save_button.setText("&Save minutes\u2026")
        what = "Anonymised minutes" if anonymised else "Full minutes (not anonymised)"
        Messages.info(self, "Minutes saved",
                      f"{what} were saved, protected by the password in this window. "
                      f"{SEPARATE_ROUTE} The password is not kept anywhere: note it now.")
        self._check()
        self.saved.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._record_export(self.anonymised.isChecked(), "failed")
        if self._abandoned:
            self.deleteLater()
            return
        self.save_button.setText("&Save minutes\u2026")
        self._check()
        if isinstance(exc, (ExportPasswordError, OSError)):
            Messages.error(self, "The minutes were not saved", str(exc))
        else:
            Messages.error(self, "The minutes were not saved",
                           "Something unexpected went wrong while laying out the minutes. "
                           "Nothing was saved. Try again; if it keeps happening, contact IT "
                           "support.")

    def done(self, result: int) -> None:
        """Forget the passwords as the dialog closes."""
        for edit in (self.passphrase, self.password, self.confirm):
            edit.clear()
        super().done(result)

    def reject(self) -> None:
        """Close, but never while the file is being written."""
        if not self.busy:
            super().reject()
