"""The meeting model: agenda, agency returns, core-agency check and outcomes on the case."""

from __future__ import annotations

from datetime import date

import pytest

from scr_desktop.domain.meeting import (
    DEFAULT_AGENCIES,
    AgencyCheck,
    Attendance,
    ChronologyRow,
    Meeting,
    agencies_from_data,
    apply_outcome,
    awaiting_decision,
    core_agency_gaps,
    core_agency_warning,
    missing_returns,
)
from scr_desktop.domain.model import Case


def _case(ref: str, referral: str) -> Case:
    c = Case(reference=ref, status="referred")
    c.set("referral_date", referral)
    return c


def test_round_trip_keeps_everything() -> None:
    m = Meeting(date="2026-12-01", kind="extraordinary", chair="Independent chair")
    item = m.add_case(_case("SCR-2026-0001", "20/11/2026"))
    item.checks["police"] = AgencyCheck("police", "known", "Two call-outs",
                                        [ChronologyRow("2026-10-01", "Call-out", "Police log")])
    m.attendance.append(Attendance("police", "A Officer", "DI", "deputy", "B Officer"))
    again = Meeting.from_dict(m.to_dict())
    assert again.to_dict() == m.to_dict()
    assert again.item(item.case_id).check("police").chronology[0].event == "Call-out"


def test_adding_a_case_twice_keeps_one_item() -> None:
    m = Meeting()
    c = _case("SCR-2026-0001", "20/11/2026")
    m.add_case(c)
    m.add_case(c)
    assert len(m.items) == 1
    m.remove_case(c.id)
    assert m.items == []


@pytest.mark.parametrize(
    ("present", "missing"),
    [
        ([], ["Children's social care", "Health", "Education", "Police"]),
        (["childrens_social_care", "health_acute", "education"], ["Police"]),
        (["childrens_social_care", "health_gp", "education", "police"], []),
    ],
)
def test_core_agencies_are_checked(present: list[str], missing: list[str]) -> None:
    m = Meeting()
    m.attendance = [Attendance(a, f"Person {i}", "Lead") for i, a in enumerate(present)]
    assert core_agency_gaps(m) == missing
    assert bool(core_agency_warning(m)) == bool(missing)


def test_apologies_and_written_reports_do_not_represent_an_agency() -> None:
    m = Meeting()
    m.attendance = [Attendance("childrens_social_care", "A", "", "attended"),
                    Attendance("health_acute", "B", "", "deputy"),
                    Attendance("education", "C", "", "apologies"),
                    Attendance("police", "D", "", "written_report")]
    assert core_agency_gaps(m) == ["Education", "Police"]
    warning = core_agency_warning(m)
    assert "Education and Police are not represented" in warning
    assert "written report" in warning and "8.13" in warning


def test_missing_returns_lists_agencies_without_an_answer() -> None:
    m = Meeting()
    item = m.add_case(_case("SCR-2026-0001", "20/11/2026"))
    assert len(missing_returns(m, item)) == len(DEFAULT_AGENCIES)
    item.check("police").known = "not_known"
    assert "police" not in {a.key for a in missing_returns(m, item)}


def test_agency_list_is_configurable_and_checked() -> None:
    rows = [{"key": "csc", "label": "Children's services", "group": "childrens_social_care"},
            {"key": "nhs", "label": "NHS trust", "group": "health"}]
    agencies = agencies_from_data(rows)
    assert [a.group for a in agencies] == ["childrens_social_care", "health"]
    with pytest.raises(ValueError, match="used twice"):
        agencies_from_data([*rows, rows[0]])
    with pytest.raises(ValueError, match="unknown group"):
        agencies_from_data([{"key": "x", "label": "X", "group": "fire"}])
    m = Meeting(agencies=agencies)
    assert Meeting.from_dict(m.to_dict()).agencies == agencies


def test_cases_awaiting_a_decision_come_soonest_first_with_due_dates() -> None:
    later = _case("SCR-2026-0002", "25/11/2026")
    sooner = _case("SCR-2026-0001", "20/11/2026")
    done = _case("SCR-2026-0003", "01/11/2026")
    done.decision.decided = "scr"
    offered = awaiting_decision([later, sooner, done])
    assert [c.reference for c in offered] == ["SCR-2026-0001", "SCR-2026-0002"]
    assert offered[0].subgroup_meeting == date(2026, 12, 11)
    # a month after 20/11/2026 is Sunday 20/12/2026: the chair decides by Friday 18/12/2026
    assert offered[0].chair_decision == date(2026, 12, 18)


def test_outcome_marks_the_deadlines_met_and_starts_the_decision_ones() -> None:
    m = Meeting(date="2026-12-01")
    c = _case("SCR-2026-0001", "20/11/2026")
    apply_outcome(c, m)
    assert c.deadlines_done == {"subgroup_meeting": "2026-12-01"}
    assert c.status == "referred"
    c.decision.decided = "scr"
    c.decision.decision_date = "2026-12-02"
    apply_outcome(c, m)
    assert c.deadlines_done["chair_decision"] == "2026-12-02"
    assert c.status == "decided"
