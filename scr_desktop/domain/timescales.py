"""Statutory date arithmetic: working days in England and Wales, weeks and calendar months.

A working day is Monday to Friday and not an England and Wales bank holiday,
as published by the ``holidays`` package (which includes substitute days
and one-off holidays such as the 2022 state funeral and the 2023
coronation).  Adding *n* working days counts forward from the day after
the start (backward for negative *n*); adding zero working days gives the
start itself if it is a working day, else the next working day.  A month is
a calendar month, clamped to the end of a shorter month (31 January plus
one month is 28 or 29 February).  A deadline counted in calendar units
(days, weeks, months) may be written to move back to the previous working
day when it ends on a weekend or bank holiday (:func:`due_date`), and
:func:`describe_move` says why in words, naming the bank holidays passed
over.  The bank holidays are read from ``resources/calendar/bank_holidays.json``,
written from the ``holidays`` package by ``scripts/bank_holidays.py``:
importing ``holidays`` loads every country's calendar (about 400 modules and
17 MB held for the life of the process) to answer for one.  When the
installed ``holidays`` is not the version the file was made from, or the
file cannot be read, the package itself is asked, imported on first use.
"""

from __future__ import annotations

import calendar
import json
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

UNITS = ("working_days", "calendar_days", "weeks", "months")
"""The units an offset may be written in."""

CALENDAR_UNITS = ("calendar_days", "weeks", "months")
"""Units counted on the calendar, whose end may fall on a day that is not a working day."""

NON_WORKING_DAY_RULES = ("previous", "keep")
"""What a calendar-unit deadline ending on a non-working day does: move back, or stay."""

FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2100, 12, 31)
"""The first and last day of the working-day calendar."""


class OutsideCalendar(ValueError):
    """Date arithmetic reached a day before 1900 or after 2100, where there is no calendar."""


def _inside(d: date) -> date:
    if not FIRST_DAY <= d <= LAST_DAY:
        raise OutsideCalendar(f"{d.isoformat()} is outside the calendar "
                              f"({FIRST_DAY.year} to {LAST_DAY.year})")
    return d


UNIT_WORDS = {
    "working_days": ("working day", "working days"),
    "calendar_days": ("day", "days"),
    "weeks": ("week", "weeks"),
    "months": ("month", "months"),
}


def package_table(year: int) -> dict[date, str]:
    """Return ``year``'s England and Wales bank holidays as the ``holidays`` package has them."""
    import holidays  # imported only when the stored table cannot answer: it is large

    table: Any = holidays.country_holidays("GB", subdiv="ENG", years=year, observed=True)
    return {d: str(name) for d, name in table.items() if d.year == year}


