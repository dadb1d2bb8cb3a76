"""The annual-report annex: anonymised, small numbers suppressed in every place they could
show (table, total, percentage, chart), encrypted through the one audited write path."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdfreaders import pdf_text, qpdf_encryption

from scr_desktop.domain.learning.charts import chart_of
from scr_desktop.domain.learning.statistics import BoardStatistics, Table, percent, shown
from scr_desktop.export.pdf_statistics import chart_drawing, render_annex, row_cells
from scr_desktop.export.save import pdf_document, save_export
from scr_desktop.storage.vault import Vault

PASS = "walnut lantern meadow 7"
PASSWORD = "lantern-gravel-saffron-quay-mint"

TIMELINESS = Table("timeliness", "Statutory timescales", ("On time", "Late", "Missed", "Open"),
                   (("Notification", (12, 6, 2, 0)), ("Decision", (15, 8, 5, 7))),
                   chart="stacked")
STATS = BoardStatistics("2025/26", [
    Table("referrals", "Referrals received", ("Referrals",),
          (("Serious Case Review", (23,)), ("Child Safeguarding Practice Review", (3,)))),
    TIMELINESS,
    Table("themes", "Themes", ("Cases", "Recommendations"),
          (("Neglect", (14, 6)), ("Online harm", (1, 0)))),
])


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.scrvault", PASS)
    yield v
    v.close()


def test_small_numbers_are_shown_in_words_and_hide_their_row_totals() -> None:
    assert shown(0, anonymised=True) == "0" and shown(4, anonymised=True) == "fewer than 5"
    assert shown(5, anonymised=True) == "5" and shown(3, anonymised=False) == "3"
    assert percent(1, 20, anonymised=True) == "\u2014" and percent(5, 20, anonymised=True) == "25%"
    # 2 hidden: the total (20) would give it away, so neither total nor percentage shows
    assert row_cells(TIMELINESS, (12, 6, 2, 0)) == ["12", "6", "fewer than 5", "0", "\u2014",
                                                    "\u2014"]
    assert row_cells(TIMELINESS, (15, 8, 5, 7)) == ["15", "8", "5", "7", "35", "43%"]
    assert row_cells(TIMELINESS, (12, 6, 2, 0), anonymised=False)[-2:] == ["20", "60%"]


def test_a_suppressed_count_is_not_drawn() -> None:
    drawing = chart_drawing(chart_of(STATS.table("referrals"), "2025/26", anonymised=True), 480)
    chart = next(c for c in drawing.contents if hasattr(c, "data"))
    assert chart.data == [[0, 23]]  # rows drawn bottom up; the 3 is not drawn
    plain = chart_drawing(chart_of(STATS.table("referrals"), "2025/26", anonymised=False), 480)
    assert next(c for c in plain.contents if hasattr(c, "data")).data == [[3, 23]]


def test_the_annex_is_encrypted_recorded_and_holds_no_count_under_five(
        vault: Vault, tmp_path: Path) -> None:
    saved = save_export(pdf_document(lambda: render_annex(STATS, board_name="Qzshire Board"),
                                     PASSWORD, detail="statistics annex for 2025/26"),
                        tmp_path / "annex.pdf", vault.audit)
    assert "R = 6" in qpdf_encryption(saved, PASSWORD)
    text = pdf_text(saved, PASSWORD)
    assert "Qzshire Board" in text and "Period: 2025/26" in text
    table_text = text.split("Source")[0]
    assert "fewer than" in text
    # no cell of any table is a bare count from 1 to 4 (axis ticks are multiples of 5 or more)
    cells = re.findall(r"(?m)^\s*([1-4])\s*$", text)
    assert cells == [], cells
    assert "23" in table_text
    raw = saved.read_bytes()
    assert b"Neglect" not in raw and b"2025/26" not in raw
    assert any("statistics annex for 2025/26" in e.detail for e in vault.audit.entries())


def test_long_labels_get_rows_tall_enough_never_to_overlap() -> None:
    long = "Local Child Safeguarding Practice Review (Child Safeguarding Practice Review " \
           "(Working Together 2023))"
    table = Table("decisions", "Decisions", ("Decisions",),
                  ((long, (6,)), ("Serious Case Review to be undertaken (Serious Case Review "
                                  "(Working Together 2015))", (7,)), ("None", (9,))))
    drawing = chart_drawing(chart_of(table, "2025/26", anonymised=True), 480)
    chart = next(c for c in drawing.contents if hasattr(c, "data"))
    lines = max(name.count("\n") + 1 for name in chart.categoryAxis.categoryNames)
    assert lines >= 3
    row = chart.height / len(table.rows)
    assert row >= lines * chart.categoryAxis.labels.leading
    # the label's block, drawn centred on its row, stays inside the row
    assert lines * chart.categoryAxis.labels.leading <= row - 4



@pytest.mark.parametrize("columns", [("Cases", "Recommendations"),
                                     ("Complete", "Overdue", "At risk", "On track",
                                      "Not started"),
                                     ("Referrals received from agencies",)])
def test_a_table_heading_wraps_between_its_words_never_inside_one(
        columns: tuple[str, ...]) -> None:
    from reportlab.platypus import Paragraph

    from scr_desktop.export.layout import CELL_PADDING, CONTENT_WIDTH, styles
    from scr_desktop.export.pdf_statistics import _column_widths

    style = styles().small
    headings = list(columns)
    widths = _column_widths(headings, style, CONTENT_WIDTH)
    assert abs(sum(widths) - CONTENT_WIDTH) < 0.01
    for heading, width in zip(headings, widths[1:], strict=True):
        paragraph = Paragraph(heading, style)
        paragraph.wrap(width - 2 * CELL_PADDING, 1000)
        lines = [" ".join(str(w) for w in line[1]) if isinstance(line, tuple)
                 else " ".join(str(w.text) for w in line.words)
                 for line in paragraph.blPara.lines]
        assert " ".join(lines).split() == heading.split(), (heading, lines)
