"""What each statistics chart shows, described once so that the screen and the annex agree.

A :class:`Chart` is made from one :class:`~.statistics.Table` and the period
chosen: its title, the period it covers, its series (the table's count
columns), its rows (top to bottom as in the table) with the value each bar
is drawn at and the words a reader hears for it, and the scale of its axis.
The statistics page paints it with Qt (``gui/learning/bar_chart.py``) and
the annex with reportlab (:func:`scr_desktop.export.pdf_statistics.chart_drawing`);
neither counts, hides a number or picks a scale of its own, so the two never
disagree.  The text equivalent a screen reader gives for the chart is made
here too, from the same values.

Anonymised, a count from 1 to 4 is drawn as nothing (its bar is 0 long) and
read as "fewer than 5", and a stacked row holding one gives no total; the
axis is marked in multiples of 5, so no tick reads as a hidden count.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .statistics import Table, shown, suppressed

SERIES_COLOURS = ("#1f4e79", "#c55a11", "#7f7f7f", "#bf9000", "#548235")
"""The colour of each series in turn (a pattern goes with each, so colour is never the only
thing that tells them apart)."""

SERIES_PATTERNS: tuple[tuple[int, ...], ...] = ((), (45,), (0, 90), (45, 135), (0,))
"""The pattern laid over each series' colour in turn, as the angles (in degrees, anticlockwise
from the horizontal) of the light lines drawn across its bars and its legend swatch: the
first series plain, then rising diagonal lines, a grid, a diagonal grid and horizontal lines.
The screen paints them with Qt's brush patterns and the annex with reportlab's hatching, so
a chart read in greyscale, or by someone who does not see its colours, still tells its
series apart, and the two look alike."""

EMPTY = "Nothing to count in this period."
NOT_DRAWN = "not drawn"
NOT_ALL_DRAWN = "not all drawn"  # after a stacked bar holding a count under 5


@dataclass(frozen=True)
class Row:
    """One row of a chart: its label, and per series the count, the bar and the words."""

    label: str
    counts: tuple[int, ...]
    values: tuple[int, ...]  # as drawn: 0 where the count is hidden
    words: tuple[str, ...]  # as read: "23", "fewer than 5"
    hidden: tuple[bool, ...]

    @property
    def total(self) -> int:
        """Return the length of the whole (stacked) bar as drawn."""
        return sum(self.values)

    @property
    def total_words(self) -> str:
        """Return the row's total as read, or "" when a hidden count would show through it."""
        return "" if any(self.hidden) else f"{sum(self.counts):,}"


@dataclass(frozen=True)
class Chart:
    """One figure as a horizontal bar chart (stacked when its columns add up to a whole)."""

    key: str
    title: str
    period: str  # what the figure covers, said on the chart: "Period: 2025/26"
    series: tuple[str, ...]
    rows: tuple[Row, ...]
    stacked: bool
    anonymised: bool
    step: int  # between two ticks of the value axis
    top: int  # the end of the value axis

    @property
    def ticks(self) -> tuple[int, ...]:
        """Return the values marked on the axis, from 0 to :attr:`top`."""
        return tuple(range(0, self.top + 1, self.step))

    def values(self, series: int) -> tuple[int, ...]:
        """Return the values drawn for one series, row by row from the top."""
        return tuple(row.values[series] for row in self.rows)

    def end_words(self, row: int, series: int) -> str:
        """Return the words written at the end of a bar, "" for none: a bar's count as read
        ("23", "fewer than 5"), or after the last part of a stacked bar its total, which
        says "not all drawn" when a hidden count is in it."""
        r = self.rows[row]
        if self.stacked:
            return "" if series != len(r.values) - 1 else (r.total_words or NOT_ALL_DRAWN)
        return r.words[series]

    def text_equivalent(self) -> str:
        """Return everything the chart shows, in words, one row a line."""
        kind = "Stacked bar chart" if self.stacked else "Bar chart"
        lines = [f"{kind}: {self.title}. {self.period}."]
        if not self.rows:
            lines.append(EMPTY)
            return "\n".join(lines)
        if self.stacked:
            lines.append(f"Each bar is made of {_listed(self.series)}, in that order, left to "
                         "right.")
        elif len(self.series) > 1:
            lines.append(f"Each row has a bar for {_listed(self.series)}, top to bottom.")
        for row in self.rows:
            parts = [_said(name, words, hidden, len(self.series) > 1)
                     for name, words, hidden in zip(self.series, row.words, row.hidden,
                                                    strict=True)]
            text = f"{row.label}: {'; '.join(parts)}"
            if self.stacked and row.total_words:
                text += f"; total {row.total_words}"
            lines.append(text + ".")
        if any(any(row.hidden) for row in self.rows):
            lines.append("Counts from 1 to 4 are shown as \u201cfewer than 5\u201d and are not "
                         "drawn.")
        return "\n".join(lines)


def _listed(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else "; ".join(names[:-1]) + f" and {names[-1]}"


def _said(series: str, words: str, hidden: bool, named: bool) -> str:
    text = f"{series} {words}" if named else words
    return f"{text} ({NOT_DRAWN})" if hidden else text


def axis(table: Table) -> tuple[int, int]:
    """Return the step between two ticks and the end of the value axis for ``table``: ticks
    on multiples of 5, about five of them, the axis reaching past the longest bar."""
    top = max(((sum(c) if table.chart == "stacked" else max(c, default=0))
               for _, c in table.rows), default=0)
    step = 5 * max(1, math.ceil(top / 25))
    return step, step * max(1, math.ceil(top / step))


def chart_of(table: Table, period_label: str, *, anonymised: bool) -> Chart:
    """Return the chart of ``table`` for the period labelled ``period_label``; anonymised,
    counts from 1 to 4 are not drawn and are read as "fewer than 5"."""
    rows = tuple(
        Row(label, tuple(counts),
            tuple(0 if anonymised and suppressed(c) else c for c in counts),
            tuple(shown(c, anonymised=anonymised) for c in counts),
            tuple(anonymised and suppressed(c) for c in counts))
        for label, counts in table.rows)
    if table.as_at:
        period = f"Counted on {table.as_at}, whatever the period chosen ({period_label})"
    else:
        period = f"Period: {period_label}"
    step, top = axis(table)
    return Chart(table.key, table.title, period, tuple(table.columns), rows,
                 table.chart == "stacked", anonymised, step, top)
