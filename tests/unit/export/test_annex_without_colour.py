"""The annex's charts read without colour: printed in greyscale, each series' bars and legend
swatch carry a pattern of their own, and each bar has its count (or total) written after it.

Real readers on the encrypted export: pdftoppm renders the page in greyscale and the test
reads the pattern inside each bar where the chart's layout puts it; pdftotext finds the
words written after the bars.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pdfreaders import pdf_text, qpdf_encryption

from scr_desktop.domain.learning.charts import SERIES_PATTERNS, chart_of
from scr_desktop.domain.learning.statistics import BoardStatistics, Table
from scr_desktop.export.layout import CONTENT_WIDTH, MARGIN_X
from scr_desktop.export.pdf_chart_bars import PatternedBar
from scr_desktop.export.pdf_statistics import chart_drawing, render_annex
from scr_desktop.export.save import pdf_document, save_export
from scr_desktop.storage.vault import Vault

PASS = "walnut lantern meadow 7"
PASSWORD = "lantern-gravel-saffron-quay-mint"
DPI = 300
STEP = 6  # pixels: longer than a pattern's line is thick, shorter than the gap between lines
DIRECTIONS = {"across": (STEP, 0), "down": (0, STEP), "rising": (STEP, -STEP),
              "falling": (STEP, STEP)}

TIMELINESS = Table("timeliness", "Statutory timescales", ("On time", "Late", "Missed", "Open"),
                   (("Notification", (12, 6, 2, 0)), ("Decision", (15, 8, 6, 7))),
                   chart="stacked")
ACTIONS = Table("actions", "Actions", ("Complete", "Overdue", "At risk", "On track",
                                       "Not started"),
                (("Children's social care", (9, 6, 5, 8, 7)),), chart="stacked")
THEMES = Table("themes", "Themes", ("Cases", "Recommendations"),
               (("Neglect", (14, 6)), ("Online harm", (3, 11))))
STATS = BoardStatistics("2025/26", [TIMELINESS, THEMES])


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.scrvault", PASS)
    yield v
    v.close()


def _chart(table: Table) -> Any:
    drawing = chart_drawing(chart_of(table, "2025/26", anonymised=True), CONTENT_WIDTH)
    return next(c for c in drawing.contents if hasattr(c, "data"))


def _words(path: Path) -> list[tuple[str, float, float, float, float]]:
    """Return each word poppler finds on page 1: text, left, top, right, bottom (points)."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", "-upw", PASSWORD,
                           str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html)]


class Grey:
    """A page as pdftoppm renders it in greyscale (a binary PGM): 0 black to 255 white."""

    def __init__(self, pgm: bytes) -> None:
        head = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", pgm)
        assert head is not None
        self.width, self.height = int(head[1]), int(head[2])
        self.pixels = pgm[head.end():]
        assert len(self.pixels) == self.width * self.height

    def at(self, x: int, y: int) -> int:
        return self.pixels[y * self.width + x]


def _grey_page(path: Path, out: Path) -> Grey:
    subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile",
                    "-upw", PASSWORD, str(path), str(out / "page")], check=True)
    return Grey((out / "page.pgm").read_bytes())


def _pattern(page: Grey, left: float, top: float, right: float, bottom: float
             ) -> tuple[float, frozenset[str]]:
    """Return, inside the box given in points, the share of light pixels (the pattern's
    lines over a darker fill) and the directions in which those lines run."""
    k = DPI / 72
    box = [(x, y) for x in range(round(left * k), round(right * k))
           for y in range(round(top * k), round(bottom * k))]
    light = {(x, y) for x, y in box if page.at(x, y) > 200}
    inside = set(box)
    runs = set()
    for name, (dx, dy) in DIRECTIONS.items():
        pairs = [(x, y) for x, y in light if (x + dx, y + dy) in inside]
        if pairs and sum((x + dx, y + dy) in light for x, y in pairs) / len(pairs) > 0.45:
            runs.add(name)
    return len(light) / len(box), frozenset(runs)


def test_each_series_draws_its_own_pattern_in_its_bars_and_its_legend_swatch() -> None:
    for table in (TIMELINESS, ACTIONS, THEMES):
        chart = _chart(table)
        drawn = [chart.bars[i].symbol for i in range(len(chart.data))]
        assert all(isinstance(bar, PatternedBar) for bar in drawn), table.key
        angles = [tuple(bar.angles) for bar in drawn]
        assert len(set(angles)) == len(table.columns), (table.key, angles)
        assert sum(not a for a in angles) == 1  # one series plain, every other patterned
        drawing = chart_drawing(chart_of(table, "2025/26", anonymised=True), CONTENT_WIDTH)
        swatches = [c for c in drawing.contents if isinstance(c, PatternedBar)]
        assert [tuple(s.angles) for s in swatches] == list(SERIES_PATTERNS[:len(table.columns)])


def test_side_by_side_bars_run_in_the_series_order_from_the_top() -> None:
    chart = _chart(THEMES)
    # reportlab draws the first data series lowest in a row: Cases must be drawn last
    assert chart.data == [[11, 6], [0, 14]]
    assert [chart.bars[i].name for i in range(2)] == ["Recommendations", "Cases"]


def test_the_exported_annex_tells_its_series_apart_in_greyscale(
        vault: Vault, tmp_path: Path) -> None:
    saved = save_export(pdf_document(lambda: render_annex(STATS), PASSWORD,
                                     detail="statistics annex for 2025/26"),
                        tmp_path / "annex.pdf", vault.audit)
    assert "R = 6" in qpdf_encryption(saved, PASSWORD)
    page = _grey_page(saved, tmp_path)
    words = _words(saved)
    chart = _chart(TIMELINESS)
    described = chart_of(TIMELINESS, "2025/26", anonymised=True)
    scale = chart.width / described.top
    plot_left = MARGIN_X + chart.x
    # the chart's row label, right-aligned against the axis (the table's label is further left)
    label = next(w for w in words if w[0] == "Decision" and w[3] > plot_left - 20)
    middle = (label[2] + label[4]) / 2
    values = described.rows[1].values
    seen = []
    for series, value in enumerate(values):
        start = plot_left + sum(values[:series]) * scale
        share, runs = _pattern(page, start + 2, middle - 3, start + value * scale - 2, middle + 3)
        seen.append((share, runs))
    plain, *patterned = seen
    assert plain[0] < 0.02, seen  # the first series is its colour alone
    for share, runs in patterned:
        assert 0.1 < share < 0.8 and runs, seen  # light lines over the fill: a pattern
    assert len({runs for _, runs in patterned}) == len(patterned), seen  # each its own
    # the legend's swatch of each series shows the pattern its bars show
    for series, name in enumerate(TIMELINESS.columns):
        # the legend is under the chart, above the table's column headings
        word = min((w for w in words if w[0] == name.split()[0] and w[2] > middle),
                   key=lambda w: w[2])
        share, runs = _pattern(page, word[1] - 4 - 16 + 2, word[4] - 8, word[1] - 4 - 2,
                               word[4] - 3)
        if series:
            assert runs == seen[series][1], (name, runs, seen[series])
        else:
            assert share < 0.02
    # the words after the bars: the total of a whole bar, and a bar holding a hidden count
    text = pdf_text(saved, PASSWORD)
    assert "not all drawn" in text
    total = next(w for w in words if w[0] == "36" and abs((w[2] + w[4]) / 2 - middle) < 3)
    assert total[1] >= plot_left + sum(values) * scale  # after the bar, not on it
