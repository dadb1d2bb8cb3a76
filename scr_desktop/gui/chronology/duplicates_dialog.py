"""Likely duplicates shown side by side, one pair at a time: merge them or keep both.

Merging keeps the entry on the side chosen and adds the other's source,
people, comments and account (see
:func:`scr_desktop.domain.chronology.duplicates.merge_entries`); each merge
is saved at once, in one audited transaction.  Keeping both changes nothing.
The form is ``ui/chronology/duplicates_dialog.ui``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from scr_desktop.domain.chronology.duplicates import Pair, merge_entries
from scr_desktop.domain.chronology.entry import Entry
from scr_desktop.gui.forms.chronology.duplicates_dialog import Ui_DuplicatesDialog


def _text(e: Entry) -> str:
    return "\n".join([
        f"Date: {e.date_text}" + (f" {e.time}" if e.time else ""),
        f"Agency: {e.agency}", f"Source: {e.source}", f"People: {e.people}",
        f"What happened: {e.event}", f"Agency comment: {e.comment}",
        f"Review analysis: {e.analysis}",
        f"Key practice episode: {'yes' if e.key else 'no'}"])


class DuplicatesDialog(QDialog):
    """Go through the likely duplicates."""

    def __init__(self, pairs: list[Pair], merge: Callable[[Entry, str], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_DuplicatesDialog()
        self.form.setupUi(self)
        f = self.form
        self.pairs = pairs
        self._merge = merge
        self.index = 0
        self.merged = 0
        self.heading, self.left, self.right, self.error = (f.heading, f.first_entry,
                                                           f.second_entry, f.error)
        self.merge_left, self.merge_right = f.merge_left, f.merge_right
        self.keep, self.close_button = f.keep_both, f.close_duplicates
        self.merge_left.clicked.connect(lambda: self._do_merge(first=True))
        self.merge_right.clicked.connect(lambda: self._do_merge(first=False))
        self.keep.clicked.connect(self._next)
        self.close_button.clicked.connect(self.accept)
        self._show()

    def _show(self) -> None:
        if self.index >= len(self.pairs):
            self.heading.setText(f"No more likely duplicates. {self.merged} merged.")
            self.left.clear()
            self.right.clear()
            for b in (self.merge_left, self.merge_right, self.keep):
                b.setEnabled(False)
            self.close_button.setFocus()
            return
        pair = self.pairs[self.index]
        self.heading.setText(
            f"Pair {self.index + 1} of {len(self.pairs)}: the same date, people in common, "
            f"accounts {round(pair.ratio * 100)}% alike. Do they record one event?")
        self.left.setPlainText(_text(pair.first))
        self.right.setPlainText(_text(pair.second))

    def _next(self) -> None:
        self.index += 1
        self.error.clear()
        self._show()

    def _do_merge(self, *, first: bool) -> None:
        pair = self.pairs[self.index]
        keep, other = (pair.first, pair.second) if first else (pair.second, pair.first)
        problem = self._merge(merge_entries(keep, other), other.id)
        if problem:
            self.error.setText("\u26a0 " + problem)
            return
        self.merged += 1
        gone = {other.id, keep.id}
        # A later pair that involves either entry is stale now; drop it.
        self.pairs = self.pairs[: self.index + 1] + [
            p for p in self.pairs[self.index + 1:]
            if p.first.id not in gone and p.second.id not in gone]
        self._next()
