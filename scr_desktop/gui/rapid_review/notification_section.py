"""The notification: the national system's fields previewed and copied, then recorded.

There is no network: each field is copied on its own (through the
clipboard guard, which marks it secret and clears it) and pasted into the
Child Safeguarding Incident Notification System.  The fields are
anonymised unless the user unticks the box.  Recording the notification
needs the date it was submitted and the system's reference.  The section's
frame is a Designer form (``ui/rapid_review/notification_section.ui``); the
code fills the table of fields, each with its own copy button.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QPushButton, QTableWidgetItem, QWidget

from scr_desktop.domain.model import Case
from scr_desktop.gui.forms.rapid_review.notification_section import Ui_NotificationSection

LOCAL_AUTHORITY_FIELD = "Notifying local authority"
LOCAL_AUTHORITY_MISSING = ("Not set: type the local authority's name in Vault > Board and "
                           "partner agencies")
NOT_RECORDED = "Not recorded in the case"


class NotificationSection(QWidget):
    """Preview, copy and record the notification."""

    record_requested = Signal(str, str, str)  # submitted ISO or typed text, reference, told
    export_requested = Signal()

    def __init__(self, copy_text: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._copy_text = copy_text
        self.fields: list[tuple[str, str]] = []
        self.form = Ui_NotificationSection()
        self.form.setupUi(self)
        self.anonymised = self.form.notification_anonymised
        self.table = self.form.notification_fields
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.submitted = self.form.notification_submitted
        self.reference = self.form.notification_reference
        self.told = self.form.partners_told
        self.export = self.form.export_incident_notification
        self.export.clicked.connect(self.export_requested)
        self.record = self.form.record_notification
        self.error = self.form.notification__error
        self.status = self.form.notification_status
        self.record.clicked.connect(lambda: self.record_requested.emit(
            self.submitted.text(), self.reference.text(), self.told.text()))

    def show_fields(self, case: Case, assessment: Mapping[str, Any],
                    local_authority: str) -> None:
        """Fill the preview from the case (anonymised unless the box is unticked).

        A field with nothing to give says what is missing (and, for the local
        authority's name, where to set it) and has no Copy button: what is
        pasted into the national system is only ever data.
        """
        # Imported here, not with the wizard: the module lays out the PDFs too, and
        # loading the PDF library costs memory a case that is only read never needs.
        from scr_desktop.export.rapid_review import notification_fields

        self.fields = notification_fields(case, assessment, local_authority=local_authority,
                                          anonymised=self.anonymised.isChecked())
        self.table.setRowCount(len(self.fields))
        for r, (label, value) in enumerate(self.fields):
            self.table.setItem(r, 0, QTableWidgetItem(label))
            missing = not value
            shown = QTableWidgetItem(value or (LOCAL_AUTHORITY_MISSING
                                               if label == LOCAL_AUTHORITY_FIELD
                                               else NOT_RECORDED))
            if missing:
                shown.setForeground(self.palette().placeholderText())
            self.table.setItem(r, 1, shown)
            if missing:
                self.table.removeCellWidget(r, 2)
                continue
            button = QPushButton("Copy")
            button.setAccessibleName(f"Copy {label}")
            button.clicked.connect(lambda _on=False, v=value: self._copy_text(v))
            self.table.setCellWidget(r, 2, button)
        self.table.resizeRowsToContents()

    def copy_field(self, label: str) -> None:
        """Copy the value of the field called ``label``, as its button does (a field with
        nothing to give copies nothing)."""
        value = dict(self.fields)[label]
        if value:
            self._copy_text(value)

    def clear(self) -> None:
        """Drop every value shown (on lock)."""
        self.fields = []
        self.table.setRowCount(0)
        for w in (self.submitted, self.reference, self.told):
            w.clear()
        self.status.clear()
