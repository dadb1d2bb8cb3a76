"""Reporting periods: calendar year, financial year (1 April to 31 March) and quarter.

Every period is inclusive at both ends and compared on ISO dates, so
31 March and 1 April, 31 December and 1 January and 29 February fall in the
period a reader expects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

KINDS = {"year": "Calendar year", "financial": "Financial year (April to March)",
         "quarter": "Quarter (calendar)"}


@dataclass(frozen=True)
class Period:
    """A reporting period, first and last day included."""

    first: date
    last: date
    label: str

    def contains(self, day: date) -> bool:
        """Return True if ``day`` is in the period."""
        return self.first <= day <= self.last

    def iso(self) -> tuple[str, str]:
        """Return the first and last day as ISO strings, for SQL."""
        return self.first.isoformat(), self.last.isoformat()


def calendar_year(year: int) -> Period:
    """Return 1 January to 31 December of ``year``."""
    return Period(date(year, 1, 1), date(year, 12, 31), str(year))


def financial_year(start_year: int) -> Period:
    """Return 1 April ``start_year`` to 31 March of the next year ("2026/27")."""
    return Period(date(start_year, 4, 1), date(start_year + 1, 3, 31),
                  f"{start_year}/{(start_year + 1) % 100:02d}")


def quarter(year: int, q: int) -> Period:
    """Return calendar quarter ``q`` (1-4) of ``year``."""
    if q not in (1, 2, 3, 4):
        raise ValueError("a quarter is 1, 2, 3 or 4")
    first = date(year, 3 * q - 2, 1)
    nxt = date(year + 1, 1, 1) if q == 4 else date(year, 3 * q + 1, 1)
    return Period(first, nxt - timedelta(days=1), f"Q{q} {year}")


def period(kind: str, year: int, q: int = 1) -> Period:
    """Return the period of ``kind`` (a key of :data:`KINDS`) for ``year`` (and quarter)."""
    if kind == "year":
        return calendar_year(year)
    if kind == "financial":
        return financial_year(year)
    if kind == "quarter":
        return quarter(year, q)
    raise ValueError(f"unknown period kind {kind!r}")
