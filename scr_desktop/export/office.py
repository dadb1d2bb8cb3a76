"""Password-protected Word and Excel files, encrypted in memory (ECMA-376 agile encryption).

Recipients who must edit a document (an IMR request to fill in, an action
plan to update) get an Office file instead of a PDF.  ``python-docx`` and
``openpyxl`` build it in memory and ``msoffcrypto-tool`` encrypts it with
agile encryption (AES-256, SHA-512, 100,000 spins); all three are imported
on first use only: on the 2-core development machine msoffcrypto takes about
0.25 s to import, python-docx 0.15 s and openpyxl 0.3 s, paid by the first
Office export of a session, never at start-up.  :func:`office_document` describes
such a file for :func:`scr_desktop.export.save.save_export`.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from .encrypt import MIN_EXPORT_SCORE, check_export_password
from .save import EXPORT, Document

DOCX_SUFFIX, XLSX_SUFFIX = ".docx", ".xlsx"


def encrypt_office(plain: bytes, password: str, *, min_score: int = MIN_EXPORT_SCORE,
                   user_inputs: tuple[str, ...] = ()) -> bytes:
    """Return the OOXML file ``plain`` encrypted under ``password`` (agile encryption)."""
    check_export_password(password, min_score=min_score, user_inputs=user_inputs)
    from msoffcrypto.format.ooxml import OOXMLFile  # imported lazily: see the module

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(plain)).encrypt(password, out)
    return out.getvalue()


def office_document(render: Callable[[], bytes], password: str, *, detail: str,
                    case_ref: str = "", min_score: int = MIN_EXPORT_SCORE,
                    user_inputs: tuple[str, ...] = ()) -> Document:
    """Describe a Word or Excel file encrypted under ``password``."""

    def encrypt(plain: bytes) -> bytes:
        return encrypt_office(plain, password, min_score=min_score, user_inputs=user_inputs)

    return Document(render, encrypt, detail, case_ref, EXPORT)
