"""What leaves the machine from a rapid review: the notification's fields and the report.

:func:`notification_fields` returns, field by field, what the national Child
Safeguarding Incident Notification System asks for, prepared from the case
(anonymised by default, as every document that goes to an external body).
There is no network: the user previews the fields and copies each into the
system.  :func:`render_rapid_review_pdf` lays out the rapid review report
under the headings of the Panel's template (facts and agency involvement,
immediate safety action, learning identified, decision and rationale), with
the agency summaries, the meeting's attendance, the partners' sign-off and
the Panel's responses; it returns unencrypted bytes in memory, for the one
audited, encrypted write path to save.  The notification's fields can be
saved the same way (:func:`render_notification_fields_pdf`), and each
agency's request letter (:func:`render_agency_request_pdf`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ..domain.anonymise import anonymise_case, anonymise_text
from ..domain.model import Case
from ..domain.rapid_review import PANEL_RESPONSES, PARTNERS, REPORT_HEADINGS, RapidReview
from .layout import (
    CONTENT_WIDTH,
    build_pdf,
    document_head,
    p,
    para_text,
    ruled_table,
    section_heading,
    styles,
    uk_date_or_text,
)
from .pdf_form import DEFAULT_BOARD
from .wording import wording_for

LABEL_W = 55 * mm
REPORT_TITLE = "Rapid review report"
ANONYMISED = ("Anonymised: the child and family are named by role, ages replace dates of "
              "birth, and addresses and contact details are removed.")
NOT_ANONYMISED = "Not anonymised: this copy names the child and family."


def _ids(ids: Any, words: Any) -> str:
    return "; ".join(words.term(str(i)).text() for i in ids or []) or "None"


def notification_fields(case: Case, assessment: Mapping[str, Any], *, anonymised: bool = True,
                        board_name: str = DEFAULT_BOARD) -> list[tuple[str, str]]:
    """Return (field, value) pairs for the national notification system, in its order."""
    source = anonymise_case(case) if anonymised else case
    words = wording_for(str(assessment.get("framework") or case.framework))
    age = str(source.get("child_dob")).strip()
    if not age and str(source.get("child_age")).strip():
        age = f"aged {str(source.get('child_age')).strip()}"
    status = [label for name, label in (
        ("status_cp_plan_current", "Subject to a child protection plan"),
        ("status_cp_plan_previous", "Previously subject to a child protection plan"),
        ("status_looked_after", "Looked after"),
        ("status_disability", "Disabled")) if source.get(name)]
    return [
        ("Notifying local authority", board_name),
        ("Local reference", source.reference),
        ("Date of the incident", str(source.get("incident_date"))),
        ("Date the local authority became aware", str(source.get("aware_date"))),
        ("Child", source.child_name() or "Child A"),
        ("Age" if anonymised else "Date of birth or age", age),
        ("Gender", str(source.get("child_gender"))),
        ("Ethnicity", str(source.get("child_ethnicity"))),
        ("Disability", str(source.get("child_disability"))),
        ("Involvement with children's social care", "; ".join(status) or "None recorded"),
        ("What happened", str(source.get("case_outline"))),
        ("Why this is notified", _ids(assessment.get("notifiable_criteria"), words)),
        ("Who is notified", " ".join(words.notification_duty(str(i)) for i in
                                     assessment.get("notifiable_criteria") or []) or "None"),
        ("Other processes under way or to consider",
         _ids(assessment.get("other_processes"), words)),
    ]


def _pairs(rows: list[tuple[str, str]]) -> Flowable:
    st = styles()
    return ruled_table([[p(a, st.label), p(b, st.value)] for a, b in rows],
                       [LABEL_W, CONTENT_WIDTH - LABEL_W], label_cols=[0])


def render_rapid_review_pdf(case: Case, record: RapidReview, assessment: Mapping[str, Any], *,
                            anonymised: bool = True, board_name: str = DEFAULT_BOARD,
                            generated_at: datetime | None = None) -> bytes:
    """Return the rapid review report of ``case`` as PDF bytes (unencrypted, in memory)."""
    when = generated_at or datetime.now()
    source = anonymise_case(case) if anonymised else case

    def clean(text: str) -> str:
        return anonymise_text(case, text) if anonymised else text

    words = wording_for(str(assessment.get("framework") or case.framework))
    st = styles()
    meta = f"Case reference: {para_text(source.reference)} \u00b7 {para_text(words.title)}"
    story: list[Flowable] = document_head(board_name, REPORT_TITLE, meta)
    story.append(p(ANONYMISED if anonymised else NOT_ANONYMISED, st.small))
    story.append(_pairs([
        ("Child", source.child_name() or "Child A"),
        ("Date of the incident", str(source.get("incident_date"))),
        ("Notified on", uk_date_or_text(record.notification_submitted_on)),
        ("Notification reference", record.notification_reference),
        ("Why notified", _ids(assessment.get("notifiable_criteria"), words)),
    ]))
    for i, (key, heading) in enumerate(REPORT_HEADINGS.items(), start=1):
        story.append(section_heading(f"{i}. {heading}"))
        story.append(p(clean(record.report.get(key, "")) or "Not recorded.", st.value))
        if key == "facts_and_agency_involvement" and record.requests:
            story.append(_pairs([
                (r.agency, clean(r.summary) or "No summary received") for r in record.requests]))
        if key == "decision_and_rationale":
            decided = case.decision.decided
            story.append(_pairs([
                ("Decision", words.decision(decided) if decided else "Not yet recorded"),
                ("Date of decision", uk_date_or_text(case.decision.decision_date)),
                ("Rationale", clean(case.decision.rationale)),
            ]))
    n = len(REPORT_HEADINGS)
    story.append(section_heading(f"{n + 1}. Rapid review meeting"))
    story.append(_pairs([
        ("Date", uk_date_or_text(record.meeting_date)),
        *[(f"{label} attended", "Yes" if record.partners_present.get(k) else "No")
          for k, label in PARTNERS.items()],
        ("Others attending", clean(record.others_present) or "None recorded"),
    ]))
    story.append(section_heading(f"{n + 2}. Sign-off by the safeguarding partners"))
    rows = []
    for k, label in PARTNERS.items():
        s = record.signoffs.get(k)
        rows.append((label, f"Signed off on {uk_date_or_text(s.signed_on)}"
                     if s and s.signed_on else "Not yet signed off"))
    rows.append(("Sent to the Panel", uk_date_or_text(record.sent_to_panel_on) or "Not yet"))
    story.append(_pairs(rows))
    if record.panel_responses:
        story.append(section_heading(f"{n + 3}. The Panel's response"))
        for r in record.panel_responses:
            line = [(PANEL_RESPONSES.get(r.response, r.response),
                     f"Received {uk_date_or_text(r.received_on)}")]
            if r.revised_decision:
                line.append(("Revised decision", f"{words.decision(r.revised_decision)}, "
                             f"{uk_date_or_text(r.revised_on)}"))
            story.append(_pairs(line))
    return build_pdf(story, title=REPORT_TITLE, doc_label=REPORT_TITLE, generated_at=when)


NOTIFICATION_TITLE = "Serious incident notification: content for the national system"


def render_notification_fields_pdf(case: Case, assessment: Mapping[str, Any], *,
                                   anonymised: bool = True, board_name: str = DEFAULT_BOARD,
                                   generated_at: datetime | None = None) -> bytes:
    """Return the notification's fields (see :func:`notification_fields`) as PDF bytes."""
    st = styles()
    rows = notification_fields(case, assessment, anonymised=anonymised, board_name=board_name)
    reference = anonymise_case(case).reference if anonymised else case.reference
    story: list[Flowable] = document_head(board_name, NOTIFICATION_TITLE,
                                          f"Case reference: {para_text(reference)}")
    story.append(p(ANONYMISED if anonymised else NOT_ANONYMISED, st.small))
    story.append(_pairs(rows))
    return build_pdf(story, title=NOTIFICATION_TITLE, doc_label=NOTIFICATION_TITLE,
                     generated_at=generated_at or datetime.now())


