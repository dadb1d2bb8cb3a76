"""The rapid review of a serious incident: notification, agency summaries, report, sign-off, Panel.

Under the Child Safeguarding Practice Review route (DESIGN 3.5) the local
authority notifies a serious incident through the national Child
Safeguarding Incident Notification System within five working days, tells
the safeguarding partners, and the partners where it happened complete a
rapid review within 15 working days: requests to agencies on day 1, their
summaries, the rapid review meeting, the report under the Panel template's
headings, sign-off by each of the three safeguarding partners (the local
authority, the integrated care board and the police), and the report sent to
the Panel, which agrees with the partners' decision or challenges it.

:class:`RapidReview` is kept on the case (``case.rapid_review``) and saved
with it, so it has the case's revision-checked, audited saves.  Recording a
step writes the dates the framework counts from (``notification``,
``rapid_review_sent``) into ``case.dates`` and marks the deadlines it meets
in ``case.deadlines_done``, so the deadlines of this workflow come out of the
same per-case computation as every other deadline.  A Panel challenge
records a revised decision with its new date; the earlier decision is kept
on the response (and its change is in the audit log).  Dates are ISO strings.
A rapid review meeting held in meeting mode gives its agency returns and
attendance to the record (:func:`take_from_meeting`).

The working-day plan of the timeline (requests on day 1, summaries by day
10, the meeting by day 12, sign-off and sending by day 15) is the typical
local plan of ``reference/cspr-notes.md``: local practice, and said so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from .assessment import Assessment
from .dates import format_uk_date
from .meeting import REPRESENTED, Meeting
from .timescales import add_working_days

PARTNERS: dict[str, str] = {
    "local_authority": "Local authority",
    "icb": "Integrated care board",
    "police": "Police",
}
"""The three safeguarding partners (the integrated care board replaced the CCG in 2022)."""

REPORT_HEADINGS: dict[str, str] = {
    "facts_and_agency_involvement": "Facts and agency involvement",
    "immediate_safety_action": "Immediate safety action",
    "learning_identified": "Learning identified",
    "decision_and_rationale": "Decision and rationale",
}
"""The headings of the Panel's rapid review template, in order."""

PANEL_RESPONSES: dict[str, str] = {
    "agrees": "The Panel agrees with the partners' decision",
    "challenges": "The Panel challenges the partners' decision",
}

# Deadlines each step meets, when the case's framework sets them.
NOTIFICATION_DEADLINES = ("panel_notification", "care_leaver_notification")
PARTNERS_TOLD_DEADLINES = ("partners_notification",)
SENT_DEADLINES = ("rapid_review", "rapid_review_from_partners_aware")
RESPONSE_DEADLINES = ("panel_response_expected",)

LOCAL_PLAN_NOTE = "working-day targets of the typical local plan (local practice, not statute)"


class WorkflowError(ValueError):
    """A step that cannot be recorded yet, with a message fit to show the user."""


@dataclass
class AgencyRequest:
    """A request to one agency for a summary of its involvement, and the summary."""

    agency: str
    requested_on: str = ""
    received_on: str = ""
    summary: str = ""


@dataclass
class SignOff:
    """One safeguarding partner's sign-off of the rapid review report."""

    partner: str  # a key of PARTNERS
    name: str = ""
    signed_on: str = ""


@dataclass
class PanelResponse:
    """The Panel's response; a challenge may bring a revised decision with its date."""

    response: str  # a key of PANEL_RESPONSES
    received_on: str
    notes: str = ""
    revised_decision: str = ""
    revised_on: str = ""
    earlier_decision: str = ""
    earlier_decision_date: str = ""


