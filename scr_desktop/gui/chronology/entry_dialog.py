"""Add or change one chronology entry (the form is ``ui/chronology/entry_dialog.ui``).

A value that cannot be used (an impossible date, a time past 23:59, no
agency or account) is refused in words beside the buttons, and the dialog
stays open with everything typed kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from scr_desktop.domain.chronology.entry import Entry, EntryInputError, make_entry
from scr_desktop.gui.forms.chronology.entry_dialog import Ui_EntryDialog


class EntryDialog(QDialog):
    """The fields of one entry."""

    def __init__(self, agencies: list[str], entry: Entry | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_EntryDialog()
        self.form.setupUi(self)
        f = self.form
        self.setWindowTitle("Change the entry" if entry else "Add an entry")
        self.result_entry: Entry | None = None
        self._original = entry
        self.date, self.time, self.agency, self.source = f.date, f.time, f.agency, f.source
        self.what, self.people, self.comment, self.analysis = (f.what, f.people, f.comment,
                                                               f.analysis)
        self.key, self.error = f.key, f.error
        self.agency.addItems(agencies)
        self.agency.setCurrentText(entry.agency if entry else (agencies[0] if agencies else ""))
        if entry is not None:
            self.date.setText(entry.date_text)
            self.time.setText(entry.time)
            self.source.setText(entry.source)
            self.what.setPlainText(entry.event)
            self.people.setText(entry.people)
            self.comment.setPlainText(entry.comment)
            self.analysis.setPlainText(entry.analysis)
            self.key.setChecked(entry.key)
        f.buttons.accepted.connect(self.accept)
        f.buttons.rejected.connect(self.reject)

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
