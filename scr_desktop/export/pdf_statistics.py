"""The annual-report annex: the board's statistics for a period, as charts and tables (PDF).

Always anonymised: a count from 1 to 4 is shown as "fewer than 5"
(:func:`~scr_desktop.domain.learning.statistics.shown`), is left out of the
chart rather than drawn, and a row holding one shows no total and no
percentage, so the hidden count cannot be worked out from the others.  The
charts are reportlab's (a charting library, not hand drawing), each
followed by the table behind it.  What each chart shows (its values, scale,
title and period) is :mod:`scr_desktop.domain.learning.charts`, the same
description the statistics page paints, so the screen and the annex agree.
"""

from __future__ import annotations

import textwrap
from datetime import datetime
from typing import Any

from ..domain.learning.charts import EMPTY, Chart, chart_of
from ..domain.learning.statistics import BoardStatistics, header_cells, row_cells

BOARD = "Local Safeguarding Children Board"


LABEL_CHARS = 34  # a category label wraps at this width to fit its 150 pt column
LABEL_SIZE = 7.5
LABEL_LEADING = 9.0
LABEL_GAP = 6.0  # between the wrapped labels of two neighbouring rows
ROW_HEIGHT = 24.0  # a row with a one-line label
BAR_HEIGHT = 10.0  # at least, for each bar of a row holding several side by side
WORDS_SIZE = 7.0  # the count (or total) written at the end of a bar
WORDS_GAP = 3.0  # between a bar's end and its words
SWATCH = (16.0, 8.0)  # a legend swatch, wide enough to show its series' pattern
LEGEND_LINE = 12.0  # one line of the legend
LEGEND_GAP = 14.0  # between two entries of the legend


