"""Minutes of a sub-group meeting, anonymised by default, as an encrypted PDF.

:func:`render_minutes_pdf` lays out the attendance (with the core-agency
check of 8.13 of ``reference/002``) and, for each case on the agenda, a
summary, the agencies' returns with their skeleton chronologies, the
flowchart result, the recommendation, the chair's decision with its
rationale, the actions agreed and any declarations of interest.  Anonymised
minutes (8.15) are built from :func:`~scr_desktop.domain.anonymise.anonymise_case`,
and every free text the meeting recorded passes through that case's
:class:`~scr_desktop.domain.anonymise.Redactor`; people are named by role
only.  Full minutes carry a banner on the first page saying so.
:func:`scr_desktop.export.save.save_export` encrypts them (AES-256, R6) and
writes only ciphertext.  The minutes of a rapid review meeting (CSPR route)
are headed as such, check that the three safeguarding partners were
represented instead, and name the partners' decision.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ..domain.anonymise import DECIDER, NAME_REMOVED, Redactor, anonymise_case, child_label
from ..domain.assessment import AssessmentInputError, assess_case
from ..domain.dates import iso_to_uk
from ..domain.meeting import (
    ATTENDANCE,
    KNOWN,
    AgendaItem,
    Meeting,
    core_source,
)
from ..domain.model import Case
from ..domain.rapid_review_meeting import attendance_warning, is_rapid_review
from .layout import (
    CONTENT_WIDTH,
    build_pdf,
    document_head,
    keep,
    markup,
    p,
    para_text,
    ruled_table,
    section_heading,
    spacer,
    styles,
)
from .pdf_form import DEFAULT_BOARD
from .wording import wording_for

LABEL_W = 52 * mm
TITLE = "Sub-group meeting minutes"

ANONYMISED_NOTE = (
    "Anonymised in line with 8.15 of Working Together to Safeguard Children (2010): children "
    "and family members are named by pseudonym, dates of birth are given as ages, addresses and "
    "contact details are removed, and professionals are named by role only. The board holds "
    "the full record."
)
NOT_ANONYMISED_NOTE = (
    "NOT ANONYMISED: these minutes contain personal data. They were produced without "
    "anonymisation at the explicit request of the user, and that choice has been recorded."
)


def _pairs(rows: list[tuple[str, str]]) -> Flowable:
    st = styles()
    return ruled_table([[p(label, st.label), p(value, st.value)] for label, value in rows],
                       [LABEL_W, CONTENT_WIDTH - LABEL_W], label_cols=[0])


def _table(head: tuple[str, ...], rows: Sequence[Sequence[str]],
           widths_mm: tuple[float, ...], empty: str) -> Flowable:
    """Return a ruled table with a header row; a width of 0 takes the space left over."""
    st = styles()
    rest = CONTENT_WIDTH - sum(w * mm for w in widths_mm)
    widths = [w * mm if w else rest for w in widths_mm]
    data: list[list[Any]] = [[p(h, st.cell_head) for h in head]]
    data += [[p(cell, st.value) for cell in row] for row in rows]
    extra: list[tuple[Any, ...]] = []
    if not rows:
        data.append([p(empty, st.value)] + [""] * (len(head) - 1))
        extra.append(("SPAN", (0, 1), (-1, 1)))
    return ruled_table(data, widths, header=True, extra=extra)


def _attendance(meeting: Meeting, anonymised: bool, frameworks: list[str]) -> list[Flowable]:
    st = styles()
    rows = []
    for person in meeting.attendance:
        status = ATTENDANCE.get(person.status, person.status)
        if person.status == "deputy" and person.deputy_for.strip():
            status += f" (for {NAME_REMOVED if anonymised else person.deputy_for})"
        rows.append((meeting.agency_label(person.agency),
                     NAME_REMOVED if anonymised and person.name.strip() else person.name,
                     person.role, status))
    warning = attendance_warning(meeting, frameworks)
    check = (f"\u26a0 {warning}" if warning else
             "\u2714 The three safeguarding partners (the local authority, the integrated care "
             "board and the police) were all represented (Working Together 2023, chapter 5)."
             if is_rapid_review(meeting) else
             "\u2714 Children's social care, health, education and the police were all "
             f"represented ({core_source(frameworks)}).")
    return [keep(section_heading("1. Attendance"),
                 _table(("Agency", "Name", "Role", "Attendance"), rows, (55, 40, 40, 0),
                        "No attendance was recorded.")),
            p(check, st.label if warning else st.body)]


def _summary(source: Case, outline: str) -> Flowable:
    age = str(source.get("child_dob")).strip()
    if not age and str(source.get("child_age")).strip():
        age = f"aged {str(source.get('child_age')).strip()}"
    return _pairs([
        ("Case reference", source.reference),
        ("Child", source.child_name()),
        ("Date of birth or age", age),
        ("Date of referral", str(source.get("referral_date"))),
        ("Date of the incident", str(source.get("incident_date"))),
        ("Case outline", outline),
    ])


def _checks(meeting: Meeting, item: AgendaItem, text: Callable[[str], str]) -> list[Flowable]:
    st = styles()
    returns, chronology = [], []
    for agency in meeting.agencies:
        check = item.check(agency.key)
        known = KNOWN.get(check.known, check.known)
        if not check.returned:
            known = "\u26a0 " + known
        returns.append((agency.label, known, text(check.summary)))
        for row in check.chronology:
            chronology.append((text(iso_to_uk(row.date) if row.date else ""), agency.label,
                               text(row.event), text(row.source)))
    chronology.sort(key=lambda r: tuple(reversed(r[0].split("/"))))
    missing = sum(1 for a in meeting.agencies if not item.check(a.key).returned)
    note = (f"\u26a0 {missing} of {len(meeting.agencies)} agencies had made no return."
            if missing else "Every agency made a return.")
    return [
        keep(p("Agency checks (3.7; Case Review Notification Form A: each agency's involvement "
                  "and skeleton chronology)", st.subheading),
             _table(("Agency", "Child and family", "Summary of involvement"), returns,
                    (50, 42, 0), "No agencies are listed."), p(note, st.small)),
        keep(p("Skeleton chronology", st.subheading),
             _table(("Date", "Agency", "Event", "Source"), chronology, (24, 42, 70, 0),
                    "No chronology was submitted.")),
    ]


def _result(case: Case) -> Flowable:
    try:
        a = assess_case(case)
    except AssessmentInputError:
        return _pairs([("Flowchart result", "Could not be worked out from the answers held.")])

    def listed(findings: tuple[Any, ...]) -> str:
        return "\n".join(f"{f.label} ({f.citation})" for f in findings) or "None"

    return _pairs([
        ("Framework", a.framework_title),
        ("Outcome", f"{a.level_label} ({a.level_citation})"),
        ("Notifiable serious incident", "Yes" if a.notifiable else "No"),
        ("Criteria met", listed(a.criteria_met)),
        ("Helper questions answered yes", f"{a.helper_questions_yes} of {a.question_count}"),
        ("Other processes to consider", listed(a.other_processes)),
    ])


def _outcome(meeting: Meeting, item: AgendaItem, source: Case, text: Callable[[str], str],
             anonymised: bool) -> list[Flowable]:
    st = styles()
    d = source.decision
    rapid = is_rapid_review(meeting)
    words = wording_for(source.framework)
    decided_by = DECIDER if anonymised and d.decided_by.strip() else d.decided_by
    actions = [(text(a.text), meeting.agency_label(a.owner), iso_to_uk(a.due) if a.due else "")
               for a in item.actions]
    declarations = [(NAME_REMOVED if anonymised and x.name.strip() else x.name,
                     meeting.agency_label(x.agency), text(x.interest)) for x in item.declarations]
    return [
        keep(p("Recommendation and decision", st.subheading), _pairs([
            ("Recommendation of the rapid review" if rapid else "Sub-group recommendation",
             words.decision(d.recommendation) or "Not made"),
            ("Recommendation notes", d.recommendation_notes),
            ("The safeguarding partners' decision" if rapid else "Chair's decision",
             words.decision(d.decided) or "Not yet decided"),
            ("Date of decision", iso_to_uk(d.decision_date) if d.decision_date else ""),
            ("Decided by", decided_by),
            ("Rationale", d.rationale),
        ])),
        keep(p("Actions agreed", st.subheading),
             _table(("Action", "Owner", "Due"), actions, (0, 50, 26),
                    "No actions were agreed.")),
        keep(p("Declarations of interest", st.subheading),
             _table(("Name", "Agency", "Interest declared"), declarations, (40, 50, 0),
                    "No interests were declared.")),
    ]


def _as_typed(text: str) -> str:
    return text


def _item_story(meeting: Meeting, n: int, item: AgendaItem, case: Case | None,
                anonymised: bool) -> list[Flowable]:
    st = styles()
    heading = section_heading(f"{n}. Case {item.reference or n - 1}")
    if case is None:
        return [keep(heading, p("This case is no longer in the vault.", st.body))]
    child = child_label(n - 2)  # the same letter as the presenter showed for this item
    text: Callable[[str], str] = Redactor(case, child).redact if anonymised else _as_typed
    source = anonymise_case(case, child) if anonymised else case
    return [
        keep(heading, _summary(source, str(source.get("case_outline")))),
        *_checks(meeting, item, text),
        keep(p("Flowchart result", st.subheading), _result(case)),
        *_outcome(meeting, item, source, text, anonymised),
    ]


def render_minutes_pdf(
    meeting: Meeting,
    cases: Mapping[str, Case],
    *,
    anonymised: bool = True,
    board_name: str = DEFAULT_BOARD,
    generated_at: datetime | None = None,
) -> bytes:
    """Return the minutes of ``meeting`` as PDF bytes, in memory and unencrypted.

    ``cases`` maps case ids to the cases on the agenda, as they stand after
    the meeting.  Built anonymised unless ``anonymised`` is False, an
    override the caller must record in the audit log.
    """
    st = styles()
    when = generated_at or datetime.now()
    chair = DECIDER if anonymised and meeting.chair.strip() else meeting.chair
    meta = f"{para_text(meeting.title())} \u00b7 Cases considered: {len(meeting.items)}"
    heading = ("Rapid review meeting: minutes" if is_rapid_review(meeting)
               else "Serious Case Review sub-group: minutes")
    story: list[Flowable] = document_head(board_name, heading, meta)
    story.append(markup(para_text(ANONYMISED_NOTE if anonymised else NOT_ANONYMISED_NOTE),
                        st.small if anonymised else st.banner))
    story.append(spacer(2))
    story.append(_pairs([("Meeting", meeting.title()), ("Chair", chair),
                         ("Cases on the agenda",
                          ", ".join(i.reference for i in meeting.items) or "None")]))
    story += _attendance(meeting, anonymised,
                         [c.framework for i in meeting.items
                          if (c := cases.get(i.case_id)) is not None])
    for n, item in enumerate(meeting.items, start=2):
        story += _item_story(meeting, n, item, cases.get(item.case_id), anonymised)
    return build_pdf(story, title=TITLE, doc_label=TITLE, generated_at=when)
