"""The notification to Ofsted, the DfE or the National Panel, anonymised by default.

A serious incident must be notified within five working days of the local
authority becoming aware (2.3 of the notification process), and the
decision whether to review within five working days of it being made (5.3).
Everything sent to an external body is anonymised first (8.15 of Working
Together 2010): :func:`render_notification_pdf` builds the document from
:func:`scr_desktop.domain.anonymise.anonymise_case` unless the caller sets
``anonymised=False`` — an override the caller must record in the audit log
— in which case every page says so in a banner.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ..domain.anonymise import anonymise_case
from ..domain.dates import format_uk_date
from ..domain.form import FIELDS
from ..domain.model import Case
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
    tick_markup,
    uk_date_or_text,
)
from .pdf_form import DEFAULT_BOARD
from .wording import Wording, wording_for

RECIPIENTS = {
    "ofsted": "Ofsted",
    "dfe": "Department for Education",
    "national_panel": "Child Safeguarding Practice Review Panel",
}
LABEL_W = 52 * mm

ANONYMISED_NOTE = (
    "Anonymised in line with 8.15 of Working Together to Safeguard Children (2010): names are "
    "replaced by pseudonyms, dates of birth by ages at the time of the incident, and addresses "
    "and contact details are removed. The board holds the full record."
)
NOT_ANONYMISED_NOTE = (
    "NOT ANONYMISED: this notification contains personal data. It was produced without "
    "anonymisation at the explicit request of the sender, and that choice has been recorded."
)


def recipient_name(recipient: str) -> str:
    """Return the full name of a recipient key ("ofsted", "dfe", "national_panel") or the text."""
    return RECIPIENTS.get(recipient.strip().lower(), recipient.strip())


def _pairs(rows: list[tuple[str, str]]) -> Flowable:
    st = styles()
    return ruled_table(
        [[p(label, st.label), p(value, st.value)] for label, value in rows],
        [LABEL_W, CONTENT_WIDTH - LABEL_W],
        label_cols=[0],
    )


def _ids(ids: list[str], words: Wording) -> str:
    lines = [words.term(str(key)).text() for key in ids]
    return "\n".join(lines) if lines else "None"


def notification_title(decided: bool, words: Wording) -> str:
    """Return the notification's title: of the incident, or of the decision under a framework."""
    return f"Notification of a decision: {words.title}" if decided else \
        "Notification of a serious incident"


def _status_markup(case: Case) -> str:
    names = ("status_cp_plan_current", "status_cp_plan_previous", "status_looked_after",
             "status_disability")
    parts = [f"{tick_markup(bool(case.get(n)))}&nbsp;{para_text(FIELDS[n].label)}"
             for n in names]
    other = str(case.get("status_other")).strip()
    if other:
        parts.append(f"Other: {para_text(other)}")
    return "<br/>".join(parts)


def _family_rows(case: Case) -> list[list[Any]]:
    st = styles()
    rows: list[list[Any]] = [[p(h, st.cell_head) for h in ("Person", "Age", "Relationship")]]
    for name, dob, rel in (("mother_name", "mother_dob", "Mother"),
                           ("father_name", "father_dob", "Father")):
        if str(case.get(name)).strip() or str(case.get(dob)).strip():
            rows.append([p(str(case.get(name)), st.value), p(str(case.get(dob)), st.value),
                         p(rel, st.value)])
    siblings = case.get("siblings")
    for row in siblings if isinstance(siblings, list) else []:
        rows.append([p(row.get("name", ""), st.value), p(row.get("dob", ""), st.value),
                     p("Sibling", st.value)])
    members = case.get("household_members")
    for row in members if isinstance(members, list) else []:
        rows.append([p(row.get("name", ""), st.value), p(row.get("dob", ""), st.value),
                     p(row.get("relationship", "") or "Household member", st.value)])
    return rows


