"""The rapid review meeting: the partners listed first, their attendance checked, the
case's agency summaries shown and the outcome brought onto the case's rapid review."""

from __future__ import annotations

from datetime import date

from scr_desktop.domain.meeting import Attendance, Meeting, awaiting_decision
from scr_desktop.domain.model import Case
from scr_desktop.domain.rapid_review import AgencyRequest, RapidReview
from scr_desktop.domain.rapid_review_meeting import (
    agency_summaries,
    apply_rapid_review_outcome,
    attendance_warning,
    partner_gaps,
    prepare,
)


def cspr_case() -> Case:
    case = Case(reference="SCR-2027-0003", framework="wt2023-cspr")
    case.facts.update({"abuse_or_neglect": "suspected", "child_died": True})
    case.set("aware_date", "18/12/2026")
    case.dates["notification"] = "2026-12-23"
    record = RapidReview(requests=[AgencyRequest("Police", "2026-12-24", "2027-01-06",
                                                 "Known: two call-outs.")])
    case.rapid_review = record.to_dict()
    return case


def test_a_rapid_review_meeting_lists_the_three_partners_first_once() -> None:
    meeting = Meeting(date="2027-01-08")
    meeting.attendance.append(Attendance("housing", "Qzhousing", "Officer"))
    prepare(meeting)
    prepare(meeting)
    assert meeting.kind == "rapid_review"
    assert meeting.title() == "Rapid review meeting, 08/01/2027"
    assert meeting.kind_title() == "Rapid review meeting"
    assert meeting.file_stem() == "rapid-review-minutes-2027-01-08"
    assert Meeting(date="2027-01-08").file_stem() == "sub-group-minutes-2027-01-08"
    assert [p.agency for p in meeting.attendance] == ["local_authority", "icb", "police",
                                                      "housing"]
    assert [a.key for a in meeting.agencies[:2]] == ["local_authority", "icb"]
    assert len([a for a in meeting.agencies if a.key == "police"]) == 1


def test_the_attendance_check_names_each_partner_nobody_represents() -> None:
    meeting = Meeting(date="2027-01-08")
    prepare(meeting)
    assert partner_gaps(meeting) == ["Local authority", "Integrated care board", "Police"]
    meeting.attendance[0].name = "Qzdcs"
    meeting.attendance[2].name = "Qzdi"
    meeting.attendance[2].status = "apologies"
    warning = attendance_warning(meeting)
    assert warning.startswith("Integrated care board and Police are not represented")
    assert "Working Together 2023" in warning
    meeting.attendance[1].name = "Qznurse"
    meeting.attendance[2].status = "deputy"
    assert attendance_warning(meeting) == ""
    # a sub-group meeting keeps the core-agency check of Working Together 2010
    meeting.kind = "scheduled"
    assert "Education" in attendance_warning(meeting)


def test_the_outcome_shows_the_summaries_and_records_the_meeting_on_the_case() -> None:
    case = cspr_case()
    meeting = Meeting(date="2027-01-08")
    prepare(meeting)
    item = meeting.add_case(case)
    item.check("health_gp").summary = "Seen at six weeks."
    item.check("police").summary = "Known: two call-outs."
    rows = agency_summaries(case, meeting)
    assert [(r.agency, r.source) for r in rows] == [
        ("Police", "rapid review"), ("Health: GP and primary care", "this meeting")]
    for row, (name, role) in enumerate((("Qzdcs", "Director"), ("Qznurse", "Designated nurse"),
                                        ("Qzdi", "Detective Inspector"))):
        meeting.attendance[row].name, meeting.attendance[row].role = name, role
    meeting.attendance.append(Attendance("other", "Qzhead", "Head teacher"))
    case.rapid_review = {**case.rapid_review, "partners_present": {"police": "Typed earlier"},
                         "others_present": "Typed earlier too"}
    case.decision.decided, case.decision.decision_date = "local_cspr", "2027-01-08"
    case.decision.rationale = "Learning for all agencies."
    apply_rapid_review_outcome(case, meeting)
    record = RapidReview.from_dict(case.rapid_review)
    assert record.meeting_id == meeting.id and record.meeting_date == "2027-01-08"
    assert record.partners_present == {"local_authority": "Director",
                                       "icb": "Designated nurse",
                                       "police": "Detective Inspector"}
    assert record.others_present == "Head teacher (Other agencies)"
    assert [r.agency for r in record.requests] == ["Police", "Health: GP and primary care"]
    assert case.status == "decided"
    assert "subgroup_meeting" not in case.deadlines_done  # no SCR sub-group under CSPR


def test_a_cspr_case_awaiting_its_decision_is_offered_with_its_rapid_review_date() -> None:
    [candidate] = awaiting_decision([cspr_case()])
    assert candidate.chair_decision == date(2027, 1, 18)  # 15 working days over Christmas
    assert candidate.rapid_review_route and candidate.subgroup_meeting is None
    scr = Case(reference="SCR-2027-0004")
    assert not awaiting_decision([scr])[0].rapid_review_route


def test_taking_a_meeting_from_the_step_replaces_the_attendance_typed_before() -> None:
    from scr_desktop.domain.rapid_review import take_from_meeting

    case = cspr_case()
    meeting = Meeting(date="2027-01-08")
    prepare(meeting)
    meeting.add_case(case)
    meeting.attendance[1].name, meeting.attendance[1].role = "Qznurse", "Designated nurse"
    record = RapidReview(partners_present={"police": "Typed earlier"},
                         others_present="Typed earlier too")
    take_from_meeting(record, meeting, case.id)
    assert record.partners_present == {"icb": "Designated nurse"}
    assert record.others_present == ""
    # a meeting that records nobody present leaves what was typed
    empty = Meeting(date="2027-01-09")
    empty.add_case(case)
    take_from_meeting(record, empty, case.id)
    assert record.partners_present == {"icb": "Designated nurse"}
