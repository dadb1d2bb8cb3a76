"""Chronology dates: exact, month or year, each placed sensibly in date order."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from scr_desktop.domain.chronology.entry import (
    EntryDate,
    EntryInputError,
    make_entry,
    parse_entry_date,
    parse_entry_time,
    parse_flag,
)


@pytest.mark.parametrize(("value", "shown", "key"), [
    ("14/03/2019", "14/03/2019", "2019-03-14"),
    ("4/3/2019", "04/03/2019", "2019-03-04"),
    ("2019-03-04", "04/03/2019", "2019-03-04"),
    ("03/2019", "03/2019", "2019-03-00"),
    ("March 2019", "03/2019", "2019-03-00"),
    ("Sept 2019", "09/2019", "2019-09-00"),
    ("2019", "2019", "2019-00-00"),
    (2019, "2019", "2019-00-00"),
    (2019.0, "2019", "2019-00-00"),
    (date(2020, 2, 29), "29/02/2020", "2020-02-29"),
    (datetime(2020, 2, 29, 13, 5), "29/02/2020", "2020-02-29"),
])
def test_dates_are_read_at_the_precision_given(value: object, shown: str, key: str) -> None:
    d = parse_entry_date(value)
    assert (d.text(), d.sort_key) == (shown, key)
    assert EntryDate.from_key(d.sort_key) == d


@pytest.mark.parametrize(("value", "words"), [
    ("31/02/2019", "not a date"), ("29/02/2019", "no day 29"), ("13/2019", "no month 13"),
    ("1850", "outside"), ("yesterday", "dd/mm/yyyy"), ("", "missing"), ("12/13/2019", "month"),
])
def test_impossible_dates_are_refused_with_the_reason(value: str, words: str) -> None:
    with pytest.raises(EntryInputError, match=words):
        parse_entry_date(value)


def test_an_approximate_date_sorts_before_the_exact_dates_it_covers() -> None:
    keys = sorted(parse_entry_date(v).sort_key for v in
                  ["02/03/2019", "03/2019", "2019", "31/12/2018", "01/03/2019", "04/2019"])
    assert [EntryDate.from_key(k).text() for k in keys] == [
        "31/12/2018", "2019", "03/2019", "01/03/2019", "02/03/2019", "04/2019"]


@pytest.mark.parametrize(("value", "out"), [
    ("14:30", "14:30"), ("9.05", "09:05"), ("2.30pm", "14:30"), ("12:10 am", "00:10"),
    (time(8, 0), "08:00"), ("", ""), (None, ""),
])
def test_times(value: object, out: str) -> None:
    assert parse_entry_time(value) == out


def test_bad_times_and_flags_are_refused() -> None:
    with pytest.raises(EntryInputError, match="not a time"):
        parse_entry_time("25:00")
    with pytest.raises(EntryInputError, match="yes or no"):
        parse_flag("perhaps")
    assert parse_flag("Yes") and parse_flag("✓") and not parse_flag("") and not parse_flag("No")


def test_an_entry_needs_an_agency_and_what_happened() -> None:
    with pytest.raises(EntryInputError, match="agency"):
        make_entry(date_text="2019", agency=" ", event="x")
    with pytest.raises(EntryInputError, match="what happened"):
        make_entry(date_text="2019", agency="Police", event="  ")
    e = make_entry(date_text="03/2019", agency=" Police ", event="Call", people="A; B, C")
    assert (e.agency, e.people_list(), e.when.precision) == ("Police", ("A", "B", "C"), "month")
