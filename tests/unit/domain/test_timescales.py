"""Working days, weeks and calendar months, checked against an independent calendar.

The oracle here does not use the ``holidays`` package or ``dateutil``: it
computes Easter with the anonymous Gregorian algorithm, applies the England
and Wales rules for fixed holidays and substitute days itself, and lists
the one-off changes of 2015-2035 by hand (the 2020 VE-day May holiday, the
2022 Platinum Jubilee weekend, the 2022 state funeral and the 2023
coronation).  Working-day arithmetic is then checked by walking the
calendar one day at a time.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from scr_desktop.domain import timescales as ts

FIRST_YEAR, LAST_YEAR = 2015, 2035
DAY = timedelta(days=1)


def easter_sunday(year: int) -> date:
    """Anonymous Gregorian (Meeus/Jones/Butcher) algorithm."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def first_monday(year: int, month: int) -> date:
    d = date(year, month, 1)
    while d.weekday() != 0:
        d += DAY
    return d


def last_monday(year: int, month: int) -> date:
    d = date(year, month, calendar.monthrange(year, month)[1])
    while d.weekday() != 0:
        d -= DAY
    return d


MOVED = {
    # year: (usual date, date it moved to) for one-off moves
    (2020, "early_may"): date(2020, 5, 8),  # 75th anniversary of VE day
    (2022, "spring"): date(2022, 6, 2),  # Platinum Jubilee
}
EXTRA = {
    date(2022, 6, 3),  # Platinum Jubilee
    date(2022, 9, 19),  # state funeral of Queen Elizabeth II
    date(2023, 5, 8),  # coronation of King Charles III
}


def oracle_holidays(year: int) -> set[date]:
    """England and Wales bank holidays that fall on weekdays, by rule."""
    days: set[date] = set()
    new_year = date(year, 1, 1)
    days.add(new_year + timedelta(days={5: 2, 6: 1}.get(new_year.weekday(), 0)))
    easter = easter_sunday(year)
    days |= {easter - 2 * DAY, easter + DAY}
    days.add(MOVED.get((year, "early_may"), first_monday(year, 5)))
    days.add(MOVED.get((year, "spring"), last_monday(year, 5)))
    days.add(last_monday(year, 8))
    christmas = date(year, 12, 25)
    wd = christmas.weekday()
    if wd == 5:  # Saturday: both move to Monday and Tuesday
        days |= {date(year, 12, 27), date(year, 12, 28)}
    elif wd == 6:  # Sunday: Boxing Day on Monday, Christmas substitute on Tuesday
        days |= {date(year, 12, 26), date(year, 12, 27)}
    elif wd == 4:  # Friday: Boxing Day falls on Saturday, substitute Monday
        days |= {christmas, date(year, 12, 28)}
    else:
        days |= {christmas, date(year, 12, 26)}
    days |= {d for d in EXTRA if d.year == year}
    return days


def oracle_working(d: date) -> bool:
    return d.weekday() < 5 and d not in oracle_holidays(d.year)


def oracle_add(start: date, n: int) -> date:
    d = start
    if n == 0:
        while not oracle_working(d):
            d += DAY
        return d
    step = DAY if n > 0 else -DAY
    count = 0
    while count < abs(n):
        d += step
        count += oracle_working(d)
    return d


def test_easter_algorithm_against_known_dates() -> None:
    assert easter_sunday(2019) == date(2019, 4, 21)
    assert easter_sunday(2024) == date(2024, 3, 31)
    assert easter_sunday(2027) == date(2027, 3, 28)
    assert easter_sunday(2038) == date(2038, 4, 25)


@pytest.mark.parametrize("year", range(FIRST_YEAR, LAST_YEAR + 1))
def test_bank_holidays_match_independent_rules(year: int) -> None:
    weekday_holidays = {d for d in ts.bank_holidays(year) if d.weekday() < 5}
    assert weekday_holidays == oracle_holidays(year)


@pytest.mark.parametrize("special", sorted(EXTRA | set(MOVED.values())))
def test_one_off_holidays_are_not_working_days(special: date) -> None:
    assert not ts.is_working_day(special)
    assert ts.bank_holiday_name(special)


def test_moved_holidays_leave_the_usual_day_a_working_day() -> None:
    assert ts.is_working_day(date(2020, 5, 4))  # usual early May Monday in 2020
    assert ts.is_working_day(date(2022, 5, 30))  # usual spring Monday in 2022


dates_in_range = st.dates(min_value=date(FIRST_YEAR, 1, 1), max_value=date(LAST_YEAR, 10, 31))