@dataclass
class RapidReview:
    """Everything the rapid review records about one case."""

    notification_submitted_on: str = ""
    notification_reference: str = ""
    partners_told_on: str = ""
    requests: list[AgencyRequest] = field(default_factory=list)
    meeting_id: str = ""
    meeting_date: str = ""
    partners_present: dict[str, str] = field(default_factory=dict)  # partner -> who came
    others_present: str = ""
    report: dict[str, str] = field(default_factory=dict)  # heading key -> text
    signoffs: dict[str, SignOff] = field(default_factory=dict)
    sent_to_panel_on: str = ""
    panel_responses: list[PanelResponse] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the record as a JSON-ready dict."""
        data = asdict(self)
        data["signoffs"] = {k: asdict(v) for k, v in self.signoffs.items()}
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> RapidReview:
        """Build a record from :meth:`to_dict` output (empty or missing: a blank record)."""
        data = data or {}

        def text(key: str) -> str:
            return str(data.get(key, "") or "")

        return cls(
            notification_submitted_on=text("notification_submitted_on"),
            notification_reference=text("notification_reference"),
            partners_told_on=text("partners_told_on"),
            requests=[AgencyRequest(**_fields(AgencyRequest, r))
                      for r in data.get("requests", []) or []],
            meeting_id=text("meeting_id"),
            meeting_date=text("meeting_date"),
            partners_present={str(k): str(v) for k, v in
                              (data.get("partners_present") or {}).items() if k in PARTNERS},
            others_present=text("others_present"),
            report={str(k): str(v) for k, v in (data.get("report") or {}).items()},
            signoffs={str(k): SignOff(**_fields(SignOff, v))
                      for k, v in (data.get("signoffs") or {}).items() if k in PARTNERS},
            sent_to_panel_on=text("sent_to_panel_on"),
            panel_responses=[PanelResponse(**_fields(PanelResponse, r))
                             for r in data.get("panel_responses", []) or []],
        )

    @property
    def all_signed(self) -> bool:
        """Return True once each of the three partners has signed the report off."""
        return all(self.signoffs.get(k) is not None and self.signoffs[k].signed_on
                   for k in PARTNERS)

    def missing_signoffs(self) -> list[str]:
        """Return the names of the partners who have not signed off yet."""
        return [label for k, label in PARTNERS.items()
                if not (self.signoffs.get(k) and self.signoffs[k].signed_on)]


def _fields(kind: type, row: Any) -> dict[str, str]:
    known = kind.__dataclass_fields__  # type: ignore[attr-defined]
    return {k: str(v) for k, v in dict(row or {}).items() if k in known}


def _check_date(value: str, what: str, today: date) -> date:
    try:
        when = date.fromisoformat(value)
    except (TypeError, ValueError):
        raise WorkflowError(f"Enter {what} as a real date.") from None
    if when > today:
        raise WorkflowError(f"{what[:1].upper()}{what[1:]} is in the future.")
    return when


def _mark(case_done: dict[str, str], keys: tuple[str, ...], assessment: Assessment,
          on: str) -> None:
    present = {d.key for d in assessment.deadlines}
    for key in keys:
        if key in present:
            case_done[key] = on


# -- steps -----------------------------------------------------------------------------
# Each step takes the case's ``dates`` and ``deadlines_done`` maps and the record, so
# that the caller saves the whole case at once.


def record_notification(record: RapidReview, dates: dict[str, str], done: dict[str, str],
                        assessment_of: Any, *, submitted_on: str, reference: str,
                        partners_told_on: str, today: date) -> None:
    """Record the notification: its date, the system's reference and when partners were told.

    ``assessment_of`` is a callable returning the case's assessment once the
    notification date is in ``dates`` (deadlines that start from it then exist).
    """
    _check_date(submitted_on, "the date the notification was submitted", today)
    if not reference.strip():
        raise WorkflowError("Enter the reference the notification system gave.")
    if partners_told_on:
        _check_date(partners_told_on, "the date the partners were told", today)
    record.notification_submitted_on = submitted_on
    record.notification_reference = reference.strip()
    record.partners_told_on = partners_told_on
    dates["notification"] = submitted_on
    assessment: Assessment = assessment_of()
    _mark(done, NOTIFICATION_DEADLINES, assessment, submitted_on)
    if partners_told_on:
        _mark(done, PARTNERS_TOLD_DEADLINES, assessment, partners_told_on)


def sign_off(record: RapidReview, partner: str, name: str, signed_on: str, today: date) -> None:
    """Record one partner's sign-off of the report."""
    if partner not in PARTNERS:
        raise WorkflowError("Choose the local authority, the integrated care board or the "
                            "police.")
    if not name.strip():
        raise WorkflowError(f"Enter who signed off for the {PARTNERS[partner].lower()}.")
    _check_date(signed_on, "the date of the sign-off", today)
    record.signoffs[partner] = SignOff(partner, name.strip(), signed_on)


def send_to_panel(record: RapidReview, dates: dict[str, str], done: dict[str, str],
                  assessment: Assessment, sent_on: str, today: date) -> None:
    """Record the report sent to the Panel: only once every partner has signed it off."""
    missing = record.missing_signoffs()
    if missing:
        raise WorkflowError("The report needs the sign-off of every safeguarding partner "
                            "first; still to sign: " + ", ".join(missing) + ".")
    when = _check_date(sent_on, "the date it was sent", today)
    last = max(date.fromisoformat(s.signed_on) for s in record.signoffs.values())
    if when < last:
        raise WorkflowError("The report cannot have been sent before the last sign-off "
                            f"({format_uk_date(last)}).")
    record.sent_to_panel_on = sent_on
    dates["rapid_review_sent"] = sent_on
    _mark(done, SENT_DEADLINES, assessment, sent_on)


def record_panel_response(record: RapidReview, decision: Any, done: dict[str, str],
                          decision_ids: tuple[str, ...], *, response: str, received_on: str,
                          today: date, notes: str = "", revised_decision: str = "",
                          revised_on: str = "") -> PanelResponse:
    """Record the Panel's response; a challenge with a revised decision replaces the decision.

    ``decision`` is the case's :class:`~scr_desktop.domain.model.Decision`.  The
    earlier decision and its date are kept on the response.
    """
    if not record.sent_to_panel_on:
        raise WorkflowError("Record the date the report was sent to the Panel first.")
    if response not in PANEL_RESPONSES:
        raise WorkflowError("Choose whether the Panel agrees or challenges the decision.")
    _check_date(received_on, "the date of the Panel's response", today)
    entry = PanelResponse(response, received_on, notes.strip())
    if response == "challenges" and revised_decision:
        if revised_decision not in decision_ids:
            raise WorkflowError("Choose the revised decision from the list.")
        _check_date(revised_on, "the date of the revised decision", today)
        entry.revised_decision, entry.revised_on = revised_decision, revised_on
        entry.earlier_decision = decision.decided
        entry.earlier_decision_date = decision.decision_date
        decision.decided, decision.decision_date = revised_decision, revised_on
    record.panel_responses.append(entry)
    done.update({k: received_on for k in RESPONSE_DEADLINES})
    return entry


