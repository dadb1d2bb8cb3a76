"""Likely duplicates across agencies: same date, people in common, similar accounts."""

from __future__ import annotations

from scr_desktop.domain.chronology.duplicates import likely_duplicates, merge_entries
from scr_desktop.domain.chronology.entry import make_entry


def _e(agency: str, when: str, event: str, people: str = "", **kw: object):  # type: ignore[no-untyped-def]
    return make_entry(date_text=when, agency=agency, event=event, people=people, **kw)  # type: ignore[arg-type]


def test_the_same_event_told_by_two_agencies_is_a_likely_duplicate() -> None:
    police = _e("Police", "05/06/2020", "Joint home visit with social worker; child seen.",
                "Mother; Child")
    social = _e("Children's social care", "05/06/2020",
                "Joint home visit with police; child seen.", "child; Social worker")
    pairs = likely_duplicates([police, social])
    assert len(pairs) == 1
    assert {pairs[0].first.agency, pairs[0].second.agency} == {"Police",
                                                                "Children's social care"}
    assert pairs[0].ratio >= 0.6


def test_pairs_need_two_agencies_the_same_date_shared_people_and_similar_text() -> None:
    a = _e("Police", "05/06/2020", "Joint home visit; child seen.", "Mother")
    assert not likely_duplicates([a, _e("Police", "05/06/2020", "Joint home visit; child seen.",
                                        "Mother")])
    assert not likely_duplicates([a, _e("Health", "06/06/2020", "Joint home visit; child seen.",
                                        "Mother")])
    assert not likely_duplicates([a, _e("Health", "05/06/2020", "Joint home visit; child seen.",
                                        "Uncle")])
    assert not likely_duplicates([a, _e("Health", "05/06/2020",
                                        "Immunisations given at the surgery.", "Mother")])


def test_merging_keeps_both_sources_people_comments_and_the_key_flag() -> None:
    keep = _e("Police", "05/06/2020", "Joint visit; child seen.", "Mother; Child",
              source="Crime report", comment="Attended quickly.")
    other = _e("Health", "05/06/2020", "Joint visit, child seen and weighed.",
               "Child; Health visitor", source="HV notes", comment="Good liaison.", key=True,
               time_text="10:00")
    merged = merge_entries(keep, other)
    assert merged.agency == "Police" and merged.key and merged.time == "10:00"
    assert merged.people_list() == ("Mother", "Child", "Health visitor")
    assert "Crime report" in merged.source and "also recorded by Health (HV notes)" in \
        merged.source
    assert "Police: Attended quickly." in merged.comment and "Health: Good liaison." in \
        merged.comment
    assert "[Health] Joint visit, child seen and weighed." in merged.event
