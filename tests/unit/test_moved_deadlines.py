"""Deadlines counted in weeks or months move back to the previous working day (DESIGN 3.3).

Each case is a real calendar trap (Christmas, New Year, Easter, the August
bank holiday, weekends at the end of a month, leap years), checked through
the engine and its words; the 12-month publication period is a minimum and
never moves; the calendar ends at 1900 and 2100.
"""

from __future__ import annotations

from datetime import date

import pytest

from scr_desktop.domain import timescales as ts
from scr_desktop.domain.assessment import AssessmentInputError, evaluate

FW = "wt2015-scr"
DIED = {"abuse_or_neglect": "known", "child_died": True}


def deadline(key: str, dates: dict[str, str], decided: str | None = "scr",
             fw: str = FW) -> tuple[str, str]:
    d = evaluate(fw, DIED, None, dates, decided).deadline(key)
    assert d is not None
    return d.due.isoformat(), d.moved_note


@pytest.mark.parametrize(("key", "dates", "due", "note"), [
    # Christmas 2026: Christmas Day Friday, Boxing Day Saturday, substitute Monday 28th
    ("subgroup_meeting", {"referral": "2026-12-04"}, "2026-12-24",
     "moved back from Christmas Day 25/12/2026"),
    ("subgroup_meeting", {"referral": "2026-12-05"}, "2026-12-24",
     "moved back from Boxing Day 26/12/2026, over Christmas Day"),
    ("subgroup_meeting", {"referral": "2026-12-07"}, "2026-12-24",
     "moved back from Boxing Day (substitute day) 28/12/2026, over Christmas Day and "
     "Boxing Day"),
    # an IMR due on Christmas Day 2027 (a Saturday; substitutes on the 27th and 28th)
    ("imr_completion", {"decision": "2027-11-13"}, "2027-12-24",
     "moved back from Christmas Day 25/12/2027"),
    ("imr_completion", {"decision": "2027-11-16"}, "2027-12-24",
     "moved back from Boxing Day (substitute day) 28/12/2027, over Christmas Day, "
     "Boxing Day and Christmas Day (substitute day)"),
    # New Year's Day 2027 is a Friday
    ("chair_decision", {"referral": "2026-12-01"}, "2026-12-31",
     "moved back from New Year's Day 01/01/2027"),
    # Easter 2027: Good Friday 26 March, Easter Monday 29 March
    ("subgroup_meeting", {"referral": "2027-03-08"}, "2027-03-25",
     "moved back from Easter Monday 29/03/2027, over Good Friday"),
    ("imr_briefing", {"decision": "2027-03-12"}, "2027-03-25",
     "moved back from Good Friday 26/03/2027"),
    # the August bank holiday 2027 is Monday 30 August
    ("subgroup_meeting", {"referral": "2027-08-09"}, "2027-08-27",
     "moved back from Late Summer Bank Holiday 30/08/2027"),
    # a month that ends on a weekend
    ("chair_decision", {"referral": "2027-01-31"}, "2027-02-26",
     "moved back from Sunday 28/02/2027"),
    ("chair_decision", {"referral": "2027-04-30"}, "2027-05-28",
     "moved back from Sunday 30/05/2027"),
    ("review_completion", {"decision": "2027-03-31"}, "2027-09-30", ""),
    ("review_completion", {"decision": "2027-04-30"}, "2027-10-29",
     "moved back from Saturday 30/10/2027"),
    # leap years: 29 February 2028 is a Tuesday, 29 February 2032 a Sunday
    ("chair_decision", {"referral": "2028-01-31"}, "2028-02-29", ""),
    ("chair_decision", {"referral": "2032-01-31"}, "2032-02-27",
     "moved back from Sunday 29/02/2032"),
    ("review_completion", {"decision": "2031-08-29"}, "2032-02-27",
     "moved back from Sunday 29/02/2032"),
    # a Saturday, with nothing else in the way
    ("chair_decision", {"referral": "2027-05-26"}, "2027-06-25",
     "moved back from Saturday 26/06/2027"),
])
def test_a_calendar_deadline_moves_back_to_a_working_day(key: str, dates: dict[str, str],
                                                         due: str, note: str) -> None:
    assert deadline(key, dates) == (due, note)
    assert ts.is_working_day(date.fromisoformat(due))


def test_the_moved_deadline_reads_as_the_design_says() -> None:
    d = evaluate(FW, DIED, None, {"referral": "2027-03-08"}).deadline("subgroup_meeting")
    assert d is not None
    assert d.due_text == "25/03/2027 \u2014 moved back from Easter Monday 29/03/2027, over " \
        "Good Friday"
    assert d.moved_from == date(2027, 3, 29)


@pytest.mark.parametrize(("publication", "until"), [
    ("2026-09-05", "2027-09-05"),  # a Sunday: a minimum period stays where it ends
    ("2027-12-25", "2028-12-25"),  # Christmas Day
    ("2028-02-29", "2029-02-28"),  # a leap day, into a common year
])
def test_the_publication_period_never_moves(publication: str, until: str) -> None:
    assert deadline("published_until", {"publication": publication}) == (until, "")


def test_working_day_deadlines_are_unchanged() -> None:
    assert deadline("ofsted_notification", {"aware": "2026-12-18"}) == ("2026-12-29", "")
    assert deadline("panel_copy", {"publication": "2027-09-01"}) == ("2027-08-20", "")


def test_wt2010_moves_its_monthly_deadlines_too() -> None:
    assert deadline("chair_decision", {"referral": "2026-12-01"}, fw="wt2010-scr") == (
        "2026-12-31", "moved back from New Year's Day 01/01/2027")


@pytest.mark.parametrize(("dates", "key"), [
    ({"referral": "2100-12-20"}, "dates.referral"),  # three weeks later is 2101
    ({"decision": "2100-07-01"}, "dates.decision"),  # six months later is 2101
    ({"publication": "2100-01-01"}, "dates.publication"),  # published until 2101
    ({"publication": "1900-01-05"}, "dates.publication"),  # seven working days before 1900
    ({"aware": "1899-12-31"}, "dates.aware"),
    ({"aware": "2101-01-01"}, "dates.aware"),
])
def test_the_calendar_ends_at_1900_and_2100(dates: dict[str, str], key: str) -> None:
    with pytest.raises(AssessmentInputError) as caught:
        evaluate(FW, DIED, None, dates, "scr")
    assert caught.value.key == key


def test_the_last_days_of_the_calendar_still_work() -> None:
    # Christmas 2100 falls at a weekend: substitute days on Monday 27 and Tuesday 28
    assert deadline("ofsted_notification", {"aware": "2100-12-20"}) == ("2100-12-29", "")
    assert deadline("chair_decision", {"referral": "2100-11-30"})[0] == "2100-12-30"
    assert deadline("ofsted_notification", {"aware": "1900-01-01"}) == ("1900-01-08", "")


def test_arithmetic_outside_the_calendar_is_refused() -> None:
    with pytest.raises(ts.OutsideCalendar):
        ts.add_working_days(date(2100, 12, 30), 5)
    with pytest.raises(ts.OutsideCalendar):
        ts.previous_working_day(date(1900, 1, 1) if not ts.is_working_day(date(1900, 1, 1))
                                else date(1899, 12, 31))
