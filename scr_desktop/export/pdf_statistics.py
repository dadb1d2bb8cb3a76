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

from ..domain.learning.charts import EMPTY, SERIES_COLOURS, Chart, chart_of
from ..domain.learning.statistics import BoardStatistics, header_cells, row_cells

BOARD = "Local Safeguarding Children Board"


LABEL_CHARS = 34  # a category label wraps at this width to fit its 150 pt column
LABEL_SIZE = 7.5
LABEL_LEADING = 9.0
LABEL_GAP = 6.0  # between the wrapped labels of two neighbouring rows
ROW_HEIGHT = 24.0  # a row with a one-line label


def chart_drawing(described: Chart, width: float) -> Any:
    """Return the chart ``described`` as a reportlab drawing ``width`` points wide."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    from .layout import FONT, register_fonts

    register_fonts()
    rows = described.rows
    label_width = 150.0
    names = [textwrap.wrap(row.label, LABEL_CHARS) or [row.label] for row in reversed(rows)]
    # every row is as tall as its longest label needs, so wrapped labels never overlap
    row_height = max(ROW_HEIGHT, max((len(n) for n in names), default=1) * LABEL_LEADING
                     + LABEL_GAP)
    legend_height = 18.0 if len(described.series) > 1 else 0.0
    height = max(40.0, row_height * len(rows)) + 24 + legend_height
    drawing = Drawing(width, height)
    if not rows:
        drawing.add(String(0, height / 2, EMPTY, fontName=FONT, fontSize=9))
        return drawing
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 18 + legend_height
    chart.width = width - label_width - 20
    chart.height = height - 24 - legend_height
    # reportlab draws the first category at the bottom: rows top to bottom as in the table
    chart.data = [list(reversed(described.values(i))) for i in range(len(described.series))]
    chart.categoryAxis.categoryNames = ["\n".join(n) for n in names]
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
    for i in range(len(described.series)):
        chart.bars[i].fillColor = colors.HexColor(SERIES_COLOURS[i % len(SERIES_COLOURS)])
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    if legend_height:
        legend = Legend()
        legend.x = label_width
        legend.y = legend_height - 2
        legend.boxAnchor = "nw"
        legend.fontName = FONT
        legend.fontSize = 7.5
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 90
        legend.dxTextSpace = 4
        legend.colorNamePairs = [(colors.HexColor(SERIES_COLOURS[i % len(SERIES_COLOURS)]), name)
                                 for i, name in enumerate(described.series)]
        drawing.add(legend)
    return drawing


def render_annex(stats: BoardStatistics, *, board_name: str = BOARD,
                 generated_at: datetime | None = None) -> bytes:
    """Return the annual-report annex for ``stats`` (anonymised, small numbers suppressed)."""
    from reportlab.lib.units import mm

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
        n = len(header) - 1
        column = min(24 * mm, (CONTENT_WIDTH - 45 * mm) / n)
        widths = [CONTENT_WIDTH - n * column] + [column] * n
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
