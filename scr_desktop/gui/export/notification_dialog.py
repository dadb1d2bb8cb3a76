"""Preparing a notification to Ofsted, the DfE or the National Panel: recipient and preview.

:class:`NotificationDialog` shows the words of the notification exactly as
they will be printed (:func:`scr_desktop.export.notification_text.notification_text`,
built from the same anonymised copy of the case as the PDF) and, beside
them, who is who: each name the case records and the pseudonym that
replaces it.  Identifying details can be included only after an explicit
confirmation; the caller records that choice in the audit log when the file
is saved.  The dialog only chooses; :meth:`choice` returns what was chosen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.domain.anonymise import pseudonyms
from scr_desktop.domain.model import Case
from scr_desktop.export.notification import RECIPIENTS
from scr_desktop.export.notification_text import notification_text
from scr_desktop.gui.export.buttons import accept_cancel
from scr_desktop.gui.messages import Messages

NOT_ANONYMISED_WARNING = (
    "\u26a0 NOT ANONYMISED: names, dates of birth, addresses and contact details will be "
    "sent. This choice is recorded in the audit log."
)
ANONYMISED_STATUS = "\u2713 Anonymised: names are replaced as shown, and no address is sent."


@dataclass(frozen=True)
class NotificationChoice:
    """What the user chose: the recipient key, whether to anonymise, and the date printed."""

    recipient: str
    anonymised: bool
    generated_at: datetime

    @property
    def recipient_name(self) -> str:
        """Return the recipient's full name."""
        return RECIPIENTS[self.recipient]


class NotificationDialog(QDialog):
    """Choose the recipient, read exactly what will be sent, and confirm any override."""

    def __init__(self, case: Case, assessment: Mapping[str, Any], *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notification_dialog")
        self.setWindowTitle(f"Notification for {case.reference or 'this case'}")
        self.case = case
        self.assessment = assessment
        self.generated_at = datetime.now()

        self.recipient = QComboBox()
        self.recipient.setObjectName("recipient")
        self.recipient.setAccessibleName("Recipient")
        for key, name in RECIPIENTS.items():
            self.recipient.addItem(name, key)
        recipient_label = QLabel("&Recipient:")
        recipient_label.setBuddy(self.recipient)

        self.identifying = QCheckBox("&Include identifying details (not anonymised)")
        self.identifying.setObjectName("include_identifying")
        self.identifying.setAccessibleDescription(
            "Asks for confirmation; the choice is recorded in the audit log")
        self.status = QLabel()
        self.status.setObjectName("anonymisation_status")
        self.status.setWordWrap(True)

        self.preview = QPlainTextEdit()
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName("Preview of the notification")
        self.preview.setAccessibleDescription("Exactly the text that will be sent")
        self.preview.setTabChangesFocus(True)
        self.preview.setMinimumSize(460, 360)
        preview_label = QLabel("&What will be sent (exactly as printed):")
        preview_label.setBuddy(self.preview)

        self.people = self._people_table()
        self.people.setMinimumWidth(340)
        self.people_label = QLabel("Who is &who (shown to you only, never sent):")
        self.people_label.setBuddy(self.people)
        self.people_label.setWordWrap(True)

        self.buttons, self.ok_button = accept_cancel(self, "&Continue\u2026")
        self.ok_button.setDefault(True)

        top = QHBoxLayout()
        top.addWidget(recipient_label)
        top.addWidget(self.recipient, 1)
        left = QVBoxLayout()
        left.addWidget(preview_label)
        left.addWidget(self.preview, 1)
        self.people_panel = QWidget()
        right = QVBoxLayout(self.people_panel)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.people_label)
        right.addWidget(self.people, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addWidget(self.people_panel, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.identifying)
        layout.addWidget(self.status)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)

        self.recipient.currentIndexChanged.connect(self._refresh)
        self.identifying.toggled.connect(self._identifying_toggled)
        self._refresh()
        self.resize(960, 640)
        self.recipient.setFocus()

    def _people_table(self) -> QTableWidget:
        entries = pseudonyms(self.case).entries
        table = QTableWidget(len(entries), 3)
        table.setObjectName("pseudonyms")
        table.setAccessibleName("Names and the pseudonyms that replace them")
        table.setHorizontalHeaderLabels(["Role", "Name in the case", "Sent as"])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        for row, e in enumerate(entries):
            for col, text in enumerate((e.role, e.real_name, e.pseudonym)):
                table.setItem(row, col, QTableWidgetItem(text))
        return table

    def anonymised(self) -> bool:
        """Return True unless identifying details are to be included."""
        return not self.identifying.isChecked()

    def recipient_key(self) -> str:
        """Return the key of the chosen recipient ("ofsted", "dfe", "national_panel")."""
        return str(self.recipient.currentData())

    def _identifying_toggled(self, checked: bool) -> None:
        if checked and not Messages.confirm(
            self, "Include identifying details?",
            f"The notification to {self.recipient.currentText()} will include the child's "
            "name, dates of birth, addresses and other identifying details. Notifications "
            "to external bodies are normally anonymised (8.15 of Working Together). "
            "Include them anyway? This choice is recorded in the audit log.",
            yes="&Include identifying details", no="&Keep it anonymised", destructive=True,
        ):
            self.identifying.blockSignals(True)
            self.identifying.setChecked(False)
            self.identifying.blockSignals(False)
        self._refresh()

    def _refresh(self) -> None:
        anonymised = self.anonymised()
        self.status.setText(ANONYMISED_STATUS if anonymised else NOT_ANONYMISED_WARNING)
        self.status.setProperty("role", "" if anonymised else "error")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.people_panel.setVisible(anonymised)
        self.preview.setPlainText(self.preview_text())

    def preview_text(self) -> str:
        """Return the text that will be sent with the current choices."""
        return notification_text(self.case, self.assessment, recipient=self.recipient_key(),
                                 anonymised=self.anonymised(), generated_at=self.generated_at)

    def choice(self) -> NotificationChoice:
        """Return the current choices."""
        return NotificationChoice(self.recipient_key(), self.anonymised(), self.generated_at)

    def done(self, result: int) -> None:
        """Close, dropping the preview and the names table."""
        self.preview.clear()
        self.people.clearContents()
        super().done(result)
