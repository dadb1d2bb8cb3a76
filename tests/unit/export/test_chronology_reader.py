"""Agencies' returned chronologies in every format they arrive in, read in memory; every
problem reported by row and column, and nothing kept from a file with any problem."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from chronofiles import (
    FILE_PASSWORD,
    HEADINGS,
    many_rows,
    write_csv_1252,
    write_ods,
    write_xlsx,
)

from scr_desktop.domain.chronology.columns import guess_mapping
from scr_desktop.domain.chronology.importing import EXAMPLE_SOURCE, ImportResult, convert_rows
from scr_desktop.export.chronology_reader import (
    PasswordNeeded,
    ReadError,
    read_bytes,
    read_file,
)


def _load(path: Path, password: str = "", agency: str = "Police") -> ImportResult:
    table = read_file(path, password)
    return convert_rows(table.headers, table.rows, guess_mapping(table.headers), agency)


def test_xlsx_with_a_merged_title_and_dates_typed_as_text_and_as_excel_dates(
        tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "police.xlsx", [
        [datetime(2019, 3, 14), "10:30", "Crime report", "Called to the house.", "Qzmira",
         "", "", "Yes"],
        ["15/03/2019", "", "Crime report", "Follow-up call.", "", "", "", "No"],
        ["04/2019", "", "", "Referral sent some time in April.", "", "", "", ""],
        ["2018", "", "", "Earlier contact, month unknown.", "", "", "", "no"],
    ], title="Qzpolice chronology for the review (merged across the columns)")
    table = read_file(path)
    assert table.header_row == 2 and table.headers == HEADINGS
    result = convert_rows(table.headers, table.rows, guess_mapping(table.headers), "Police")
    assert result.ok, [e.text() for e in result.errors]
    assert [(e.date_text, e.time, e.key) for e in result.entries] == [
        ("14/03/2019", "10:30", True), ("15/03/2019", "", False), ("04/2019", "", False),
        ("2018", "", False)]
    assert result.entries[0].people == "Qzmira"


def test_password_protected_xlsx_is_decrypted_in_memory(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "health.xlsx",
                      [[datetime(2020, 1, 2), "", "GP notes", "Seen by GP.", "", "", "", ""]],
                      password=FILE_PASSWORD)
    with pytest.raises(PasswordNeeded, match="password-protected"):
        read_file(path)
    with pytest.raises(PasswordNeeded, match="does not open"):
        read_file(path, "wrong password")
    before = set(os.listdir(tmp_path))
    result = _load(path, FILE_PASSWORD, "Health")
    assert result.ok and result.entries[0].event == "Seen by GP."
    assert set(os.listdir(tmp_path)) == before  # no decrypted copy beside it


def test_ods_built_by_hand(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "school.ods", [
        [datetime(2021, 9, 6), "08:45", "Attendance log", "Late; seemed hungry.", "Qzmira", "",
         "", "Yes"],
        ["2021", "", "", "Pastoral notes (year only).", "", "", "", ""],
    ])
    result = _load(path, agency="School")
    assert result.ok, [e.text() for e in result.errors]
    assert [(e.date_text, e.time, e.key) for e in result.entries] == [
        ("06/09/2021", "08:45", True), ("2021", "", False)]


def test_windows_1252_csv_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = write_csv_1252(tmp_path / "housing.csv", [
        ["03/02/2022", "", "Tenancy file", "Rent arrears £450 – letter sent to Qzdelphine.",
         "Qzdelphine", "Café meeting offered", "", "No"],
    ])
    result = _load(path, agency="Housing")
    assert result.ok, [e.text() for e in result.errors]
    entry = result.entries[0]
    assert entry.event == "Rent arrears £450 – letter sent to Qzdelphine."
    assert entry.comment == "Café meeting offered"


def test_utf8_csv_with_semicolons(tmp_path: Path) -> None:
    text = "Date;What happened;People involved\n01/01/2020;Visit – all well;Zoë\n"
    path = tmp_path / "x.csv"
    path.write_bytes(text.encode("utf-8"))
    result = _load(path)
    assert result.ok and result.entries[0].people == "Zoë"


def test_five_thousand_rows(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "big.xlsx", many_rows(5000))
    result = _load(path)
    assert result.ok and len(result.entries) == 5000
    assert sum(e.key for e in result.entries) == 500


def test_the_templates_worked_example_row_is_passed_over(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [
        [datetime(2019, 3, 14), "", EXAMPLE_SOURCE, "Example", "", "", "", ""],
        [datetime(2019, 3, 15), "", "Notes", "Real entry", "", "", "", ""]])
    result = _load(path)
    assert [e.event for e in result.entries] == ["Real entry"] and result.skipped == 1


def test_wrong_columns_name_what_is_missing(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "wrong.xlsx", [["a", "b"]], headings=["Colour", "Shape"])
    result = _load(path)
    assert not result.ok and not result.entries
    assert "Date and What happened" in result.errors[0].text()


def test_impossible_dates_and_bad_cells_are_named_by_row_and_column(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "bad.xlsx", [
        ["14/03/2019", "", "", "Fine row.", "", "", "", ""],
        ["31/02/2019", "", "", "Impossible date.", "", "", "", ""],
        ["01/03/2019", "26:00", "", "", "", "", "", "maybe"],
    ], title="A title row")
    result = _load(path)
    assert not result.ok
    assert [e.text() for e in result.errors] == [
        "Row 4, column A (Date): 31/02/2019 is not a date (that month has no day 31)",
        "Row 5, column B (Time): '26:00' is not a time: use hh:mm (24-hour clock)",
        "Row 5, column H (Key practice episode): 'maybe' is not yes or no",
        "Row 5, column D (What happened): what happened is empty",
    ]


def test_an_empty_sheet_and_other_unreadable_files(tmp_path: Path) -> None:
    from openpyxl import Workbook

    empty = tmp_path / "empty.xlsx"
    Workbook().save(empty)
    with pytest.raises(ReadError, match="sheet is empty"):
        read_file(empty)
    only_headings = write_xlsx(tmp_path / "headings.xlsx", [])
    assert "no entries" in _load(only_headings).errors[0].text()
    (tmp_path / "junk.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ReadError, match="damaged"):
        read_file(tmp_path / "junk.xlsx")
    with pytest.raises(ReadError, match="empty"):
        read_bytes(b"", ".csv")
    with pytest.raises(ReadError, match=r"\.xlsx"):
        read_file(tmp_path / "notes.docx")
