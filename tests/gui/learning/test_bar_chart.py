"""The statistics page paints each chart with Qt from the description the annex draws with
reportlab: the same values, scale and period, bars where the values put them, labels that
wrap without overlapping, a pattern and words beside the colour, and the high-contrast look."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pdfreaders import pdf_text
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPalette
from PySide6.QtWidgets import QApplication

from scr_desktop.domain.learning.charts import SERIES_COLOURS, SERIES_PATTERNS, chart_of
from scr_desktop.domain.learning.statistics import BoardStatistics, Table
from scr_desktop.export.pdf_chart_bars import PatternedBar
from scr_desktop.export.pdf_statistics import chart_drawing, render_annex
from scr_desktop.gui import theme
from scr_desktop.gui.learning.bar_chart import BRUSHES, WRAP, BarChart
from scr_desktop.gui.learning.statistics_page import StatisticsPage
from scr_desktop.storage.vault import Vault

REFERRALS = Table("referrals", "Referrals received", ("Referrals",),
                  (("Serious Case Review", (23,)), ("Child Safeguarding Practice Review", (3,)),
                   ("Local review", (11,))))
TIMELINESS = Table("timeliness", "Statutory timescales", ("On time", "Late", "Missed", "Open"),
                   (("Notification", (12, 6, 2, 0)), ("Decision", (15, 8, 5, 7))),
                   chart="stacked")
LONG = Table("decisions", "Decisions", ("Decisions",), (
    ("Local Child Safeguarding Practice Review (Child Safeguarding Practice Review (Working "
     "Together 2023))", (6,)),
    ("Serious Case Review to be undertaken (Serious Case Review (Working Together 2015))", (7,)),
    ("None", (9,))))
STATS = BoardStatistics("2025/26", [REFERRALS, TIMELINESS, LONG])


def _image(chart: BarChart, width: int) -> QImage:
    chart.resize(width, chart.heightForWidth(width))
    QApplication.sendPostedEvents()
    return chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _run(image: QImage, x: float, y: float, colour: QColor) -> int:
    """Return how many pixels from (x, y) rightwards are ``colour``."""
    n, px, py = 0, round(x), round(y)
    while px + n < image.width() and QColor(image.pixel(px + n, py)) == colour:
        n += 1
    return n


def _share(image: QImage, rect: QRectF, colour: QColor) -> float:
    """Return the share of the pixels inside ``rect`` that are ``colour``."""
    inner = rect.adjusted(2, 2, -2, -2).toRect()
    pixels = [QColor(image.pixel(x, y)) == colour for x in range(inner.left(), inner.right())
              for y in range(inner.top(), inner.bottom())]
    return sum(pixels) / max(1, len(pixels))


@pytest.fixture
def high_contrast() -> Iterator[None]:
    theme.apply(True)
    try:
        yield
    finally:
        theme.apply(False)


def test_the_screen_and_the_annex_draw_one_description(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    described = chart_of(REFERRALS, STATS.period_label, anonymised=True)
    assert described.values(0) == (23, 0, 11)  # 3 is under 5: not drawn
    assert (described.step, described.top) == (5, 25)
    # the annex draws these very values on this very scale (its rows bottom up)
    drawn = next(c for c in chart_drawing(described, 480).contents if hasattr(c, "data"))
    assert drawn.data == [[11, 0, 23]]
    assert (drawn.valueAxis.valueStep, drawn.valueAxis.valueMax) == (5, 25)
    annex = tmp_path / "annex.pdf"
    annex.write_bytes(render_annex(STATS))
    text = pdf_text(annex, "")  # as laid out, before encryption
    assert described.period == "Period: 2025/26" and described.period in text

    chart = BarChart(described)
    qtbot.addWidget(chart)
    assert chart.described is described
    image = _image(chart, 640)
    g = chart.geometry_at(640.0)
    fill = QColor(SERIES_COLOURS[0])
    for row, value in enumerate(described.values(0)):
        band = g.bands[row]
        expected = value / described.top * g.plot.width()
        found = _run(image, g.plot.left() + 1, band.center().y(), fill)
        # each bar as long as its value on the axis, to a pixel or two; the hidden one none
        assert abs(found - max(0.0, expected - 1)) <= 2, (row, value, found, expected)
        # its label is painted on its own row, left of the axis
        label = g.labels[row].toRect()
        assert any(QColor(image.pixel(x, y)) != QColor(image.pixel(0, 0))
                   for x in range(label.left(), label.right())
                   for y in range(label.top(), label.bottom()))
    # what a screen reader is given is the same figures, the hidden one in words
    words = chart.accessibleDescription()
    assert words == described.text_equivalent()
    assert "Period: 2025/26" in words and "Serious Case Review: 23." in words
    assert "Child Safeguarding Practice Review: fewer than 5 (not drawn)." in words
    assert chart.accessibleName() == "Chart: Referrals received"


def test_stacked_segments_follow_each_other_in_their_colours_and_patterns(qtbot) -> None:  # type: ignore[no-untyped-def]
    described = chart_of(TIMELINESS, "2025/26", anonymised=True)
    chart = BarChart(described)
    qtbot.addWidget(chart)
    image = _image(chart, 700)
    g = chart.geometry_at(700.0)
    scale = g.plot.width() / described.top
    for row in range(len(described.rows)):
        values = described.rows[row].values
        for series, value in enumerate(values):
            rect = chart.bar_rect(row, series, g)
            assert rect.left() == pytest.approx(g.plot.left() + sum(values[:series]) * scale)
            assert rect.width() == pytest.approx(value * scale)
            if value >= 5:
                # the segment is painted in its series' colour (a pattern over all but
                # the first, so it is not told by colour alone)
                share = _share(image, rect, QColor(SERIES_COLOURS[series]))
                assert share > (0.95 if series == 0 else 0.3), (row, series, share)
                if series:
                    assert share < 0.95
    # the row holding a hidden count gives no total, and says so
    assert chart.value_words(0, 3) == "not all drawn"
    assert chart.value_words(1, 3) == "35"
    assert "Decision: On time 15; Late 8; Missed 5; Open 7; total 35." in \
        chart.accessibleDescription()


def test_the_screen_and_the_annex_give_each_series_the_same_pattern(qtbot) -> None:  # type: ignore[no-untyped-def]
    actions = Table("actions", "Actions", ("Complete", "Overdue", "At risk", "On track",
                                           "Not started"),
                    (("Police", (9, 6, 5, 8, 7)),), chart="stacked")
    described = chart_of(actions, "2025/26", anonymised=True)
    chart = BarChart(described)
    qtbot.addWidget(chart)
    on_screen = [chart.colours(s)[2] for s in range(5)]
    assert len(set(on_screen)) == 5  # five series, five patterns
    drawing = chart_drawing(described, 480)
    drawn = next(c for c in drawing.contents if hasattr(c, "data"))
    in_annex = [tuple(drawn.bars[s].symbol.angles) for s in range(5)]
    swatches = [tuple(c.angles) for c in drawing.contents if isinstance(c, PatternedBar)]
    # what the annex hatches is what the screen paints, bar and legend alike
    assert [BRUSHES[a] for a in in_annex] == on_screen
    assert swatches == in_annex == list(SERIES_PATTERNS)


@pytest.mark.parametrize("font_scale", [1, 2])
def test_long_labels_wrap_within_their_rows_and_never_overlap(qtbot, font_scale: int) -> None:  # type: ignore[no-untyped-def]
    chart = BarChart(chart_of(LONG, "2025/26", anonymised=False))
    qtbot.addWidget(chart)
    font = chart.font()
    font.setPointSizeF(font.pointSizeF() * font_scale)  # 200% text
    chart.setFont(font)
    width = 420  # a narrow window: the labels wrap onto several lines
    _image(chart, width)
    g = chart.geometry_at(float(width))
    fm = QFontMetricsF(chart.font())
    lines_needed = 0
    for row, label_rect in enumerate(g.labels):
        needed = fm.boundingRect(QRectF(0, 0, label_rect.width(), 1e6), WRAP,
                                 LONG.rows[row][0])
        assert needed.height() <= label_rect.height()
        assert needed.width() <= label_rect.width() + 1
        lines_needed = max(lines_needed, round(needed.height() / fm.lineSpacing()))
        if row:
            assert not label_rect.intersects(g.labels[row - 1].adjusted(0, 0, 0, -0.5))
    assert lines_needed >= 2  # they did wrap
    assert g.plot.right() <= width and chart.height() >= g.height  # nothing cut off


def test_high_contrast_draws_black_bars_and_black_patterns_on_white(  # type: ignore[no-untyped-def]
        qtbot, high_contrast) -> None:
    chart = BarChart(chart_of(TIMELINESS, "2025/26", anonymised=False))
    qtbot.addWidget(chart)
    chart.show()
    image = _image(chart, 700)
    ink = chart.palette().color(QPalette.ColorRole.WindowText)
    paper = chart.palette().color(QPalette.ColorRole.Window)
    assert (ink.name(), paper.name()) == ("#000000", "#ffffff")
    g = chart.geometry_at(700.0)
    first = chart.bar_rect(1, 0, g)
    assert _share(image, first, ink) > 0.95
    hatched = chart.bar_rect(1, 1, g)
    share = _share(image, hatched, ink)
    assert 0.05 < share < 0.8  # black lines on white: a pattern, not a colour
    colours = {QColor(image.pixel(x, y)).name() for x in range(image.width())
               for y in range(0, image.height(), 3)}
    # nothing but black, white and the greys of anti-aliased edges: no colour at all
    assert all(QColor(c).red() == QColor(c).green() == QColor(c).blue() for c in colours)


def test_the_page_shows_the_description_the_annex_is_drawn_from(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path) -> None:
    with Vault.create(tmp_path / "v.scrvault", "walnut lantern meadow 7") as vault:
        page = StatisticsPage(lambda: date(2026, 11, 20), lambda figures: None)
        qtbot.addWidget(page)
        page.attach(vault.stats)
        figures = page.figures
        assert figures is not None
        for hide in (False, True):
            page.form.suppress.setChecked(hide)
            for table in page.figures.tables if page.figures else []:
                box = page.boxes[table.key]
                assert box.chart.described == chart_of(table, figures.period_label,
                                                        anonymised=hide)
        # the actions are counted on the day, whatever the period: the chart says so
        actions = page.boxes["actions"].chart.described
        assert actions.period == "Counted on 20/11/2026, whatever the period chosen (2026/27)"
        page.detach()
