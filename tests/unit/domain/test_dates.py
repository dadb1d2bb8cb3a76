"""Dates on a case must have a plausible year; others are refused with the reason."""

from __future__ import annotations

from datetime import date

import pytest

from scr_desktop.domain.dates import DateFormatError, parse_case_date, uk_to_iso
from scr_desktop.domain.decisions import typed_date_to_iso
from scr_desktop.domain.model import Case
from scr_desktop.domain.validation import validate


@pytest.mark.parametrize("text", ["01/01/1899", "31/12/2101", "12/03/9000", "01/01/0001"])
def test_implausible_years_are_refused_everywhere_a_case_date_is_typed(text: str) -> None:
    with pytest.raises(DateFormatError, match="Check the year"):
        parse_case_date(text)
    assert uk_to_iso(text) is None  # so no deadline is computed from it
    iso, error = typed_date_to_iso(text)
    assert iso is None and error and "Check the year" in error
    case = Case()
    case.set("referral_date", text)
    problems = [p for p in validate(case, date(2026, 11, 21)) if p.field == "referral_date"]
    assert problems and "year" in problems[0].message


@pytest.mark.parametrize("text", ["01/01/1900", "21/11/2026", "31/12/2100"])
def test_plausible_years_are_accepted(text: str) -> None:
    assert uk_to_iso(text) is not None
    assert typed_date_to_iso(text)[1] is None
