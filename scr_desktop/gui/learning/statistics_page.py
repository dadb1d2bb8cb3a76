"""The board's statistics for a chosen period: charts, each with the table behind it.

The figures are counted by SQL (:meth:`scr_desktop.storage.stats.StatsTable.figures`,
indexed ranges, well within the page's half-second bar at 10,000 cases), so
they are read on the UI thread when the period changes.  Each chart is
painted with Qt (:class:`~scr_desktop.gui.learning.bar_chart.BarChart`) from
the description the annex draws with reportlab
(:func:`scr_desktop.domain.learning.charts.chart_of`), so the screen and the
annex agree and opening the page loads neither reportlab nor an imaging
library.  Locking clears the page.

Leaving the page releases its figures (:meth:`StatisticsPage.release`): the
charts, the tables and the figures behind them are a few hundred widgets, a
few MB, that a person who moved on to a case or the audit log no longer
sees.  The period chooser stays as it was set, and the figures are shown
again for that period when the page is.  The figures themselves (a few
dozen rows) are kept with the period, the day and the vault's count of
writes they were counted at (:meth:`StatsTable.changes`), and counted again
only when one of those has moved: a case saved meanwhile is counted, and
coming back with nothing written only builds the charts and tables.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.domain.guidance import cite_guidance
from scr_desktop.domain.learning.charts import chart_of
from scr_desktop.domain.learning.periods import KINDS, Period, period
from scr_desktop.domain.learning.statistics import (
    BoardStatistics,
    Table,
    header_cells,
    row_cells,
)
from scr_desktop.gui import memory
from scr_desktop.gui.forms.learning.statistics_page import Ui_StatisticsPage
from scr_desktop.gui.learning.bar_chart import BarChart
from scr_desktop.storage.stats import StatsTable


class FigureBox(QGroupBox):
    """One figure: its chart (an image, described in words) and its table."""

    def __init__(self, table: Table, period_label: str, anonymised: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(table.title, parent)
        self.setObjectName(f"figure_{table.key}")
        self.chart = BarChart(chart_of(table, period_label, anonymised=anonymised))
        self.table = QTableWidget(len(table.rows), 1 + len(header_cells(table)))
        self.table.setObjectName(f"table_{table.key}")
        self.table.setAccessibleName(f"Table: {table.title}")
        self.table.setHorizontalHeaderLabels(["", *header_cells(table)])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        for row, (label, counts) in enumerate(table.rows):
            self.table.setItem(row, 0, QTableWidgetItem(label))
            for col, text in enumerate(row_cells(table, counts, anonymised=anonymised),
                                       start=1):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 6 + sum(
            self.table.rowHeight(r) for r in range(self.table.rowCount())))
        lay = QVBoxLayout(self)
        if table.rows:
            lay.addWidget(self.chart)
        else:
            self.chart.hide()
            lay.addWidget(QLabel("Nothing to count in this period."))
        lay.addWidget(self.table)
        if table.source:
            source = QLabel(f"Source: {cite_guidance(table.source)}")
            source.setWordWrap(True)
            lay.addWidget(source)

    def cell(self, row: int, column: int) -> str:
        """Return the text of one table cell (0: the label)."""
        item = self.table.item(row, column)
        return item.text() if item is not None else ""


class StatisticsPage(QWidget):
    """The period chooser, the figures, and the annex export."""

    def __init__(self, today: Callable[[], date],
                 export: Callable[[BoardStatistics], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_StatisticsPage()
        self.form.setupUi(self)
        self._today = today
        self._export = export
        self._stats: StatsTable | None = None
        self.figures: BoardStatistics | None = None
        self.boxes: dict[str, FigureBox] = {}
        # The figures last counted, and for which period, day and count of writes.
        self._counted: tuple[tuple[Period, date, int], BoardStatistics] | None = None
        for key, label in KINDS.items():
            self.form.kind.addItem(label, key)
        for q in range(1, 5):
            self.form.quarter.addItem(f"Q{q}", q)
        now = today()
        self.form.kind.setCurrentIndex(self.form.kind.findData("financial"))
        self.form.year.setValue(now.year if now.month >= 4 else now.year - 1)
        self.form.quarter.setCurrentIndex((now.month - 1) // 3)
        self.form.kind.currentIndexChanged.connect(self.refresh)
        self.form.year.valueChanged.connect(self.refresh)
        self.form.quarter.currentIndexChanged.connect(self.refresh)
        self.form.suppress.toggled.connect(self.refresh)
        self.form.export_button.clicked.connect(self._export_annex)
        self.period()  # say which days the period chosen covers, from the start

    def period(self) -> Period:
        """Return the period chosen, and say beside the chooser which days it covers (a
        financial year by its label and dates, "2026/27: 01/04/2026 to 31/03/2027")."""
        kind = str(self.form.kind.currentData())
        self.form.quarter.setEnabled(kind == "quarter")
        chosen = period(kind, self.form.year.value(), int(self.form.quarter.currentData()))
        self.form.period_shown.setText(
            f"{chosen.label}: {chosen.first:%d/%m/%Y} to {chosen.last:%d/%m/%Y}")
        return chosen

    def attach(self, stats: StatsTable) -> None:
        """Show the statistics of an unlocked vault."""
        if self._stats is None or stats.database is not self._stats.database:
            self._counted = None  # another vault's figures, or none yet
        self._stats = stats
        self.refresh()

    def detach(self) -> None:
        """Forget every figure (the vault is locking)."""
        self._stats = None
        self.figures = None
        self._counted = None
        self._clear()

    def release(self) -> None:
        """Let go of the figures shown (the page is left); they are counted again when it is
        next shown, for the period still chosen."""
        if self.figures is None and not self.boxes:
            return
        self.figures = None
        self._clear()
        memory.give_back_soon()

    def hideEvent(self, event: QHideEvent) -> None:
        """Release the figures when another page takes this one's place (not when the whole
        window is minimised)."""
        super().hideEvent(event)
        if not event.spontaneous():
            self.release()

    def showEvent(self, event: QShowEvent) -> None:
        """Count the figures again if they were released while the page was away."""
        super().showEvent(event)
        if self._stats is not None and self.figures is None:
            self.refresh()

    def _clear(self) -> None:
        lay = self.form.content_layout
        while lay.count():
            item = lay.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.boxes = {}

    def refresh(self) -> None:
        """Count the figures for the chosen period and show them."""
        chosen = self.period()
        if self._stats is None:
            return
        today = self._today()
        read_as = (chosen, today, self._stats.changes())
        if self._counted is None or self._counted[0] != read_as:
            self._counted = (read_as, self._stats.figures(chosen, today))
        self.figures = self._counted[1]
        self._clear()
        hide = self.form.suppress.isChecked()
        for table in self.figures.tables:
            box = FigureBox(table, self.figures.period_label, hide)
            self.boxes[table.key] = box
            self.form.content_layout.addWidget(box)
            box.show()  # at once, not when the event loop next runs
        self.form.content_layout.addStretch(1)

    def _export_annex(self) -> None:
        if self.figures is not None:
            self._export(self.figures)
