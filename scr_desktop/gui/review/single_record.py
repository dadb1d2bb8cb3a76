"""A single review record (set-up, sign-off and publication) edited in place.

Each field is applied to the review as it is edited, through the review's
domain method; a value the rules refuse (a half-typed date, a publication
before the board's sign-off) is shown beside the form with a sign and
words, stays in its editor, and is applied once it is right.  A date already
recorded is held while it is retyped: when the user leaves the field (or
presses Enter) they are asked, shown the old and the new date, and only a
confirmed change is applied (the vault audits it); otherwise the recorded
date comes back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGroupBox, QLineEdit, QVBoxLayout, QWidget

from scr_desktop.domain.review.model import Review
from scr_desktop.domain.review.records import DATE, RecordKind, Value
from scr_desktop.gui.binding import ErrorLabel
from scr_desktop.gui.review.record_form import RecordForm
from scr_desktop.gui.review.record_section import ask_date_changes
from scr_desktop.gui.review.session import ReviewSession

Setter = Callable[[Review, Mapping[str, Value]], None]


class SingleRecord(QGroupBox):
    """One record's fields, applied as they are edited."""

    def __init__(self, session: ReviewSession, kind: RecordKind, title: str,
                 current: Callable[[Review], Mapping[str, Any]], setter: Setter,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(f"{kind.key}_group")
        self.session = session
        self.kind = kind
        self._setter = setter
        self._current = current
        self.form = RecordForm(kind, kind.key)
        self.form.set_values(current(session.review))
        self.error = ErrorLabel(kind.key)
        self.form.edited.connect(self._edited)
        self._pending: set[str] = set()
        self._held: set[str] = set()  # recorded dates being retyped, applied once confirmed
        self._asking = False
        for spec in kind.fields:
            editor = self.form.editors.get(spec.key)
            if spec.kind == DATE and isinstance(editor, QLineEdit):
                # Asked once the focus has settled, and only while the page is still shown:
                # leaving the field because the window locks or closes asks nothing.
                editor.editingFinished.connect(lambda k=spec.key: QTimer.singleShot(
                    0, self, lambda: self._date_finished(k)))
        lay = QVBoxLayout(self)
        lay.addWidget(self.form)
        lay.addWidget(self.error)

    def _change(self, key: str, value: Value) -> Callable[[Review], None]:
        def change(review: Review) -> None:
            self._setter(review, {key: value})
        return change

    def _recorded(self, key: str) -> str:
        return str(self._current(self.session.review).get(key, "") or "").strip()

    def _is_date(self, key: str) -> bool:
        return any(f.key == key and f.kind == DATE for f in self.kind.fields)

    def _date_finished(self, key: str) -> None:
        """Ask before a recorded date changes; apply it if confirmed, else put it back."""
        if key not in self._held or self._asking or not self.isVisible():
            return
        editor = self.form.editors[key]
        assert isinstance(editor, QLineEdit)
        was, now = self._recorded(key), editor.text().strip()
        self._held.discard(key)
        if now == was:
            return
        label = next(f.label for f in self.kind.fields if f.key == key)
        self._asking = True
        try:
            go = ask_date_changes(self, [(label, was, now)])
        finally:
            self._asking = False
        if go:
            self._apply(key)
        else:
            self.form.set_values({**self.form.values(), key: was})

    def _edited(self, key: str) -> None:
        if self._is_date(key) and self._recorded(key):
            self._held.add(key)
            return
        self._apply(key)

    def _apply(self, key: str) -> None:
        self._pending.add(key)
        values = self.form.values()
        problems = []
        for name in sorted(self._pending):
            problem = self.session.apply(self._change(name, values[name]))
            if problem is None:
                self._pending.discard(name)
            else:
                problems.append(problem)
        self.error.show_message("; ".join(problems) or None)
