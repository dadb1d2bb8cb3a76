"""The window's export commands: which case they act on, and the controller that runs them.

The export controller (:class:`~.export.controller.ExportController`) loads the PDF
libraries, so it is built on first use.  Menu exports act on the case open
in the wizard (saved first) or the one selected in the list, and say so
plainly when there is neither; the rapid review step and the review pages
ask for their documents through the same controller.  The window hands in
the parent of dialogs, the open vault, the clipboard, the policy and how to
find the current case, never itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from scr_desktop.gui.case_actions import report_error
from scr_desktop.gui.messages import Messages
from scr_desktop.storage.errors import VaultError

if TYPE_CHECKING:
    from scr_desktop.domain.learning.statistics import BoardStatistics
    from scr_desktop.domain.model import Case
    from scr_desktop.export.save import Document
    from scr_desktop.gui.clipboard import ClipboardGuard
    from scr_desktop.gui.export.controller import ExportController
    from scr_desktop.gui.rapid_review.page import RapidReviewPage
    from scr_desktop.gui.review.session import ReviewSession
    from scr_desktop.policy import Policy
    from scr_desktop.storage.audit import AuditEntry
    from scr_desktop.storage.vault import Vault


class CaseExports:
    """Exports for one window: the lazily built controller and what each command exports."""

    def __init__(self, parent: QWidget, *, vault: Callable[[], Vault],
                 clipboard: ClipboardGuard, policy: Policy,
                 current_case: Callable[[], Case | None]) -> None:
        self._parent = parent
        self._vault = vault
        self._clipboard = clipboard
        self._policy = policy
        self._current_case = current_case
        # Where "Go to section" (before sending an incomplete referral) takes the user.
        self.go_to_section: Callable[[str, str], None] = lambda _case_id, _key: None
        self._controller: ExportController | None = None

    @property
    def controller(self) -> ExportController:
        """Return the export controller (built on first use: it loads the PDF libraries)."""
        if self._controller is None:
            from scr_desktop.gui.export.controller import ExportController

            self._controller = ExportController(self._parent, self._vault, self._clipboard,
                                                self._policy)
            self._controller.go_to_section.connect(
                lambda case_id, key: self.go_to_section(case_id, key))
        return self._controller

    def export_recovery_sheet(self, code: str, vault_name: str) -> None:
        """Save the vault's recovery sheet (an encrypted PDF) through the controller."""
        self.controller.export_recovery_sheet(code, vault_name)

    def export_current(self, export: Callable[[Case], None]) -> None:
        """Run ``export`` on the open or selected case, or say that none is chosen."""
        try:
            case = self._current_case()
        except VaultError as exc:  # the selected case is damaged, or the vault was locked
            report_error(self._parent, "Could not export the case", exc)
            return
        if case is None:
            Messages.info(self._parent, "Choose a case first",
                          "Open a case, or select one in the list of referrals, then export it.")
            return
        export(case)

    def wire_rapid_review(self, page: RapidReviewPage, case: Callable[[], Case]) -> None:
        """Send the rapid review step's document requests for ``case()`` to the controller."""
        page.export_requested.connect(lambda: self.controller.export_rapid_review_pdf(case()))
        page.notification_export_requested.connect(
            lambda: self.controller.export_incident_notification_pdf(case()))
        page.letter_requested.connect(
            lambda row, due: self.controller.export_agency_request_pdf(case(), row, due))

    def export_review(self, session: ReviewSession, what: str, rid: str) -> None:
        """Export one of the review's documents (see :mod:`scr_desktop.gui.review.exports`)."""
        from scr_desktop.gui.review.exports import export_review_document

        export_review_document(self.controller, session, what, rid)

    def export_review_document(self, session: ReviewSession, what: str, name: str,
                               suffix: str,
                               describe: Callable[[str, int, tuple[str, ...]], Document]
                               ) -> None:
        """Export one document a review page describes (the chronology and its template)."""
        self.controller.export_document(session.case, what, name, suffix, describe)

    def export_annex(self, figures: BoardStatistics) -> None:
        """Export the board's statistics for a period as the anonymised annual-report annex."""
        from scr_desktop.export.pdf_statistics import render_annex

        self.controller.export_board_pdf(
            "annual-report annex", f"statistics annex {figures.period_label.replace('/', '-')}",
            lambda board: render_annex(figures, board_name=board),
            f"statistics annex for {figures.period_label} (anonymised)")

    def export_audit(self, rows: Sequence[AuditEntry], broken: int | None,
                     filtered: bool) -> None:
        """Export the audit entries the viewer shows."""
        self.controller.export_audit_log(rows, broken, filtered=filtered)

    def close_dialogs(self) -> None:
        """Close any export dialog on show (the vault is locking); builds nothing."""
        if self._controller is not None:
            self._controller.close_dialogs()
