"""The board's statistics for a chosen period: charts, each with the table behind it.

The figures are counted by SQL (:meth:`scr_desktop.storage.stats.StatsTable.figures`,
indexed ranges, well within the page's half-second bar at 10,000 cases), so
they are read on the UI thread when the period changes.  The charts are the
annex's own reportlab charts (:func:`scr_desktop.export.pdf_statistics.chart_drawing`)
shown as SVG, so the screen and the annex agree; reportlab's chart modules
are imported only when this page is first opened.  Locking clears the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtSvgWidgets import QSvgWidget
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

from scr_desktop.domain.learning.periods import KINDS, Period, period
from scr_desktop.domain.learning.statistics import BoardStatistics, Table
from scr_desktop.gui.forms.learning.statistics_page import Ui_StatisticsPage
from scr_desktop.storage.stats import StatsTable

CHART_WIDTH = 640.0


_CLIP = re.compile(r"<clipPath\b.*?</clipPath>", re.S)


def _svg(table: Table, anonymised: bool) -> bytes:
    """Return the chart as SVG that Qt's SVG Tiny renderer draws as reportlab meant it:
    without the whole-drawing clip path (which it would paint as a black box) and with
    a font the screen has."""
    from reportlab.graphics import renderSVG

    from scr_desktop.export.pdf_statistics import chart_drawing

    svg: str = renderSVG.drawToString(chart_drawing(table, CHART_WIDTH, anonymised=anonymised))
    svg = _CLIP.sub("", svg).replace(' style="clip-path: url(#clip)"', "")
    svg = svg.replace("font-family: SCRDejaVuSans", "font-family: DejaVu Sans, sans-serif")
    return svg.encode("utf-8")


class FigureBox(QGroupBox):
    """One figure: its chart (an image, described in words) and its table."""

    def __init__(self, table: Table, anonymised: bool, parent: QWidget | None = None) -> None:
        super().__init__(table.title, parent)
        from scr_desktop.export.pdf_statistics import header_cells, row_cells

        self.setObjectName(f"figure_{table.key}")
        self.chart = QSvgWidget()
        self.chart.setObjectName(f"chart_{table.key}")
        self.chart.load(QByteArray(_svg(table, anonymised)))
        size = self.chart.renderer().defaultSize()  # in points, as the annex prints it
        scale = self.logicalDpiX() / 72.0
        self.chart.setFixedSize(QSize(round(size.width() * scale), round(size.height() * scale))
                                if size.isValid() else QSize(850, 160))
        self.chart.setAccessibleName(f"Chart: {table.title}")
        self.chart.setAccessibleDescription("The same figures are in the table below.")
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
            source = QLabel(f"Source: {table.source}")
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

    def period(self) -> Period:
        """Return the period chosen."""
        kind = str(self.form.kind.currentData())
        self.form.quarter.setEnabled(kind == "quarter")
        return period(kind, self.form.year.value(), int(self.form.quarter.currentData()))

    def attach(self, stats: StatsTable) -> None:
        """Show the statistics of an unlocked vault."""
        self._stats = stats
        self.refresh()

    def detach(self) -> None:
        """Forget every figure (the vault is locking)."""
        self._stats = None
        self.figures = None
        self._clear()

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
        if self._stats is None:
            return
        self.figures = self._stats.figures(self.period(), self._today())
        self._clear()
        hide = self.form.suppress.isChecked()
        for table in self.figures.tables:
            box = FigureBox(table, hide)
            self.boxes[table.key] = box
            self.form.content_layout.addWidget(box)
            box.show()  # at once, not when the event loop next runs
        self.form.content_layout.addStretch(1)

    def _export_annex(self) -> None:
        if self.figures is not None:
            self._export(self.figures)
