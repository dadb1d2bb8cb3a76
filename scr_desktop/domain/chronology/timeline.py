"""Where each entry sits on the timeline: one lane per agency, time running left to right.

One layout serves the screen and the PDF (two renderers): lanes in
alphabetical order of agency, each entry at the fraction of the span its
date falls on (an approximate date at the start of its month or year), and
year ticks (or month ticks for a span shorter than two years) with their
labels.  The text equivalent lists the same entries lane by lane.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .entry import Entry


@dataclass(frozen=True)
class Mark:
    """One entry on the timeline."""

    entry: Entry
    lane: int
    x: float  # 0 (start of the span) to 1 (its end)


@dataclass(frozen=True)
class TimelineLayout:
    """The lanes, the marks and the ticks of a timeline."""

    lanes: list[str]
    marks: list[Mark]
    ticks: list[tuple[float, str]]
    start: date
    end: date


def _days(d: date) -> int:
    return d.toordinal()


def layout(entries: list[Entry]) -> TimelineLayout:
    """Lay ``entries`` out (lanes by agency, positions by date)."""
    lanes = sorted({e.agency for e in entries}, key=str.casefold)
    if not entries:
        today = date.today()
        return TimelineLayout([], [], [], today, today)
    dates = [e.when.as_date() for e in entries]
    first, last = min(dates), max(dates)
    start = date(first.year, 1 if (last - first).days >= 730 else first.month, 1)
    end_year, end_month = (last.year + 1, 1) if (last - first).days >= 730 or last.month == 12 \
        else (last.year, last.month + 1)
    end = date(end_year, end_month, 1)
    span = max(1, _days(end) - _days(start))
    index = {name: i for i, name in enumerate(lanes)}
    marks = [Mark(e, index[e.agency], (_days(d) - _days(start)) / span)
             for e, d in zip(entries, dates, strict=True)]
    ticks: list[tuple[float, str]] = []
    if (last - first).days >= 730:
        for year in range(start.year, end.year + 1):
            ticks.append(((_days(date(year, 1, 1)) - _days(start)) / span, str(year)))
    else:
        y, m = start.year, start.month
        while date(y, m, 1) <= end:
            ticks.append(((_days(date(y, m, 1)) - _days(start)) / span, f"{m:02d}/{y}"))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return TimelineLayout(lanes, marks, ticks, start, end)


def text_equivalent(entries: list[Entry]) -> list[str]:
    """The timeline in words: each agency's entries in date order, key episodes marked."""
    lines: list[str] = []
    for agency in sorted({e.agency for e in entries}, key=str.casefold):
        own = [e for e in entries if e.agency == agency]
        lines.append(f"{agency}: {len(own)} entr{'y' if len(own) == 1 else 'ies'}")
        for e in own:
            flag = "Key practice episode. " if e.key else ""
            when = e.date_text + (f" {e.time}" if e.time else "")
            lines.append(f"  {when}: {flag}{e.event}")
    return lines
