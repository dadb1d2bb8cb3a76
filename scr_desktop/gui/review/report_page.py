"""Review page: report versions, sign-off and publication (``000`` 7.9, 10; ``004``).

Draft reports are read once from the file the author sent and kept, encrypted,
in the vault (never copied anywhere else).  The page says when copies must
reach Ofsted, the DfE and the Panel, and which parallel process holds
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
from scr_desktop.gui.forms.review.report_page import Ui_ReportPage
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.review.record_section import RecordSection
from scr_desktop.gui.review.session import ReviewSession
from scr_desktop.storage.errors import VaultError

AddDocument = Callable[[str, bytes], str]  # (file name, content) -> stored document id


class ReportPage(QWidget):
    """Draft versions, sign-off, copies and publication."""

    def __init__(self, session: ReviewSession, add_document: AddDocument,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ReportPage()
        self.form.setupUi(self)
        self.session = session
        self._add_document = add_document
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
