"""The review's documents, exported through the export controller's one audited path.

Each button on a review page names what to export; this module picks the
renderer and the container (an encrypted PDF for the letter to chief
officers, a password-protected Word or Excel file where the recipient
edits it) and hands a :class:`~scr_desktop.export.save.Document` to
:meth:`ExportController.export_document`.
"""

from __future__ import annotations

from collections.abc import Callable

from scr_desktop.export.save import Document
from scr_desktop.gui.export.controller import ExportController
from scr_desktop.gui.review.session import ReviewSession


def export_review_document(exports: ExportController, session: ReviewSession, what: str,
                           rid: str) -> None:
    """Export ``what`` (terms, imr, annex, family, plan) for record ``rid`` of the review.

    The export runs off the UI thread; ``exports.finished`` reports the outcome.
    """
    from scr_desktop.export.office import office_document
    from scr_desktop.export.review_letters import (
        render_action_plan,
        render_consent_annex,
        render_family_letter,
        render_imr_request,
        render_terms_letter,
    )
    from scr_desktop.export.save import pdf_document

    board = exports.board()
    if board is None:
        return
    case, review, today = session.case, session.review, session.today()
    ref = case.reference
    render: Callable[[], bytes]
    if what == "terms":
        render = lambda: render_terms_letter(case, review, rid, board_name=board)  # noqa: E731
        title, name, suffix = "terms of reference letter", "terms of reference", ".pdf"
    elif what == "imr":
        render = lambda: render_imr_request(case, review, rid, board_name=board)  # noqa: E731
        title, name, suffix = "IMR request and briefing note", "IMR request", ".docx"
    elif what == "annex":
        render = lambda: render_consent_annex(case, review, board_name=board)  # noqa: E731
        title, name, suffix = "consent decisions annex", "consent annex", ".pdf"
    elif what == "family":
        render = lambda: render_family_letter(case, review, rid, board_name=board)  # noqa: E731
        title, name, suffix = "family notification letter (draft)", "family letter", ".docx"
    else:
        render = lambda: render_action_plan(case, review, today, board_name=board)  # noqa: E731
        title, name, suffix = "action plan", "action plan", ".xlsx"

    def describe(password: str, score: int, words: tuple[str, ...]) -> Document:
        if suffix == ".pdf":
            return pdf_document(render, password, detail=title, case_ref=ref, min_score=score,
                                user_inputs=words)
        return office_document(render, password, detail=f"{title} ({suffix})", case_ref=ref,
                               min_score=score, user_inputs=words)

    exports.export_document(case, title, name, suffix, describe)
