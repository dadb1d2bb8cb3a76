"""The OK / Cancel row every export dialog ends with, named for tests and screen readers."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def accept_cancel(dialog: QDialog, text: str, name: str = "ok_button",
                  box: QDialogButtonBox | None = None) -> tuple[QDialogButtonBox, QPushButton]:
    """Fill ``box`` (or a new button box) with an accept button labelled ``text`` and Cancel."""
    box = box if box is not None else QDialogButtonBox()
    accept = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    accept.setObjectName(name)
    cancel = box.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel.setObjectName("cancel_button")
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, accept