@settings(max_examples=400, deadline=None)
@given(start=dates_in_range, n=st.integers(min_value=-45, max_value=45))
@example(start=date(2026, 12, 18), n=5)  # Christmas 2026: Boxing Day substitute
@example(start=date(2022, 9, 16), n=1)  # the state funeral
@example(start=date(2023, 5, 5), n=1)  # the coronation
@example(start=date(2022, 6, 1), n=1)  # the Platinum Jubilee weekend
@example(start=date(2020, 5, 7), n=1)  # VE day holiday
@example(start=date(2027, 9, 1), n=-7)  # August bank holiday, counted backwards
@example(start=date(2021, 12, 24), n=1)  # Christmas on a Saturday
@example(start=date(2027, 3, 25), n=2)  # Easter 2027
def test_add_working_days_matches_day_by_day_count(start: date, n: int) -> None:
    assert ts.add_working_days(start, n) == oracle_add(start, n)


@settings(max_examples=300, deadline=None)
@given(start=dates_in_range, length=st.integers(min_value=-60, max_value=60))
def test_working_days_between_matches_day_by_day_count(start: date, length: int) -> None:
    end = start + timedelta(days=length)
    lo, hi = sorted((start, end))
    count = sum(oracle_working(lo + DAY * i) for i in range(1, (hi - lo).days + 1))
    assert ts.working_days_between(start, end) == (count if end >= start else -count)


@settings(max_examples=300, deadline=None)
@given(start=dates_in_range, length=st.integers(min_value=-1200, max_value=1200))
@example(start=date(2024, 12, 20), length=800)  # two Christmases and an Easter
@example(start=date(2026, 1, 5), length=-700)
def test_working_days_between_matches_day_by_day_count_over_years(start: date,
                                                                  length: int) -> None:
    end = start + timedelta(days=length)
    assume(date(FIRST_YEAR, 1, 1) <= end <= date(LAST_YEAR, 12, 31))
    lo, hi = sorted((start, end))
    count = sum(oracle_working(lo + DAY * i) for i in range(1, (hi - lo).days + 1))
    assert ts.working_days_between(start, end) == (count if end >= start else -count)


@settings(max_examples=300, deadline=None)
@given(start=dates_in_range, n=st.integers(min_value=1, max_value=45))
def test_adding_then_counting_working_days_round_trips(start: date, n: int) -> None:
    assert ts.working_days_between(start, ts.add_working_days(start, n)) == n
    if ts.is_working_day(start):
        assert ts.working_days_between(start, ts.add_working_days(start, -n)) == -n


@settings(max_examples=300, deadline=None)
@given(start=dates_in_range, n=st.integers(min_value=-45, max_value=45))
def test_result_of_a_working_day_offset_is_a_working_day(start: date, n: int) -> None:
    assert oracle_working(ts.add_working_days(start, n))


def oracle_add_months(start: date, n: int) -> date:
    year, month = start.year, start.month
    for _ in range(abs(n)):
        month += 1 if n > 0 else -1
        if month == 13:
            year, month = year + 1, 1
        elif month == 0:
            year, month = year - 1, 12
    d = date(year, month, 1)
    while (d + DAY).month == month and d.day < start.day:
        d += DAY
    return d


@settings(max_examples=400, deadline=None)
@given(start=st.dates(min_value=date(FIRST_YEAR, 1, 1), max_value=date(LAST_YEAR, 12, 31)),
       n=st.integers(min_value=-36, max_value=36))
@example(start=date(2027, 1, 31), n=1)
@example(start=date(2028, 1, 31), n=1)
@example(start=date(2028, 2, 29), n=12)
@example(start=date(2027, 3, 31), n=-1)
@example(start=date(2027, 8, 31), n=1)
def test_add_months_matches_calendar_walk(start: date, n: int) -> None:
    assert ts.add_months(start, n) == oracle_add_months(start, n)


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2027, 1, 31), 1, date(2027, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2027, 5, 31), 1, date(2027, 6, 30)),
        (date(2027, 3, 31), -1, date(2027, 2, 28)),
        (date(2026, 12, 21), 1, date(2027, 1, 21)),
    ],
)
def test_month_ends_clamp(start: date, n: int, expected: date) -> None:
    assert ts.add_months(start, n) == expected


def test_zero_working_days_rolls_forward_to_a_working_day() -> None:
    assert ts.add_working_days(date(2027, 1, 15), 0) == date(2027, 1, 15)  # a Friday
    assert ts.add_working_days(date(2027, 1, 16), 0) == date(2027, 1, 18)  # Saturday
    assert ts.add_working_days(date(2027, 12, 25), 0) == date(2027, 12, 29)


def test_offsets_in_each_unit() -> None:
    start = date(2027, 1, 15)
    assert ts.apply_offset(start, 2, "weeks") == date(2027, 1, 29)
    assert ts.apply_offset(start, -3, "calendar_days") == date(2027, 1, 12)
    assert ts.apply_offset(start, 6, "months") == date(2027, 7, 15)
    assert ts.apply_offset(start, 5, "working_days") == date(2027, 1, 22)
    with pytest.raises(ValueError, match="unknown unit"):
        ts.apply_offset(start, 1, "fortnights")


def test_offsets_read_as_words() -> None:
    assert ts.describe_offset(5, "working_days") == "5 working days after"
    assert ts.describe_offset(-7, "working_days") == "7 working days before"
    assert ts.describe_offset(1, "months") == "1 month after"
