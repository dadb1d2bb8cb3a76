"""Preparing a notification to Ofsted, the DfE or the National Panel: recipient and preview.

:class:`NotificationDialog` shows the words of the notification exactly as
they will be printed (:func:`scr_desktop.export.notification_text.notification_text`,
built from the same anonymised copy of the case as the PDF) and, beside
them, who is who: each name the case records and the pseudonym that
replaces it.  Identifying details can be included only after an explicit
confirmation; the caller records that choice in the audit log when the file
is saved.  The dialog only chooses; :meth:`choice` returns what was chosen.

In the anonymised preview every replacement is shown where it is: shaded,
bold and underlined with a dashed line (the underline and weight are the
sign for anyone who cannot tell the shading), without changing a character
of the text that will be sent.  :attr:`NotificationDialog.replacements`
holds their spans.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from scr_desktop.domain.anonymise import marking_replacements, pseudonyms, split_marks
from scr_desktop.domain.model import Case
from scr_desktop.export.notification import RECIPIENTS
from scr_desktop.export.notification_text import notification_text
from scr_desktop.gui.export.buttons import accept_cancel
from scr_desktop.gui.forms.export.notification_dialog import Ui_NotificationDialog
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.window_size import fit_to_screen

NOT_ANONYMISED_WARNING = (
    "\u26a0 NOT ANONYMISED: names, dates of birth, addresses and contact details will be "
    "sent. This choice is recorded in the audit log."
)
ANONYMISED_STATUS = ("\u2713 Anonymised: names are replaced as shown, and no address is sent. "
                     "Each replacement is shaded, bold and underlined in the preview.")
REPLACED_SHADE = "#fff0b3"


def _utf16(text: str, index: int) -> int:
    """Return the position Qt uses (UTF-16 units) for character ``index`` of ``text``."""
    return len(text[:index].encode("utf-16-le")) // 2


def replacement_format() -> QTextCharFormat:
    """Return how a replacement is shown: shaded, bold and dash-underlined."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(REPLACED_SHADE))
    fmt.setForeground(QColor("#000000"))
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontUnderline(True)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    return fmt


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

    def __init__(self, case: Case, assessment: Mapping[str, Any], *, board_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_NotificationDialog()
        self.form.setupUi(self)
        fit_to_screen(self, self.size())  # the form's size, as far as the screen allows
        self.setWindowTitle(f"Notification for {case.reference or 'this case'}")
        self.case = case
        self.assessment = assessment
        self.generated_at = datetime.now()
        self.board_name = board_name

        self.recipient = self.form.recipient
        for key, name in RECIPIENTS.items():
            self.recipient.addItem(name, key)
        self.identifying = self.form.include_identifying
        self.status = self.form.anonymisation_status
        self.preview = self.form.preview
        self.replacements: list[tuple[int, int]] = []  # (start, end) of each, in the text
        self.people = self.form.pseudonyms
        self.people.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self._fill_people()
        self.people_label = self.form.people_label
        self.people_panel = self.form.people_panel
        self.buttons, self.ok_button = accept_cancel(self, "&Continue\u2026",
                                                     box=self.form.buttons)
        self.ok_button.setDefault(True)

        self.recipient.currentIndexChanged.connect(self._refresh)
        self.identifying.toggled.connect(self._identifying_toggled)
        self._refresh()
        self.recipient.setFocus()

    def _fill_people(self) -> None:
        entries = pseudonyms(self.case).entries
        self.people.setRowCount(len(entries))
        for row, e in enumerate(entries):
            for col, text in enumerate((e.role, e.real_name, e.pseudonym)):
                self.people.setItem(row, col, QTableWidgetItem(text))

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
        text, spans = self._marked_preview()
        self.preview.setPlainText(text)
        self.replacements = spans
        fmt = replacement_format()
        for start, end in spans:
            cursor = QTextCursor(self.preview.document())
            cursor.setPosition(_utf16(text, start))
            cursor.setPosition(_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    def _marked_preview(self) -> tuple[str, list[tuple[int, int]]]:
        """Return the text that will be sent and where each replacement in it is."""
        with marking_replacements():
            marked = self.preview_text()
        return split_marks(marked)

    def preview_text(self) -> str:
        """Return the text that will be sent with the current choices."""
        return notification_text(self.case, self.assessment, recipient=self.recipient_key(),
                                 anonymised=self.anonymised(), generated_at=self.generated_at,
                                 **({"board_name": self.board_name} if self.board_name else {}))

    def choice(self) -> NotificationChoice:
        """Return the current choices."""
        return NotificationChoice(self.recipient_key(), self.anonymised(), self.generated_at)

    def done(self, result: int) -> None:
        """Close, dropping the preview and the names table."""
        self.preview.clear()
        self.replacements = []
        self.people.clearContents()
        super().done(result)
