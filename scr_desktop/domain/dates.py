"""UK date handling: dates are shown and typed as dd/mm/yyyy, stored in facts as ISO."""

from __future__ import annotations

import re
from datetime import date

_UK = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")


class DateFormatError(ValueError):
    """Text that is not a real date in dd/mm/yyyy form."""


def parse_uk_date(text: str) -> date:
    """Return the date written as ``dd/mm/yyyy`` (one-digit day or month allowed).

    Raises :class:`DateFormatError` with a message fit to show the user.
    """
    m = _UK.match(text)
    if not m:
        raise DateFormatError("Enter the date as dd/mm/yyyy, for example 21/12/2026.")
    day, month, year = (int(g) for g in m.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise DateFormatError(f"{text.strip()} is not a real date.") from None


def format_uk_date(d: date) -> str:
    """Return ``d`` as dd/mm/yyyy."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


# Years a date on a case can plausibly have; anything else is a slip of the keyboard
# (and a year such as 9000 would make every deadline calculation crawl).
CASE_YEARS = range(1900, 2101)


def parse_case_date(text: str) -> date:
    """Return a typed dd/mm/yyyy date that belongs on a case (years 1900 to 2100)."""
    d = parse_uk_date(text)
    if d.year not in CASE_YEARS:
        raise DateFormatError(
            f"Check the year: dates before {CASE_YEARS.start} or after "
            f"{CASE_YEARS.stop - 1} are not accepted."
        )
    return d


def uk_to_iso(text: str) -> str | None:
    """Return the ISO form of a typed case date, or None when blank, invalid or implausible."""
    if not text.strip():
        return None
    try:
        return parse_case_date(text).isoformat()
    except DateFormatError:
        return None


def iso_to_uk(text: str | None) -> str:
    """Return an ISO date as dd/mm/yyyy ('' for None)."""
    if not text:
        return ""
    return format_uk_date(date.fromisoformat(text))
