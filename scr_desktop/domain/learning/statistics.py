"""The board's statistics for a period, as figures and tables, and how small numbers are shown.

The figures are counted by SQL (:mod:`scr_desktop.storage.stats`); this
module holds what they are and the rule for showing them: in anything
anonymised (the annual-report annex) a count from 1 to 4 is shown as
"fewer than 5" and any percentage resting on it is withheld, so that a
reader cannot pick out a child (DESIGN 9).
"""

from __future__ import annotations

from dataclasses import dataclass, field

SUPPRESS_BELOW = 5
FEWER = "fewer than 5"


def suppressed(count: int) -> bool:
    """Return True if ``count`` is too small to show in anything anonymised."""
    return 0 < count < SUPPRESS_BELOW


def shown(count: int, *, anonymised: bool) -> str:
    """Return a count as shown: exactly, or "fewer than 5" when anonymised and small."""
    return FEWER if anonymised and suppressed(count) else f"{count:,}"


def percent(part: int, whole: int, *, anonymised: bool) -> str:
    """Return ``part`` of ``whole`` as a whole percentage, or a dash when it cannot be shown."""
    if whole == 0 or (anonymised and (suppressed(part) or suppressed(whole))):
        return "\u2014"
    return f"{round(100 * part / whole)}%"


@dataclass(frozen=True)
class Table:
    """One figure: a title, the paragraph it answers, and rows of (label, counts...)."""

    key: str
    title: str
    columns: tuple[str, ...]  # the count columns, after the label column
    rows: tuple[tuple[str, tuple[int, ...]], ...]
    source: str = ""
    chart: str = "bar"  # "bar"; "stacked" when the columns add up to a whole
    as_at: str = ""  # the day (dd/mm/yyyy) of a count on a day rather than over the period

    def total(self, column: int = 0) -> int:
        """Return the sum of one column."""
        return sum(counts[column] for _, counts in self.rows)


def row_cells(table: Table, counts: tuple[int, ...], *, anonymised: bool = True) -> list[str]:
    """Return a row's cells as shown: its counts and, for a table whose columns add up to
    a whole (timeliness, actions), the total and the first column's percentage of it.

    Anonymised, a row holding a suppressed count shows no total or percentage.
    """
    hidden = anonymised and any(suppressed(c) for c in counts)
    cells = [shown(c, anonymised=anonymised) for c in counts]
    if table.chart == "stacked":
        total = sum(counts)
        cells.append("\u2014" if hidden else shown(total, anonymised=anonymised))
        cells.append("\u2014" if hidden else percent(counts[0], total, anonymised=anonymised))
    return cells


def header_cells(table: Table) -> list[str]:
    """Return the column headings of a table as shown (after the label column)."""
    cells = list(table.columns)
    if table.chart == "stacked":
        cells += ["Total", f"% {table.columns[0].lower()}"]
    return cells


@dataclass(frozen=True)
class Timeliness:
    """How one kind of statutory deadline due in the period was met."""

    label: str
    on_time: int
    late: int
    missed: int  # not met and now past due
    open: int  # not met, not yet due

    @property
    def due(self) -> int:
        """Return every deadline of this kind due in the period."""
        return self.on_time + self.late + self.missed + self.open


@dataclass
class BoardStatistics:
    """Everything the statistics page and the annex show for one period."""

    period_label: str
    tables: list[Table] = field(default_factory=list)

    def table(self, key: str) -> Table:
        """Return the table ``key``."""
        return next(t for t in self.tables if t.key == key)
