"""Wizard page: every deadline of the case with its due date, source and state.

A deadline is marked done with the date it was done (for example "Ofsted
notified on ..."); the publication date that starts the publication
deadlines is entered here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from scr_desktop.domain.assessment import (
    AssessmentInputError,
    DeadlineState,
    assess_case,
    deadline_states,
)
from scr_desktop.domain.dates import format_uk_date, iso_to_uk
from scr_desktop.domain.decisions import typed_date_to_iso
from scr_desktop.domain.model import Case
from scr_desktop.gui.binding import ErrorLabel
from scr_desktop.gui.deadline_style import state_brush, state_text

COLUMNS = ("Deadline", "Due", "State", "Source")


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
        self.publication = QLineEdit()
        self.publication.setObjectName("publication_date")
        self.publication.setPlaceholderText("dd/mm/yyyy")
        self.publication.setMaximumWidth(140)
        self.publication.setAccessibleName("Planned publication date of the report")
        self.publication_error = ErrorLabel("publication")
        pub_label = QLabel("&Publication date of the report:")
        pub_label.setBuddy(self.publication)

        row = QHBoxLayout()
        row.addWidget(self.mark_done)
        row.addWidget(self.done_date)
        row.addWidget(self.undo_done)
        row.addStretch(1)
        pub = QHBoxLayout()
        pub.addWidget(pub_label)
        pub.addWidget(self.publication)
        pub.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(intro)
        lay.addWidget(self.problem)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        lay.addWidget(self.done_error)
        lay.addLayout(pub)
        lay.addWidget(self.publication_error)
        self.setFocusProxy(self.table)

        self.publication.setText(iso_to_uk(case.dates.get("publication")))
        self.done_date.setText(format_uk_date(today()))
        self.mark_done.clicked.connect(self._mark_done)
        self.undo_done.clicked.connect(self._undo)
        self.publication.textChanged.connect(self._publication_changed)
        self.refresh()

    def refresh(self) -> None:
        """Recompute and show the deadlines."""
        try:
            assessment = assess_case(self.case)
            self.states = deadline_states(assessment, self.case.deadlines_done, self._today())
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
        self.case.mark_deadline_done(key, iso)
        self.refresh()
        self.changed.emit()

    def _undo(self) -> None:
        key = self.selected_key()
        if key and self.case.unmark_deadline_done(key):
            self.refresh()
            self.changed.emit()

    def _publication_changed(self, text: str) -> None:
        iso, error = typed_date_to_iso(text)
        self.publication_error.show_message(error)
        if error:
            return
        self.case.record_date("publication", iso)
        self.refresh()
        self.changed.emit()
