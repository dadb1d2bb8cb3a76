"""Showing a new recovery key once, so that it can be written down or printed for the safe.

The key is shown in this dialog and nowhere else; it is not kept by the
application.  "Save the recovery sheet…" hands the key to the caller's
``save_sheet``, which saves it as an encrypted PDF through the audited
export path.  The dialog is opened window-modal without a nested event
loop.  Only Done, once the person has ticked that they kept the key, accepts
it (the caller keeps the key in the vault then); Escape and the window's
close button leave it open, and locking closes it without keeping the key,
so a key nobody kept never replaces one that was.

The sheet names the board, since it is kept in the board's safe.  While the
board's name is not set (a vault created on a new installation) the dialog
asks for it; what is typed becomes the board's name every document uses
(Vault > Board and partner agencies changes it), kept when the sheet is
saved or Done chosen.  Left empty, the sheet has a line to write it on.
Once the name is set the dialog shows it instead of asking.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QWidget

from scr_desktop.gui import settings
from scr_desktop.gui.forms.recovery_key_dialog import Ui_RecoveryKeyDialog


class RecoveryKeyDialog(QDialog):
    """Show ``code`` (the new recovery key of the vault at ``path``) once."""

    def __init__(self, code: str, path: Path, parent: QWidget | None = None, *,
                 save_sheet: Callable[[], None] | None = None, replaces: bool = True) -> None:
        super().__init__(parent)
        self.form = Ui_RecoveryKeyDialog()
        self.form.setupUi(self)
        key = self.form.recovery_key
        font = QFont(key.font())
        font.setFamilies(["DejaVu Sans Mono", "Consolas", "monospace"])
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        key.setFont(font)
        key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        key.setContentsMargins(12, 10, 12, 10)
        key.setText(code)
        self.setMinimumWidth(key.sizeHint().width() + 48)
        board = settings.board_name()
        self.form.board_box.setVisible(not board)
        made = f"Vault: {path.name}. Made on {date.today().strftime('%d/%m/%Y')}."
        if board:
            made = f"Board: {board}. {made}"
        if replaces:
            made += " Once you choose Done, the earlier recovery key no longer works."
        self.form.made_on.setText(made)
        self.form.kept_box.toggled.connect(self.form.done_button.setEnabled)
        self.form.done_button.clicked.connect(self.accept)
        self.form.save_sheet_button.setVisible(save_sheet is not None)
        if save_sheet is not None:
            def keep_board_then_save() -> None:
                self.keep_board_name()
                save_sheet()

            self.form.save_sheet_button.clicked.connect(keep_board_then_save)

    def keep_board_name(self) -> None:
        """Make the name typed (if any) the board's name every document uses."""
        typed = self.form.board_name.text()
        if self.form.board_box.isVisibleTo(self) and typed.strip():
            settings.set_board_name(typed)

    def accept(self) -> None:
        """Done: only once the person has said the key is kept."""
        if self.form.kept_box.isChecked():
            self.keep_board_name()
            super().accept()

    def reject(self) -> None:
        """Escape and the close button do nothing: the key must be kept, or the window
        locked (which closes the dialog regardless, without keeping the key)."""

    def clear(self) -> None:
        """Drop the key from the screen (the dialog is closing)."""
        self.form.recovery_key.clear()
