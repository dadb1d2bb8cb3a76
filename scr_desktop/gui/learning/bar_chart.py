"""One statistics chart painted with Qt, from the description the annex draws too.

The statistics page shows each figure as a :class:`BarChart` painting a
:class:`~scr_desktop.domain.learning.charts.Chart`, the description the
annex draws with reportlab, so the page needs neither reportlab nor an
imaging library (nor their memory) and the two cannot disagree.

Every size follows the widget's font, so the chart grows with the user's
text size and scaling.  The label column wraps each label to fit, every row
is as tall as the longest label needs (labels never overlap), and the chart
is as tall as its width needs (height for width), so at 200% it scrolls with
the page rather than clipping.

Colour is never the only signal: the series after the first carry a pattern
over their colour (:data:`~scr_desktop.domain.learning.charts.SERIES_PATTERNS`,
the annex's patterns too), shown in the legend too; a bar that is not stacked has
its count written after it, a stacked one its total; a count hidden for
being under 5 is written "fewer than 5" where its bar would start, and a
stacked bar holding one says it is "not all drawn" in place of its total.  In the
high-contrast look the bars are black, and black patterns on white, with
black outlines.  The accessible description is the chart's text equivalent.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from scr_desktop.domain.learning.charts import EMPTY, SERIES_COLOURS, SERIES_PATTERNS, Chart
from scr_desktop.gui import theme

BRUSHES = {(): Qt.BrushStyle.NoBrush, (45,): Qt.BrushStyle.BDiagPattern,
           (0, 90): Qt.BrushStyle.CrossPattern, (45, 135): Qt.BrushStyle.DiagCrossPattern,
           (0,): Qt.BrushStyle.HorPattern}
"""Qt's brush pattern for each of the series' patterns (:data:`SERIES_PATTERNS`)."""
PATTERNS = tuple(BRUSHES[angles] for angles in SERIES_PATTERNS)
"""The pattern laid over each series' colour in turn (the first series is plain)."""

WRAP = int(Qt.TextFlag.TextWordWrap)


@dataclass
class Geometry:
    """Where everything of a chart goes at one width, in the widget's pixels."""

    period: QRectF = field(default_factory=QRectF)
    legend: list[tuple[QRectF, QRectF]] = field(default_factory=list)  # swatch, name
    labels: list[QRectF] = field(default_factory=list)  # one per row
    bands: list[QRectF] = field(default_factory=list)  # the plot part of each row
    plot: QRectF = field(default_factory=QRectF)  # from value 0 to the axis' end
    height: float = 0.0


