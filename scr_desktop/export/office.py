"""Password-protected Word and Excel files, encrypted in memory (ECMA-376 agile encryption).

Recipients who must edit a document (an IMR request to fill in, an action
plan to update) get an Office file instead of a PDF.  ``python-docx`` and
``openpyxl`` build it in memory and ``msoffcrypto-tool`` encrypts it with
agile encryption (AES-256, SHA-512, 100,000 spins); all three are imported
on first use only: on the 2-core development machine msoffcrypto takes about
0.25 s to import, python-docx 0.15 s and openpyxl 0.3 s, paid by the first
Office export of a session, never at start-up.  :func:`office_document` describes
such a file for :func:`scr_desktop.export.save.save_export`; the file carries the
audit anchor as a custom document property (:mod:`.office_anchor`).
"""

from __future__ import annotations

import io
from collections.abc import Callable

from ..storage.anchor import Anchor
from .encrypt import MIN_EXPORT_SCORE, check_export_password
from .office_anchor import NotOffice, add_anchor
from .save import EXPORT, Document, anchor_text

DOCX_SUFFIX, XLSX_SUFFIX = ".docx", ".xlsx"
# An encrypted Office file is an OLE compound file; these are its first bytes.
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


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

    def encrypt_anchored(plain: bytes, anchor: Anchor) -> bytes:
        return encrypt(add_anchor(plain, anchor_text(anchor)))

    return Document(render, encrypt, detail, case_ref, EXPORT, encrypt_anchored=encrypt_anchored)


def decrypt_office(data: bytes, password: str) -> bytes:
    """Return the plain OOXML inside the encrypted Office file ``data``.

    Raises :class:`WrongOfficePassword` if ``password`` does not open it and
    :class:`NotOffice` if it is not an encrypted Office file."""
    import msoffcrypto  # imported lazily: see the module
    from msoffcrypto.exceptions import FileFormatError, InvalidKeyError

    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        office.load_key(password=password)
        out = io.BytesIO()
        office.decrypt(out)
    except InvalidKeyError:
        raise WrongOfficePassword("the file could not be opened with that password") from None
    except (FileFormatError, OSError, ValueError, KeyError):
        raise NotOffice("not an encrypted Word or Excel file") from None
    return out.getvalue()


class WrongOfficePassword(ValueError):
    """The password given does not open the Office file."""
