"""Column widths, full-text tips and an empty-state message for the long lists.

The case list and the deadlines page hold columns of very different
lengths: a reference or a date is short and always the same width, while a
child's name, a deadline's description or an agency can be long.  Left to
size themselves, one long column pushed the others off the screen at
1366x768.  :class:`ColumnShares` keeps the short columns as wide as their
contents and shares the rest of the table's width between the long ones in
fixed proportions (never narrower than their heading), again whenever the
table is resized; the user can still drag a column wider.  Rows that arrive
later grow the short columns to fit; a cell's width is taken to follow from
its text alone (the lists give no cell its own font or icon), so each text
of a column is measured once, not again each time the list is read.  Text too long
for its cell is cut short with an ellipsis on one line, and the whole text
is shown as the cell's tooltip (:class:`FullTextTips`).  :class:`EmptyMessage`
says in the table's own space why it is empty, instead of a blank grid.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

CELL_PADDING = 12  # the cell's margins and the ellipsis' room, in pixels
FIT_ROWS = 50  # the short columns fit the first page of rows
_UNBOUNDED = 1e6  # a line width no cell's text reaches


class FullTextTips(QStyledItemDelegate):
    """Shows a cell's whole text as its tooltip when the cell is too narrow for it."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,
                  option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        """Answer a tooltip request with the full text of a cut-short cell."""
        if event.type() == QEvent.Type.ToolTip and not index.data(Qt.ItemDataRole.ToolTipRole):
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if text and (view.fontMetrics().horizontalAdvance(text) + CELL_PADDING
                         > view.visualRect(index).width()):
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)


class ColumnShares(QObject):
    """Keeps ``fixed`` columns fitted to their contents and shares the rest by ``shares``."""

    def __init__(self, table: QTableView, fixed: Sequence[int],
                 shares: Mapping[int, int]) -> None:
        super().__init__(table)
        self.table, self.fixed, self.shares = table, tuple(fixed), dict(shares)
        self._watched: QObject | None = None  # the model whose new rows widen the columns
        # Each short column's cell widths by text, as measured: a list read again mostly
        # shows texts already measured, and measuring a cell costs more than reading it.
        self._widths: dict[tuple[int, str], int] = {}
        self._margins: dict[int, int] = {}  # each short column's cell margins, as measured
        self._layout: QTextLayout | None = None  # the view's font, laying out one line
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setItemDelegate(FullTextTips(table))
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)  # a new font or style measures the cells afresh

    def apply(self) -> None:
        """Set the columns' modes (again after a new model) and share the width."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (*self.fixed, *self.shares):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        model = self.table.model()
        if model is not None and model is not self._watched:
            # rows that arrive later (a list read in the background, the first page after
            # a reset) may be wider than what was there to fit: the short columns grow to
            # them, never shrink, so a column keeps its width through a search
            model.modelReset.connect(self._widen)
            model.rowsInserted.connect(self._rows_arrived)
            self._watched = model
            self._widths.clear()
            self._margins.clear()
        # The short columns are fitted to what is shown now, then kept: sized to their
        # contents for good, they would measure every cell again after each search or sort.
        self._widen(fit=True)

    def warm_up(self, sample: str) -> None:
        """Lay out ``sample`` in the view's font once, so the first cells measured (just
        after unlocking) find the font's glyphs and Python's font types ready."""
        self._advance(sample)

    def _rows_arrived(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if first == 0:  # the first rows of an empty table; later pages leave the widths
            self._widen()

    def _widen(self, fit: bool = False) -> None:
        """Grow the short columns to the first rows shown (only those are read: a paged
        model would otherwise read every page to measure it); with ``fit``, set them to
        those rows' width, narrower or wider, and share the rest again."""
        header = self.table.horizontalHeader()
        model = self.table.model()
        if model is None:
            if fit:
                self.share()
            return
        rows = range(min(model.rowCount(), FIT_ROWS))
        grown = fit
        for column in self.fixed:
            wanted = max((self._heading_width(column),
                          *(self._cell_width(model.index(r, column)) for r in rows)))
            if fit or wanted > header.sectionSize(column):
                header.resizeSection(column, wanted)
                grown = True
        if grown:
            self.share()

    def _heading_width(self, column: int) -> int:
        """Return the width ``column``'s heading needs (measured once for each heading)."""
        model = self.table.model()
        heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        key = (-1 - column, heading)  # apart from the cells' texts
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = self.table.horizontalHeader().sectionSizeHint(column)
        return width

    def _cell_width(self, index: QModelIndex) -> int:
        """Return the width ``index``'s cell needs, as the view counts it (measured once for
        each text of its column).

        The view measures a cell by laying its text out through the style, the cost of
        reading the cell many times over.  A cell's width is its text's width laid out in
        the view's font plus the style's margins, the same for every cell of a column: the
        view measures the first cell of each column, and the others add their own text's
        width to that cell's margins (``tests/gui/test_column_widths.py`` holds them
        to the view's own measure, in each theme and at twice the scale).
        """
        column = index.column()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        key = (column, text)
        width = self._widths.get(key)
        if width is not None:
            return width
        margins = self._margins.get(column)
        if margins is None:
            grid = 1 if self.table.showGrid() else 0  # as the view counts a cell's width
            width = self.table.sizeHintForIndex(index).width() + grid
            if text:  # an empty cell is measured without the margins of a text
                self._margins[column] = width - self._advance(text)
        else:
            width = self._advance(text) + margins
        self._widths[key] = width
        return width

    def _advance(self, text: str) -> int:
        """Return the width of ``text`` laid out on one line in the view's font, rounded up,
        as the style lays out and measures an item's text."""
        layout = self._layout
        if layout is None:
            layout = self._layout = QTextLayout()
            layout.setFont(self.table.font())
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.ManualWrap)
            layout.setTextOption(option)
        layout.setText(text.replace("\n", "\u2028"))
        layout.beginLayout()
        widest = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(_UNBOUNDED)
            widest = max(widest, line.naturalTextWidth())
        layout.endLayout()
        return math.ceil(widest)

    def share(self) -> None:
        """Give the long columns the width the short ones leave, in proportion."""
        header = self.table.horizontalHeader()
        model = self.table.model()
        if model is None or header.count() == 0:
            return
        free = self.table.viewport().width() - sum(header.sectionSize(c) for c in self.fixed)
        total = sum(self.shares.values())
        metrics = header.fontMetrics()
        for column, share in self.shares.items():
            heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            least = metrics.horizontalAdvance(heading) + 3 * CELL_PADDING
            header.resizeSection(column, max(least, free * share // total))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Share the width again whenever the table is resized; forget the cells' widths
        when its font or style changes."""
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is not self.table:
            self.share()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._widths.clear()
            self._margins.clear()
            self._layout = None
        return False


class EmptyMessage(QLabel):
    """A message in the middle of an empty table saying why it is empty."""

    def __init__(self, table: QTableView, text: Callable[[], str]) -> None:
        super().__init__(table.viewport())
        self.setObjectName("empty_message")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.table, self.text_for = table, text
        table.viewport().installEventFilter(self)
        model = table.model()
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                           model.layoutChanged):
                signal.connect(self.update_message)
        self.update_message()

    def update_message(self, *_args: object) -> None:
        """Show the message if the table has no rows, hide it otherwise."""
        model = self.table.model()
        empty = model is None or model.rowCount() == 0
        if empty:
            self.setText(self.text_for())
            self.setGeometry(self.table.viewport().rect().adjusted(20, 20, -20, -20))
        self.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the message centred as the table is resized."""
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.table.viewport().rect().adjusted(20, 20, -20, -20))
        return False
