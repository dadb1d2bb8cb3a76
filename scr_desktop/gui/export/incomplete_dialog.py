"""Before a referral is sent: the sections not yet complete, with "Go to section" and
"Send anyway".

The form asks that all its sections be fully completed before it is sent
(the note before 3.6 of ``reference/000``), yet a referral may have to go before
everything is known, so an incomplete one is never blocked: the dialog lists
each incomplete section with what it lacks, and the user either goes there
(the wizard opens at that section) or sends it as it stands.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from scr_desktop.domain.form import section
from scr_desktop.domain.validation import Problem
from scr_desktop.gui.forms.export.incomplete_dialog import Ui_IncompleteDialog

GO_TO_SECTION = 2  # the dialog's result when the user chose a section to go to
GUIDANCE = ("The board asks that all sections of the form are fully completed before it is "
            "sent. These sections are not complete yet:")


class IncompleteDialog(QDialog):
    """List the incomplete sections; accept means "send anyway"."""

    def __init__(self, problems: dict[str, list[Problem]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_IncompleteDialog()
        self.form.setupUi(self)
        self.form.explanation.setText(GUIDANCE)
        self.sections = self.form.incomplete_sections
        self.go_button = self.form.go_button
        self.send_button = self.form.send_button
        self.form.cancel_button.clicked.connect(self.reject)
        self.send_button.clicked.connect(self.accept)
        self.go_button.clicked.connect(self._go)
        self.sections.itemActivated.connect(lambda _item: self._go())
        for key, found in problems.items():
            lines = "\n".join(f"  \u2022 {p.message}" for p in found)
            item = QListWidgetItem(f"\u26a0 {section(key).title}\n{lines}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sections.addItem(item)
        self.sections.setCurrentRow(0)
        self.sections.setFocus()

    def chosen_section(self) -> str:
        """Return the key of the section selected in the list ('' if none)."""
        item = self.sections.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _go(self) -> None:
        if self.chosen_section():
            self.done(GO_TO_SECTION)
