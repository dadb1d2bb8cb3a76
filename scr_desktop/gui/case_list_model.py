"""A Qt table model over the vault's cases, fetched a page at a time.

The view asks for more rows as it scrolls (``canFetchMore``/``fetchMore``),
so a vault of ten thousand cases shows its first page at once.  Searching
re-queries the vault's full-text index; sorting by a column re-reads the
first page in that order, in SQL (an index kept for the stored columns; the
stored case and the deadlines table for the rest).  The next deadline's
state ("overdue", "due soon") is worked out for today for the rows shown
only, with a sign and a word as well as its date.
A search counts its matches only up to :data:`MATCH_CAP` ("more than
1,000"): common words match most of a large vault, and counting them all
cost more than the page shown.  Only the pages read lately are kept
(:mod:`.page_window`): a list scrolled to its end does not hold every case,
and a page scrolled back to is read again by its offset in the same order.
Shown again (the Referrals page, or a refresh after an action), the list is
read only if something has been written to the vault since it was read, and
then only its first page; the model is reset only if that page differs from
the one shown, so the view keeps its selection and columns otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import cache, lru_cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from scr_desktop.domain.assessment import deadline_state
from scr_desktop.domain.model import STATUS_LABELS
from scr_desktop.gui.deadline_style import state_text
from scr_desktop.gui.page_window import PageWindow
from scr_desktop.storage.repository import CaseRepository, CaseSummary

PAGE = 50
MATCH_CAP = 1000
HEADERS = ("Reference", "Child", "Status", "Last changed", "Referral date", "Framework",
           "Next deadline", "Referring agency")
SORT_KEYS = ("reference", "child", "status", "changed", "referral", "framework",
             "next_deadline", "agency")  # the storage order of each column
COL_NEXT = 6
Index = QModelIndex | QPersistentModelIndex
DAMAGED_LABEL = "Damaged: cannot be opened"
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.UserRole})  # the roles a cell answers


@lru_cache(maxsize=4096)  # every row shown asks again at each paint
def _when(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d/%m/%Y %H:%M")
    except (ValueError, TypeError, OverflowError, OSError):
        return str(iso)


@cache
def _framework_titles() -> dict[str, str]:
    from scr_desktop.domain.framework import list_frameworks

    return {f.id: f.title for f in list_frameworks()}


def next_deadline_text(s: CaseSummary, today: date) -> str:
    """Return the next deadline of a listed case with its state for ``today``."""
    if not s.next_due:
        return "None open"
    try:
        due = date.fromisoformat(s.next_due)
    except ValueError:
        return s.next_label
    state = deadline_state("", s.next_label, due, "", None, today)
    if state.state in ("overdue", "due_soon"):
        return f"{state_text(state.state, state.text)} \u2014 {s.next_label}"
    return f"{s.next_label}: {due.strftime('%d/%m/%Y')}"


class CaseListModel(QAbstractTableModel):
    """Cases, newest first; ``trash=True`` lists deleted cases instead."""

    def __init__(self, repo: CaseRepository, *, trash: bool = False,
                 today: Callable[[], date] = date.today, search: str = "",
                 sort: tuple[int, Qt.SortOrder] | None = None) -> None:
        """Read the first page of ``repo``'s cases matching ``search``, sorted by ``sort``
        (column and order; None: most recently changed first), in one reading."""
        super().__init__()
        self._today = today
        self._repo: CaseRepository | None = repo
        self._trash = trash
        self._search = search.strip()
        self._sort = "changed"
        self._descending = True
        if sort is not None and 0 <= sort[0] < len(SORT_KEYS):
            self._sort = SORT_KEYS[sort[0]]
            self._descending = sort[1] == Qt.SortOrder.DescendingOrder
        self._rows: PageWindow[CaseSummary] = PageWindow(PAGE, self._read_page)
        self._total = 0
        self._capped = False  # more than MATCH_CAP match: _total is a floor, not the count
        # What the rows shown were read under: the vault's count of writes, the search and
        # the order.  Shown again with all three unchanged, the list is current as it is.
        self._read_as: tuple[int, str, str, bool] | None = None
        self.reload()

    def set_search(self, text: str) -> bool:
        """Show only cases matching ``text`` (name, reference or any text); return True if the
        rows shown changed (see :meth:`reload`)."""
        self._search = text.strip()
        return self.reload()

    def showing(self, repo: CaseRepository) -> bool:
        """Return True if the model lists the cases of ``repo``."""
        return self._repo is repo

    def reload(self) -> bool:
        """Re-read the first page from the vault; return True if the rows shown changed.

        Nothing is read if nothing has been written to the vault since the rows shown
        were read in the same search and order: they are still what the vault holds
        (scrolled pages included).  When the page read is the one already shown (the
        only page fetched, the same cases with the same columns, the same count), the
        model is left as it is.  Either way there is no reset: the view keeps its
        selection and its columns, and nothing is measured or painted again.
        """
        if self._repo is None:
            self._read_as = None
            total, capped, first = 0, False, []
        else:
            read_as = (self._repo.changes(), self._search, self._sort, self._descending)
            if read_as == self._read_as:
                return False
            self._read_as = read_as
            cap = MATCH_CAP if self._search else None
            total = self._repo.count(self._search, trash=self._trash, cap=cap)
            capped = cap is not None and total > cap
            first = self._page(0)
        if (total, capped) == (self._total, self._capped) and self._rows.only(first):
            return False
        self.beginResetModel()
        self._total, self._capped = total, capped
        self._rows.reset(first)
        self.endResetModel()
        return True

    def _read_page(self, number: int) -> list[CaseSummary]:
        """Read page ``number`` again (it was dropped from the rows kept)."""
        return [] if self._repo is None else self._page(number * PAGE)

    def _page(self, offset: int) -> list[CaseSummary]:
        assert self._repo is not None
        return self._repo.list(self._search, offset=offset, limit=PAGE, trash=self._trash,
                               sort=self._sort, descending=self._descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Show the cases ordered by ``column`` (the view calls this when a header is clicked)."""
        if not 0 <= column < len(SORT_KEYS):
            return
        self._sort = SORT_KEYS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def clear(self) -> None:
        """Drop every row and the repository (used when the vault locks)."""
        self.beginResetModel()
        self._repo = None
        self._read_as = None
        self._rows.clear()
        self._total, self._capped = 0, False
        self.endResetModel()

    def total(self) -> int:
        """Return how many cases match, fetched or not (see :meth:`capped`)."""
        return self._total

    def capped(self) -> bool:
        """Return True if more than :data:`MATCH_CAP` cases match and they were not counted."""
        return self._capped

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the rows fetched so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: Index) -> bool:
        """Return True while more cases match than are shown."""
        return not parent.isValid() and (len(self._rows) < self._total or self._capped)

    def fetchMore(self, parent: Index) -> None:
        """Fetch the next page."""
        if parent.isValid() or self._repo is None:
            return
        if len(self._rows) % PAGE:  # the last page read was short: that was the end
            self._total, self._capped = len(self._rows), False
            return
        more = self._page(len(self._rows))
        if len(more) < PAGE:  # the end: now the count is known
            self._total, self._capped = len(self._rows) + len(more), False
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.append(more)
        self.endInsertRows()

    def summary(self, row: int) -> CaseSummary:
        """Return the case summary in ``row`` (IndexError if there is none)."""
        s = self._rows.row(row)
        if s is None:
            raise IndexError(row)
        return s

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text of a cell."""
        if role not in _ROLES or not index.isValid():  # the view asks for many roles
            return None
        s = self._rows.row(index.row())
        if s is None:  # the list became shorter since the row was fetched
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            col = index.column()
            if col == 0:
                return s.reference
            if col == 1:
                return s.child_name or "(not yet given)"
            if col == 2:
                if s.damaged:
                    return f"\u26a0 {DAMAGED_LABEL}"
                return STATUS_LABELS.get(s.status, s.status)
            if col == 3:
                return _when(s.deleted_at if self._trash and s.deleted_at else s.updated_at)
            if col == 4:
                return s.referral_date or "\u2014"
            if col == 5:
                return _framework_titles().get(s.framework, s.framework)
            if col == COL_NEXT:
                return next_deadline_text(s, self._today())
            return s.agency or "\u2014"
        if role == Qt.ItemDataRole.UserRole:
            return s.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if self._trash and section == 3:
                return "Deleted"
            return HEADERS[section]
        return None
