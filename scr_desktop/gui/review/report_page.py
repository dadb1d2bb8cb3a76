"""Review page: report versions, sign-off and publication (``000`` 7.9, 10; ``004``).

Draft reports are read once from the file the author sent and kept, encrypted,
in the vault (never copied anywhere else).  A version kept there is shown
from memory (its text, for Word and text drafts) or exported encrypted
through the one audited write path; both are recorded in the audit log.
The page says when copies must reach Ofsted, the DfE and the Panel, and which parallel process holds
publication back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from scr_desktop.domain.dates import format_uk_date
from scr_desktop.domain.review.records import PUBLICATION
from scr_desktop.domain.review.status import typed_date
from scr_desktop.domain.timescales import add_working_days
from scr_desktop.export.report_drafts import DraftNotReadable, draft_text
from scr_desktop.gui.forms.review.report_page import Ui_ReportPage
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.review.draft_viewer import DraftViewer
from scr_desktop.gui.review.record_section import RecordSection
from scr_desktop.gui.review.session import ReviewSession
from scr_desktop.storage.errors import VaultError

AddDocument = Callable[[str, bytes], str]  # (file name, content) -> stored document id
ReadDocument = Callable[[str], tuple[str, bytes]]  # document id -> (file name, content), audited


class ReportPage(QWidget):
    """Draft versions, sign-off, copies and publication."""

    def __init__(self, session: ReviewSession, add_document: AddDocument,
                 read_document: ReadDocument | None = None,
                 export_draft: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ReportPage()
        self.form.setupUi(self)
        self.session = session
        self._add_document = add_document
        self._read_document = read_document
        self._export_draft = export_draft
        self.viewer: DraftViewer | None = None
        self.versions = RecordSection(session, "reports", ["version", "received_on",
                                                           "received_from"])
        from scr_desktop.gui.review.single_record import SingleRecord

        self.publication = SingleRecord(session, PUBLICATION, "Sign-off and publication",
                                        lambda r: r.publication,
                                        lambda r, v: r.set_publication(v))
        for widget in (self.versions, self.publication):
            self.form.content_layout.addWidget(widget)
        self.form.content_layout.addStretch(1)
        self.form.add_draft_button.clicked.connect(self.add_draft)
        self.form.show_draft_button.clicked.connect(self.show_draft)
        self.form.export_draft_button.clicked.connect(self.export_draft)
        session.changed.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        review = self.session.review
        lines = [f"\u26a0 {h} (000 para. 10.4)" for h in review.publication_holds()]
        planned = typed_date(review.publication["planned_on"])
        try:
            copy_by = add_working_days(planned, -7) if planned is not None else None
        except ValueError:  # a planned date at the very start of the calendar
            copy_by = None
        if copy_by is not None:
            sent = review.publication["copies_sent_on"]
            mark = f"\u2713 sent {sent}" if sent else "not yet sent"
            lines.append(f"Copies to Ofsted, the DfE and the Panel by {format_uk_date(copy_by)} "
                         f"(7 working days before publication): {mark}.")
        self.form.status.setText("\n".join(lines))

    def add_draft(self, path: str | None = None) -> str:
        """Keep a draft report file in the vault as a new version; return its record id."""
        chosen = path or Messages.open_file(self, "Add a draft version of the report",
                                            str(Path.home()), "All files (*)")
        if not chosen:
            return ""
        source = Path(chosen)
        try:
            content = source.read_bytes()
            doc_id = self._add_document(source.name, content)
        except OSError:
            Messages.error(self, "Draft not added", "The file could not be read. Check that "
                           "it is still there and that you can open it, then try again.")
            return ""
        except VaultError as exc:
            Messages.error(self, "Draft not added", exc.user_message)
            return ""
        count = len(self.session.review.records("reports")) + 1
        added: list[str] = []
        self.session.apply(lambda r: added.append(r.add("reports", {
            "version": f"Draft {count}",
            "received_on": format_uk_date(self.session.today())})))
        if added:
            self.session.apply(lambda r: r.attach_document(added[0], doc_id))
            self.versions.choose(added[0])
            return added[0]
        return ""

    def _chosen_document(self, doing: str) -> tuple[str, str]:
        """Return (record id, document id) of the chosen version, or say what is missing."""
        rid = self.versions.current_id()
        if not rid:
            Messages.info(self, doing, "Choose a draft version in the table first.")
            return "", ""
        doc_id = str(self.session.review.record("reports", rid).get("document_id", "") or "")
        if not doc_id:
            Messages.info(self, doing, "This version was recorded without its file, so there "
                          "is nothing to open. Add the file as a new version.")
            return "", ""
        return rid, doc_id

    def show_draft(self) -> DraftViewer | None:
        """Show the text of the chosen draft version, read into memory (the opening is
        audited); a format that cannot be shown is explained."""
        rid, doc_id = self._chosen_document("Show a draft")
        if not doc_id or self._read_document is None:
            return None
        try:
            name, content = self._read_document(doc_id)
            text = draft_text(name, content)
        except DraftNotReadable as exc:
            Messages.info(self, "This draft cannot be shown here", str(exc))
            return None
        except (VaultError, KeyError):
            Messages.error(self, "Draft not opened", "The draft could not be read from the "
                           "vault. Lock and unlock the vault, then try again.")
            return None
        version = str(self.session.review.record("reports", rid).get("version", "")) or "Draft"
        if self.viewer is not None:
            self.viewer.close()
        self.viewer = DraftViewer(f"{version} of the report", text, self)
        self.viewer.destroyed.connect(lambda _o=None: setattr(self, "viewer", None))
        self.viewer.show()
        return self.viewer

    def export_draft(self) -> None:
        """Export the chosen draft version, encrypted, through the audited write path."""
        rid, doc_id = self._chosen_document("Export a draft")
        if doc_id and self._export_draft is not None:
            self._export_draft(rid)
