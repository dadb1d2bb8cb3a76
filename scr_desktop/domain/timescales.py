"""Statutory date arithmetic: working days in England and Wales, weeks and calendar months.

A working day is Monday to Friday and not an England and Wales bank holiday,
as published by the ``holidays`` package (which includes substitute days
and one-off holidays such as the 2022 state funeral and the 2023
coronation).  Adding *n* working days counts forward from the day after
the start (backward for negative *n*); adding zero working days gives the
start itself if it is a working day, else the next working day.  A month is
a calendar month, clamped to the end of a shorter month (31 January plus
one month is 28 or 29 February).  ``holidays`` is imported on first use
only, so that starting the application stays fast.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

UNITS = ("working_days", "calendar_days", "weeks", "months")
"""The units an offset may be written in."""

UNIT_WORDS = {
    "working_days": ("working day", "working days"),
    "calendar_days": ("day", "days"),
    "weeks": ("week", "weeks"),
    "months": ("month", "months"),
}


@lru_cache(maxsize=64)
def bank_holidays(year: int) -> frozenset[date]:
    """Return the England and Wales bank holidays of ``year``, substitute days included."""
    import holidays  # imported lazily: it is slow to import

    table: Any = holidays.country_holidays("GB", subdiv="ENG", years=year, observed=True)
    return frozenset(d for d in table if d.year == year)


def bank_holiday_name(d: date) -> str | None:
    """Return the name of the bank holiday on ``d``, or None."""
    if d not in bank_holidays(d.year):
        return None
    import holidays

    table: Any = holidays.country_holidays("GB", subdiv="ENG", years=d.year, observed=True)
    return str(table.get(d))


def is_working_day(d: date) -> bool:
    """Return True if ``d`` is a weekday and not an England and Wales bank holiday."""
    return d.weekday() < 5 and d not in bank_holidays(d.year)


def add_working_days(start: date, n: int) -> date:
    """Return the date ``n`` working days after ``start`` (before it when ``n`` < 0).

    The start day itself is never counted; ``n == 0`` returns ``start`` when
    it is a working day and otherwise the next working day.
    """
    d = start
    if n == 0:
        while not is_working_day(d):
            d += timedelta(days=1)
        return d
    step = timedelta(days=1 if n > 0 else -1)
    remaining = abs(n)
    while remaining:
        d += step
        if is_working_day(d):
            remaining -= 1
    return d


@lru_cache(maxsize=8192)  # the dashboard asks for the same few dates row after row
def working_days_between(start: date, end: date) -> int:
    """Return the working days after ``start`` up to and including ``end``.

    Negative when ``end`` is before ``start``: minus the working days after
    ``end`` up to and including ``start``.
    """
    if end == start:
        return 0
    lo, hi, sign = (start, end, 1) if end > start else (end, start, -1)
    count = 0
    d = lo + timedelta(days=1)
    while d <= hi:
        if is_working_day(d):
            count += 1
        d += timedelta(days=1)
    return sign * count


def add_months(start: date, n: int) -> date:
    """Return the same day ``n`` calendar months later, clamped to the month's last day."""
    index = start.year * 12 + (start.month - 1) + n
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last))


def apply_offset(start: date, amount: int, unit: str) -> date:
    """Return ``start`` moved by ``amount`` of ``unit`` (one of :data:`UNITS`)."""
    if unit == "working_days":
        return add_working_days(start, amount)
    if unit == "calendar_days":
        return start + timedelta(days=amount)
    if unit == "weeks":
        return start + timedelta(weeks=amount)
    if unit == "months":
        return add_months(start, amount)
    raise ValueError(f"unknown unit of time {unit!r}; use one of {', '.join(UNITS)}")


def describe_offset(amount: int, unit: str) -> str:
    """Return an offset in words, for example '5 working days after' or '7 working days before'."""
    singular, plural = UNIT_WORDS[unit]
    size = abs(amount)
    if size == 0:
        if unit == "working_days":
            return "on the day (or, if that is not a working day, the next working day) of"
        return "on the day of"
    word = singular if size == 1 else plural
    return f"{size} {word} {'after' if amount > 0 else 'before'}"
