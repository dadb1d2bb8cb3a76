"""A Qt table model over the vault's deadlines table, fetched a page at a time.

The dashboard never reads every case: it shows the first page of the kept
deadlines (soonest first) and the view asks for more as it scrolls
(``canFetchMore``/``fetchMore``, paging on from the last row's position).
Counts come from SQL; where each deadline stands today is worked out for
the fetched rows only.  A cell's text is made when the view asks for it and
kept only for the rows asked for lately (:data:`CELLS_KEPT`), so a list
scrolled to its end holds each deadline once, not once more as text.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from scr_desktop.domain.dates import format_uk_date
from scr_desktop.gui.deadline_style import state_brush, state_text
from scr_desktop.storage.deadlines import (
    DeadlineCounts,
    DeadlineFilter,
    DeadlineRow,
    DeadlineTable,
)

PAGE = 50
CELLS_KEPT = 4 * PAGE  # rows whose cell text is kept (the view asks for the same rows often)
COLUMNS = ("Due", "Case", "Child", "Deadline", "State", "Source")
STATE_COLUMN = 4
Index = QModelIndex | QPersistentModelIndex


def _cells(row: DeadlineRow) -> tuple[str, ...]:
    s = row.deadline
    return (format_uk_date(s.due), row.reference, row.child_name or "\u2014", s.label,
            state_text(s.state, s.text), s.source)


class DeadlineModel(QAbstractTableModel):
    """Open deadlines of every case not in the trash; with ``include_done``, met ones too."""

    def __init__(self) -> None:
        super().__init__()
        self._table: DeadlineTable | None = None
        self._today = date.today()
        self._include_done = False
        self._match = DeadlineFilter()
        self._rows: list[DeadlineRow] = []
        self._cells: dict[int, tuple[str, ...]] = {}  # the text of rows shown lately, by row
        self._brushes: dict[str, QBrush | None] = {}
        self.counts = DeadlineCounts(0, 0)

    def load(self, table: DeadlineTable | None, today: date, *, include_done: bool,
             match: DeadlineFilter | None = None) -> None:
        """Show the first page of ``table`` as it stands on ``today`` (None empties the model),
        only the deadlines ``match`` lets through (filtered in SQL)."""
        self.beginResetModel()
        self._table, self._today, self._include_done = table, today, include_done
        self._match = match or DeadlineFilter()
        if table is None:
            self._rows, self.counts = [], DeadlineCounts(0, 0)
        else:
            self.counts = table.counts(today, include_done=include_done, match=self._match)
            self._rows = table.page(today, include_done=include_done, limit=PAGE,
                                    match=self._match)
        self._cells = {}
        self.endResetModel()

    @property
    def rows(self) -> list[DeadlineRow]:
        """The rows fetched so far."""
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the rows fetched so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        """Return True while more deadlines are listed than fetched."""
        return (not parent.isValid() and self._table is not None
                and len(self._rows) < self.counts.listed)

    def fetchMore(self, parent: Index) -> None:
        """Fetch the next page, from just after the last row fetched."""
        if parent.isValid() or self._table is None or not self._rows:
            return
        more = self._table.page(self._today, include_done=self._include_done,
                                after=self._rows[-1].after, limit=PAGE, match=self._match)
        if not more:
            self.counts = DeadlineCounts(len(self._rows), self.counts.overdue)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text, case id or background of a cell."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            row = index.row()
            cells = self._cells.get(row)
            if cells is None:
                if len(self._cells) >= CELLS_KEPT:
                    self._cells.clear()
                cells = self._cells[row] = _cells(self._rows[row])
            return cells[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()].case_id
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == STATE_COLUMN:
            state = self._rows[index.row()].deadline.state
            if state not in self._brushes:
                self._brushes[state] = state_brush(state)
            return self._brushes[state]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None
