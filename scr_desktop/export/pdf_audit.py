"""The audit log as a PDF, for an encrypted export (DESIGN 4, "Audit log").

Every entry the viewer shows (all, or those its filters select), oldest
first, with the result of checking the hash chain printed above the table.
Laid out in memory; :func:`scr_desktop.export.encrypt.encrypt_pdf` encrypts it
before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.units import mm

from ..domain.audit_words import readable_detail
from ..storage.audit import AuditEntry
from .layout import CONTENT_WIDTH, build_pdf, document_head, p, ruled_table, spacer, styles
from .pdf_form import DEFAULT_BOARD


def _when(at: str) -> str:
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%d/%m/%Y %H:%M:%S")
    except ValueError:
        return at


def render_audit_pdf(entries: Sequence[AuditEntry], *, broken_at: int | None,
                     filtered: bool = False, board_name: str = DEFAULT_BOARD,
                     generated_at: datetime | None = None) -> bytes:
    """Return the audit entries as PDF bytes; ``broken_at`` is the first altered entry, if any."""
    st = styles()
    if broken_at is None:
        verdict = "The hash chain of the whole log was checked and is intact."
    else:
        verdict = (f"WARNING: the hash chain is broken at entry {broken_at}: that entry, or one "
                   "before it, was changed or removed outside the application.")
    scope = "Entries selected by the viewer's filters." if filtered else "Every entry."
    story = [*document_head(board_name, "Audit log", f"{len(entries)} entries. {scope}"),
             p(verdict, st.body), spacer(3)]
    rows = [[p(h, st.label) for h in ("No.", "When", "Action", "Case", "Detail", "Hash")]]
    for e in entries:
        rows.append([p(str(e.id), st.small), p(_when(e.at), st.small), p(e.action, st.small),
                     p(e.case_ref, st.small), p(readable_detail(e.detail), st.small),
                     p(e.hash[:10], st.small)])
    widths = [12 * mm, 34 * mm, 30 * mm, 26 * mm]
    widths += [CONTENT_WIDTH - sum(widths) - 24 * mm, 24 * mm]
    story.append(ruled_table(rows, widths, header=True))
    return build_pdf(story, title="Audit log", doc_label="Audit log",
                     generated_at=generated_at)
