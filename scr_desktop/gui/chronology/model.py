"""The chronology table: a model over indexed, paged queries.

Only the row count is asked for up front (one indexed ``count``); rows are
read a page at a time as the view asks for them and kept in a small cache,
so showing a chronology of thousands of entries reads one page, whatever
its length.  Changing the filter or the entries resets the model.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from scr_desktop.domain.chronology.entry import Entry
from scr_desktop.storage.chronology import ChronologyFilter, ChronologyRepository

PAGE = 200
KEEP_PAGES = 8
HEADINGS = ("Date", "Time", "Agency", "What happened", "People involved", "Source document",
            "Agency comment", "Review analysis", "Key episode")
_Index = QModelIndex | QPersistentModelIndex


def _one_line(text: str, limit: int = 300) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


class ChronologyModel(QAbstractTableModel):
    """The case's entries passing the current filter, in date order."""

    def __init__(self, repo: Callable[[], ChronologyRepository], case_id: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repo = repo
        self.case_id = case_id
        self.filter = ChronologyFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[Entry]] = OrderedDict()
        self.refresh()

    def set_filter(self, filt: ChronologyFilter) -> None:
        """Show the entries passing ``filt``."""
        self.filter = filt
        self.refresh()

    def refresh(self) -> None:
        """Read the count again and forget every cached page."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._repo().count(self.case_id, self.filter)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every entry (the vault is locking)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = 0
        self.endResetModel()

    def entry(self, row: int) -> Entry | None:
        """The entry shown in ``row``."""
        if not 0 <= row < self._count:
            return None
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            page = self._repo().page(self.case_id, self.filter, offset=number * PAGE,
                                     limit=PAGE)
            self._pages[number] = page
            while len(self._pages) > KEEP_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        i = row - number * PAGE
        return page[i] if i < len(page) else None

    def row_of(self, entry_id: str) -> int:
        """The row of an entry among the cached pages, or -1."""
        for number, page in self._pages.items():
            for i, e in enumerate(page):
                if e.id == entry_id:
                    return number * PAGE + i
        return -1

    # -- Qt --------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Entries passing the filter."""
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """The chronology's columns."""
        return 0 if parent.isValid() else len(HEADINGS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Column headings."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADINGS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """One cell (read from its page)."""
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole):
            return None
        e = self.entry(index.row())
        if e is None:
            return None
        values = (e.date_text, e.time, e.agency, e.event, e.people, e.source, e.comment,
                  e.analysis, "Yes \u2605" if e.key else "No")
        value = values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return value if index.column() in (3, 6, 7) and len(value) > 80 else None
        return _one_line(value)
