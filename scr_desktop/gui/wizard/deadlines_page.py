"""Wizard page: every deadline of the case with its due date, source and state.

A deadline is marked done with the date it was done (for example "Ofsted
notified on ..."); the dates that start deadlines and are recorded nowhere
else (the planned publication; under some frameworks the notification, the
partners becoming aware, the rapid review being sent) are entered here, one
field per event of the case's framework, so a new framework's events need
no new code.  A "done on" date already recorded is a statutory record: it
is replaced or taken back only after the user confirms, seeing the old and
the new date (the vault audits the change).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.domain.assessment import AssessmentInputError, DeadlineState
from scr_desktop.domain.dates import format_uk_date, iso_to_uk
from scr_desktop.domain.decisions import typed_date_to_iso
from scr_desktop.domain.framework import FrameworkError, load_framework
from scr_desktop.domain.model import Case
from scr_desktop.domain.review.deadlines import case_deadline_states
from scr_desktop.domain.review.model import Review
from scr_desktop.gui.binding import ErrorLabel
from scr_desktop.gui.deadline_style import state_brush, state_text
from scr_desktop.gui.messages import Messages

COLUMNS = ("Deadline", "Due", "State", "Source")
# Events whose dates come from elsewhere: the form (aware, referral) and the decision step.
DATED_ELSEWHERE = frozenset(("aware", "referral", "decision"))


class DeadlinesPage(QWidget):
    """The case's deadlines, with 'mark done' and the publication date."""

    changed = Signal()

    def __init__(self, case: Case, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_deadlines")
        self.case = case
        self._today = today
        self.states: list[DeadlineState] = []
        # The case's review, once one is running: its deadlines are shown here too.
        self.review: Callable[[], Review | None] | None = None
        title = QLabel("Deadlines")
        title.setProperty("role", "pagetitle")
        intro = QLabel(
            "Working days skip weekends and bank holidays in England and Wales; a deadline "
            "counted in weeks or months that ends on a weekend or bank holiday moves back to "
            "the working day before, and says so. A deadline appears once the date that "
            "starts it is recorded (awareness and referral on the form, the decision on the "
            "previous step, publication below)."
        )
        intro.setWordWrap(True)
        self.problem = ErrorLabel("deadlines")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("deadlines_table")
        self.table.setAccessibleName("Deadlines of this case")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

        self.done_date = QLineEdit()
        self.done_date.setObjectName("done_date")
        self.done_date.setPlaceholderText("dd/mm/yyyy")
        self.done_date.setMaximumWidth(140)
        self.done_date.setAccessibleName("Date the selected deadline was done")
        self.done_error = ErrorLabel("done_date")
        self.mark_done = QPushButton("&Mark done on")
        self.mark_done.setObjectName("mark_done")
        self.undo_done = QPushButton("&Undo done")
        self.undo_done.setObjectName("undo_done")
        self.event_fields: dict[str, QLineEdit] = {}
        self.event_errors: dict[str, ErrorLabel] = {}
        self.event_labels: dict[str, str] = {}
        self._committed: dict[str, str] = {}  # each event's date as recorded before editing
        self.events_box = QWidget()
        self.events_form = QFormLayout(self.events_box)
        self.events_form.setContentsMargins(0, 0, 0, 0)
        # A caption is read on one line; one too long for the width puts its field below.
        self.events_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._event_keys: tuple[str, ...] = ()
        self._build_events()

        row = QHBoxLayout()
        row.addWidget(self.mark_done)
        row.addWidget(self.done_date)
        row.addWidget(self.undo_done)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(intro)
        lay.addWidget(self.problem)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        lay.addWidget(self.done_error)
        lay.addWidget(self.events_box)
        self.setFocusProxy(self.table)

        self.done_date.setText(format_uk_date(today()))
        self.mark_done.clicked.connect(self._mark_done)
        self.undo_done.clicked.connect(self._undo)
        self.refresh()

    @property
    def publication(self) -> QLineEdit:
        """Return the field of the planned publication date."""
        return self.event_fields["publication"]

    @property
    def publication_error(self) -> ErrorLabel:
        """Return the message beside the publication date."""
        return self.event_errors["publication"]

    def _framework_events(self) -> list[tuple[str, str]]:
        try:
            events = load_framework(self.case.framework).events
        except FrameworkError:
            return []
        return [(e.key, e.label) for e in events if e.key not in DATED_ELSEWHERE]

    def _build_events(self) -> None:
        """Lay out one date field per event of the framework dated on this page."""
        events = self._framework_events()
        keys = tuple(k for k, _label in events)
        if keys == self._event_keys:
            return
        while self.events_form.rowCount():
            self.events_form.removeRow(0)
        self.event_fields.clear()
        self.event_errors.clear()
        self._event_keys = keys
        for key, label in events:
            field = QLineEdit()
            field.setObjectName(f"{key}_date")
            field.setPlaceholderText("dd/mm/yyyy")
            field.setMaximumWidth(140)
            field.setAccessibleName(f"Date: {label}")
            field.setText(iso_to_uk(self.case.dates.get(key)))
            field.textChanged.connect(lambda text, k=key: self._event_changed(k, text))
            field.editingFinished.connect(lambda k=key: self._event_finished(k))
            self._committed[key] = self.case.dates.get(key, "")
            error = ErrorLabel(key)
            caption = QLabel(f"{label[:1].upper()}{label[1:]}:")
            caption.setBuddy(field)
            holder = QWidget()
            hl = QVBoxLayout(holder)
            hl.setContentsMargins(0, 0, 0, 0)
            hl.addWidget(field)
            hl.addWidget(error)
            self.events_form.addRow(caption, holder)
            self.event_fields[key] = field
            self.event_errors[key] = error
            self.event_labels[key] = label

    def refresh(self) -> None:
        """Recompute and show the deadlines (and the date fields of the case's framework)."""
        self._build_events()
        review = self.review() if self.review is not None else None
        try:
            self.states = case_deadline_states(self.case, review, self._today())
        except AssessmentInputError as exc:
            self.states = []
            self.problem.show_message(f"The deadlines cannot be worked out: {exc.message}.")
        except ValueError:
            self.states = []
            self.problem.show_message("The deadlines cannot be worked out from these answers.")
        else:
            self.problem.show_message(None)
        selected = self.selected_key()
        self.table.setRowCount(len(self.states))
        for r, s in enumerate(self.states):
            cells = (s.label, format_uk_date(s.due), state_text(s.state, s.text), s.source)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.key)
                brush = state_brush(s.state)
                if brush is not None and c == 2:
                    item.setBackground(brush)
                self.table.setItem(r, c, item)
            if s.key == selected:
                self.table.selectRow(r)
        self.table.resizeRowsToContents()

    def select(self, key: str) -> None:
        """Select the row of deadline ``key``."""
        for r, s in enumerate(self.states):
            if s.key == key:
                self.table.selectRow(r)

    def selected_key(self) -> str | None:
        """Return the key of the selected deadline."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.states[rows[0].row()].key if rows[0].row() < len(self.states) else None

    def _mark_done(self) -> None:
        key = self.selected_key()
        if key is None:
            self.done_error.show_message("Select a deadline in the table first.")
            return
        iso, error = typed_date_to_iso(self.done_date.text())
        if error or iso is None:
            self.done_error.show_message(error or "Enter the date it was done.")
            return
        if date.fromisoformat(iso) > self._today():
            self.done_error.show_message("That date is in the future.")
            return
        self.done_error.show_message(None)
        old = self.case.deadlines_done.get(key)
        if old == iso:
            return
        if old and not self._confirm_change(key, old, iso):
            return
        self.case.mark_deadline_done(key, iso)
        self.refresh()
        self.changed.emit()

    def _undo(self) -> None:
        key = self.selected_key()
        old = self.case.deadlines_done.get(key) if key else None
        if not key or not old or not self._confirm_change(key, old, None):
            return
        if self.case.unmark_deadline_done(key):
            self.refresh()
            self.changed.emit()

    def _confirm_change(self, key: str, old: str, new: str | None) -> bool:
        """Ask before a recorded "done on" date is replaced (``new``) or taken back (None)."""
        label = next((s.label for s in self.states if s.key == key), key)
        change = (f"Change it to {iso_to_uk(new)}?" if new else
                  "Take it back, so the deadline shows as not done?")
        return Messages.confirm(
            self, "Change a recorded date?",
            f"\u201c{label}\u201d is recorded as done on {iso_to_uk(old)}. {change} The "
            "change is recorded in the audit log.",
            yes="&Change it" if new else "&Take it back", destructive=True)

    def _event_changed(self, key: str, text: str) -> None:
        iso, error = typed_date_to_iso(text)
        self.event_errors[key].show_message(error)
        if error or self._committed.get(key):
            return  # a recorded date stands until the typing is done and the change agreed
        self.case.record_date(key, iso)
        self.refresh()
        self.changed.emit()

    def _event_finished(self, key: str) -> None:
        """Ask before a recorded event date is replaced or cleared; restore it if not."""
        field = self.event_fields[key]
        iso, error = typed_date_to_iso(field.text())
        old = self._committed.get(key, "")
        if error or (iso or "") == old:
            return
        if not old:
            self._committed[key] = iso or ""  # a first entry, kept as typed
            return
        label = self.event_labels.get(key, key)
        change = f"Change it to {iso_to_uk(iso)}?" if iso else "Clear it?"
        if Messages.confirm(
                self, "Change a recorded date?",
                f"{label[:1].upper()}{label[1:]} is recorded as {iso_to_uk(old)}. {change} The "
                "deadlines that count from it move, and the change is recorded in the audit "
                "log.", yes="&Change it", destructive=True):
            self._committed[key] = iso or ""
            self.case.record_date(key, iso)
            self.refresh()
            self.changed.emit()
        else:
            field.blockSignals(True)
            field.setText(iso_to_uk(old))
            field.blockSignals(False)
            self.event_errors[key].show_message(None)
