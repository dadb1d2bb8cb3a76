"""The Serious Case Review sub-group meeting: agenda, agency checks, attendance and outcomes.

A :class:`Meeting` is planned for a date (scheduled, or extraordinary when
the three-week deadline of 3.9 of ``reference/000`` falls before the next
scheduled one) with the cases on its agenda and the members invited (3.10).
For each case every agency reports whether the child and family are known,
a summary of its involvement and a skeleton chronology (3.7; Case Review
Notification Form A of ``reference/001``).  Attendance records who came for
which agency, deputies, apologies and written reports (3.11), and
:func:`core_agency_gaps` checks that children's social care, health,
education and the police are represented (8.13 of ``reference/002``).  The
agency list is data: each meeting keeps its own copy, starting from
:data:`DEFAULT_AGENCIES`.  :func:`apply_outcome` writes what the meeting
agreed onto the case so that its deadlines follow.  Dates are ISO strings.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from .assessment import AssessmentInputError, assess_case
from .decisions import status_after_decision
from .model import Case, new_case_id, now_iso
from .routes import uses_rapid_review

KINDS = {"scheduled": "Scheduled", "extraordinary": "Extraordinary",
         "rapid_review": "Rapid review"}
"""Kinds of meeting; a rapid review meeting (CSPR route) is held by the safeguarding
partners, see :mod:`.rapid_review_meeting`."""

CORE_GROUPS: dict[str, str] = {
    "childrens_social_care": "Children's social care",
    "health": "Health",
    "education": "Education",
    "police": "Police",
}
"""The agencies a panel must involve as a minimum (8.13 of Working Together 2010)."""

CORE_SOURCE: dict[str, str] = {
    "wt2010-scr": "8.13 of Working Together 2010",
    "wt2015-scr": "the sub-group's members, 3.10 and 3.11 of the City & Hackney SCR "
                  "procedure; the four core agencies are local practice",
    "wt2023-cspr": "local practice, not statute",
}
"""Where each framework's cases take the core-agency check from.  Only Working Together
2010 names the four agencies; under the later frameworks the check is kept as local
practice and says so, so that no meeting cites guidance its cases are not decided under."""


def core_source(frameworks: Iterable[str]) -> str:
    """Return the citation of the core-agency check for cases under ``frameworks``."""
    seen = [f for f in dict.fromkeys(frameworks) if f in CORE_SOURCE] or ["wt2010-scr"]
    return "; ".join(CORE_SOURCE[f] for f in seen)

KNOWN = {
    "": "No return yet",
    "known": "Known to the agency",
    "not_known": "Not known to the agency",
}

ATTENDANCE = {
    "attended": "Attended",
    "deputy": "Deputy attended",
    "apologies": "Apologies",
    "written_report": "Written report instead",
}
REPRESENTED = ("attended", "deputy")


@dataclass(frozen=True)
class Agency:
    """An agency asked about each case; ``group`` names the core agency it counts as, if any."""

    key: str
    label: str
    group: str = ""


DEFAULT_AGENCIES: tuple[Agency, ...] = (
    Agency("childrens_social_care", "Children's social care", "childrens_social_care"),
    Agency("health_acute", "Health: acute hospital trust", "health"),
    Agency("health_community", "Health: community health trust", "health"),
    Agency("health_mental", "Health: mental health trust", "health"),
    Agency("health_gp", "Health: GP and primary care", "health"),
    Agency("police", "Police", "police"),
    Agency("education", "Education", "education"),
    Agency("probation", "Probation"),
    Agency("housing", "Housing"),
    Agency("other", "Other agencies"),
)


def agencies_from_data(rows: Iterable[Mapping[str, Any]]) -> list[Agency]:
    """Return agencies read from configuration rows (``key``, ``label``, optional ``group``).

    Raises ``ValueError`` naming the problem for a row without a key or label,
    a repeated key, or a group that is not one of :data:`CORE_GROUPS`.
    """
    out: list[Agency] = []
    for i, row in enumerate(rows, start=1):
        key, label = str(row.get("key", "")).strip(), str(row.get("label", "")).strip()
        group = str(row.get("group", "") or "").strip()
        if not key or not label:
            raise ValueError(f"agency {i}: give both a key and a label")
        if any(a.key == key for a in out):
            raise ValueError(f"agency {i}: the key {key!r} is used twice")
        if group and group not in CORE_GROUPS:
            raise ValueError(f"agency {i}: unknown group {group!r}")
        out.append(Agency(key, label, group))
    return out


@dataclass
class ChronologyRow:
    """One line of an agency's skeleton chronology."""

    date: str = ""  # ISO
    event: str = ""
    source: str = ""


