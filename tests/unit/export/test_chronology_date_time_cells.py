"""A time of day carried by a spreadsheet's date cell is kept, never dropped silently:
it fills an empty Time, and a Time column that disagrees wins with a note for the row."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from chronofiles import write_xlsx

from scr_desktop.domain.chronology.columns import guess_mapping
from scr_desktop.domain.chronology.importing import ImportResult, convert_rows
from scr_desktop.export.chronology_reader import read_file


def _load(path: Path) -> ImportResult:
    table = read_file(path)
    return convert_rows(table.headers, table.rows, guess_mapping(table.headers), "Police")


def test_a_date_time_cell_with_no_time_column_fills_the_time_and_says_so(
        tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "police.xlsx", [
        [datetime(2026, 3, 3, 14, 30), "Officers attended."],
        [date(2026, 3, 4), "Follow-up call."],
        [datetime(2026, 3, 5, 0, 0), "Letter sent."],
    ], headings=["Date", "What happened"])
    result = _load(path)
    assert result.ok, [e.text() for e in result.errors]
    assert [(e.date_text, e.time) for e in result.entries] == [
        ("03/03/2026", "14:30"), ("04/03/2026", ""), ("05/03/2026", "")]
    assert [n.text() for n in result.notes] == [
        "Row 2, column A (Date): the time 14:30 was taken from the date cell (there is no "
        "time in a Time column)"]


def test_an_empty_time_column_is_filled_from_the_date_cell(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "police.xlsx", [
        [datetime(2026, 3, 3, 9, 5), "", "Log", "Officers attended.", "", "", "", ""],
    ])
    result = _load(path)
    assert result.ok and result.entries[0].time == "09:05"
    assert [n.row for n in result.notes] == [2]


def test_the_time_column_wins_a_disagreement_and_the_row_is_noted(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "police.xlsx", [
        [datetime(2026, 3, 3, 14, 30), "15:00", "Log", "Officers attended.", "", "", "", ""],
        [datetime(2026, 3, 4, 10, 0), "10:00", "Log", "Agreeing times.", "", "", "", ""],
    ])
    result = _load(path)
    assert result.ok, [e.text() for e in result.errors]
    assert [e.time for e in result.entries] == ["15:00", "10:00"]
    assert [n.text() for n in result.notes] == [
        "Row 2, column A (Date): the date cell says 14:30 but the Time column says 15:00: "
        "the Time column's 15:00 is kept"]
