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
    """Export ``what`` (terms, imr, annex, family, plan, genogram, genogram_named,
    briefing, draft) for record ``rid`` of the review.

    The export runs off the UI thread; ``exports.finished`` reports the outcome.
    """
    from scr_desktop.export.learning_briefing import render_briefing
    from scr_desktop.export.office import office_document
    from scr_desktop.export.pdf_genogram import render_review_genogram
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
    if what == "draft":
        export_draft(exports, session, rid)
        return
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
    elif what == "briefing":
        themes = session.themes()
        render = lambda: render_briefing(case, review, board_name=board,  # noqa: E731
                                         board_themes=themes)
        title, name, suffix = "learning briefing (anonymised)", "learning briefing", ".pdf"
    elif what in ("genogram", "genogram_named"):
        named = what == "genogram_named"
        render = lambda: render_review_genogram(case, review, named=named,  # noqa: E731
                                                board_name=board)
        kind = "named" if what == "genogram_named" else "anonymised"
        title, name, suffix = f"genogram ({kind})", "genogram", ".pdf"
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


def export_draft(exports: ExportController, session: ReviewSession, rid: str) -> None:
    """Export the stored draft of report version ``rid``, encrypted (see
    :mod:`scr_desktop.export.report_drafts`); a draft that cannot be is explained."""
    from scr_desktop.export.report_drafts import (
        DraftNotReadable,
        draft_document,
        draft_format,
        export_suffix,
    )
    from scr_desktop.gui.messages import Messages
    from scr_desktop.storage.errors import VaultError

    case = session.case
    record = session.review.record("reports", rid)
    version = str(record.get("version", "")) or "Draft"
    try:
        name, content = exports.vault_getter().reviews.open_document(
            str(record.get("document_id", "")), case_ref=case.reference)
        fmt = draft_format(name, content)
    except DraftNotReadable as exc:
        Messages.info(exports.window, "This draft cannot be exported", str(exc))
        exports.finished.emit(None)
        return
    except (VaultError, KeyError):
        Messages.error(exports.window, "Draft not exported", "The draft could not be read "
                       "from the vault. Lock and unlock the vault, then try again.")
        exports.finished.emit(None)
        return

    def describe(password: str, score: int, words: tuple[str, ...]) -> Document:
        return draft_document(name, content, password, version=version,
                              case_ref=case.reference, min_score=score, user_inputs=words)

    exports.export_document(case, f"draft report ({version})", f"report {version.lower()}",
                            export_suffix(fmt), describe)
