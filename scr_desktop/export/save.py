"""The one way an export reaches the disk: render, encrypt, write, audit, or remove.

Every document that leaves the machine (the Case for Consideration, the
decision record, notifications, minutes, the audit log, case packages) is
described by a :class:`Document` and saved by :func:`save_export`, the same
function the application and the tests call:

1. the document is rendered in memory (plaintext never touches the disk);
2. it is encrypted in memory (PDFs with AES-256 R6, packages with
   AES-256-GCM), the password being checked before anything is written;
3. the ciphertext is written atomically (:func:`.atomic.write_atomic`);
4. the export is appended to the vault's audit log, naming what was
   exported and where it went, never the password.

If the audit entry cannot be written (the vault was locked meanwhile, say)
the file is removed again and :class:`ExportNotRecorded` is raised, so no
export goes unrecorded; a failure before that leaves no file behind.
Dialogs only collect the choices; nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..domain.chronology.entry import Entry
from ..domain.model import Case
from ..domain.review.model import Review
from .atomic import write_atomic
from .encrypt import MIN_EXPORT_SCORE
from .package import DEFAULT_KDF, KdfParams, PackagedDocument

EXPORT = "export"


class AuditTrail(Protocol):
    """Where an export is recorded: the vault's audit log, in the application."""

    def record(self, action: str, *, case_ref: str = "", detail: str = "") -> None:
        """Append one entry; raise if it cannot be written."""


class ExportNotRecorded(Exception):
    """The file was written but its audit entry failed, so the file was removed again."""


@dataclass(frozen=True)
class Document:
    """One export: how to render and encrypt it, and how the audit log names it.

    ``render`` returns the plaintext document in memory; ``encrypt`` turns it
    into the bytes written.  ``detail`` says what was exported (and whether
    it was anonymised); the place it was saved is added by :func:`save_export`.
    """

    render: Callable[[], bytes]
    encrypt: Callable[[bytes], bytes]
    detail: str
    case_ref: str = ""
    action: str = EXPORT


def pdf_document(render: Callable[[], bytes], password: str, *, detail: str,
                 case_ref: str = "", action: str = EXPORT, min_score: int = MIN_EXPORT_SCORE,
                 user_inputs: tuple[str, ...] = ()) -> Document:
    """Describe a PDF encrypted with AES-256 R6 under ``password``.

    ``user_inputs`` are words the password must not lean on (names in the case).
    """
    from .encrypt import encrypt_pdf

    def encrypt(pdf: bytes) -> bytes:
        return encrypt_pdf(pdf, password, min_score=min_score, user_inputs=user_inputs)

    return Document(render, encrypt, detail, case_ref, action)


def package_document(case: Case, password: str, *, detail: str,
                     min_score: int = MIN_EXPORT_SCORE,
                     kdf: KdfParams = DEFAULT_KDF, review: Review | None = None,
                     documents: tuple[PackagedDocument, ...] = (),
                     chronology: tuple[Entry, ...] = ()) -> Document:
    """Describe ``case`` (with its review, report versions and chronology, if any) as an
    encrypted case package (``.scrcase``)."""
    from .package import package_content, seal_package

    def encrypt(content: bytes) -> bytes:
        return seal_package(content, password, kdf=kdf, min_score=min_score)

    return Document(lambda: package_content(case, review, documents, chronology), encrypt,
                    detail,
                    case.reference)


def save_export(document: Document, target: Path, audit: AuditTrail) -> Path:
    """Save ``document`` encrypted at ``target`` and record it in ``audit``; return ``target``.

    Raises what rendering or encryption raised (nothing is written then),
    :class:`~.atomic.WriteFailed` if the file cannot be saved (nothing is
    left behind), or :class:`ExportNotRecorded` if the audit entry fails
    (the file is removed again).
    """
    target = Path(target)
    data = document.encrypt(document.render())
    write_atomic(target, data)
    try:
        audit.record(document.action, case_ref=document.case_ref,
                     detail=f"{document.detail}, saved to {target}")
    except BaseException as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise ExportNotRecorded() from exc
    return target
