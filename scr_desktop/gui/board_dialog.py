"""The board's name and its partner agencies: the settings every document draws on.

:class:`BoardDialog` edits both (the Vault menu's "Board and partner
agencies…").  :func:`board_for_documents` is what an export calls before it
lays anything out: it returns the board's name, and the first time, while
no name is set, it asks for one (there is no default name, so a
placeholder never reaches a chief officer's letter); cancelling cancels the
export with a message saying why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from scr_desktop.gui import settings
from scr_desktop.gui.forms.board_dialog import Ui_BoardDialog
from scr_desktop.gui.messages import Messages

NAME_NEEDED = ("Type your board's name. Every document, notification, letter and set of "
               "minutes names the board.")
NOT_EXPORTED = ("Nothing was exported, because every document names the board and its name "
                "is not set yet. Set it in Vault > Board and partner agencies, then export "
                "again.")


class BoardDialog(QDialog):
    """Edit the board's name and its partner agencies (one a line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_BoardDialog()
        self.form.setupUi(self)
        self.name = self.form.board_name
        self.agencies = self.form.partner_agencies
        self.error = self.form.board_error
        self.save_button = self.form.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("&Save")
        self.form.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("&Cancel")
        self.form.buttons.accepted.connect(self.accept)
        self.form.buttons.rejected.connect(self.reject)
        self.name.setText(settings.board_name())
        self.agencies.setPlainText("\n".join(settings.partner_agencies()))
        self.error.show_message(None if self.name.text() else NAME_NEEDED)

    def accept(self) -> None:
        """Save both settings; an empty name is refused with a message and nothing is lost."""
        name = self.name.text()
        if not name.strip():
            self.error.show_message(NAME_NEEDED)
            self.name.setFocus()
            return
        settings.set_board_name(name)
        settings.set_partner_agencies(self.agencies.toPlainText().splitlines())
        super().accept()


def run_board_dialog(parent: QWidget | None,
                     run: Callable[[QDialog], int] | None = None) -> bool:
    """Show :class:`BoardDialog`; return True if the user saved it."""
    dialog = BoardDialog(parent)
    try:
        result = run(dialog) if run is not None else dialog.exec()
        return result == QDialog.DialogCode.Accepted
    finally:
        dialog.hide()
        dialog.deleteLater()


def board_for_documents(parent: QWidget | None) -> str | None:
    """Return the board's name for a document, asking for it the first time.

    Returns None (after saying why) when the user declines to give one.
    """
    name = settings.board_name()
    if name:
        return name
    typed = Messages.ask_text(parent, "Your board's name", NAME_NEEDED)
    if typed is not None and typed.strip():
        settings.set_board_name(typed)
        return settings.board_name()
    Messages.error(parent, "Board's name not set", NOT_EXPORTED)
    return None