@dataclass
class AgencyCheck:
    """One agency's return for one case."""

    agency: str
    known: str = ""  # a key of KNOWN
    summary: str = ""
    chronology: list[ChronologyRow] = field(default_factory=list)

    @property
    def returned(self) -> bool:
        """Return True once the agency has said whether it knows the family."""
        return self.known != ""


@dataclass
class Action:
    """An action the meeting agreed, with the agency that owns it and when it is due."""

    text: str = ""
    owner: str = ""  # agency key
    due: str = ""  # ISO


@dataclass
class Declaration:
    """A declaration of interest made at the meeting."""

    name: str = ""
    agency: str = ""
    interest: str = ""


@dataclass
class Attendance:
    """One person's attendance for an agency."""

    agency: str = ""
    name: str = ""
    role: str = ""
    status: str = "attended"  # a key of ATTENDANCE
    deputy_for: str = ""


@dataclass
class AgendaItem:
    """One case on the agenda and what the meeting recorded about it."""

    case_id: str
    reference: str = ""
    checks: dict[str, AgencyCheck] = field(default_factory=dict)
    actions: list[Action] = field(default_factory=list)
    declarations: list[Declaration] = field(default_factory=list)
    discussed: bool = False

    def check(self, agency: str) -> AgencyCheck:
        """Return the agency's return for this case, creating an empty one."""
        return self.checks.setdefault(agency, AgencyCheck(agency))


@dataclass
class Meeting:
    """A sub-group meeting and everything recorded at it."""

    id: str = field(default_factory=new_case_id)
    date: str = ""  # ISO
    kind: str = "scheduled"
    chair: str = ""
    agencies: list[Agency] = field(default_factory=lambda: list(DEFAULT_AGENCIES))
    invited: list[Attendance] = field(default_factory=list)
    attendance: list[Attendance] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    created_at: str = field(default_factory=now_iso)
    updated_at: str = field(default_factory=now_iso)

    def agency_label(self, key: str) -> str:
        """Return the label of agency ``key`` (the key itself if unknown)."""
        return next((a.label for a in self.agencies if a.key == key), key)

    def item(self, case_id: str) -> AgendaItem | None:
        """Return the agenda item for ``case_id``, if the case is on the agenda."""
        return next((i for i in self.items if i.case_id == case_id), None)

    def add_case(self, case: Case) -> AgendaItem:
        """Put ``case`` on the agenda (once) and return its item."""
        found = self.item(case.id)
        if found is not None:
            return found
        item = AgendaItem(case.id, case.reference)
        self.items.append(item)
        return item

    def remove_case(self, case_id: str) -> None:
        """Take a case off the agenda."""
        self.items = [i for i in self.items if i.case_id != case_id]

    def title(self) -> str:
        """Return a title for lists and documents (no personal data)."""
        when = _uk(self.date) or "date not set"
        if self.kind == "rapid_review":
            return f"Rapid review meeting, {when}"
        return f"{KINDS.get(self.kind, self.kind)} sub-group meeting, {when}"

    def file_stem(self) -> str:
        """Return the stem suggested for this meeting's minutes (no personal data)."""
        what = "rapid-review" if self.kind == "rapid_review" else "sub-group"
        return f"{what}-minutes-{self.date or 'undated'}"

    def kind_title(self) -> str:
        """Return what this meeting is, for window titles."""
        return "Rapid review meeting" if self.kind == "rapid_review" else "Sub-group meeting"

    # -- serialisation -------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Return the meeting as a JSON-ready dict."""
        return copy.deepcopy(asdict(self))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Meeting:
        """Build a meeting from :meth:`to_dict` output."""
        def people(rows: Any) -> list[Attendance]:
            return [Attendance(**_known(Attendance, r)) for r in rows or []]

        items = []
        for raw in data.get("items", []):
            checks = {}
            for key, c in (raw.get("checks") or {}).items():
                chronology = [ChronologyRow(**_known(ChronologyRow, r))
                              for r in c.get("chronology") or []]
                checks[str(key)] = AgencyCheck(str(c.get("agency", key)), str(c.get("known", "")),
                                               str(c.get("summary", "")), chronology)
            items.append(AgendaItem(
                str(raw["case_id"]), str(raw.get("reference", "")), checks,
                [Action(**_known(Action, a)) for a in raw.get("actions") or []],
                [Declaration(**_known(Declaration, d)) for d in raw.get("declarations") or []],
                bool(raw.get("discussed", False)),
            ))
        agencies = data.get("agencies")
        return cls(
            id=str(data["id"]),
            date=str(data.get("date", "")),
            kind=str(data.get("kind", "scheduled")),
            chair=str(data.get("chair", "")),
            agencies=agencies_from_data(agencies) if agencies else list(DEFAULT_AGENCIES),
            invited=people(data.get("invited")),
            attendance=people(data.get("attendance")),
            items=items,
            created_at=str(data.get("created_at", now_iso())),
            updated_at=str(data.get("updated_at", now_iso())),
        )