# -- the timeline ------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineStep:
    """One step of the rapid review against its working-day target."""

    key: str
    label: str
    target_day: int
    target: date | None  # None until the start date is known
    done_on: date | None
    state: str  # "done", "late", "overdue", "upcoming" or "not_started"
    text: str


def _as_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def timeline(record: RapidReview, start: date | None, today: date) -> list[TimelineStep]:
    """Return each step of the rapid review against its working-day target from ``start``.

    ``start`` is the day the 15 working days count from (the notification,
    or the partners becoming aware where local procedure says so).
    """
    requested = [d for r in record.requests if (d := _as_date(r.requested_on))]
    received = [d for r in record.requests if (d := _as_date(r.received_on))]
    all_in = bool(record.requests) and len(received) == len(record.requests)
    signed = [d for s in record.signoffs.values() if (d := _as_date(s.signed_on))]
    steps = [
        ("requests", "Requests to agencies", 1, min(requested) if requested else None),
        ("summaries", "Agency summaries in", 10, max(received) if all_in else None),
        ("meeting", "Rapid review meeting", 12, _as_date(record.meeting_date)),
        ("signoff", "Sign-off by the three partners", 15,
         max(signed) if record.all_signed and signed else None),
        ("sent", "Sent to the Panel", 15, _as_date(record.sent_to_panel_on)),
    ]
    out = []
    for key, label, day, done_on in steps:
        target = add_working_days(start, day) if start is not None else None
        if done_on is not None:
            late = target is not None and done_on > target
            state = "late" if late else "done"
            text = f"Done on {format_uk_date(done_on)}" + (
                f" (target day {day}: {format_uk_date(target)})" if late and target else "")
        elif target is None:
            state, text = "not_started", f"Day {day}, once the rapid review has started"
        elif today > target:
            state, text = "overdue", f"Overdue: target day {day} was {format_uk_date(target)}"
        else:
            state, text = "upcoming", f"Target day {day}: {format_uk_date(target)}"
        out.append(TimelineStep(key, label, day, target, done_on, state, text))
    return out


def rapid_review_start(facts: Mapping[str, Any], dates: Mapping[str, str]) -> date | None:
    """Return the day the rapid review counts from: the notification, or the partners
    becoming aware when the case says local procedure counts from then."""
    key = "partners_aware" if facts.get("rapid_review_from_partners_aware") else "notification"
    return _as_date(str(dates.get(key, "") or ""))


# -- from meeting mode -----------------------------------------------------------------

PARTNER_OF_GROUP = {"childrens_social_care": "local_authority", "health": "icb",
                    "police": "police"}
"""Which safeguarding partner a core agency group of meeting mode attends for."""


def take_from_meeting(record: RapidReview, meeting: Meeting, case_id: str) -> int:
    """Copy a meeting's agency returns and attendance for ``case_id`` into ``record``.

    Each agency return with a summary becomes (or updates) that agency's
    summary, received on the meeting's date; the meeting's date becomes the
    rapid review meeting's; who attended for children's social care, health
    and the police attends for the local authority, the integrated care board
    and the police, and everyone else is listed as another attendee (a meeting
    that records anyone present replaces the attendance held before).  Returns
    the number of summaries taken.  Raises :class:`WorkflowError` when the
    case is not on the meeting's agenda.
    """
    item = meeting.item(case_id)
    if item is None:
        raise WorkflowError("This case is not on that meeting's agenda.")
    taken = 0
    for key, check in item.checks.items():
        if not check.summary.strip():
            continue
        label = meeting.agency_label(key)
        request = next((r for r in record.requests if r.agency == label), None)
        if request is None:
            request = AgencyRequest(label)
            record.requests.append(request)
        request.summary = check.summary
        request.received_on = request.received_on or meeting.date
        taken += 1
    record.meeting_id, record.meeting_date = meeting.id, meeting.date
    groups = {a.key: a.group for a in meeting.agencies}
    if any(p.status in REPRESENTED and p.name.strip() for p in meeting.attendance):
        record.partners_present, record.others_present = {}, ""  # the meeting's list stands
    others = []
    for person in meeting.attendance:
        if person.status not in REPRESENTED or not person.name.strip():
            continue
        partner = PARTNER_OF_GROUP.get(groups.get(person.agency, ""))
        who = person.role.strip() or person.name.strip()
        if partner is not None and partner not in record.partners_present:
            record.partners_present[partner] = who
        else:
            others.append(f"{who} ({meeting.agency_label(person.agency)})")
    if others:
        record.others_present = "; ".join(others)
    return taken
