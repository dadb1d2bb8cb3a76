"""Reporting periods (inclusive, at the awkward boundaries) and the board's themes."""

from __future__ import annotations

from datetime import date

import pytest

from scr_desktop.domain.learning.periods import calendar_year, financial_year, period, quarter
from scr_desktop.domain.learning.themes import (
    ThemeError,
    check_new,
    cleaned,
    starting_themes,
    theme_id,
)


def test_periods_include_both_ends_and_the_leap_day() -> None:
    fy = financial_year(2023)
    assert (fy.first, fy.last, fy.label) == (date(2023, 4, 1), date(2024, 3, 31), "2023/24")
    assert fy.contains(date(2024, 2, 29)) and fy.contains(date(2024, 3, 31))
    assert not fy.contains(date(2024, 4, 1)) and not fy.contains(date(2023, 3, 31))
    year = calendar_year(2024)
    assert year.contains(date(2024, 12, 31)) and not year.contains(date(2025, 1, 1))
    assert quarter(2024, 1).last == date(2024, 3, 31)
    assert quarter(2024, 4).last == date(2024, 12, 31)
    assert quarter(2025, 1).first == date(2025, 1, 1)
    assert period("quarter", 2024, 1).contains(date(2024, 2, 29))
    with pytest.raises(ValueError):
        quarter(2024, 5)
    with pytest.raises(ValueError):
        period("fortnight", 2024)


def test_the_starting_themes_are_the_designs_list() -> None:
    labels = set(starting_themes().values())
    for expected in ("Neglect", "Domestic abuse", "Parental mental health", "Online harm",
                     "Sudden unexpected infant death", "Hearing the child's voice",
                     "Escalation", "Professional curiosity", "Looked-after children"):
        assert expected in labels
    assert len(starting_themes()) == 19


def test_a_new_theme_is_cleaned_and_refused_when_it_exists() -> None:
    known = starting_themes()
    assert check_new("  County   lines ", known) == "County lines"
    assert theme_id("County lines") == "board:county_lines"
    with pytest.raises(ThemeError, match="already"):
        check_new("NEGLECT", known)
    with pytest.raises(ThemeError, match="letters or numbers"):
        check_new("!!!", known)
    assert cleaned(["neglect", "", " neglect ", 3, "online_harm"]) == ["neglect", "online_harm"]