class BarChart(QWidget):
    """Paints one :class:`Chart` as horizontal bars, with its legend, axis and period."""

    def __init__(self, described: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.described = described
        self._kept: tuple[tuple[float, str], Geometry] | None = None
        self.setObjectName(f"chart_{described.key}")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(f"Chart: {described.title}")
        text = described.text_equivalent()
        self.setAccessibleDescription(text)
        self.setWhatsThis(text)

    # -- size --------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        """Say that the chart's height follows its width (labels wrap)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Return the height the chart needs at ``width``."""
        return math.ceil(self.geometry_at(float(width)).height)

    def sizeHint(self) -> QSize:
        """Return a comfortable size: as wide as a page of text."""
        width = round(QFontMetricsF(self.font()).averageCharWidth() * 90)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """Return the narrowest the chart stays readable at."""
        width = round(QFontMetricsF(self.font()).averageCharWidth() * 36)
        return QSize(width, self.heightForWidth(width))

    # -- layout ------------------------------------------------------------------------
    def value_words(self, row: int, series: int) -> str:
        """Return the words written after a bar (or a stacked bar's total), "" for none."""
        return self.described.end_words(row, series)

    def geometry_at(self, width: float) -> Geometry:
        """Return where everything goes when the chart is ``width`` pixels wide."""
        key = (width, self.font().key())
        if self._kept is None or self._kept[0] != key:
            self._kept = (key, self._geometry(width))
        return self._kept[1]

    def _geometry(self, width: float) -> Geometry:
        c = self.described
        fm = QFontMetricsF(self.font())
        line = fm.lineSpacing()
        pad = round(line * 0.5)
        g = Geometry()
        y = float(pad) / 2
        g.period = QRectF(0, y, width, fm.boundingRect(QRectF(0, 0, width, 1e6), WRAP,
                                                          c.period).height())
        y = g.period.bottom() + pad / 2
        if len(c.series) > 1 and c.rows:  # no legend for an empty chart
            x, swatch = 0.0, fm.height()
            for name in c.series:
                w = swatch + pad / 2 + fm.horizontalAdvance(name)
                if x > 0 and x + w > width:
                    x, y = 0.0, y + line + 4
                g.legend.append((QRectF(x, y + (line - swatch) / 2, swatch, swatch),
                                 QRectF(x + swatch + pad / 2, y, w - swatch - pad / 2, line)))
                x += w + 2 * pad
            y += line + pad
        if not c.rows:
            g.height = y + line + pad
            return g
        natural = max(fm.horizontalAdvance(r.label) for r in c.rows) + pad
        label_w = max(min(natural, width * 0.4), min(natural, fm.averageCharWidth() * 10))
        # room for the longest word, which would otherwise run out of the column
        longest = max(fm.horizontalAdvance(w) for r in c.rows for w in r.label.split() or [""])
        label_w = max(label_w, min(longest + pad, width * 0.6))
        label_h = max(fm.boundingRect(QRectF(0, 0, label_w - pad, 1e6), WRAP,
                                      r.label).height() for r in c.rows)
        bars = 1 if c.stacked else len(c.series)
        thick = line * (1.1 if bars == 1 else 1.0)
        row_h = max(label_h, bars * thick + (bars - 1) * 2) + line * 0.8  # the gap between rows
        words = [self.value_words(r, s) for r in range(len(c.rows)) for s in range(len(c.series))]
        room = max((fm.horizontalAdvance(w) for w in words), default=0.0) + pad
        left = label_w + pad / 2
        plot_w = max(line * 2, width - left - room - pad / 2)
        for i in range(len(c.rows)):
            top = y + i * row_h
            g.labels.append(QRectF(0, top, label_w - pad / 2, row_h))
            g.bands.append(QRectF(left, top + (row_h - bars * thick - (bars - 1) * 2) / 2,
                                  plot_w, bars * thick + (bars - 1) * 2))
        g.plot = QRectF(left, y, plot_w, row_h * len(c.rows))
        g.height = g.plot.bottom() + 4 + line + pad / 2
        return g

    def bar_rect(self, row: int, series: int, g: Geometry | None = None) -> QRectF:
        """Return where the bar (or stacked segment) of ``series`` in ``row`` is drawn."""
        g = g or self.geometry_at(float(self.width()))
        c = self.described
        band = g.bands[row]
        scale = g.plot.width() / c.top
        values = c.rows[row].values
        if c.stacked:
            start = sum(values[:series]) * scale
            return QRectF(band.left() + start, band.top(), values[series] * scale,
                          band.height())
        thick = (band.height() - (len(values) - 1) * 2) / len(values)
        return QRectF(band.left(), band.top() + series * (thick + 2), values[series] * scale,
                      thick)

    # -- colours -----------------------------------------------------------------------
    def colours(self, series: int) -> tuple[QColor, QColor, Qt.BrushStyle]:
        """Return the fill, the pattern's colour and the pattern of a series."""
        pattern = PATTERNS[series % len(PATTERNS)]
        if theme.is_high_contrast():
            ink = self.palette().color(QPalette.ColorRole.WindowText)
            paper = self.palette().color(QPalette.ColorRole.Window)
            return (ink if series == 0 else paper), ink, pattern
        return QColor(SERIES_COLOURS[series % len(SERIES_COLOURS)]), QColor("#ffffff"), pattern

    # -- painting ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """Lay out and paint again when the font, palette or style changes."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange,
                            QEvent.Type.FontChange):
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the period, the legend, the gridlines, the bars, their words and the axis."""
        c = self.described
        g = self.geometry_at(float(self.width()))
        pal = self.palette()
        ink = pal.color(QPalette.ColorRole.WindowText)
        paper = pal.color(QPalette.ColorRole.Window)
        faint = QColor(round((ink.red() + 3 * paper.red()) / 4),
                       round((ink.green() + 3 * paper.green()) / 4),
                       round((ink.blue() + 3 * paper.blue()) / 4))
        p = QPainter(self)
        try:
            p.fillRect(self.rect(), paper)
            p.setPen(ink)
            p.drawText(g.period, WRAP, c.period)
            for i, (swatch, name) in enumerate(g.legend):
                self._fill(p, swatch, i, ink)
                p.setPen(ink)
                p.drawText(name, int(Qt.AlignmentFlag.AlignVCenter), c.series[i])
            if not c.rows:
                p.drawText(QRectF(0, g.period.bottom(), self.width(), g.height
                                  - g.period.bottom()), WRAP, EMPTY)
                return
            fm = QFontMetricsF(self.font())
            scale = g.plot.width() / c.top
            for tick in c.ticks:
                x = g.plot.left() + tick * scale
                p.setPen(QPen(faint, 1))
                if tick:
                    p.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()))
                p.setPen(ink)
                text = f"{tick:,}"
                w = fm.horizontalAdvance(text)
                left = min(max(0.0, x - w / 2), self.width() - w)
                p.drawText(QRectF(left, g.plot.bottom() + 4, w + 1, fm.lineSpacing()),
                           int(Qt.AlignmentFlag.AlignLeft), text)
            pad = round(fm.lineSpacing() * 0.5)
            for r, row in enumerate(c.rows):
                p.setPen(ink)
                p.drawText(g.labels[r], WRAP | int(Qt.AlignmentFlag.AlignRight
                                                   | Qt.AlignmentFlag.AlignVCenter), row.label)
                end = g.plot.left()
                for s in range(len(c.series)):
                    rect = self.bar_rect(r, s, g)
                    if rect.width() > 0:
                        self._fill(p, rect, s, ink)
                    end = max(end, rect.right()) if c.stacked else rect.right()
                    words = self.value_words(r, s)
                    if words:
                        p.setPen(ink)
                        box = rect if not c.stacked else QRectF(end, g.bands[r].top(), 0,
                                                                 g.bands[r].height())
                        p.drawText(QRectF(end + pad / 2, box.top() - 2,
                                          fm.horizontalAdvance(words) + 2, box.height() + 4),
                                   int(Qt.AlignmentFlag.AlignVCenter), words)
            p.setPen(QPen(ink, 1))
            p.drawLine(QPointF(g.plot.left(), g.plot.top()),
                       QPointF(g.plot.left(), g.plot.bottom()))
            p.drawLine(QPointF(g.plot.left(), g.plot.bottom()),
                       QPointF(g.plot.right(), g.plot.bottom()))
        finally:
            p.end()

    def _fill(self, p: QPainter, rect: QRectF, series: int, ink: QColor) -> None:
        fill, lines, pattern = self.colours(series)
        p.fillRect(rect, fill)
        if pattern != Qt.BrushStyle.NoBrush:
            p.fillRect(rect, QBrush(lines, pattern))
        if theme.is_high_contrast() or series:
            p.setPen(QPen(ink, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
