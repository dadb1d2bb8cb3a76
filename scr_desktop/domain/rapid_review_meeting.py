"""The rapid review meeting, held in meeting mode, and what it records on the case.

Under the CSPR route the three safeguarding partners (the local authority,
the integrated care board and the police) hold the rapid review meeting
(Working Together 2023 ch. 5).  A meeting of kind ``rapid_review`` is a
:class:`~.meeting.Meeting` whose agency list holds the three partners and
whose attendance starts with a row for each (:func:`prepare`), so whoever
else attends is listed after them; the attendance check names any partner
nobody represents (:func:`attendance_warning`), in place of the Serious
Case Review sub-group's core-agency check.  The agenda shows each case's
agency summaries as the rapid review holds them (:func:`agency_summaries`),
and the outcome (:func:`apply_rapid_review_outcome`) records the decision
and brings the meeting's date, attendance and agency returns onto the
case's rapid review.  Dates are ISO strings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .decisions import status_after_decision
from .meeting import (
    Agency,
    Attendance,
    Meeting,
    core_agency_warning,
    represented_groups,
)
from .model import Case
from .rapid_review import PARTNER_OF_GROUP, PARTNERS, RapidReview, take_from_meeting

KIND = "rapid_review"

PARTNER_AGENCIES: dict[str, Agency] = {
    "local_authority": Agency("local_authority", "Local authority (safeguarding partner)",
                              "childrens_social_care"),
    "icb": Agency("icb", "Integrated care board (safeguarding partner)", "health"),
    "police": Agency("police", "Police", "police"),
}
"""The agency each safeguarding partner attends as, keyed by partner."""


def is_rapid_review(meeting: Meeting) -> bool:
    """Return True if ``meeting`` is a rapid review meeting."""
    return meeting.kind == KIND


def prepare(meeting: Meeting) -> None:
    """Make ``meeting`` a rapid review meeting: the partners first in its agencies and
    attendance (a row each, to be named; rows already there are kept)."""
    meeting.kind = KIND
    have = {a.key for a in meeting.agencies}
    missing = [a for a in PARTNER_AGENCIES.values() if a.key not in have]
    meeting.agencies = missing + list(meeting.agencies)
    listed = {p.agency for p in meeting.attendance}
    rows = [Attendance(agency=a.key) for a in PARTNER_AGENCIES.values() if a.key not in listed]
    meeting.attendance = rows + list(meeting.attendance)


def partner_gaps(meeting: Meeting) -> list[str]:
    """Return the names of the safeguarding partners nobody present represents."""
    present = {PARTNER_OF_GROUP[g] for g in represented_groups(meeting) if g in PARTNER_OF_GROUP}
    return [label for key, label in PARTNERS.items() if key not in present]


def attendance_warning(meeting: Meeting, frameworks: Iterable[str] = ()) -> str:
    """Return the attendance warning for ``meeting`` ('' when nobody is missing); for a
    sub-group meeting it cites the guidance of ``frameworks``, those of its cases."""
    if not is_rapid_review(meeting):
        return core_agency_warning(meeting, frameworks)
    gaps = partner_gaps(meeting)
    if not gaps:
        return ""
    names = gaps[0] if len(gaps) == 1 else ", ".join(gaps[:-1]) + " and " + gaps[-1]
    verb = "is" if len(gaps) == 1 else "are"
    return (f"{names} {verb} not represented at this rapid review meeting. The three "
            "safeguarding partners (the local authority, the integrated care board and the "
            "police) carry out the rapid review together (Working Together 2023, chapter 5). "
            "Name who attends for each, or record a deputy.")


@dataclass(frozen=True)
class AgencySummary:
    """One agency's summary of its involvement, as the rapid review or the meeting holds it."""

    agency: str
    received_on: str  # ISO, '' if not yet received
    summary: str
    source: str  # "rapid review" or "this meeting"


def agency_summaries(case: Case, meeting: Meeting) -> list[AgencySummary]:
    """Return the case's agency summaries: the rapid review's, then the meeting's returns
    for agencies the rapid review does not yet hold."""
    record = RapidReview.from_dict(case.rapid_review)
    out = [AgencySummary(r.agency, r.received_on, r.summary, "rapid review")
           for r in record.requests]
    held = {r.agency for r in record.requests if r.summary.strip()}
    item = meeting.item(case.id)
    for key, check in (item.checks.items() if item is not None else ()):
        label = meeting.agency_label(key)
        if check.summary.strip() and label not in held:
            out.append(AgencySummary(label, meeting.date, check.summary, "this meeting"))
    return out


def apply_rapid_review_outcome(case: Case, meeting: Meeting) -> None:
    """Record on ``case`` what the rapid review meeting did.

    The meeting's date, who attended for each partner and for others, and
    the agency returns given at it go onto the case's rapid review (the
    attendance of the meeting replaces what was typed there before); the
    decision recorded at the meeting moves the case's status on.
    """
    record = RapidReview.from_dict(case.rapid_review)
    take_from_meeting(record, meeting, case.id)
    case.rapid_review = record.to_dict()
    if case.status == "draft":
        case.status = "referred"
    case.status = status_after_decision(case)
