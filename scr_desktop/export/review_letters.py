"""The review's documents: the terms-of-reference letter, the IMR request and briefing
note, the consent decisions for the overview report's annex, the family notification
letter (a draft) and the action plan.

Each is rendered in memory from the review (:mod:`scr_desktop.domain.review`)
and leaves the machine only through :func:`scr_desktop.export.save.save_export`:
the letter to chief officers (``000`` 6.6, 7.1) and the decisions on access
to records (7.18, 7.20) as encrypted PDFs; the IMR
request (7.2-7.4), the family letter (8.1, a draft for the professional who
delivers it) as password-protected Word files, and the action plan (13.1) as
a password-protected Excel workbook, since their recipients edit them.
Nothing here names the case's reference in a document's metadata title.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

from ..domain.dates import format_uk_date
from ..domain.model import Case
from ..domain.review import vocab
from ..domain.review.model import Review
from ..domain.review.records import ACTIONS
from ..domain.review.status import action_state, agency_start, period_due

BOARD = "Local Safeguarding Children Board"


def _agency(review: Review, agency_id: str) -> dict[str, Any]:
    return review.record("agencies", agency_id)


def _timescales(review: Review, rec: dict[str, Any]) -> list[tuple[str, str]]:
    start = agency_start(rec, review.started_on)
    if start is None:
        return []
    return [("Brief the IMR author by", format_uk_date(period_due(start, "briefing"))),
            ("Report due by", format_uk_date(period_due(start, "imr_due")))]


def render_terms_letter(case: Case, review: Review, agency_id: str, *,
                        board_name: str = BOARD, generated_at: datetime | None = None
                        ) -> bytes:
    """Return the letter to an agency's chief officer with the terms of reference (PDF)."""
    from reportlab.lib.units import mm

    from .layout import build_pdf, document_head, p, ruled_table, section_heading, spacer, styles

    st = styles()
    rec = _agency(review, agency_id)
    setup = review.setup
    method = vocab.choices("methodologies").get(str(setup["methodology"]), "to be agreed")
    story = document_head(board_name, f"{review.title} \u2014 terms of reference",
                          f"Reference {case.reference}")
    story += [
        p(f"To: {rec['chief_officer'] or 'the Chief Officer'}, {rec['agency']}", st.body),
        p(f"The board has decided to undertake a {review.title.lower()}"
          f"{' (decided ' + review.started_on + ')' if review.started_on else ''}. This letter "
          "sets out the terms of reference, the methodology and the timescale, and asks you "
          "to nominate an officer with no involvement in the case to write your agency's "
          "contribution, and to secure your records now.", st.body),
        section_heading("Methodology and scope"),
        ruled_table([["Methodology", method],
                     ["Period under review", f"{setup['scope_from'] or '?'} to "
                                             f"{setup['scope_to'] or '?'}"],
                     ["Panel chair", setup["chair"]],
                     ["Independent lead reviewer", setup["lead_reviewer"]]],
                    [55 * mm, 115 * mm]),
        section_heading("Key lines of enquiry"),
    ]
    story += [p(f"\u2022 {line}", st.body) for line in review.lines] or [
        p("To be agreed at the scoping meeting.", st.body)]
    if setup["terms"]:
        story += [section_heading("Terms of reference"), p(str(setup["terms"]), st.body)]
    rows = [["Contribution", vocab.choices("contribution_kinds").get(rec["kind"], "IMR")]]
    rows += [[a, b] for a, b in _timescales(review, rec)]
    story += [section_heading("What we ask of your agency"), ruled_table(rows, [55 * mm, 115 * mm]),
              spacer(3), p("Records about third parties are accessed only where necessary, "
                           "proportionate and relevant; consent questions go to your Caldicott "
                           "Guardian.", st.small)]
    return build_pdf(story, title="Terms of reference", doc_label="Terms of reference",
                     generated_at=generated_at)


