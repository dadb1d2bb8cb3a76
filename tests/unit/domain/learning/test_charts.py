"""One description of each statistics chart: the values drawn (nothing for a hidden count),
the axis in multiples of 5, the period it covers and its words for a screen reader."""

from __future__ import annotations

from scr_desktop.domain.learning.charts import chart_of
from scr_desktop.domain.learning.statistics import Table

THEMES = Table("themes", "Themes", ("Cases", "Recommendations"),
               (("Neglect", (14, 6)), ("Online harm", (1, 0))))
ACTIONS = Table("actions", "Actions on 20/11/2026, by owner agency", ("Complete", "Overdue"),
                (("Police", (3, 9)), ("School", (10, 12))), chart="stacked",
                as_at="20/11/2026")


def test_hidden_counts_are_not_drawn_and_are_read_as_fewer_than_5() -> None:
    shown = chart_of(THEMES, "2025/26", anonymised=False)
    hidden = chart_of(THEMES, "2025/26", anonymised=True)
    assert shown.values(0) == (14, 1) and hidden.values(0) == (14, 0)
    assert hidden.rows[1].words == ("fewer than 5", "0")
    assert hidden.rows[1].hidden == (True, False)
    assert (hidden.step, hidden.top, hidden.ticks) == (5, 15, (0, 5, 10, 15))
    assert hidden.period == "Period: 2025/26"
    assert hidden.text_equivalent().splitlines() == [
        "Bar chart: Themes. Period: 2025/26.",
        "Each row has a bar for Cases and Recommendations, top to bottom.",
        "Neglect: Cases 14; Recommendations 6.",
        "Online harm: Cases fewer than 5 (not drawn); Recommendations 0.",
        "Counts from 1 to 4 are shown as \u201cfewer than 5\u201d and are not drawn."]


def test_a_stacked_chart_counted_on_a_day_says_so_and_hides_a_total_that_would_tell() -> None:
    chart = chart_of(ACTIONS, "2025/26", anonymised=True)
    assert chart.stacked and chart.top == 25  # the longest bar, 22, within the axis
    assert chart.period == "Counted on 20/11/2026, whatever the period chosen (2025/26)"
    assert chart.rows[0].total_words == "" and chart.rows[1].total_words == "22"
    words = chart.text_equivalent()
    assert "Police: Complete fewer than 5 (not drawn); Overdue 9." in words
    assert "School: Complete 10; Overdue 12; total 22." in words


def test_an_empty_chart_says_there_is_nothing_to_count() -> None:
    chart = chart_of(Table("x", "Notifications made", ("Notifications",), ()), "Q1 2026",
                     anonymised=True)
    assert chart.rows == () and chart.ticks == (0, 5)
    assert chart.text_equivalent() == ("Bar chart: Notifications made. Period: Q1 2026.\n"
                                       "Nothing to count in this period.")


def test_the_words_after_each_bar_are_its_count_or_its_stacked_total() -> None:
    side_by_side = chart_of(THEMES, "2025/26", anonymised=True)
    assert [side_by_side.end_words(1, s) for s in range(2)] == ["fewer than 5", "0"]
    stacked = chart_of(ACTIONS, "2025/26", anonymised=True)
    # only after a stacked bar's last part: its total, or that a hidden count is not drawn
    assert [stacked.end_words(1, s) for s in range(2)] == ["", "22"]
    assert [stacked.end_words(0, s) for s in range(2)] == ["", "not all drawn"]
