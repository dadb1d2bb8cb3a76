"""A read-only window showing the text of a draft report, read from the vault into memory.

The text is held by this window only; closing it (or locking, which closes
every window) clears it and deletes the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget

from scr_desktop.gui.forms.review.draft_viewer import Ui_DraftViewer


class DraftViewer(QDialog):
    """The text of one draft version."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_DraftViewer()
        self.form.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.text = self.form.draft_text
        self.text.setPlainText(text)
        self.form.close_button.clicked.connect(self.close)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Drop the text as the window closes."""
        self.text.clear()
        super().closeEvent(event)
