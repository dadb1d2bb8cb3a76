"""Every export and import, from choosing the file to the audit entry.

:class:`ExportController` asks where to save (suggesting a file name made
from the case reference only, never the child's name), asks for the
password (:class:`~.password_dialog.PasswordDialog`), then hands the
document to :func:`scr_desktop.export.save.save_export` off the UI thread
behind a busy indicator (:class:`~scr_desktop.gui.worker.BackgroundOp`):
render, encrypt, write, and record the export in the vault's audit log
(what was exported, whether it was anonymised, and where it went, never the
password), or remove the file.  Success and failure are reported in plain
words.  An export method returns once the work has started; when it ends,
:attr:`ExportController.finished` carries the saved path, or None when the
user cancelled or it failed.  Importing returns the imported case.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from scr_desktop.domain.assessment import AssessmentInputError, assess_case
from scr_desktop.domain.model import Case
from scr_desktop.export.atomic import WriteFailed
from scr_desktop.export.encrypt import ExportPasswordError, NotAPdfError
from scr_desktop.export.report_drafts import DraftNotReadable
from scr_desktop.export.save import (
    Document,
    ExportNotRecorded,
    package_document,
    pdf_document,
    save_export,
)
from scr_desktop.gui.board_dialog import board_for_documents, local_authority_for_documents
from scr_desktop.gui.clipboard import ClipboardGuard
from scr_desktop.gui.export.import_dialog import ImportDialog
from scr_desktop.gui.export.notification_dialog import NotificationChoice, NotificationDialog
from scr_desktop.gui.export.password_dialog import PasswordDialog
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.worker import BackgroundOp
from scr_desktop.policy import Policy
from scr_desktop.storage.errors import CaseNotFound, VaultError

if TYPE_CHECKING:
    from scr_desktop.storage.audit import AuditEntry
    from scr_desktop.storage.vault import Vault

PDF_FILTER = "PDF documents (*.pdf)"
PACKAGE_FILTER = "SCR Desktop case packages (*.scrcase)"
ENCRYPTED_PDF = "PDF, AES-256 revision 6"
UNEXPECTED = ("The export failed because of an unexpected problem. Nothing was saved. Try "
              "again; if it keeps happening, contact your IT service desk.")
LOCKED = ("The vault is locked, so nothing was saved or imported. Unlock it, then try "
          "again.")
BUSY = ("Another export is still being saved. Wait until it has finished, then try "
        "again.")
NOT_RECORDED = ("The file was not kept, because the export could not be recorded in the "
                "vault's audit log (the vault may have been locked meanwhile). Unlock the "
                "vault and try again.")


def safe_stem(reference: str) -> str:
    """Return the case reference reduced to letters, digits and hyphens (or 'case')."""
    return re.sub(r"[^A-Za-z0-9-]+", "-", reference).strip("-") or "case"


def _with_suffix(path: str, suffix: str) -> Path:
    target = Path(path)
    return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)


def _name_words(case: Case) -> tuple[str, ...]:
    """Return the words a password for this case must not lean on: its reference, the
    board, agencies and names on it, the year and safeguarding words."""
    from scr_desktop.domain.guessable import case_words

    return case_words(case)


def _message_for(exc: BaseException) -> tuple[str, str]:
    """Return (title, text) for an export failure."""
    if isinstance(exc, ExportPasswordError):
        return "Password refused", str(exc)
    if isinstance(exc, WriteFailed):
        return "Export not saved", str(exc)
    if isinstance(exc, ExportNotRecorded):
        return "Export not kept", NOT_RECORDED
    if isinstance(exc, AssessmentInputError):
        return "Export not saved", (
            "The document could not be made because an answer in the decision flowchart "
            f"could not be read ({exc.message}). Nothing was saved. Check the flowchart "
            "answers, then try again.")
    if isinstance(exc, DraftNotReadable):
        return "Export not saved", str(exc)
    if isinstance(exc, NotAPdfError):
        return "Export not saved", (
            "The document could not be prepared for encryption. Nothing was saved. This is a "
            "fault in SCR Desktop: contact your IT service desk.")
    if isinstance(exc, VaultError):
        return "Export not saved", exc.user_message
    return "Export not saved", UNEXPECTED


class ExportController(QObject):
    """Run exports and imports for the window that owns it."""

    finished = Signal(object)  # after each export: the saved Path, or None
    go_to_section = Signal(str, str)  # case id, form section key: the user chose to complete it

    def __init__(self, parent: QWidget, vault_getter: Callable[[], Vault],
                 clipboard: ClipboardGuard, policy: Policy | None = None) -> None:
        super().__init__(parent)
        self.window = parent
        self.vault_getter = vault_getter
        self.clipboard = clipboard
        self.policy = policy or Policy()
        from scr_desktop.storage.paths import documents_dir

        self.folder = documents_dir()
        # Shows a dialog and returns its result; tests replace it to drive the dialog.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self._dialog: QDialog | None = None
        self.operation: BackgroundOp[Path] | None = None  # the export under way

    # -- the four exports ----------------------------------------------------------
    def export_case_pdf(self, case: Case) -> None:
        """Export the Case for Consideration as an encrypted PDF.

        An incomplete referral is listed section by section first; the user goes to
        a section (:attr:`go_to_section`) or sends it anyway.
        """
        from scr_desktop.export.pdf_form import render_case_pdf

        if not self._complete_or_sent_anyway(case):
            self.finished.emit(None)
            return
        board = self.board()
        if board is None:
            return
        snapshot = Case.from_dict(case.to_dict())
        self._export_pdf(snapshot, "Case for Consideration", "Case for Consideration",
                         lambda: render_case_pdf(snapshot, board_name=board),
                         f"Case for Consideration ({ENCRYPTED_PDF})")

    def export_decision_pdf(self, case: Case) -> None:
        """Export the decision record as an encrypted PDF."""
        from scr_desktop.export.pdf_decision import assessed_deadlines, render_decision_pdf

        board = self.board()
        if board is None:
            return
        snapshot = Case.from_dict(case.to_dict())

        def render() -> bytes:
            assessment = assess_case(snapshot)
            return render_decision_pdf(snapshot, assessment.to_contract(),
                                       assessed_deadlines(snapshot, assessment),
                                       board_name=board)

        self._export_pdf(snapshot, "Decision record", "decision record", render,
                         f"decision record ({ENCRYPTED_PDF})")

    def export_rapid_review_pdf(self, case: Case) -> None:
        """Export the rapid review report (anonymised) as an encrypted PDF."""
        from scr_desktop.domain.rapid_review import RapidReview
        from scr_desktop.export.rapid_review import render_rapid_review_pdf

        board = self.board()
        if board is None:
            return
        snapshot = Case.from_dict(case.to_dict())
        record = RapidReview.from_dict(snapshot.rapid_review)
        self._export_pdf(
            snapshot, "Rapid review report", "rapid review report",
            lambda: render_rapid_review_pdf(snapshot, record,
                                            assess_case(snapshot).to_contract(),
                                            board_name=board),
            f"rapid review report, anonymised ({ENCRYPTED_PDF})")

    def export_incident_notification_pdf(self, case: Case) -> None:
        """Export the notification's fields for the national system, anonymised, encrypted."""
        from scr_desktop.export.rapid_review import render_notification_fields_pdf

        board = self.board()
        if board is None:
            return
        authority = local_authority_for_documents(self.window)
        if authority is None:
            self.finished.emit(None)
            return
        snapshot = Case.from_dict(case.to_dict())
        self._export_pdf(
            snapshot, "Serious incident notification", "serious incident notification",
            lambda: render_notification_fields_pdf(snapshot,
                                                   assess_case(snapshot).to_contract(),
                                                   board_name=board,
                                                   local_authority=authority),
            f"serious incident notification, anonymised ({ENCRYPTED_PDF})")

    def export_agency_request_pdf(self, case: Case, index: int, due: str = "") -> None:
        """Export the letter asking one agency for its summary, encrypted."""
        from scr_desktop.domain.rapid_review import RapidReview
        from scr_desktop.export.rapid_review import render_agency_request_pdf

        snapshot = Case.from_dict(case.to_dict())
        record = RapidReview.from_dict(snapshot.rapid_review)
        if not 0 <= index < len(record.requests):
            return
        board = self.board()
        if board is None:
            return
        agency = record.requests[index].agency
        self._export_pdf(
            snapshot, f"Request to {agency}", f"letter to {agency}",
            lambda: render_agency_request_pdf(snapshot, record, index, due=due,
                                              board_name=board),
            f"rapid review request letter ({ENCRYPTED_PDF})")

    def export_notification(self, case: Case) -> None:
        """Preview and export the notification to Ofsted, the DfE or the National Panel."""
        from scr_desktop.export.notification import render_notification_pdf

        board = self.board()
        if board is None:
            return
        snapshot = Case.from_dict(case.to_dict())
        try:
            assessment = assess_case(snapshot).to_contract()
        except AssessmentInputError as exc:
            Messages.error(self.window, *_message_for(exc))
            self.finished.emit(None)
            return
        dialog = NotificationDialog(snapshot, assessment, board_name=board, parent=self.window)
        if not self._run(dialog):
            self.finished.emit(None)
            return
        choice: NotificationChoice = dialog.choice()
        if choice.anonymised:
            detail = f"notification to {choice.recipient_name}, anonymised ({ENCRYPTED_PDF})"
        else:
            detail = (f"notification exported NOT anonymised to {choice.recipient_name} "
                      f"({ENCRYPTED_PDF})")
        self._export_pdf(
            snapshot, f"Notification to {choice.recipient_name}",
            f"notification to {choice.recipient_name}",
            lambda: render_notification_pdf(snapshot, assessment, recipient=choice.recipient,
                                            anonymised=choice.anonymised, board_name=board,
                                            generated_at=choice.generated_at),
            detail)

    def export_package(self, case: Case) -> None:
        """Export the whole case as an encrypted package for another vault."""
        from scr_desktop.export.package import FILE_SUFFIX, PackagedDocument

        snapshot = Case.from_dict(case.to_dict())
        vault = self._open_vault()
        if vault is None:
            self.finished.emit(None)
            return
        review = vault.reviews.get(case.id)
        documents = tuple(PackagedDocument(*d) for d in vault.reviews.packaged_documents(case.id)
                          ) if review is not None else ()
        chronology = tuple(vault.chronology.entries(case.id))
        target = self._ask_target("Save the case package", f"{safe_stem(case.reference)}"
                                  f"{FILE_SUFFIX}", PACKAGE_FILTER, FILE_SUFFIX)
        password = "" if target is None else self._ask_password(snapshot, "case package",
                                                                 for_pdf=False)
        if target is None or not password:
            self.finished.emit(None)
            return
        self._save(package_document(
            snapshot, password, min_score=self.policy.min_export_password_score,
            user_inputs=_name_words(snapshot),
            detail="case package (.scrcase, AES-256-GCM; the full case, not anonymised)",
            review=review, documents=documents, chronology=chronology), target)

    def export_document(self, case: Case, what: str, name: str, suffix: str,
                        describe: Callable[[str, int, tuple[str, ...]], Document]) -> None:
        """Ask for the file and password, then save the document through the one audited
        write path, like every export (:attr:`finished` reports the outcome).

        ``describe(password, min_score, user_inputs)`` returns the document;
        ``suffix`` is ``.pdf`` for an encrypted PDF or ``.docx`` / ``.xlsx``
        for a password-protected Office file.
        """
        filters = {".pdf": PDF_FILTER, ".docx": "Word documents (*.docx)",
                   ".xlsx": "Excel workbooks (*.xlsx)",
                   ".pptx": "PowerPoint presentations (*.pptx)"}[suffix]
        target = self._ask_target(f"Save the {what}", f"{self._stem(case)} {name}"
                                  f"{suffix}", filters, suffix)
        password = "" if target is None else self._ask_password(case, what,
                                                                 for_pdf=suffix == ".pdf")
        if target is None or not password:
            self.finished.emit(None)
            return
        self._save(describe(password, self.policy.min_export_password_score,
                            _name_words(case)), target)

    # -- import ----------------------------------------------------------------------
    def import_package(self) -> Case | None:
        """Ask for a package, open and preview it, and import it into this vault."""
        chosen = Messages.open_file(self.window, "Import a case package", str(self.folder),
                                    f"{PACKAGE_FILTER};;All files (*)")
        if not chosen:
            return None
        vault = self._open_vault()
        if vault is None:
            return None

        def existing(case_id: str) -> str | None:
            try:
                return vault.cases.summary(case_id).reference
            except CaseNotFound:
                return None

        def changed(case_id: str) -> str | None:
            try:
                return vault.cases.get(case_id).updated_at
            except VaultError:
                return None

        dialog = ImportDialog(Path(chosen), existing, existing_changed=changed,
                              parent=self.window)
        if not self._run(dialog) or dialog.case() is None:
            return None
        case, keep_both = dialog.case(), dialog.keep_both()
        assert case is not None
        self.folder = Path(chosen).parent
        if self._open_vault() is None:
            return None
        contents = dialog.contents()
        try:
            result = vault.cases.import_case(case, keep_both=keep_both)
            if contents is not None and contents.review is not None:
                kept = (vault.cases.list(result.trash_reference, trash=True)
                        if result.trash_reference else [])
                vault.reviews.import_review(
                    result.case.id, contents.review,
                    [(d.id, d.name, d.content) for d in contents.documents],
                    case_ref=result.case.reference,
                    previous_case_id=kept[0].id if kept else None)
            if contents is not None:
                kept = (vault.cases.list(result.trash_reference, trash=True)
                        if result.trash_reference else [])
                vault.chronology.import_package(
                    result.case.id, contents.chronology, case_ref=result.case.reference,
                    previous_case_id=kept[0].id if kept else None)
        except VaultError as exc:
            Messages.error(self.window, "Case not imported", exc.user_message)
            return None
        text = f"Imported the case as {result.case.reference}."
        if result.trash_reference:
            text += (f" The version that was here before is in Deleted cases as "
                     f"{result.trash_reference}.")
        elif result.case.reference != case.reference and case.reference:
            text += (f" It was given a new reference because {case.reference} is already "
                     "used in this vault.")
        Messages.info(self.window, "Case imported", text)
        return result.case

    def export_audit_log(self, entries: Sequence[AuditEntry], broken_at: int | None, *,
                         filtered: bool) -> None:
        """Export the audit entries shown as an encrypted PDF."""
        from scr_desktop.export.pdf_audit import render_audit_pdf

        board = self.board()
        if board is None:
            return
        target = self._ask_target("Save the audit log", f"{safe_stem(board)} audit log.pdf",
                                  PDF_FILTER, ".pdf")
        nobody = Case()
        password = "" if target is None else self._ask_password(nobody, "audit log",
                                                                 for_pdf=True)
        if target is None or not password:
            self.finished.emit(None)
            return
        rows = list(entries)
        self._save(pdf_document(
            lambda: render_audit_pdf(rows, broken_at=broken_at, filtered=filtered,
                                     board_name=board), password,
            detail=f"audit log (PDF, {len(rows)} entries)",
            min_score=self.policy.min_export_password_score), target)

    def export_recovery_sheet(self, code: str, vault_name: str) -> None:
        """Save the recovery sheet for ``code`` as an encrypted PDF, to print for the safe."""
        from scr_desktop.export.recovery_sheet import recovery_sheet_document
        from scr_desktop.gui import settings

        stem = safe_stem(Path(vault_name).stem) or "vault"
        target = self._ask_target("Save the recovery sheet", f"{stem} recovery key.pdf",
                                  PDF_FILTER, ".pdf")
        password = "" if target is None else self._ask_password(Case(), "recovery sheet",
                                                                 for_pdf=True)
        if target is None or not password:
            self.finished.emit(None)
            return
        self._save(recovery_sheet_document(code, vault_name, password,
                                           min_score=self.policy.min_export_password_score,
                                           board_name=settings.board_name() or None),
                   target, saved_text=(
                       "Open it with its password, print it, and keep the printed sheet in "
                       "the board's safe; then delete the file, or keep it only where the "
                       "board keeps its most sensitive records."))

    def close_dialogs(self) -> None:
        """Close any export dialog on show (call when the vault locks)."""
        from scr_desktop.gui.teardown import alive

        if self._dialog is not None and alive(self._dialog):
            self._dialog.reject()

    # -- steps -----------------------------------------------------------------------
    def _complete_or_sent_anyway(self, case: Case) -> bool:
        """Return True to export: the referral is complete, or the user sends it anyway."""
        from scr_desktop.domain.validation import incomplete_sections
        from scr_desktop.gui.export.incomplete_dialog import GO_TO_SECTION, IncompleteDialog

        problems = incomplete_sections(case)
        if not problems:
            return True
        dialog = IncompleteDialog(problems, parent=self.window)
        self._dialog = dialog
        try:
            result = self.run_dialog(dialog)
            key = dialog.chosen_section()
        finally:
            self._dialog = None
            dialog.hide()
            dialog.deleteLater()
        if result == GO_TO_SECTION and key:
            self.go_to_section.emit(case.id, key)
        return result == QDialog.DialogCode.Accepted

    def board(self) -> str | None:
        """Return the board's name for a document (asked for once), or None: cancelled."""
        board = board_for_documents(self.window)
        if board is None:
            self.finished.emit(None)
        return board

    @staticmethod
    def _stem(case: Case) -> str:
        """Return the start of a suggested file name: the board's name, then the reference."""
        from scr_desktop.gui import settings

        board = settings.board_name()
        return f"{safe_stem(board)} {safe_stem(case.reference)}" if board \
            else safe_stem(case.reference)

    def _run(self, dialog: QDialog) -> bool:
        self._dialog = dialog
        try:
            return self.run_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            self._dialog = None
            dialog.hide()
            dialog.deleteLater()

    def _ask_target(self, title: str, name: str, filters: str, suffix: str) -> Path | None:
        chosen = Messages.save_file(self.window, title, str(self.folder / name), filters)
        if not chosen:
            return None
        target = _with_suffix(chosen, suffix)
        self.folder = target.parent
        return target

    def _ask_password(self, case: Case, what: str, *, for_pdf: bool) -> str:
        dialog = PasswordDialog(self.clipboard, what=what, for_pdf=for_pdf,
                                min_score=self.policy.min_export_password_score,
                                user_inputs=_name_words(case), parent=self.window)
        accepted = self._run(dialog)
        return dialog.password() if accepted else ""

    def export_board_pdf(self, what: str, name: str, render: Callable[[str], bytes],
                         detail: str) -> None:
        """Ask for the file and password, then save a PDF about the board's work rather
        than one case (the statistics annex) through the one audited write path;
        ``render(board_name)`` makes it."""
        board = self.board()
        if board is None:
            return
        target = self._ask_target(f"Save the {what}", f"{safe_stem(board)} {name}.pdf",
                                  PDF_FILTER, ".pdf")
        password = "" if target is None else self._ask_password(Case(), what, for_pdf=True)
        if target is None or not password:
            self.finished.emit(None)
            return
        self._save(pdf_document(lambda: render(board), password, detail=detail,
                                min_score=self.policy.min_export_password_score), target)

    def _export_pdf(self, case: Case, name: str, what: str, render: Callable[[], bytes],
                    detail: str) -> None:
        """Ask for the file and password, then save ``render()`` encrypted.

        ``name`` goes in the suggested file name, ``what`` in sentences.
        """
        target = self._ask_target(f"Save the {what}", f"{self._stem(case)} {name}.pdf",
                                  PDF_FILTER, ".pdf")
        password = "" if target is None else self._ask_password(case, what, for_pdf=True)
        if target is None or not password:
            self.finished.emit(None)
            return
        self._save(pdf_document(render, password, detail=detail, case_ref=case.reference,
                                min_score=self.policy.min_export_password_score,
                                user_inputs=_name_words(case)), target)

    def _open_vault(self) -> Vault | None:
        """Return the vault, or say it is locked and return None."""
        try:
            vault = self.vault_getter()
            vault.audit  # noqa: B018 - raises once the vault is locked
        except Exception:  # a locked window has no vault to give
            Messages.error(self.window, "Vault locked", LOCKED)
            return None
        return vault

    def _save(self, document: Document, target: Path, *, saved_text: str = "") -> None:
        """Save ``document`` through the audited write path, off the UI thread.

        ``saved_text`` replaces the usual advice on sending the password.
        """
        vault = self._open_vault()
        if vault is None:
            self.finished.emit(None)
            return
        audit = vault.audit

        def saved(path: Path) -> None:
            self.operation = None
            advice = saved_text or ("Send the password separately, for example by phone, "
                                    "never in the same e-mail as the file.")
            Messages.info(self.window, "Export saved",
                          f"Saved {path.name} in {path.parent}. {advice}")
            self.finished.emit(path)

        def failed(exc: BaseException) -> None:
            self.operation = None
            Messages.error(self.window, *_message_for(exc))
            self.finished.emit(None)

        operation = BackgroundOp(self.window, "export",
                                 lambda: save_export(document, target, audit),
                                 success=saved, failure=failed,
                                 busy="Encrypting and saving\u2026")
        if operation.run():
            self.operation = operation
        else:
            Messages.info(self.window, "Export under way", BUSY)
            self.finished.emit(None)
