"""The learning briefing as a one-page PDF for circulation, always anonymised.

Each part is written by the business unit without names, and passed
through the case's redactor as well (:class:`~scr_desktop.domain.anonymise.Redactor`),
so a name, address or date of birth the case knows that slipped in is
replaced by its pseudonym before the page is laid out.  The page names the
review and its themes, never the case reference's child.
"""

from __future__ import annotations

from datetime import datetime

from ..domain.anonymise import Redactor
from ..domain.learning.themes import all_themes, cleaned
from ..domain.learning.themes import label as theme_label
from ..domain.model import Case
from ..domain.review.model import Review
from ..domain.review.records import BRIEFING

BOARD = "Local Safeguarding Children Board"


def briefing_parts(case: Case, review: Review) -> list[tuple[str, str]]:
    """Return (heading, anonymised text) for each part of the briefing that is written."""
    redactor = Redactor(case)
    return [(spec.label, redactor.redact(str(review.briefing.get(spec.key, ""))))
            for spec in BRIEFING.fields if str(review.briefing.get(spec.key, "")).strip()]


def render_briefing(case: Case, review: Review, *, board_name: str = BOARD,
                    board_themes: dict[str, str] | None = None,
                    generated_at: datetime | None = None) -> bytes:
    """Return the learning briefing of ``review`` as a PDF (anonymised)."""
    from .layout import build_pdf, document_head, p, section_heading, styles

    st = styles()
    known = all_themes(board_themes or {})
    tags = [theme_label(t, known) for t in cleaned(case.themes)]
    story = document_head(board_name, f"Learning briefing \u2014 {review.title}",
                          "Anonymised for circulation")
    if tags:
        story.append(p("Themes: " + ", ".join(tags), st.body))
    parts = briefing_parts(case, review)
    for heading, text in parts:
        story.append(section_heading(heading))
        story += [p(para, st.body) for para in text.split("\n") if para.strip()]
    if not parts:
        story.append(p("The briefing has not been written yet.", st.body))
    return build_pdf(story, title="Learning briefing", doc_label="Learning briefing",
                     generated_at=generated_at)
