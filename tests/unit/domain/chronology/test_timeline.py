"""One timeline layout for screen and PDF: lanes by agency, positions by date, ticks, text."""

from __future__ import annotations

from datetime import date

from scr_desktop.domain.chronology.entry import make_entry
from scr_desktop.domain.chronology.timeline import layout, text_equivalent


def test_lanes_positions_and_month_ticks_for_a_short_span() -> None:
    entries = [make_entry(date_text=d, agency=a, event=e, key=k) for d, a, e, k in (
        ("03/2019", "school", "Month only", False), ("15/03/2019", "Police", "Call", True),
        ("30/06/2019", "Health", "Visit", False))]
    lay = layout(entries)
    assert lay.lanes == ["Health", "Police", "school"]
    assert (lay.start, lay.end) == (date(2019, 3, 1), date(2019, 7, 1))
    xs = {m.entry.event: m.x for m in lay.marks}
    assert xs["Month only"] == 0 and 0 < xs["Call"] < xs["Visit"] < 1
    assert [t for _x, t in lay.ticks] == ["03/2019", "04/2019", "05/2019", "06/2019", "07/2019"]
    assert [m.lane for m in lay.marks] == [2, 1, 0]


def test_year_ticks_for_a_long_span_and_the_text_equivalent() -> None:
    entries = [make_entry(date_text=d, agency=a, event=e, key=k, time_text=t)
               for d, a, e, k, t in (("2017", "Police", "Early", False, ""),
                                     ("01/02/2020", "Police", "Arrest", True, "22:10"))]
    lay = layout(entries)
    assert [t for _x, t in lay.ticks] == ["2017", "2018", "2019", "2020", "2021"]
    assert text_equivalent(entries) == [
        "Police: 2 entries", "  2017: Early", "  01/02/2020 22:10: Key practice episode. Arrest"]
    assert layout([]).marks == []
