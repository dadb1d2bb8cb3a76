"""Choosing a file: always Qt's own dialog, and no trace of the choice left behind.

The desktop's native dialogs (GTK's, and the portal's) add every file opened
or saved to the desktop's recent-files list (``~/.local/share/recently-used.xbel``
under GNOME), and file names here carry case references and, often, family
names.  :class:`FileDialog` therefore always shows Qt's own dialog
(``DontUseNativeDialog``), gives it no history, and afterwards removes the
folders Qt keeps in its own settings file.  Tests queue the next answer with
:meth:`FileDialog.next_answer`, so no dialog blocks a run unless a test wants
the real one.
"""

from __future__ import annotations

from collections import deque
from typing import ClassVar

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


def forget_folders() -> None:
    """Remove the folders Qt's own file dialog keeps in its settings file (QtProject.conf).

    It lists the last folder and a history of folders in plain text, and a
    folder may be named after a family.
    """
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.sync()


class FileDialog:
    """Ask for a file to open or a place to save, through Qt's own dialog."""

    answers: ClassVar[deque[str]] = deque()

    @classmethod
    def next_answer(cls, path: str) -> None:
        """Queue the answer the next file dialog gives without being shown ('' cancels)."""
        cls.answers.append(path)

    @classmethod
    def make(cls, parent: QWidget | None, title: str, start: str, filters: str, *,
             saving: bool) -> QFileDialog:
        """Return the dialog, set up as every file dialog of the app is."""
        dialog = QFileDialog(parent, title, start, filters)
        dialog.setObjectName("file_dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
        dialog.setHistory([])
        if saving:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        else:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        return dialog

    @classmethod
    def _ask(cls, parent: QWidget | None, title: str, start: str, filters: str, *,
             saving: bool) -> str:
        if cls.answers:
            return cls.answers.popleft()
        dialog = cls.make(parent, title, start, filters, saving=saving)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            files = dialog.selectedFiles() if accepted else []
        finally:
            dialog.deleteLater()
            forget_folders()
        return files[0] if files else ""

    @classmethod
    def open_file(cls, parent: QWidget | None, title: str, folder: str, filters: str) -> str:
        """Ask for an existing file; return its path or ''."""
        return cls._ask(parent, title, folder, filters, saving=False)

    @classmethod
    def save_file(cls, parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
        """Ask where to save a file; return its path or ''."""
        return cls._ask(parent, title, suggested, filters, saving=True)
