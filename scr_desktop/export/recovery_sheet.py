"""The recovery sheet: a vault's recovery key on paper, for the board's safe.

Laid out in memory and saved only through :func:`.save.save_export`, as an
AES-256 R6 PDF under a password the person chooses (to be printed, then
deleted).  The audit entry names the sheet, never the key.

The sheet is kept in a board's safe, so it says whose vault it opens: it
names the board as the person gave it.  There is no placeholder: a made-up
name that looks real would mislead whoever opens the safe, so while the
board's name is not known the sheet prints a line to write it on instead.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle

from .layout import build_pdf, document_head, p, spacer, styles
from .save import Document, pdf_document

BOARD_TO_WRITE_IN = "Board: " + "_" * 40


def board_line(board_name: str | None) -> str:
    """Return the sheet's top line: the board's name, or a line to write it on."""
    name = " ".join((board_name or "").split())
    return name or BOARD_TO_WRITE_IN


def render_recovery_sheet(code: str, vault_name: str, *, made_on: date | None = None,
                          board_name: str | None = None) -> bytes:
    """Return the recovery sheet for ``code`` (the vault file ``vault_name``) as PDF bytes."""
    st = styles()
    when = (made_on or date.today()).strftime("%d/%m/%Y")
    story = [*document_head(board_line(board_name), "Vault recovery key",
                            f"Vault file: {vault_name}. Made on {when}."),
             p("Keep this sheet in the board's safe. It opens the vault if its passphrase is "
               "forgotten or its user has left: on the lock screen choose \"Forgotten your "
               "passphrase?\" and type the key below, then choose a new passphrase.", st.body),
             spacer(4),
             p(code, ParagraphStyle("recovery_key", parent=st.body, fontName=st.heading.fontName,
                                    fontSize=14, leading=20)),
             spacer(4),
             p("Anyone holding this key and a copy of the vault can read every record in it. "
               "If the sheet may have been seen, make a new recovery key (Vault > New "
               "recovery key) and destroy this sheet; a newer sheet replaces this one.",
               st.body)]
    return build_pdf(story, title="Vault recovery key", doc_label="Recovery key",
                     generated_at=None)


def recovery_sheet_document(code: str, vault_name: str, password: str, *,
                            min_score: int, board_name: str | None = None) -> Document:
    """Describe the recovery sheet as an encrypted PDF export (``board_name`` None or empty:
    the sheet has a line to write the board's name on)."""
    return pdf_document(lambda: render_recovery_sheet(code, vault_name, board_name=board_name),
                        password,
                        detail="recovery key sheet (encrypted PDF)", action="export",
                        min_score=min_score)