def render_notification_pdf(
    case: Case,
    assessment: Mapping[str, Any],
    *,
    recipient: str,
    anonymised: bool = True,
    board_name: str = DEFAULT_BOARD,
    generated_at: datetime | None = None,
) -> bytes:
    """Return the notification of ``case`` to ``recipient`` as PDF bytes (in memory).

    Built from the anonymised case unless ``anonymised`` is False.
    ``assessment`` is the decision engine's output dict (DESIGN 3.4).
    """
    st = styles()
    when = generated_at or datetime.now()
    source = anonymise_case(case) if anonymised else case
    decided = bool(source.decision.decided)
    words = wording_for(str(assessment.get("framework") or case.framework))
    title = notification_title(decided, words)
    to = recipient_name(recipient)
    meta = f"To: {para_text(to)} \u00b7 From: {para_text(board_name)}"
    story: list[Flowable] = document_head(board_name, title, meta)
    story.append(markup(para_text(ANONYMISED_NOTE if anonymised else NOT_ANONYMISED_NOTE),
                        st.small if anonymised else st.banner))
    story.append(spacer(2))
    story.append(
        _pairs(
            [
                ("To", to),
                ("From", board_name),
                ("Date of this notification", format_uk_date(when.date())),
                ("Board's case reference", source.reference),
                ("Date of the incident", str(source.get("incident_date"))),
                ("Date the local authority became aware", str(source.get("aware_date"))),
            ]
        )
    )
    child_name = source.child_name()
    age = str(source.get("child_dob")).strip()
    if not age and str(source.get("child_age")).strip():
        age = f"aged {str(source.get('child_age')).strip()}"
    child_rows: list[list[Any]] = [
        [p(label, st.label), p(value, st.value)]
        for label, value in (
            ("Child", child_name),
            ("Age at the incident" if anonymised else "Date of birth or age", age),
            ("Gender", str(source.get("child_gender"))),
            ("Ethnicity", str(source.get("child_ethnicity"))),
            ("Disability", str(source.get("child_disability"))),
        )
    ]
    child_rows.append([p("Status", st.label), markup(_status_markup(source), st.value)])
    story.append(keep(section_heading("1. The child"),
                      ruled_table(child_rows, [LABEL_W, CONTENT_WIDTH - LABEL_W],
                                  label_cols=[0])))
    story.append(keep(section_heading("2. What happened"),
                      _pairs([("Case outline", str(source.get("case_outline")))])))
    story.append(keep(section_heading("3. Family and household"),
                      ruled_table(_family_rows(source),
                                  [70 * mm, 40 * mm, CONTENT_WIDTH - 110 * mm], header=True)))
    level = words.term(str(assessment.get("level", "")))
    story.append(keep(section_heading("4. Criteria"), _pairs(
        [
            ("Framework", words.title),
            ("Notifiable serious incident", "Yes" if assessment.get("notifiable") else "No"),
            ("Notifiable criteria met", _ids(list(assessment.get("notifiable_criteria") or []),
                                             words)),
            ("Review outcome", level.text()),
            ("Criteria met", _ids(list(assessment.get("criteria_met") or []), words)),
            ("Other processes", _ids(list(assessment.get("other_processes") or []), words)),
        ]
    )))
    considerations = [
        FIELDS[n].label for n in ("consider_media_interest", "consider_criminal_proceedings",
                                  "consider_complex_abuse") if source.get(n)
    ]
    d = source.decision
    rows = [
        ("Particular considerations", "\n".join(considerations) or "None recorded"),
        ("Details", str(source.get("considerations_text"))),
    ]
    if decided:
        rows = [
            ("Decision", words.decision(d.decided)),
            ("Date of decision", uk_date_or_text(d.decision_date)),
            ("Rationale", d.rationale),
            ("Formal processes", d.formal_processes),
            *rows,
        ]
    story.append(keep(section_heading("5. Decision and considerations" if decided
                                      else "5. Considerations"), _pairs(rows)))
    story.append(p("", st.small))
    story.append(p("For further information, contact the board's business unit using the "
                   "board's secure e-mail address.", st.small))
    return build_pdf(story, title=title, doc_label=f"Notification to {to}", generated_at=when)
