"""Add or change one chronology entry.

A value that cannot be used (an impossible date, a time past 23:59, no
agency or account) is refused in words beside the buttons, and the dialog
stays open with everything typed kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.domain.chronology.entry import Entry, EntryInputError, make_entry


class EntryDialog(QDialog):
    """The fields of one entry."""

    def __init__(self, agencies: list[str], entry: Entry | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chronology_entry_dialog")
        self.setWindowTitle("Change the entry" if entry else "Add an entry")
        self.result_entry: Entry | None = None
        self._original = entry
        self.date = QLineEdit(entry.date_text if entry else "")
        self.date.setPlaceholderText("dd/mm/yyyy, mm/yyyy or yyyy")
        self.time = QLineEdit(entry.time if entry else "")
        self.time.setPlaceholderText("hh:mm")
        self.agency = QComboBox()
        self.agency.setEditable(True)
        self.agency.addItems(agencies)
        self.agency.setCurrentText(entry.agency if entry else (agencies[0] if agencies else ""))
        self.source = QLineEdit(entry.source if entry else "")
        self.what = QPlainTextEdit(entry.event if entry else "")
        self.people = QLineEdit(entry.people if entry else "")
        self.people.setPlaceholderText("names or roles, separated by ;")
        self.comment = QPlainTextEdit(entry.comment if entry else "")
        self.analysis = QPlainTextEdit(entry.analysis if entry else "")
        self.key = QCheckBox("&Key practice episode")
        self.key.setChecked(bool(entry and entry.key))
        for w, name in ((self.date, "Date"), (self.time, "Time"), (self.agency, "Agency"),
                        (self.source, "Source document"), (self.what, "What happened"),
                        (self.people, "People involved"), (self.comment, "Agency comment"),
                        (self.analysis, "Review analysis")):
            w.setAccessibleName(name)
            w.setObjectName(name.lower().replace(" ", "_"))
        for w in (self.what, self.comment, self.analysis):
            w.setTabChangesFocus(True)
            w.setFixedHeight(70)
        self.error = QLabel("")
        self.error.setObjectName("entry_error")
        self.error.setWordWrap(True)
        self.error.setAccessibleName("Problem with the entry")
        form = QFormLayout()
        form.addRow("&Date:", self.date)
        form.addRow("&Time:", self.time)
        form.addRow("A&gency:", self.agency)
        form.addRow("&Source document:", self.source)
        form.addRow("&What happened:", self.what)
        form.addRow("&People involved:", self.people)
        form.addRow("Agency &comment:", self.comment)
        form.addRow("Review &analysis:", self.analysis)
        form.addRow(self.key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.resize(560, 560)

    def accept(self) -> None:
        """Keep the entry if every value can be used; else say why and stay open."""
        try:
            entry = make_entry(
                date_text=self.date.text(), time_text=self.time.text(),
                agency=self.agency.currentText(), event=self.what.toPlainText(),
                source=self.source.text(), people=self.people.text(),
                comment=self.comment.toPlainText(), analysis=self.analysis.toPlainText(),
                key=self.key.isChecked(),
                entry_id=self._original.id if self._original else "",
                case_id=self._original.case_id if self._original else "")
        except EntryInputError as exc:
            text = str(exc)
            self.error.setText("\u26a0 " + text[0].upper() + text[1:] + ".")
            return
        self.result_entry = entry
        super().accept()