def render_consent_annex(case: Case, review: Review, *, board_name: str = BOARD,
                         generated_at: datetime | None = None) -> bytes:
    """Return the decisions on access to records for the overview report's annex (PDF,
    ``000`` 7.18, 7.20)."""
    from reportlab.lib.units import mm

    from .layout import build_pdf, document_head, p, ruled_table, section_heading, styles

    st = styles()
    outcomes = vocab.choices("consent_outcomes")
    decisions = vocab.choices("caldicott_decisions")
    methods = vocab.choices("consent_methods")
    story = document_head(board_name, f"{review.title} \u2014 access to records and consent",
                          f"Reference {case.reference}")
    story.append(p("Decisions on access to records, for the annex of the overview report.",
                   st.body))
    for rec in review.records("consents"):
        story.append(section_heading(f"{rec['person']} \u2014 {rec['record_holder']}"))
        rows = [
            ["Adult (18 or over)", "Yes" if rec["adult"] else "No"],
            ["Consent sought", " ".join(x for x in (
                rec["sought_on"], f"by {rec['sought_by']}" if rec["sought_by"] else "",
                f"({methods.get(rec['method'], '')})" if rec["method"] else "") if x)
             or "Not recorded"],
            ["Outcome", outcomes.get(rec["outcome"], rec["outcome"] or "Not recorded")],
            ["Reasons", rec["reasons"]],
            ["Caldicott Guardian's decision",
             " ".join(x for x in (decisions.get(rec["caldicott"], ""), rec["caldicott_on"])
                      if x)],
            ["Necessary", rec["necessary"]],
            ["Proportionate", rec["proportionate"]],
            ["Relevant", rec["relevant"]],
            ["Written reasons received", rec["written_reasons_on"]],
        ]
        story.append(ruled_table([[a, p(str(b), st.value)] for a, b in rows if b],
                                 [55 * mm, 115 * mm]))
    if not review.lists["consents"]:
        story.append(p("No decisions on access to records were needed.", st.body))
    return build_pdf(story, title="Access to records and consent",
                     doc_label="Access to records and consent", generated_at=generated_at)


def _docx(title: str, paragraphs: list[tuple[str, str]]) -> bytes:
    from docx import Document as WordDocument  # imported lazily: see export.office

    doc = WordDocument()
    doc.core_properties.title = title
    doc.core_properties.author = ""
    doc.add_paragraph("OFFICIAL-SENSITIVE")
    for style, text in paragraphs:
        if style.startswith("Heading"):
            doc.add_heading(text, level=int(style[-1]))
        else:
            doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def render_imr_request(case: Case, review: Review, agency_id: str, *,
                       board_name: str = BOARD) -> bytes:
    """Return the IMR request and author's briefing note for one agency (Word, to edit)."""
    rec = _agency(review, agency_id)
    kind = vocab.choices("contribution_kinds").get(rec["kind"], "Individual management review")
    parts: list[tuple[str, str]] = [
        ("Heading 1", f"{board_name}: {kind} request"),
        ("Normal", f"Reference {case.reference}. Agency: {rec['agency']}. "
                   f"Nominated author: {rec['author'] or 'to be nominated'}."),
        ("Heading 2", "Timescale"),
    ]
    parts += [("Normal", f"{a}: {b}") for a, b in _timescales(review, rec)]
    parts += [("Heading 2", "Key lines of enquiry")]
    parts += [("Normal", line) for line in review.lines]
    parts += [
        ("Heading 2", "Briefing note for the author"),
        ("Normal", "Look openly and critically at individual and organisational practice and "
                   "its context; keep information and opinion apart; build the chronology of "
                   "your agency's involvement; end with recommendations and an action plan "
                   "that answers each one."),
        ("Normal", "The report must be signed off by your Director or Chief Executive; a report "
                   "not clearly signed off is returned."),
        ("Heading 2", "Your agency's report"),
        ("Normal", "(Write here.)"),
    ]
    return _docx(f"{kind} request", parts)


def render_family_letter(case: Case, review: Review, family_id: str, *,
                         board_name: str = BOARD) -> bytes:
    """Return the family notification letter, a draft for the professional delivering it."""
    rec = review.record("family", family_id)
    parts = [
        ("Heading 1", f"{board_name}: a {review.title.lower()}"),
        ("Normal", "DRAFT for the professional delivering it in person; not to be posted."),
        ("Normal", f"Dear {rec['person'] or '(name)'},"),
        ("Normal", f"The board is carrying out a {review.title.lower()} to learn how agencies "
                   "worked with your family and how they can do better. It is not about "
                   "blaming anyone. We would like to hear from you, and "
                   f"{rec['told_by'] or 'a named professional'} can talk it through with you."),
        ("Normal", "Yours sincerely,"),
    ]
    return _docx("Notification letter (draft)", parts)


def render_action_plan(case: Case, review: Review, today: date, *,
                       board_name: str = BOARD) -> bytes:
    """Return the recommendations and actions as an Excel workbook (to update and return)."""
    from openpyxl import Workbook  # imported lazily: see export.office
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws.append([f"{board_name}: action plan", "", "", "OFFICIAL-SENSITIVE"])
    ws.append([f"Reference {case.reference}", review.title])
    ws.append([])
    header = ["Recommendation", "From", *[f.label for f in ACTIONS.fields], "State"]
    ws.append(header)
    for cell in ws[4]:
        cell.font = Font(bold=True)
    progress = vocab.choices("progress")
    for rec, action in review.actions():
        values = [progress.get(action[f.key], action[f.key]) if f.key == "progress"
                  else action[f.key] for f in ACTIONS.fields]
        ws.append([rec["text"], rec["source"], *values, action_state(action, today).shown])
    wb.properties.title = "Action plan"
    wb.properties.creator = ""
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
