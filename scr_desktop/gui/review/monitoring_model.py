"""The actions monitoring page's table model: the rows shown, read as the view paints them.

Every open action of every review can be a few thousand rows (some 2,600 in
a vault of 10,000 cases with 300 reviews).  A table of items holds an object
per cell, each with its own copy of the text and of the row's case: about
4 kB a row, some 11 MB for the whole list, kept for as long as the page
lives.  The model instead keeps the page's own list of
:class:`~scr_desktop.domain.review.monitoring.ActionRow` and works each
cell's text out when the view asks for it (only the rows on screen, and a
sample of rows when the columns are sized).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from scr_desktop.domain.review.monitoring import ActionRow
from scr_desktop.gui.deadline_style import state_colour

COLUMNS = ("Progress", "Owner agency", "Officer", "Action", "Due on", "Case")
_Index = QModelIndex | QPersistentModelIndex


def cells(row: ActionRow) -> tuple[str, str, str, str, str, str]:
    """Return the texts of one row, as shown (an overdue action's state in capitals)."""
    word = row.state.text.upper() if row.progress == "overdue" else row.state.text
    return (f"{row.state.sign} {word}", row.owner_agency or "\u2014", row.officer,
            row.action.splitlines()[0] if row.action else "", row.due_on, row.reference)


class ActionsModel(QAbstractTableModel):
    """A read-only table of action rows; the case id of a row is its ``UserRole``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ActionRow] = []

    def set_rows(self, rows: list[ActionRow]) -> None:
        """Show ``rows`` (the list is kept, not copied)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of rows shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, the state's colour behind the first column, or the case id."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells(row)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.case_id
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0:
            return state_colour(row.state.key)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the column titles."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None
