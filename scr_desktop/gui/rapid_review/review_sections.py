"""The rapid review's sections: agency summaries, meeting, report, sign-off, Panel, timeline.

Each section is a small widget that shows part of a
:class:`~scr_desktop.domain.rapid_review.RapidReview` and reads edits back
into it; the page (:mod:`.page`) owns the record and the case.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
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
from scr_desktop.gui.binding import ErrorLabel
from scr_desktop.gui.deadline_style import state_text
from scr_desktop.gui.rapid_review.common import date_field, hbox, section, text_line

AGENCY_COLUMNS = ("Agency", "Asked on", "Summary received on", "Summary of involvement")


class AgencySection(QWidget):
    """Requests to agencies (day 1) and the summaries they send back."""

    changed = Signal()
    letter_requested = Signal(int)  # the row of the agency to write to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = RapidReview()
        self._loading = False
        box, lay = section("Requests to agencies and their summaries", "agencies_box")
        self.table = QTableWidget(0, len(AGENCY_COLUMNS))
        self.table.setObjectName("agency_requests")
        self.table.setAccessibleName("Agencies asked for a summary of their involvement")
        self.table.setHorizontalHeaderLabels(list(AGENCY_COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(150)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.new_agency = text_line("new_agency", "Agency to ask")
        self.asked_on = date_field("agency_asked_on", "Date the agency was asked")
        self.add = QPushButton("As&k this agency")
        self.add.setObjectName("add_agency_request")
        self.error = ErrorLabel("agency_requests")
        self.letter = QPushButton("&Letter to the selected agency (encrypted PDF)\u2026")
        self.letter.setObjectName("agency_letter")
        self.letter.clicked.connect(self._letter)
        lay.addWidget(self.table)
        lay.addWidget(hbox(self.new_agency, self.asked_on, self.add, self.letter))
        lay.addWidget(self.error)
        QVBoxLayout(self).addWidget(box)
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
        box, lay = section("Rapid review meeting", "meeting_box")
        form = QFormLayout()
        self.date = date_field("rr_meeting_date", "Date of the rapid review meeting")
        self.error = ErrorLabel("rr_meeting_date")
        form.addRow("Date of the meeting:", self.date)
        self.present: dict[str, QLineEdit] = {}
        for key, label in PARTNERS.items():
            field = text_line(f"present_{key}", f"Who attended for the {label.lower()}")
            field.setPlaceholderText("role of who attended (blank: did not attend)")
            form.addRow(f"{label}:", field)
            self.present[key] = field
        self.others = QPlainTextEdit()
        self.others.setObjectName("others_present")
        self.others.setAccessibleName("Others attending")
        self.others.setMaximumHeight(60)
        form.addRow("Others attending:", self.others)
        self.take = QPushButton("&Take the agency returns and attendance from meeting mode")
        self.take.setObjectName("take_from_meeting")
        self.take.setToolTip("Hold the rapid review meeting in Meetings, with this case on its "
                             "agenda; its agency returns and attendance come here.")
        self.take.clicked.connect(self.take_requested)
        lay.addWidget(self.take)
        lay.addLayout(form)
        lay.addWidget(self.error)
        QVBoxLayout(self).addWidget(box)
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
        box, lay = section("Rapid review report (the Panel's template)", "report_box")
        self.texts: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        for key, heading in REPORT_HEADINGS.items():
            edit = QPlainTextEdit()
            edit.setObjectName(f"report_{key}")
            edit.setAccessibleName(heading)
            edit.setMaximumHeight(80)
            edit.textChanged.connect(lambda k=key, e=edit: self._edited(k, e))
            form.addRow(f"{heading}:", edit)
            self.texts[key] = edit
        self.export = QPushButton("E&xport the report (encrypted PDF)\u2026")
        self.export.setObjectName("export_rapid_review")
        self.export.clicked.connect(self.export_requested)
        lay.addLayout(form)
        lay.addWidget(self.export)
        QVBoxLayout(self).addWidget(box)

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
        box, lay = section("Sign-off, the Panel and its response", "signoff_box")
        form = QFormLayout()
        self.names: dict[str, QLineEdit] = {}
        self.dates: dict[str, QLineEdit] = {}
        self.buttons: dict[str, QPushButton] = {}
        for key, label in PARTNERS.items():
            name = text_line(f"signoff_name_{key}", f"Who signed off for the {label.lower()}")
            when = date_field(f"signoff_date_{key}", f"Date the {label.lower()} signed off")
            button = QPushButton("Sign off")
            button.setObjectName(f"sign_off_{key}")
            button.setAccessibleName(f"Record the sign-off of the {label.lower()}")
            button.clicked.connect(lambda _on=False, k=key: self.sign_requested.emit(
                k, self.names[k].text(), self.dates[k].text()))
            form.addRow(f"{label}:", hbox(name, when, button))
            self.names[key], self.dates[key], self.buttons[key] = name, when, button
        self.sent = date_field("sent_to_panel", "Date the report was sent to the Panel")
        self.send = QPushButton("Record as &sent to the Panel")
        self.send.setObjectName("send_to_panel")
        self.send.clicked.connect(lambda: self.send_requested.emit(self.sent.text()))
        form.addRow("Sent to the Panel on:", hbox(self.sent, self.send))
        self.response = QComboBox()
        self.response.setObjectName("panel_response")
        self.response.setAccessibleName("The Panel's response")
        for key, label in PANEL_RESPONSES.items():
            self.response.addItem(label, key)
        self.received = date_field("panel_response_date", "Date of the Panel's response")
        self.revised = QComboBox()
        self.revised.setObjectName("revised_decision")
        self.revised.setAccessibleName("Revised decision after a challenge")
        self.revised_on = date_field("revised_decision_date", "Date of the revised decision")
        self.record_response = QPushButton("Record the &Panel's response")
        self.record_response.setObjectName("record_panel_response")
        self.record_response.clicked.connect(lambda: self.response_requested.emit(
            str(self.response.currentData()), self.received.text(),
            str(self.revised.currentData() or ""), self.revised_on.text()))
        form.addRow("Panel's response:", hbox(self.response, self.received))
        form.addRow("Revised decision, if challenged:", hbox(self.revised, self.revised_on))
        lay.addLayout(form)
        lay.addWidget(self.record_response)
        self.error = ErrorLabel("signoff")
        lay.addWidget(self.error)
        QVBoxLayout(self).addWidget(box)

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
        box, lay = section(f"Timeline ({LOCAL_PLAN_NOTE})", "timeline_box")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("rapid_review_timeline")
        self.table.setAccessibleName("The rapid review's steps against their targets")
        self.table.setHorizontalHeaderLabels(["Step", "Target", "State"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(180)
        lay.addWidget(self.table)
        QVBoxLayout(self).addWidget(box)
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