@lru_cache(maxsize=1)
def stored_tables() -> dict[int, dict[date, str]] | None:
    """Return the stored bank holidays by year, or None if they cannot be used (see above)."""
    from importlib import metadata

    from scr_desktop.resources import resource_path

    try:
        data = json.loads(resource_path("calendar/bank_holidays.json").read_text("utf-8"))
        if data.get("holidays_version") != metadata.version("holidays"):
            return None
        return {int(year): {date.fromisoformat(d): str(name) for d, name in days.items()}
                for year, days in data["years"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError,
            metadata.PackageNotFoundError):
        return None


@lru_cache(maxsize=256)
def _holiday_table(year: int) -> dict[date, str]:
    stored = stored_tables()
    if stored is not None and year in stored:
        return stored[year]
    return package_table(year)


@lru_cache(maxsize=256)
def bank_holidays(year: int) -> frozenset[date]:
    """Return the England and Wales bank holidays of ``year``, substitute days included."""
    return frozenset(_holiday_table(year))


def bank_holiday_name(d: date) -> str | None:
    """Return the name of the bank holiday on ``d`` (a substitute day says so), or None."""
    name = _holiday_table(d.year).get(d)
    if name is None:
        return None
    return name.replace("(observed)", "(substitute day)")


def is_working_day(d: date) -> bool:
    """Return True if ``d`` is a weekday and not an England and Wales bank holiday."""
    return d.weekday() < 5 and d not in bank_holidays(d.year)


def add_working_days(start: date, n: int) -> date:
    """Return the date ``n`` working days after ``start`` (before it when ``n`` < 0).

    The start day itself is never counted; ``n == 0`` returns ``start`` when
    it is a working day and otherwise the next working day.
    """
    d = _inside(start)
    if n == 0:
        while not is_working_day(d):
            d = _inside(d + timedelta(days=1))
        return d
    step = timedelta(days=1 if n > 0 else -1)
    remaining = abs(n)
    while remaining:
        d = _inside(d + step)
        if is_working_day(d):
            remaining -= 1
    return d


def previous_working_day(d: date) -> date:
    """Return ``d`` if it is a working day, else the last working day before it."""
    d = _inside(d)
    while not is_working_day(d):
        d = _inside(d - timedelta(days=1))
    return d


@lru_cache(maxsize=8192)  # the dashboard asks for the same few dates row after row
def working_days_between(start: date, end: date) -> int:
    """Return the working days after ``start`` up to and including ``end``.

    Negative when ``end`` is before ``start``: minus the working days after
    ``end`` up to and including ``start``.
    """
    if end == start:
        return 0
    _inside(start)
    _inside(end)
    lo, hi, sign = (start, end, 1) if end > start else (end, start, -1)
    # Counted by whole weeks, not day by day: a deadline overdue for a year or two is
    # hundreds of days, and the dashboard asks for each due date on its first page.
    weeks, days = divmod((hi - lo).days, 7)
    first = lo.weekday() + 1  # the weekday of the day after ``lo``
    count = 5 * weeks + sum((first + i) % 7 < 5 for i in range(days))
    count -= sum(1 for year in range(lo.year, hi.year + 1) for day in bank_holidays(year)
                 if lo < day <= hi and day.weekday() < 5)
    return sign * count


def add_months(start: date, n: int) -> date:
    """Return the same day ``n`` calendar months later, clamped to the month's last day."""
    index = start.year * 12 + (start.month - 1) + n
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last))


def apply_offset(start: date, amount: int, unit: str) -> date:
    """Return ``start`` moved by ``amount`` of ``unit`` (one of :data:`UNITS`).

    Raises :class:`OutsideCalendar` if the start or the result is outside
    the years 1900 to 2100.
    """
    _inside(start)
    try:
        if unit == "working_days":
            return add_working_days(start, amount)
        if unit == "calendar_days":
            return _inside(start + timedelta(days=amount))
        if unit == "weeks":
            return _inside(start + timedelta(weeks=amount))
        if unit == "months":
            return _inside(add_months(start, amount))
    except (OverflowError, ValueError) as exc:
        if isinstance(exc, OutsideCalendar):
            raise
        raise OutsideCalendar(f"{amount} {unit} from {start.isoformat()} is outside the "
                              "calendar") from None
    raise ValueError(f"unknown unit of time {unit!r}; use one of {', '.join(UNITS)}")


def due_date(start: date, amount: int, unit: str, non_working_day: str = "keep"
             ) -> tuple[date, date | None]:
    """Return (the due date, the day it moved back from or None).

    ``non_working_day`` is ``"previous"`` for a deadline that must be met on
    a working day: when a calendar-unit offset ends on a weekend or bank
    holiday, the deadline moves back to the previous working day.  With
    ``"keep"`` (a minimum period, say) the end stays where it falls.
    """
    end = apply_offset(start, amount, unit)
    if non_working_day == "previous" and unit in CALENDAR_UNITS and not is_working_day(end):
        return previous_working_day(end), end
    return end, None


def _day_name(d: date) -> str:
    return bank_holiday_name(d) or calendar.day_name[d.weekday()]


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def describe_move(moved_from: date, due: date) -> str:
    """Say why a deadline is earlier than its period: 'moved back from Easter Monday 29/03/2027,
    over Good Friday' (the bank holidays passed over are named; weekends are not)."""
    shown = f"{moved_from.day:02d}/{moved_from.month:02d}/{moved_from.year:04d}"
    text = f"moved back from {_day_name(moved_from)} {shown}"
    skipped = []
    d = moved_from - timedelta(days=1)
    while d > due:
        name = bank_holiday_name(d)
        if name and name not in skipped:
            skipped.append(name)
        d -= timedelta(days=1)
    skipped.reverse()
    return text + (f", over {_and(skipped)}" if skipped else "")


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
