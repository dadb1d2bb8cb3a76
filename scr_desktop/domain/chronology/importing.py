"""Turn the rows of an agency's file into chronology entries, or say row by row what is wrong.

Nothing is kept while any row is wrong: a chronology with some rows silently
left out would mislead the panel, so every problem is listed (row number and
column, as the spreadsheet shows them: "row 12, column C (Date)") and the
agency's file is corrected and read again.  Empty rows are passed over, and
so is the template's worked example row (its source is
:data:`EXAMPLE_SOURCE`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .columns import BY_NAME, COLUMNS, Mapping, column_letter
from .entry import (
    Entry,
    EntryDate,
    EntryInputError,
    parse_entry_date,
    parse_entry_time,
    parse_flag,
)

EXAMPLE_SOURCE = "EXAMPLE - delete this row"
MAX_TEXT = 20_000


@dataclass(frozen=True)
class RowError:
    """One problem with one cell (row 0: the file as a whole)."""

    row: int
    column: str
    message: str

    def text(self) -> str:
        """The problem in words, naming where it is."""
        if self.row == 0:
            return self.message
        where = f"Row {self.row}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class ImportResult:
    """The entries read from a file, and every problem found in it."""

    entries: list[Entry] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    skipped: int = 0

    @property
    def ok(self) -> bool:
        """True if the file can be imported as it is."""
        return not self.errors and bool(self.entries)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def missing_columns(mapping: Mapping) -> list[str]:
    """The required columns the mapping leaves out, by heading."""
    return [c.heading for c in COLUMNS if c.required and c.name not in mapping]


def convert_rows(headers: Sequence[str], rows: Sequence[tuple[int, Sequence[object]]],
                 mapping: Mapping, agency: str, *,
                 progress: Callable[[int, int], None] | None = None) -> ImportResult:
    """Read every row through ``mapping`` (column name -> file column index)."""
    result = ImportResult()
    if not agency.strip():
        result.errors.append(RowError(0, "", "Choose the agency the file comes from."))
        return result
    missing = missing_columns(mapping)
    if missing:
        result.errors.append(RowError(0, "", "The file has no column chosen for "
                                      + " and ".join(missing) + ": choose it in the mapping."))
        return result

    def where(name: str) -> str:
        i = mapping[name]
        heading = headers[i] if i < len(headers) and headers[i] else BY_NAME[name].heading
        return f"{column_letter(i)} ({heading})"

    total = len(rows)
    for n, (number, cells) in enumerate(rows, start=1):
        if progress is not None and n % 500 == 0:
            progress(n, total)

        def get(name: str, cells: Sequence[object] = cells) -> object:
            i = mapping.get(name, -1)
            return cells[i] if 0 <= i < len(cells) else ""

        if _cell_text(get("source")) == EXAMPLE_SOURCE:
            result.skipped += 1
            continue
        if not any(_cell_text(get(c.name)) for c in COLUMNS):
            continue
        row_errors: list[RowError] = []
        values: dict[str, object] = {}
        for name, parse in (("date", parse_entry_date), ("time", parse_entry_time),
                            ("key", parse_flag)):
            if name not in mapping and name != "date":
                continue
            try:
                values[name] = parse(get(name))
            except EntryInputError as exc:
                row_errors.append(RowError(number, where(name), str(exc)))
        texts = {c.name: _cell_text(get(c.name)) for c in COLUMNS
                 if c.name in {"source", "event", "people", "comment", "analysis"}}
        if not texts["event"]:
            row_errors.append(RowError(number, where("event"), "what happened is empty"))
        for name, text in texts.items():
            if len(text) > MAX_TEXT:
                row_errors.append(RowError(number, where(name),
                                           f"the text is longer than {MAX_TEXT:,} characters"))
        if row_errors:
            result.errors.extend(row_errors)
            continue
        when = values["date"]
        assert isinstance(when, EntryDate)
        result.entries.append(Entry(
            when, agency, texts["event"],
            str(values.get("time", "")), texts["source"], texts["people"], texts["comment"],
            texts["analysis"], bool(values.get("key", False))))
    if progress is not None:
        progress(total, total)
    if not result.entries and not result.errors:
        result.errors.append(RowError(0, "", "The file holds no entries under its headings."))
    return result
