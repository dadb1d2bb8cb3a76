"""Keyboard mnemonics (Alt+letter) for the review area's forms, unique in their window.

The review area's forms are built from the records' fields, and the same
buttons ("Add as new", "Save changes", "Remove") appear in every list of
records, sometimes twice on one page, so no letter can be fixed in advance.
When a form is first shown, each of its labels and buttons that has no
mnemonic yet is given one: the first letter of one of its words if that is
free in the window, else any other of its letters that is free; a letter is
free when no widget shown in the same window (nor the menu bar) uses it.
Once given, a mnemonic stays, so a user's Alt+letter does not change from one
visit to the next.  A page with many fields can use up the alphabet: the
buttons are served first, then the labels in the order they are shown, and a
label none of whose letters is still free keeps its text as it is and is
reached with Tab.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)

MNEMONIC = re.compile(r"&([^&\s])")


def letter_of(text: str) -> str | None:
    """Return the lower-case mnemonic letter of ``text`` ('&&' is a literal '&')."""
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _text(w: QWidget) -> str:
    if isinstance(w, QAbstractButton | QLabel):
        return w.text()
    if isinstance(w, QGroupBox) and w.isCheckable():
        return w.title()
    return ""


def taken_letters(window: QWidget) -> set[str]:
    """Return the mnemonic letters used by what the window shows and by its menu bar."""
    texts: list[str] = []
    if isinstance(window, QMainWindow):
        texts += [a.text() for a in window.menuBar().actions() if a.isVisible()]
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w.window() is not window:
            continue
        if isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
        elif not isinstance(w, QLabel) or w.buddy() is not None:
            texts.append(_text(w))
    return {letter for letter in map(letter_of, texts) if letter is not None}


def _with_letter(text: str, taken: set[str]) -> tuple[str, str] | None:
    """Return ``text`` with a free letter marked, and the letter; None if none is free."""
    starts = [m.start() for m in re.finditer(r"\b[^\W\d_]", text)]
    others = [i for i, c in enumerate(text) if c.isalpha() and i not in starts]
    for i in starts + others:
        letter = text[i].lower()
        if letter not in taken:
            return text[:i] + "&" + text[i:], letter
    return None


def give_mnemonics(widgets: Iterable[QLabel | QAbstractButton]) -> None:
    """Give each of ``widgets`` without a mnemonic one that is free in its window."""
    pending = [w for w in widgets if letter_of(w.text()) is None and w.text().strip()]
    if not pending:
        return
    taken = taken_letters(pending[0].window())
    for w in pending:
        found = _with_letter(w.text().replace("&&", "&").replace("&", "&&"), taken)
        if found is not None:
            w.setText(found[0])
            taken.add(found[1])
