"""The notification: the national system's fields previewed and copied, then recorded.

There is no network: each field is copied on its own (through the
clipboard guard, which marks it secret and clears it) and pasted into the
Child Safeguarding Incident Notification System.  The fields are
anonymised unless the user unticks the box.  Recording the notification
needs the date it was submitted and the system's reference.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.domain.model import Case
from scr_desktop.export.rapid_review import notification_fields
from scr_desktop.gui.binding import ErrorLabel
from scr_desktop.gui.rapid_review.common import date_field, section, text_line


class NotificationSection(QWidget):
    """Preview, copy and record the notification."""

    record_requested = Signal(str, str, str)  # submitted ISO or typed text, reference, told
    export_requested = Signal()

    def __init__(self, copy_text: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._copy_text = copy_text
        self.fields: list[tuple[str, str]] = []
        box, lay = section("Notification to the Panel (national notification system)",
                           "notification_box")
        self.anonymised = QCheckBox("&Anonymise (recommended)")
        self.anonymised.setObjectName("notification_anonymised")
        self.anonymised.setChecked(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("notification_fields")
        self.table.setAccessibleName("What the notification system asks for, field by field")
        self.table.setHorizontalHeaderLabels(["Field", "Value", "Copy"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(260)
        self.submitted = date_field("notification_submitted", "Date the notification was "
                                    "submitted")
        self.reference = text_line("notification_reference", "Reference the notification "
                                   "system gave")
        self.told = date_field("partners_told", "Date the safeguarding partners were told")
        self.export = QPushButton("Save these fields as an encrypted PDF\u2026")
        self.export.setObjectName("export_incident_notification")
        self.export.clicked.connect(self.export_requested)
        self.record = QPushButton("&Record the notification")
        self.record.setObjectName("record_notification")
        self.error = ErrorLabel("notification")
        self.status = QLabel()
        self.status.setObjectName("notification_status")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Date submitted:", self.submitted)
        form.addRow("System's reference:", self.reference)
        form.addRow("Safeguarding partners told on:", self.told)
        intro = QLabel("Copy each field into the national Child Safeguarding Incident "
                       "Notification System; nothing is sent from this application.")
        intro.setWordWrap(True)
        for before in (intro, self.anonymised, self.table, self.export):
            lay.addWidget(before)
        lay.addLayout(form)
        for after in (self.record, self.error, self.status):
            lay.addWidget(after)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        self.record.clicked.connect(lambda: self.record_requested.emit(
            self.submitted.text(), self.reference.text(), self.told.text()))

    def show_fields(self, case: Case, assessment: Mapping[str, Any], board: str) -> None:
        """Fill the preview from the case (anonymised unless the box is unticked)."""
        self.fields = notification_fields(case, assessment, board_name=board,
                                          anonymised=self.anonymised.isChecked())
        self.table.setRowCount(len(self.fields))
        for r, (label, value) in enumerate(self.fields):
            self.table.setItem(r, 0, QTableWidgetItem(label))
            self.table.setItem(r, 1, QTableWidgetItem(value))
            button = QPushButton("Copy")
            button.setAccessibleName(f"Copy {label}")
            button.clicked.connect(lambda _on=False, v=value: self._copy_text(v))
            self.table.setCellWidget(r, 2, button)
        self.table.resizeRowsToContents()

    def copy_field(self, label: str) -> None:
        """Copy the value of the field called ``label``, as its button does."""
        self._copy_text(dict(self.fields)[label])

    def clear(self) -> None:
        """Drop every value shown (on lock)."""
        self.fields = []
        self.table.setRowCount(0)
        for w in (self.submitted, self.reference, self.told):
            w.clear()
        self.status.clear()
