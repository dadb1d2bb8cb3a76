"""The rapid review's sections: agency summaries, meeting, report, sign-off, Panel, timeline.

Each section is a small widget that shows part of a
:class:`~scr_desktop.domain.rapid_review.RapidReview` and reads edits back
into it; the page (:mod:`.page`) owns the record and the case.  Each
section's frame is a Designer form (``ui/rapid_review/review_sections/``):
its labels, buddies, accessible names and tab order live there, one named
widget per safeguarding partner and per heading of the Panel's template,
and the code fills the tables.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from scr_desktop.domain.dates import format_uk_date, iso_to_uk
from scr_desktop.domain.decisions import typed_date_to_iso
from scr_desktop.domain.rapid_review import (
    LOCAL_PLAN_NOTE,
    PANEL_RESPONSES,
    PARTNERS,
    REPORT_HEADINGS,
    AgencyRequest,
    RapidReview,
    TimelineStep,
)
from scr_desktop.gui.deadline_style import state_text
from scr_desktop.gui.forms.rapid_review.review_sections.agencies import Ui_AgencySection
from scr_desktop.gui.forms.rapid_review.review_sections.meeting import Ui_MeetingSection
from scr_desktop.gui.forms.rapid_review.review_sections.report import Ui_ReportSection
from scr_desktop.gui.forms.rapid_review.review_sections.signoff import Ui_SignOffSection
from scr_desktop.gui.forms.rapid_review.review_sections.timeline import Ui_TimelineSection


class AgencySection(QWidget):
    """Requests to agencies (day 1) and the summaries they send back."""

    changed = Signal()
    letter_requested = Signal(int)  # the row of the agency to write to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = RapidReview()
        self._loading = False
        self.form = Ui_AgencySection()
        self.form.setupUi(self)
        self.table = self.form.agency_requests
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.new_agency = self.form.new_agency
        self.asked_on = self.form.agency_asked_on
        self.add = self.form.add_agency_request
        self.error = self.form.agency_requests__error
        self.letter = self.form.agency_letter
        self.letter.clicked.connect(self._letter)
        self.add.clicked.connect(self._add)
        self.table.itemChanged.connect(self._edited)

    def load(self, record: RapidReview) -> None:
        """Show ``record``'s requests."""
        self.record = record
        self._loading = True
        self.table.setRowCount(len(record.requests))
        for r, req in enumerate(record.requests):
            for c, text in enumerate((req.agency, iso_to_uk(req.requested_on),
                                      iso_to_uk(req.received_on), req.summary)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self._loading = False

    def _add(self) -> None:
        iso, error = typed_date_to_iso(self.asked_on.text())
        if not self.new_agency.text().strip():
            error = "Enter the agency to ask."
        elif not iso:
            error = error or "Enter the date the agency was asked."
        self.error.show_message(error)
        if error:
            return
        self.record.requests.append(AgencyRequest(self.new_agency.text().strip(), iso or ""))
        self.new_agency.clear()
        self.load(self.record)
        self.changed.emit()

    def _letter(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.record.requests):
            self.error.show_message("Select an agency in the table first.")
            return
        self.error.show_message(None)
        self.letter_requested.emit(row)

    def set_summary(self, row: int, received: str, summary: str) -> None:
        """Enter a summary as a user would, in the table's cells."""
        for column, text in ((2, received), (3, summary)):
            item = self.table.item(row, column)
            if item is not None:
                item.setText(text)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.row() >= len(self.record.requests):
            return
        req = self.record.requests[item.row()]
        text = item.text()
        if item.column() in (1, 2):
            iso, error = typed_date_to_iso(text)
            self.error.show_message(error)
            if error:
                return
            if item.column() == 1:
                req.requested_on = iso or ""
            else:
                req.received_on = iso or ""
        elif item.column() == 0:
            req.agency = text
        else:
            req.summary = text
        self.changed.emit()

    def clear(self) -> None:
        """Drop every value shown (on lock)."""
        self.record = RapidReview()
        self.table.setRowCount(0)
        self.new_agency.clear()


class MeetingSection(QWidget):
    """The rapid review meeting: its date, the three partners' attendance and others."""

    changed = Signal()
    take_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = RapidReview()
        self.form = Ui_MeetingSection()
        self.form.setupUi(self)
        self.date = self.form.rr_meeting_date
        self.error = self.form.rr_meeting_date__error
        self.present: dict[str, QLineEdit] = {
            key: getattr(self.form, f"present_{key}") for key in PARTNERS}
        self.others = self.form.others_present
        self.take = self.form.take_from_meeting
        self.take.clicked.connect(self.take_requested)
        self.date.textChanged.connect(self._edited)
        for field in self.present.values():
            field.textChanged.connect(self._edited)
        self.others.textChanged.connect(self._edited)
        self._loading = False

    def load(self, record: RapidReview) -> None:
        """Show ``record``'s meeting."""
        self._loading = True
        self.record = record
        self.date.setText(iso_to_uk(record.meeting_date))
        for key, field in self.present.items():
            field.setText(record.partners_present.get(key, ""))
        self.others.setPlainText(record.others_present)
        self._loading = False

    def _edited(self) -> None:
        if self._loading:
            return
        iso, error = typed_date_to_iso(self.date.text())
        self.error.show_message(error)
        if not error:
            self.record.meeting_date = iso or ""
        self.record.partners_present = {k: f.text() for k, f in self.present.items()
                                        if f.text().strip()}
        self.record.others_present = self.others.toPlainText()
        self.changed.emit()

    def clear(self) -> None:
        """Drop every value shown (on lock)."""
        self._loading = True
        self.record = RapidReview()
        for w in (self.date, *self.present.values()):
            w.clear()
        self.others.clear()
        self._loading = False


class ReportSection(QWidget):
    """The rapid review report under the Panel template's headings."""

    changed = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = RapidReview()
        self._loading = False
        self.form = Ui_ReportSection()
        self.form.setupUi(self)
        self.texts: dict[str, QPlainTextEdit] = {
            key: getattr(self.form, f"report_{key}") for key in REPORT_HEADINGS}
        for key, edit in self.texts.items():
            edit.textChanged.connect(lambda k=key, e=edit: self._edited(k, e))
        self.export = self.form.export_rapid_review
        self.export.clicked.connect(self.export_requested)

    def load(self, record: RapidReview) -> None:
        """Show ``record``'s report."""
        self._loading = True
        self.record = record
        for key, edit in self.texts.items():
            edit.setPlainText(record.report.get(key, ""))
        self._loading = False

    def _edited(self, key: str, edit: QPlainTextEdit) -> None:
        if self._loading:
            return
        self.record.report[key] = edit.toPlainText()
        self.changed.emit()

    def clear(self) -> None:
        """Drop every value shown (on lock)."""
        self._loading = True
        self.record = RapidReview()
        for edit in self.texts.values():
            edit.clear()
        self._loading = False


class SignOffSection(QWidget):
    """Sign-off by each partner, sending to the Panel and the Panel's response."""

    sign_requested = Signal(str, str, str)  # partner, name, typed date
    send_requested = Signal(str)  # typed date
    response_requested = Signal(str, str, str, str)  # response, typed date, decision, date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_SignOffSection()
        self.form.setupUi(self)
        f = self.form
        self.names: dict[str, QLineEdit] = {k: getattr(f, f"signoff_name_{k}") for k in PARTNERS}
        self.dates: dict[str, QLineEdit] = {k: getattr(f, f"signoff_date_{k}") for k in PARTNERS}
        self.buttons: dict[str, QPushButton] = {k: getattr(f, f"sign_off_{k}") for k in PARTNERS}
        for key, button in self.buttons.items():
            button.clicked.connect(lambda _on=False, k=key: self.sign_requested.emit(
                k, self.names[k].text(), self.dates[k].text()))
        self.sent = f.sent_to_panel
        self.send = f.send_to_panel
        self.send.clicked.connect(lambda: self.send_requested.emit(self.sent.text()))
        self.response = f.panel_response
        for key, label in PANEL_RESPONSES.items():
            self.response.addItem(label, key)
        self.received = f.panel_response_date
        self.revised = f.revised_decision
        self.revised_on = f.revised_decision_date
        self.record_response = f.record_panel_response
        self.record_response.clicked.connect(lambda: self.response_requested.emit(
            str(self.response.currentData()), self.received.text(),
            str(self.revised.currentData() or ""), self.revised_on.text()))
        self.error = f.signoff__error

    def set_decisions(self, options: list[tuple[str, str]]) -> None:
        """Offer the case's framework's decisions for a revised decision."""
        self.revised.clear()
        self.revised.addItem("No revised decision", "")
        for value, label in options:
            self.revised.addItem(label, value)

    def load(self, record: RapidReview) -> None:
        """Show who has signed off and when (what is typed but not yet recorded stays)."""
        for key in PARTNERS:
            s = record.signoffs.get(key)
            if s is not None:
                self.names[key].setText(s.name)
                self.dates[key].setText(iso_to_uk(s.signed_on))
        if record.sent_to_panel_on:
            self.sent.setText(iso_to_uk(record.sent_to_panel_on))

    def clear(self) -> None:
        """Drop every value shown (on lock)."""
        for w in (*self.names.values(), *self.dates.values(), self.sent, self.received,
                  self.revised_on):
            w.clear()


class TimelineSection(QWidget):
    """Each step of the rapid review against its working-day target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_TimelineSection()
        self.form.setupUi(self)
        self.form.timeline_box.setTitle(f"Timeline ({LOCAL_PLAN_NOTE})")
        self.table = self.form.rapid_review_timeline
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.steps: list[TimelineStep] = []

    def show_steps(self, steps: list[TimelineStep]) -> None:
        """Show the steps."""
        self.steps = steps
        self.table.setRowCount(len(steps))
        for r, s in enumerate(steps):
            target = f"Day {s.target_day}" + (f": {format_uk_date(s.target)}" if s.target else "")
            state = {"done": "done", "late": "done", "overdue": "overdue",
                     "upcoming": "upcoming", "not_started": "upcoming"}[s.state]
            for c, text in enumerate((s.label, target, state_text(state, s.text))):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def clear(self) -> None:
        """Drop every value shown (on lock)."""
        self.steps = []
        self.table.setRowCount(0)