LETTER_TITLE = "Rapid review: request for a summary of involvement"


def render_agency_request_pdf(case: Case, record: RapidReview, index: int, *,
                              due: str = "", board_name: str = DEFAULT_BOARD,
                              generated_at: datetime | None = None) -> bytes:
    """Return the letter asking one agency for a summary of its involvement, as PDF bytes.

    The agency must find the child in its own records, so the letter names
    the child and gives the date of birth; it leaves the machine encrypted
    only.  ``due`` is the date (dd/mm/yyyy) the summary is wanted by.
    """
    st = styles()
    request = record.requests[index]
    story: list[Flowable] = document_head(
        board_name, LETTER_TITLE, f"To: the safeguarding lead, {para_text(request.agency)}")
    story.append(_pairs([
        ("Child", case.child_name() or "Not yet named"),
        ("Date of birth", str(case.get("child_dob"))),
        ("Date of the incident", str(case.get("incident_date"))),
        ("Notification reference", record.notification_reference or "Not yet notified"),
        ("Summary wanted by", due or "As soon as possible"),
    ]))
    for line in (
        "The safeguarding partners are carrying out a rapid review of a serious incident "
        "concerning this child. Please send a summary of your agency's involvement with the "
        "child and family: what was known, contacts and decisions, any immediate action "
        "taken to keep children safe, and any learning you have already identified.",
        "Send it by secure e-mail to the partnership's business unit, encrypted, and the "
        "password separately.",
    ):
        story.append(p(line, st.value))
    return build_pdf(story, title=LETTER_TITLE, doc_label=LETTER_TITLE,
                     generated_at=generated_at or datetime.now())
