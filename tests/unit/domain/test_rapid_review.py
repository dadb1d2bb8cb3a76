"""The rapid review workflow: each step writes the dates and met deadlines the engine counts.

Notification, sign-off, sending to the Panel and the Panel's response are
recorded on a real case and assessed by the real engine; the timeline counts
working days over Christmas; the record survives the case's round trip; the
report and the notification fields are anonymised by default, and the
report, encrypted, opens only with its password in qpdf and pdftotext.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from scr_desktop.domain.assessment import assess_case
from scr_desktop.domain.framework import load_framework
from scr_desktop.domain.model import Case
from scr_desktop.domain.rapid_review import (
    AgencyRequest,
    RapidReview,
    WorkflowError,
    rapid_review_start,
    record_notification,
    record_panel_response,
    send_to_panel,
    sign_off,
    timeline,
)
from scr_desktop.export.encrypt import encrypt_pdf
from scr_desktop.export.rapid_review import notification_fields, render_rapid_review_pdf

TODAY = date(2027, 3, 1)
BOARD = "Qzborough Safeguarding Children Partnership"
PASSWORD = "granite lantern orchard velvet"


def cspr_case() -> Case:
    case = Case(reference="SCR-2026-0007", framework="wt2023-cspr")
    case.facts.update({"abuse_or_neglect": "suspected", "child_died": True})
    case.set("aware_date", "18/12/2026")
    case.set("incident_date", "17/12/2026")
    case.set("child_forenames", "Qzamara")
    case.set("child_last_names", "Qzwellington")
    case.set("child_dob", "03/04/2026")
    case.set("case_outline", "Qzamara Qzwellington was found unresponsive at home.")
    return case


def notified(case: Case, record: RapidReview) -> None:
    record_notification(record, case.dates, case.deadlines_done, lambda: assess_case(case),
                        submitted_on="2026-12-23", reference="CSINS-0042",
                        partners_told_on="2026-12-24", today=TODAY)


def test_the_notification_meets_its_deadlines_and_starts_the_rapid_review() -> None:
    case, record = cspr_case(), RapidReview()
    notified(case, record)
    assert case.dates["notification"] == "2026-12-23"
    assert case.deadlines_done == {"panel_notification": "2026-12-23",
                                   "partners_notification": "2026-12-24"}
    rapid = assess_case(case).deadline("rapid_review")
    assert rapid is not None and rapid.due.isoformat() == "2027-01-18"


def test_a_care_leavers_death_follows_its_own_row() -> None:
    case, record = Case(framework="wt2023-cspr"), RapidReview()
    case.facts["care_leaver_died"] = True
    case.set("aware_date", "24/02/2028")
    record_notification(record, case.dates, case.deadlines_done, lambda: assess_case(case),
                        submitted_on="2028-02-25", reference="SOS-1", partners_told_on="",
                        today=date(2028, 3, 1))
    assert case.deadlines_done == {"care_leaver_notification": "2028-02-25"}
    assert assess_case(case).deadline("rapid_review") is None


@pytest.mark.parametrize(("kw", "message"), [
    ({"submitted_on": "2027-03-02"}, "in the future"),
    ({"submitted_on": "23/12/2026"}, "real date"),
    ({"reference": "  "}, "reference"),
])
def test_a_notification_that_cannot_be_recorded_changes_nothing(kw: dict[str, str],
                                                                message: str) -> None:
    case, record = cspr_case(), RapidReview()
    args = {"submitted_on": "2026-12-23", "reference": "CSINS-1", "partners_told_on": "",
            **kw}
    with pytest.raises(WorkflowError, match=message):
        record_notification(record, case.dates, case.deadlines_done,
                            lambda: assess_case(case), today=TODAY, **args)
    assert case.dates == {} and case.deadlines_done == {}
    assert record == RapidReview()


def test_the_report_goes_to_the_panel_only_after_the_three_partners_sign_off() -> None:
    case, record = cspr_case(), RapidReview()
    notified(case, record)
    sign_off(record, "local_authority", "Director of Children's Services", "2027-01-13", TODAY)
    sign_off(record, "police", "Detective Superintendent", "2027-01-14", TODAY)
    with pytest.raises(WorkflowError, match="Integrated care board"):
        send_to_panel(record, case.dates, case.deadlines_done, assess_case(case),
                      "2027-01-15", TODAY)
    with pytest.raises(WorkflowError):
        sign_off(record, "ccg", "Someone", "2027-01-14", TODAY)
    sign_off(record, "icb", "Chief Nurse", "2027-01-15", TODAY)
    with pytest.raises(WorkflowError, match="before the last sign-off"):
        send_to_panel(record, case.dates, case.deadlines_done, assess_case(case),
                      "2027-01-14", TODAY)
    send_to_panel(record, case.dates, case.deadlines_done, assess_case(case),
                  "2027-01-15", TODAY)
    assert case.deadlines_done["rapid_review"] == "2027-01-15"
    response = assess_case(case).deadline("panel_response_expected")
    assert response is not None and response.due.isoformat() == "2027-01-29"


def test_a_panel_challenge_revises_the_decision_and_keeps_the_earlier_one() -> None:
    case, record = cspr_case(), RapidReview()
    notified(case, record)
    ids = load_framework("wt2023-cspr").decision_ids
    with pytest.raises(WorkflowError, match="sent to the Panel first"):
        record_panel_response(record, case.decision, case.deadlines_done, ids,
                              response="agrees", received_on="2027-01-20", today=TODAY)
    for partner in ("local_authority", "icb", "police"):
        sign_off(record, partner, "Lead", "2027-01-14", TODAY)
    send_to_panel(record, case.dates, case.deadlines_done, assess_case(case), "2027-01-15",
                  TODAY)
    case.decision.decided, case.decision.decision_date = "no_further_review", "2027-01-15"
    entry = record_panel_response(
        record, case.decision, case.deadlines_done, ids, response="challenges",
        received_on="2027-01-27", revised_decision="local_cspr", revised_on="2027-02-01",
        notes="The Panel asks for a local review.", today=TODAY)
    assert (case.decision.decided, case.decision.decision_date) == ("local_cspr", "2027-02-01")
    assert (entry.earlier_decision, entry.earlier_decision_date) == ("no_further_review",
                                                                     "2027-01-15")
    assert case.deadlines_done["panel_response_expected"] == "2027-01-27"
    publication = assess_case(case).deadline("local_review_publication")
    assert publication is not None and publication.due.isoformat() == "2027-07-30"
    # Sun 01/08/2027 moved back to Fri 30/07


def test_the_timeline_counts_working_days_over_christmas() -> None:
    record = RapidReview(requests=[AgencyRequest("Police", "2026-12-24", "2027-01-08", "x"),
                                   AgencyRequest("School", "2026-12-24", "", "")])
    steps = timeline(record, date(2026, 12, 23), date(2027, 1, 12))
    got = {s.key: (s.target.isoformat() if s.target else None, s.state) for s in steps}
    assert got == {"requests": ("2026-12-24", "done"), "summaries": ("2027-01-11", "overdue"),
                   "meeting": ("2027-01-13", "upcoming"), "signoff": ("2027-01-18", "upcoming"),
                   "sent": ("2027-01-18", "upcoming")}
    assert [s.state for s in timeline(record, None, date(2027, 1, 12))] == [
        "done", "not_started", "not_started", "not_started", "not_started"]


def test_the_rapid_review_starts_from_the_clock_the_case_uses() -> None:
    dates = {"notification": "2026-12-23", "partners_aware": "2026-12-21"}
    assert rapid_review_start({}, dates) == date(2026, 12, 23)
    assert rapid_review_start({"rapid_review_from_partners_aware": True}, dates) == \
        date(2026, 12, 21)


def test_the_record_survives_the_cases_round_trip() -> None:
    case, record = cspr_case(), RapidReview()
    notified(case, record)
    sign_off(record, "icb", "Chief Nurse", "2027-01-15", TODAY)
    record.requests.append(AgencyRequest("Health visiting", "2026-12-24"))
    record.report["learning_identified"] = "Qzlearning"
    case.rapid_review = record.to_dict()
    again = Case.from_dict(case.to_dict())
    assert RapidReview.from_dict(again.rapid_review) == record
    assert RapidReview.from_dict({}) == RapidReview()


def test_notification_fields_are_anonymised_by_default() -> None:
    case = cspr_case()
    a = assess_case(case).to_contract()
    fields = dict(notification_fields(case, a, local_authority="Qzshire County Council"))
    text = "\n".join(fields.values())
    assert "Qzamara" not in text and "Qzwellington" not in text and "03/04/2026" not in text
    assert fields["Child"] == "Child A"
    assert fields["Notifying local authority"] == "Qzshire County Council"
    # the local authority, not the board; nothing in its place while it is not set
    assert dict(notification_fields(case, a))["Notifying local authority"] == ""
    assert "seriously harmed in this area" in fields["Why this is notified"]
    named = dict(notification_fields(case, a, anonymised=False))
    assert "Qzamara" in named["Child"]


@pytest.mark.skipif(shutil.which("qpdf") is None or shutil.which("pdftotext") is None,
                    reason="qpdf and poppler-utils are needed")
def test_the_report_exports_encrypted_anonymised_and_named_with_the_board(tmp_path: Path
                                                                          ) -> None:
    case, record = cspr_case(), RapidReview()
    notified(case, record)
    record.requests = [AgencyRequest("Police", "2026-12-24", "2027-01-05",
                                     "Qzamara Qzwellington was known to officers.")]
    record.report = {"facts_and_agency_involvement": "Known to two agencies.",
                     "immediate_safety_action": "Siblings safeguarded.",
                     "learning_identified": "Safe sleep advice.",
                     "decision_and_rationale": "A local review will add learning."}
    record.partners_present = {"local_authority": "DCS", "icb": "Chief Nurse", "police": "DSupt"}
    case.decision.decided, case.decision.decision_date = "local_cspr", "2027-01-14"
    pdf = render_rapid_review_pdf(case, record, assess_case(case).to_contract(),
                                  board_name=BOARD)
    target = tmp_path / "rapid-review.pdf"
    target.write_bytes(encrypt_pdf(pdf, PASSWORD, user_inputs=("Qzamara", "Qzwellington")))
    assert b"Qzamara" not in target.read_bytes()
    assert subprocess.run(["qpdf", "--requires-password", str(target)]).returncode == 0
    shown = subprocess.run(["qpdf", "--show-encryption", f"--password={PASSWORD}",
                            str(target)], capture_output=True, text=True, check=True).stdout
    assert "R = 6" in shown and "AESv3" in shown
    text = subprocess.run(["pdftotext", "-upw", PASSWORD, str(target), "-"],
                          capture_output=True, text=True, check=True).stdout
    for heading in ("Facts and agency involvement", "Immediate safety action",
                    "Learning identified", "Decision and rationale", BOARD,
                    "Local Child Safeguarding Practice Review", "CSINS-0042"):
        assert heading in " ".join(text.split()), heading
    assert "Qzamara" not in text and "Qzwellington" not in text
    assert "Child A" in text
    wrong = subprocess.run(["pdftotext", "-upw", "wrong password here", str(target), "-"],
                           capture_output=True, text=True)
    assert wrong.returncode != 0


def test_a_meeting_in_meeting_mode_gives_its_returns_and_attendance() -> None:
    from scr_desktop.domain.meeting import AgencyCheck, Attendance, Meeting
    from scr_desktop.domain.rapid_review import take_from_meeting

    case = cspr_case()
    meeting = Meeting(date="2027-01-08")
    item = meeting.add_case(case)
    item.checks["police"] = AgencyCheck("police", "known", "Two call-outs in 2026.")
    item.checks["health_gp"] = AgencyCheck("health_gp", "known", "Registered; seen twice.")
    item.checks["housing"] = AgencyCheck("housing", "not_known", "")
    meeting.attendance = [
        Attendance("childrens_social_care", "Qzname A", "Head of service", "attended"),
        Attendance("health_acute", "Qzname B", "Designated nurse", "deputy"),
        Attendance("police", "Qzname C", "Detective Inspector", "apologies"),
        Attendance("education", "Qzname D", "Head teacher", "attended"),
    ]
    record = RapidReview(requests=[AgencyRequest("Police", "2026-12-24")])
    assert take_from_meeting(record, meeting, case.id) == 2
    police = record.requests[0]
    assert (police.agency, police.requested_on, police.received_on) == (
        "Police", "2026-12-24", "2027-01-08")
    assert police.summary == "Two call-outs in 2026."
    assert [r.agency for r in record.requests] == ["Police", "Health: GP and primary care"]
    assert record.meeting_date == "2027-01-08" and record.meeting_id == meeting.id
    assert record.partners_present == {"local_authority": "Head of service",
                                       "icb": "Designated nurse"}  # police sent apologies
    assert record.others_present == "Head teacher (Education)"
    with pytest.raises(WorkflowError, match="not on that meeting's agenda"):
        take_from_meeting(record, Meeting(date="2027-01-09"), case.id)
