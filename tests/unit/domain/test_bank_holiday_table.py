"""The stored England and Wales bank holidays match the ``holidays`` package, without its cost.

The working-day calendar reads the bank holidays from a file written from
the ``holidays`` package, because importing the package loads every
country's calendar.  The file must say what the package says for every year
of the calendar; a different installed version of the package is asked
directly instead of trusting the file.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from importlib import metadata

import pytest

from scr_desktop.domain import timescales
from scr_desktop.domain.timescales import FIRST_DAY, LAST_DAY


def test_the_stored_table_is_the_package_s_for_every_year() -> None:
    stored = timescales.stored_tables()
    assert stored is not None, "run scripts/bank_holidays.py after upgrading holidays"
    for year in range(FIRST_DAY.year, LAST_DAY.year + 1):
        assert stored[year] == timescales.package_table(year), year


def test_working_days_are_counted_without_importing_the_package() -> None:
    code = ("import sys; from datetime import date; from scr_desktop.domain import timescales;"
            " print(timescales.add_working_days(date(2026, 12, 24), 1),"
            " timescales.bank_holiday_name(date(2027, 12, 27)), 'holidays' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out[0] == "2026-12-29"  # Christmas Day and Boxing Day (a Saturday, so the 28th)
    assert out[-1] == "False"


def test_another_installed_version_is_asked_directly(monkeypatch: pytest.MonkeyPatch) -> None:
    real = metadata.version
    monkeypatch.setattr(metadata, "version",
                        lambda name: "0.0-other" if name == "holidays" else real(name))
    timescales.stored_tables.cache_clear()
    timescales._holiday_table.cache_clear()
    timescales.bank_holidays.cache_clear()
    try:
        assert timescales.stored_tables() is None
        assert date(2023, 5, 8) in timescales.bank_holidays(2023)  # the coronation
        assert "holidays" in sys.modules
    finally:
        monkeypatch.undo()
        timescales.stored_tables.cache_clear()
        timescales._holiday_table.cache_clear()
        timescales.bank_holidays.cache_clear()
