"""Exporting the minutes: anonymised or full, protected by a password that is never stored.

The user chooses anonymised minutes (the default) or full ones (after a
confirmation, and recorded as such), then where to save, then the password
in the application's shared :class:`~scr_desktop.gui.export.password_dialog.PasswordDialog`:
a generated passphrase shown once with a Copy button behind the clipboard
guard, or one typed twice and checked for strength, and the advice to send
it by a different route from the file.  The password is never saved, logged
or audited.  The minutes then take the one audited write path
(:func:`scr_desktop.export.save.save_export`) off the UI thread: if the
audit entry cannot be written (the vault was locked meanwhile) the file is
removed again, so no export goes unrecorded.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from scr_desktop.domain.meeting import Meeting
from scr_desktop.domain.model import Case
from scr_desktop.export.atomic import WriteFailed
from scr_desktop.export.encrypt import MIN_EXPORT_SCORE, ExportPasswordError
from scr_desktop.export.save import AuditTrail, ExportNotRecorded, pdf_document, save_export
from scr_desktop.gui.board_dialog import board_for_documents
from scr_desktop.gui.clipboard import ClipboardGuard
from scr_desktop.gui.export.controller import safe_stem
from scr_desktop.gui.export.password_dialog import PasswordDialog
from scr_desktop.gui.forms.meeting.minutes_dialog import Ui_MinutesDialog
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.worker import BackgroundOp

SEPARATE_ROUTE = (
    "Send the password by a different route from the file: telephone it, or send it by text "
    "message. Never put it in the same e-mail as the minutes."
)
NOT_RECORDED = (
    "The minutes were not kept, because the export could not be recorded in the vault's audit "
    "log (the vault may have been locked meanwhile). Unlock the vault and export them again."
)


def minutes_detail(meeting: Meeting, anonymised: bool) -> str:
    """Return what the audit log says about an export of ``meeting``'s minutes."""
    what = "anonymised" if anonymised else "NOT anonymised, at the user's explicit request"
    refs = ", ".join(i.reference for i in meeting.items)
    return f"meeting {meeting.date}; {what}; cases {refs}"


def name_words(cases: dict[str, Case]) -> tuple[str, ...]:
    """Return the words a password for these cases must not lean on: references, board,
    agencies, names, the year and safeguarding words."""
    from scr_desktop.domain.guessable import words_for

    return words_for(cases.values())


class MinutesDialog(QDialog):
    """Choose anonymised or full minutes, then where to save and the password."""

    saved = Signal(str)  # the path written

    def __init__(self, meeting: Meeting, cases: dict[str, Case], audit: AuditTrail,
                 clipboard: ClipboardGuard, *,
                 min_score: int = MIN_EXPORT_SCORE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_MinutesDialog()
        self.form.setupUi(self)
        self.meeting = meeting
        self.cases = cases
        self._audit = audit
        self._clipboard = clipboard
        self._min_score = min_score
        self.busy = False
        self._abandoned = False
        # Shows a dialog and returns its result; tests replace it to drive the dialog.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()

        title = meeting.title()
        self.form.intro.setText(
            f"Minutes of the {title[:1].lower()}{title[1:]}: attendance, and for each case the "
            "agency checks, the flowchart result, the recommendation, the chair's decision "
            "with its rationale, actions and declarations of interest. They are encrypted "
            "with a password you choose next.")
        self.anonymised = self.form.minutes_anonymised
        self.form.minutes_route.setText(SEPARATE_ROUTE)
        self.status = self.form.minutes_status
        self.save_button = self.form.minutes_save
        self.form.close_button.clicked.connect(self.reject)
        self.anonymised.toggled.connect(self._anonymised_toggled)
        self.save_button.clicked.connect(self.save)

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

    def _ask_password(self) -> str:
        dialog = PasswordDialog(self._clipboard, what="minutes", for_pdf=True,
                                min_score=self._min_score, user_inputs=name_words(self.cases),
                                parent=self)
        try:
            accepted = self.run_dialog(dialog) == QDialog.DialogCode.Accepted
            return dialog.password() if accepted else ""
        finally:
            dialog.hide()
            dialog.deleteLater()

    def save(self) -> None:
        """Ask where to save and for the password, then write the minutes off the UI thread."""
        if self.busy:
            return
        from scr_desktop.storage.paths import documents_dir

        board = board_for_documents(self)
        if board is None:
            return
        suggested = documents_dir() / f"{safe_stem(board)} {self.meeting.file_stem()}.pdf"
        chosen = Messages.save_file(self, "Save the minutes", str(suggested),
                                    "PDF documents (*.pdf)")
        if not chosen:
            return
        target = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        password = self._ask_password()
        if not password:
            return
        anonymised = self.anonymised.isChecked()
        meeting = Meeting.from_dict(self.meeting.to_dict())
        cases = {k: Case.from_dict(c.to_dict()) for k, c in self.cases.items()}

        def render() -> bytes:
            from scr_desktop.export.pdf_minutes import render_minutes_pdf

            return render_minutes_pdf(meeting, cases, anonymised=anonymised, board_name=board)

        document = pdf_document(render, password, action="export minutes",
                                detail=minutes_detail(meeting, anonymised),
                                min_score=self._min_score, user_inputs=name_words(cases))
        audit = self._audit
        operation = BackgroundOp(self, "export minutes",
                                 lambda: save_export(document, target, audit),
                                 success=lambda path: self._done(str(path), anonymised),
                                 failure=self._failed)
        if not operation.run():
            return
        self.busy = True
        self.save_button.setEnabled(False)
        self.status.setText("Encrypting and saving the minutes\u2026")

    def abandon(self) -> None:
        """Close at once (on lock); an export under way finishes, then is forgotten."""
        self.hide()
        if self.busy:
            self._abandoned = True
        else:
            self.deleteLater()

    def _finish(self) -> bool:
        self.busy = False
        if self._abandoned:
            self.deleteLater()
            return False
        self.save_button.setEnabled(True)
        self.status.clear()
        return True

    def _done(self, path: str, anonymised: bool) -> None:
        if not self._finish():
            return
        what = "Anonymised minutes" if anonymised else "Full minutes (not anonymised)"
        Messages.info(self, "Minutes saved",
                      f"{what} were saved as {Path(path).name}. {SEPARATE_ROUTE} The password "
                      "is not kept anywhere.")
        self.saved.emit(path)
        # Closed once saved, so a second Enter cannot export the minutes again.
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not self._finish():
            return
        if isinstance(exc, ExportNotRecorded):
            text = NOT_RECORDED
        elif isinstance(exc, (ExportPasswordError, WriteFailed)):
            text = str(exc)
        else:
            text = ("Something unexpected went wrong while laying out the minutes. Nothing was "
                    "saved. Try again; if it keeps happening, contact your IT service desk.")
        Messages.error(self, "The minutes were not saved", text)

    def reject(self) -> None:
        """Close, but never while the file is being written."""
        if not self.busy:
            super().reject()
