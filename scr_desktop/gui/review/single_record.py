"""A single review record (set-up, sign-off and publication) edited in place.

Each field is applied to the review as it is edited, through the review's
domain method; a value the rules refuse (a half-typed date, a publication
before the board's sign-off) is shown beside the form with a sign and
words, stays in its editor, and is applied once it is right.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from scr_desktop.domain.review.model import Review
from scr_desktop.domain.review.records import RecordKind, Value
from scr_desktop.gui.binding import ErrorLabel
from scr_desktop.gui.review.record_form import RecordForm
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
        self._setter = setter
        self.form = RecordForm(kind, kind.key)
        self.form.set_values(current(session.review))
        self.error = ErrorLabel(kind.key)
        self.form.edited.connect(self._edited)
        self._pending: set[str] = set()
        lay = QVBoxLayout(self)
        lay.addWidget(self.form)
        lay.addWidget(self.error)

    def _change(self, key: str, value: Value) -> Callable[[Review], None]:
        def change(review: Review) -> None:
            self._setter(review, {key: value})
        return change

    def _edited(self, key: str) -> None:
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
