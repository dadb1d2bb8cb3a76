"""Message boxes and file dialogs behind small wrappers that tests can answer.

Logic never calls ``QMessageBox`` or ``QFileDialog`` statics directly (file
dialogs are :class:`~scr_desktop.gui.file_dialog.FileDialog`, Qt's own).  Tests
queue the next answer (``Messages.next_answer``) so no modal ever blocks a
run, and every message shown is recorded in ``Messages.shown`` so a test can
assert the exact words the user saw.  The file dialogs and the input dialog
are imported when first asked for: the unlock window, painted first, needs
neither.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


@dataclass(frozen=True)
class Shown:
    """A message that was shown: its kind, title, text and any details to copy."""

    kind: str
    title: str
    text: str
    details: str = ""


class Messages:
    """Show messages and ask questions, with a hook for tests."""

    answers: ClassVar[deque[object]] = deque()
    shown: ClassVar[list[Shown]] = []
    testing: ClassVar[bool] = False

    @classmethod
    def next_answer(cls, answer: object) -> None:
        """Queue the answer the next question or file dialog will receive."""
        cls.answers.append(answer)

    @classmethod
    def reset(cls) -> None:
        """Forget queued answers and shown messages."""
        cls.answers.clear()
        cls.shown.clear()

    @classmethod
    def _take(cls, default: object) -> object:
        if cls.answers:
            return cls.answers.popleft()
        return default

    @classmethod
    def _box(cls, parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
             informative: str = "", details: str = "") -> None:
        cls.shown.append(Shown(icon.name, title, f"{text}\n{informative}".strip(), details))
        if cls.testing:
            return
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        if informative:
            box.setInformativeText(informative)
        if details:
            box.setDetailedText(details)  # read-only text the user can select and copy
        box.exec()
        box.deleteLater()  # a box closed by a lock must not linger, hidden, holding its text

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str, informative: str = "",
              details: str = "") -> None:
        """Tell the user something went wrong, why, and what to do next.

        ``details`` is shown as selectable text behind a "Show Details" button.
        """
        cls._box(parent, QMessageBox.Icon.Warning, title, text, informative, details)

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str, informative: str = "") -> None:
        """Tell the user something they need to know."""
        cls._box(parent, QMessageBox.Icon.Information, title, text, informative)

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str, *, yes: str = "&Yes",
                no: str = "&Cancel", destructive: bool = False) -> bool:
        """Ask a yes/no question; ``destructive`` makes "no" the default button."""
        cls.shown.append(Shown("Question", title, text))
        if cls.testing:
            return bool(cls._take(False))
        box, yes_button = cls.question_box(parent, title, text, yes=yes, no=no,
                                           destructive=destructive)
        box.exec()
        answer = box.clickedButton() is yes_button
        box.deleteLater()
        return answer

    @staticmethod
    def question_box(parent: QWidget | None, title: str, text: str, *, yes: str = "&Yes",
                     no: str = "&Cancel", destructive: bool = False
                     ) -> tuple[QMessageBox, QPushButton]:
        """Return the box :meth:`confirm` shows (not yet shown) and its "yes" button."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, parent)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no_button if destructive else yes_button)
        return box, yes_button

    @classmethod
    def ask_int(cls, parent: QWidget | None, title: str, label: str, value: int,
                minimum: int, maximum: int) -> int | None:
        """Ask for a whole number in a range; None if cancelled."""
        if cls.testing:
            answer = cls._take(None)
            return None if answer is None else int(str(answer))
        from PySide6.QtWidgets import QInputDialog

        number, ok = QInputDialog.getInt(parent, title, label, value, minimum, maximum)
        return int(number) if ok else None

    @classmethod
    def ask_text(cls, parent: QWidget | None, title: str, label: str,
                 value: str = "") -> str | None:
        """Ask for a line of text; None if cancelled."""
        cls.shown.append(Shown("Question", title, label))
        if cls.testing:
            answer = cls._take(None)
            return None if answer is None else str(answer)
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(parent, title, label, text=value)
        return str(text) if ok else None

    @classmethod
    def ask_choice(cls, parent: QWidget | None, title: str, label: str,
                   items: list[tuple[str, str]], current: str) -> str | None:
        """Ask for one of ``items`` (value, text); return its value, or None if cancelled."""
        if cls.testing:
            answer = cls._take(None)
            return None if answer is None else str(answer)
        texts = [text for _value, text in items]
        start = next((i for i, (value, _t) in enumerate(items) if value == current), 0)
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getItem(parent, title, label, texts, start, False)
        if not ok:
            return None
        return next((value for value, t in items if t == text), None)

    @classmethod
    def ask_password(cls, parent: QWidget | None, title: str, label: str) -> str | None:
        """Ask for a password, typed unseen; None if cancelled."""
        if cls.testing:
            answer = cls._take(None)
            return None if answer is None else str(answer)
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return str(text) if ok else None

    @classmethod
    def open_file(cls, parent: QWidget | None, title: str, folder: str, filters: str) -> str:
        """Ask for an existing file; return its path or ''."""
        if cls.testing:
            return str(cls._take(""))
        from scr_desktop.gui.file_dialog import FileDialog

        return FileDialog.open_file(parent, title, folder, filters)

    @classmethod
    def save_file(cls, parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
        """Ask where to save a file; return its path or ''."""
        if cls.testing:
            return str(cls._take(""))
        from scr_desktop.gui.file_dialog import FileDialog

        return FileDialog.save_file(parent, title, suggested, filters)
