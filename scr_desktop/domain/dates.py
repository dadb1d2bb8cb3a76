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


def uk_to_iso(text: str) -> str | None:
    """Return the ISO form of a typed UK date, or None when blank or invalid."""
    if not text.strip():
        return None
    try:
        return parse_uk_date(text).isoformat()
    except DateFormatError:
        return None


def iso_to_uk(text: str | None) -> str:
    """Return an ISO date as dd/mm/yyyy ('' for None)."""
    if not text:
        return ""
    return format_uk_date(date.fromisoformat(text))
