"""A Qt table model over the vault's deadlines table, fetched a page at a time.

The dashboard never reads every case: it shows the first page of the kept
deadlines (soonest first) and the view asks for more as it scrolls
(``canFetchMore``/``fetchMore``, paging on from the last row's position).
Counts come from SQL; where each deadline stands today is worked out for
the fetched rows only.  A cell's text is made when the view asks for it and
kept only for the rows asked for lately (:data:`CELLS_KEPT`), and only the
pages of rows read lately are kept (:mod:`.page_window`): a page scrolled
back to is read again from the position its first row was fetched from,
so a list scrolled to its end does not hold every deadline.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from scr_desktop.domain.dates import format_uk_date
from scr_desktop.gui.deadline_style import state_colour, state_text
from scr_desktop.gui.page_window import PageWindow
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


_TEXT_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole))
_ROLES = _TEXT_ROLES | {Qt.ItemDataRole.UserRole, Qt.ItemDataRole.BackgroundRole}


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
        self._rows: PageWindow[DeadlineRow] = PageWindow(PAGE, self._read_page)
        # where each page fetched starts: the position after the previous page's last row
        self._starts: list[tuple[str, int, int] | None] = []
        self._cells: dict[int, tuple[str, ...]] = {}  # the text of rows shown lately, by row
        self._colours: dict[str, QColor | None] = {}
        self.counts = DeadlineCounts(0, 0)

    def load(self, table: DeadlineTable | None, today: date, *, include_done: bool,
             match: DeadlineFilter | None = None) -> None:
        """Show the first page of ``table`` as it stands on ``today`` (None empties the model),
        only the deadlines ``match`` lets through (filtered in SQL)."""
        self.beginResetModel()
        self._table, self._today, self._include_done = table, today, include_done
        self._match = match or DeadlineFilter()
        self._rows.clear()
        self._starts = [None]
        if table is None:
            self.counts = DeadlineCounts(0, 0)
        else:
            self.counts = table.counts(today, include_done=include_done, match=self._match)
            self._rows.append(table.page(today, include_done=include_done, limit=PAGE,
                                         match=self._match))
        self._cells = {}
        self.endResetModel()

    def _read_page(self, number: int) -> list[DeadlineRow]:
        """Read page ``number`` again (it was dropped from the rows kept)."""
        if self._table is None or number >= len(self._starts):
            return []
        return self._table.page(self._today, include_done=self._include_done,
                                after=self._starts[number], limit=PAGE, match=self._match)

    @property
    def rows(self) -> list[DeadlineRow]:
        """Every row fetched so far, in order (pages no longer kept are read again)."""
        return list(self._rows)

    def row(self, index: int) -> DeadlineRow | None:
        """Return the deadline in row ``index`` (None if there is none)."""
        return self._rows.row(index)

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
        last = self._rows.last()
        if parent.isValid() or self._table is None or last is None:
            return
        more = self._table.page(self._today, include_done=self._include_done,
                                after=last.after, limit=PAGE, match=self._match)
        if not more or len(self._rows) % PAGE:
            self.counts = DeadlineCounts(len(self._rows), self.counts.overdue)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._starts.append(last.after)
        self._rows.append(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text, case id or background of a cell.

        The view asks each cell for a dozen roles it paints or measures by; those the
        model has nothing for are answered first, since they are most of the calls.
        """
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in _TEXT_ROLES:
            row = index.row()
            cells = self._cells.get(row)
            if cells is None:
                found = self._rows.row(row)
                if found is None:  # the list became shorter since the row was fetched
                    return None
                if len(self._cells) >= CELLS_KEPT:
                    self._cells.clear()
                cells = self._cells[row] = _cells(found)
            return cells[index.column()]
        found = self._rows.row(index.row())
        if found is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return found.case_id
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == STATE_COLUMN:
            state = found.deadline.state
            if state not in self._colours:
                self._colours[state] = state_colour(state)
            return self._colours[state]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None