def _known(kind: type, row: Mapping[str, Any]) -> dict[str, str]:
    names = kind.__dataclass_fields__  # type: ignore[attr-defined]
    return {k: str(v) for k, v in row.items() if k in names}


def _uk(iso: str) -> str:
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return ""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


# -- checks --------------------------------------------------------------------------

def represented_groups(meeting: Meeting) -> set[str]:
    """Return the core groups with someone present (attending or as a deputy)."""
    groups = {a.key: a.group for a in meeting.agencies}
    return {groups.get(p.agency, "") for p in meeting.attendance
            if p.status in REPRESENTED and p.name.strip()} - {""}


def core_agency_gaps(meeting: Meeting) -> list[str]:
    """Return the labels of the core agencies nobody represents, in 8.13 order."""
    present = represented_groups(meeting)
    return [label for key, label in CORE_GROUPS.items() if key not in present]


def core_agency_warning(meeting: Meeting, frameworks: Iterable[str] = ()) -> str:
    """Return the warning to show when a core agency is not represented ('' when all are).

    ``frameworks`` are those of the cases on the agenda; the warning cites their guidance.
    """
    gaps = core_agency_gaps(meeting)
    if not gaps:
        return ""
    names = gaps[0] if len(gaps) == 1 else ", ".join(gaps[:-1]) + " and " + gaps[-1]
    verb = "is" if len(gaps) == 1 else "are"
    written = {meeting.agency_label(p.agency) for p in meeting.attendance
               if p.status == "written_report"}
    extra = (" A written report has been received, but a report cannot answer the panel's "
             "questions." if written else "")
    return (f"{names} {verb} not represented at this meeting. The panel should involve at "
            f"least children's social care, health, education and the police "
            f"({core_source(frameworks)}).{extra} Record a deputy if one attends, or note in "
            "the minutes why the meeting went ahead without them.")


def missing_returns(meeting: Meeting, item: AgendaItem) -> list[Agency]:
    """Return the agencies that have not yet said whether they know the child and family."""
    return [a for a in meeting.agencies if not item.check(a.key).returned]


# -- cases on the agenda ----------------------------------------------------------

@dataclass(frozen=True)
class Candidate:
    """A case awaiting a decision, offered for the agenda, with its two due dates."""

    case_id: str
    reference: str
    status: str
    subgroup_meeting: date | None
    chair_decision: date | None
    rapid_review_route: bool = False  # decided after a rapid review: no sub-group deadline


def awaiting_decision(cases: Iterable[Case]) -> list[Candidate]:
    """Return the cases with no chair's decision yet, soonest chair's deadline first."""

    out = []
    for case in cases:
        if case.decision.decided or case.status in ("decided", "closed"):
            continue
        try:
            assessment = assess_case(case)
        except AssessmentInputError:
            meeting_due = decision_due = None
        else:
            m = assessment.deadline("subgroup_meeting")
            # Under the CSPR route the decision follows the rapid review.
            d = next((found for key in ("chair_decision", "rapid_review",
                                        "rapid_review_from_partners_aware")
                      if (found := assessment.deadline(key)) is not None), None)
            meeting_due, decision_due = (m.due if m else None), (d.due if d else None)
        out.append(Candidate(case.id, case.reference, case.status, meeting_due, decision_due,
                             uses_rapid_review(case.framework)))
    far = date.max
    out.sort(key=lambda c: (c.chair_decision or far, c.subgroup_meeting or far, c.reference))
    return out


def apply_outcome(case: Case, meeting: Meeting) -> None:
    """Record on ``case`` that the meeting considered it, so its deadlines follow.

    The sub-group deadline (3.9) is met on the meeting date; the chair's
    deadline (3.8) on the decision date once a decision is recorded, which
    also starts the decision deadlines (5.3 onwards).
    """
    if meeting.date and "subgroup_meeting" not in case.deadlines_done:
        case.mark_deadline_done("subgroup_meeting", meeting.date)
    d = case.decision
    if d.decided and d.decision_date:
        case.mark_deadline_done("chair_decision", d.decision_date)
    else:
        case.unmark_deadline_done("chair_decision")
    if case.status == "draft":
        case.status = "referred"
    case.status = status_after_decision(case)
