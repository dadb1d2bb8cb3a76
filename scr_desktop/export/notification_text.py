"""The notification's words as plain text, for the preview shown before it is sent.

:func:`notification_text` takes the same inputs as
:func:`scr_desktop.export.notification.render_notification_pdf` and returns,
section by section and in the same order, every heading, label and value
that the PDF prints, built from the same (anonymised, unless overridden)
copy of the case.  The sender reads this text before anything leaves the
machine; a test checks that every line of it appears in the rendered PDF.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from ..domain.anonymise import anonymise_case
from ..domain.dates import format_uk_date
from ..domain.form import FIELDS
from ..domain.model import Case
from .layout import uk_date_or_text
from .notification import (
    ANONYMISED_NOTE,
    NOT_ANONYMISED_NOTE,
    notification_title,
    recipient_name,
)
from .pdf_form import DEFAULT_BOARD
from .wording import Wording, wording_for

_STATUS = ("status_cp_plan_current", "status_cp_plan_previous", "status_looked_after",
           "status_disability")
_CONSIDER = ("consider_media_interest", "consider_criminal_proceedings",
             "consider_complex_abuse")


def _ids(ids: list[str], words: Wording) -> str:
    lines = [words.term(str(key)).text() for key in ids]
    return "; ".join(lines) if lines else "None"


def _pairs(rows: list[tuple[str, str]]) -> list[str]:
    return [f"{label}: {value.strip() or '-'}" for label, value in rows]


def _family(case: Case) -> list[str]:
    lines = []
    for name, dob, rel in (("mother_name", "mother_dob", "Mother"),
                           ("father_name", "father_dob", "Father")):
        if str(case.get(name)).strip() or str(case.get(dob)).strip():
            lines.append(f"{rel}: {case.get(name)}, {case.get(dob)}".rstrip(", "))
    siblings = case.get("siblings")
    for row in siblings if isinstance(siblings, list) else []:
        lines.append(f"Sibling: {row.get('name', '')}, {row.get('dob', '')}".rstrip(", "))
    members = case.get("household_members")
    for row in members if isinstance(members, list) else []:
        rel = row.get("relationship", "") or "Household member"
        lines.append(f"{rel}: {row.get('name', '')}, {row.get('dob', '')}".rstrip(", "))
    return lines or ["No family members recorded."]


def notification_text(
    case: Case,
    assessment: Mapping[str, Any],
    *,
    recipient: str,
    anonymised: bool = True,
    board_name: str = DEFAULT_BOARD,
    generated_at: datetime | None = None,
) -> str:
    """Return the text of the notification of ``case`` to ``recipient``, section by section."""
    when = generated_at or datetime.now()
    source = anonymise_case(case) if anonymised else case
    d = source.decision
    decided = bool(d.decided)
    words = wording_for(str(assessment.get("framework") or case.framework))
    title = notification_title(decided, words)
    to = recipient_name(recipient)
    out = [title, f"To: {to} \u00b7 From: {board_name}", "",
           ANONYMISED_NOTE if anonymised else NOT_ANONYMISED_NOTE, ""]
    out += _pairs([
        ("Date of this notification", format_uk_date(when.date())),
        ("Board's case reference", source.reference),
        ("Date of the incident", str(source.get("incident_date"))),
        ("Date the local authority became aware", str(source.get("aware_date"))),
    ])
    age = str(source.get("child_dob")).strip()
    if not age and str(source.get("child_age")).strip():
        age = f"aged {str(source.get('child_age')).strip()}"
    status = [("\u2611 " if source.get(n) else "\u2610 ") + FIELDS[n].label for n in _STATUS]
    other = str(source.get("status_other")).strip()
    if other:
        status.append(f"Other: {other}")
    out += ["", "1. The child", *_pairs([
        ("Child", source.child_name()),
        ("Age at the incident" if anonymised else "Date of birth or age", age),
        ("Gender", str(source.get("child_gender"))),
        ("Ethnicity", str(source.get("child_ethnicity"))),
        ("Disability", str(source.get("child_disability"))),
        ("Status", "; ".join(status)),
    ])]
    out += ["", "2. What happened",
            *_pairs([("Case outline", str(source.get("case_outline")))])]
    out += ["", "3. Family and household", *_family(source)]
    level = words.term(str(assessment.get("level", "")))
    out += ["", "4. Criteria", *_pairs([
        ("Framework", words.title),
        ("Notifiable serious incident", "Yes" if assessment.get("notifiable") else "No"),
        ("Notifiable criteria met", _ids(list(assessment.get("notifiable_criteria") or []),
                                         words)),
        ("Review outcome", level.text()),
        ("Criteria met", _ids(list(assessment.get("criteria_met") or []), words)),
        ("Other processes", _ids(list(assessment.get("other_processes") or []), words)),
    ])]
    considerations = [FIELDS[n].label for n in _CONSIDER if source.get(n)]
    rows = [
        ("Particular considerations", "; ".join(considerations) or "None recorded"),
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
    out += ["", "5. Decision and considerations" if decided else "5. Considerations"]
    out += _pairs(rows)
    return "\n".join(out)