def _legend(series: tuple[str, ...], left: float, width: float) -> list[tuple[int, float, int]]:
    """Return where each series' legend entry goes: its line (0 the top), its x and the
    series, wrapping onto a further line rather than running off the page."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .layout import FONT

    placed: list[tuple[int, float, int]] = []
    line, x = 0, left
    for i, name in enumerate(series):
        w = SWATCH[0] + 4 + stringWidth(name, FONT, LABEL_SIZE)
        if x > left and x + w > left + width:
            line, x = line + 1, left
        placed.append((line, x, i))
        x += w + LEGEND_GAP
    return placed


def chart_drawing(described: Chart, width: float) -> Any:
    """Return the chart ``described`` as a reportlab drawing ``width`` points wide.

    Colour is never the only signal: each series' bars and legend swatch carry its
    pattern (:mod:`.pdf_chart_bars`), and each bar has its count written after it (a
    stacked bar its total, or "not all drawn"), the words the statistics page writes.
    Bars side by side run in the series' order from the top, as the text equivalent says.
    """
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .layout import FONT, register_fonts
    from .pdf_chart_bars import PatternedBar

    register_fonts()
    rows = described.rows
    label_width = 150.0
    names = [textwrap.wrap(row.label, LABEL_CHARS) or [row.label] for row in reversed(rows)]
    n = len(described.series)
    side_by_side = 1 if described.stacked else n
    # every row is as tall as its longest label needs, so wrapped labels never overlap,
    # and as its bars need to show their patterns
    row_height = max(ROW_HEIGHT, max((len(lines) for lines in names), default=1) * LABEL_LEADING
                     + LABEL_GAP, side_by_side * BAR_HEIGHT + LABEL_GAP)
    placed = _legend(described.series, label_width, width - label_width) \
        if n > 1 and rows else []
    legend_lines = max((line for line, _, _ in placed), default=-1) + 1
    legend_height = legend_lines * LEGEND_LINE + (6.0 if legend_lines else 0.0)
    height = max(40.0, row_height * len(rows)) + 24 + legend_height
    drawing = Drawing(width, height)
    if not rows:
        drawing.add(String(0, height / 2, EMPTY, fontName=FONT, fontSize=9))
        return drawing
    # the series drawn bottom up within a row: reportlab draws the first at the bottom
    order = list(range(n)) if described.stacked else list(reversed(range(n)))
    words = [[described.end_words(r, s) for r in reversed(range(len(rows)))] for s in order]
    room = max((stringWidth(w, FONT, WORDS_SIZE) for ws in words for w in ws), default=0.0)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 18 + legend_height
    chart.width = width - label_width - max(20.0, room + WORDS_GAP + 4)
    chart.height = height - 24 - legend_height
    # reportlab draws the first category at the bottom: rows top to bottom as in the table
    chart.data = [list(reversed(described.values(s))) for s in order]
    chart.categoryAxis.categoryNames = ["\n".join(lines) for lines in names]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.leading = LABEL_LEADING
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    chart.valueAxis.valueStep = described.step
    chart.valueAxis.valueMax = described.top
    if described.stacked:
        chart.categoryAxis.style = "stacked"
    for drawn, series in enumerate(order):
        chart.bars[drawn].symbol = PatternedBar(series)
        chart.bars[drawn].name = described.series[series]
    chart.barLabelFormat = "values"
    chart.barLabelArray = words
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = WORDS_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = WORDS_GAP
    drawing.add(chart)
    top = legend_height - LEGEND_LINE
    for line, x, series in placed:
        y = top - line * LEGEND_LINE
        swatch = PatternedBar(series)
        swatch.x, swatch.y = x, y
        swatch.width, swatch.height = SWATCH
        drawing.add(swatch)
        drawing.add(String(x + SWATCH[0] + 4, y + 1, described.series[series],
                           fontName=FONT, fontSize=LABEL_SIZE))
    return drawing


def _column_widths(headings: list[str], style: Any, width: float) -> list[float]:
    """Return the widths of a statistics table's columns: its label, then one per heading.

    Each figure's column is 24 mm, or as wide as the longest word of its heading (a
    heading wraps between its words, never inside one), while the labels keep at least
    45 mm; where that is not room enough, the figures share what the labels leave.
    """
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .layout import CELL_PADDING

    padding = 2 * CELL_PADDING + 1
    wanted = [max(24 * mm, *(stringWidth(word, style.fontName, style.fontSize) + padding
                             for word in heading.split() or [""]))
              for heading in headings]
    room = width - 45 * mm
    if sum(wanted) > room:
        wanted = [room / len(wanted)] * len(wanted)
    return [width - sum(wanted), *wanted]


def render_annex(stats: BoardStatistics, *, board_name: str = BOARD,
                 generated_at: datetime | None = None) -> bytes:
    """Return the annual-report annex for ``stats`` (anonymised, small numbers suppressed)."""

    from .layout import (
        CONTENT_WIDTH,
        build_pdf,
        document_head,
        keep,
        p,
        ruled_table,
        section_heading,
        styles,
    )

    st = styles()
    story = document_head(board_name, "Annual report annex: case review statistics",
                          f"Period: {stats.period_label}")
    story.append(p("Counts from 1 to 4 are shown as \u201cfewer than 5\u201d and are not drawn "
                   "in the charts; a row holding one shows no total or percentage, so that no "
                   "child can be identified.", st.small))
    for table in stats.tables:
        header = [p("", st.small), *(p(h, st.small) for h in header_cells(table))]
        body = [[p(label, st.value), *(p(c, st.value) for c in row_cells(table, counts))]
                for label, counts in table.rows]
        widths = _column_widths(header_cells(table), st.small, CONTENT_WIDTH)
        described = chart_of(table, stats.period_label, anonymised=True)
        parts = [section_heading(described.title), p(described.period, st.small),
                 chart_drawing(described, CONTENT_WIDTH)]
        parts.append(ruled_table([header, *body] if body else [header, ["None", *[""] * (
            len(header) - 1)]], widths, header=True))
        if table.source:
            parts.append(p(f"Source: {table.source}", st.small))
        story.append(keep(*parts))
    return build_pdf(story, title="Case review statistics", doc_label="Statistics annex",
                     generated_at=generated_at)
