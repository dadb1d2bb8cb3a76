"""Showing a new recovery key once, so that it can be written down or printed for the safe.

The key is shown in this dialog and nowhere else; it is not kept by the
application.  The dialog is opened window-modal without a nested event
loop, and closes only once the person says they have kept the key (or when
the window locks, which closes it like any other dialog).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from scr_desktop.gui.forms.recovery_key_dialog import Ui_RecoveryKeyDialog


class RecoveryKeyDialog(QDialog):
    """Show ``code`` (the recovery key of the vault at ``path``) once."""

    def __init__(self, code: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_RecoveryKeyDialog()
        self.form.setupUi(self)
        self.form.recovery_key.setText(code)
        self.form.made_on.setText(
            f"Vault: {path.name}. Made on {date.today().strftime('%d/%m/%Y')}; any earlier "
            "recovery key of this vault no longer works.")
        self.form.kept_box.toggled.connect(self.form.done_button.setEnabled)
        self.form.done_button.clicked.connect(self.accept)

    def reject(self) -> None:
        """Escape closes only once the key has been kept (locking closes it regardless)."""
        if self.form.kept_box.isChecked():
            super().reject()

    def clear(self) -> None:
        """Drop the key from the screen (the dialog is closing)."""
        self.form.recovery_key.clear()
