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

Each export carries the audit log's anchor as it stood just before the
export was recorded (the newest entry's id and hash): PDFs in their
encrypted document information (``/SCRAuditAnchor``, ``id:hash``), case
packages in their contents (``audit_anchor``).  A file that left the
machine can later be checked against the vault's log
(:func:`scr_desktop.export.carried.check_against`): a log that no longer
holds that entry, or holds another in its place, was cut or rewritten.

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
from ..storage.anchor import Anchor
from ..storage.errors import VaultError
from .atomic import write_atomic
from .encrypt import MIN_EXPORT_SCORE
from .package import DEFAULT_KDF, KdfParams, PackagedDocument

EXPORT = "export"


class AuditTrail(Protocol):
    """Where an export is recorded: the vault's audit log, in the application."""

    def record(self, action: str, *, case_ref: str = "", detail: str = "") -> None:
        """Append one entry; raise if it cannot be written."""


PDF_ANCHOR_KEY = "SCRAuditAnchor"


def anchor_text(anchor: Anchor) -> str:
    """Return the anchor as PDFs carry it: ``id:hash``."""
    return f"{anchor.id}:{anchor.hash}"


def _tail(audit: AuditTrail) -> Anchor | None:
    """Return the trail's newest entry, if it can tell (the vault's audit log can)."""
    tail = getattr(audit, "tail", None)
    try:
        found = tail() if callable(tail) else None
    except VaultError:
        return None  # the vault was locked: recording the export will fail and remove it
    return found if isinstance(found, Anchor) else None


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
    # How the document carries the audit anchor, when it can: in what it renders, or in
    # what it encrypts (see the module docstring).
    render_anchored: Callable[[Anchor], bytes] | None = None
    encrypt_anchored: Callable[[bytes, Anchor], bytes] | None = None


def pdf_document(render: Callable[[], bytes], password: str, *, detail: str,
                 case_ref: str = "", action: str = EXPORT, min_score: int = MIN_EXPORT_SCORE,
                 user_inputs: tuple[str, ...] = ()) -> Document:
    """Describe a PDF encrypted with AES-256 R6 under ``password``.

    ``user_inputs`` are words the password must not lean on (names in the case).
    """
    from .encrypt import encrypt_pdf

    def encrypt(pdf: bytes) -> bytes:
        return encrypt_pdf(pdf, password, min_score=min_score, user_inputs=user_inputs)

    def encrypt_anchored(pdf: bytes, anchor: Anchor) -> bytes:
        return encrypt_pdf(pdf, password, min_score=min_score, user_inputs=user_inputs,
                           info={PDF_ANCHOR_KEY: anchor_text(anchor)})

    return Document(render, encrypt, detail, case_ref, action,
                    encrypt_anchored=encrypt_anchored)


def package_document(case: Case, password: str, *, detail: str,
                     min_score: int = MIN_EXPORT_SCORE,
                     kdf: KdfParams = DEFAULT_KDF, review: Review | None = None,
                     documents: tuple[PackagedDocument, ...] = (),
                     user_inputs: tuple[str, ...] = (),
                     chronology: tuple[Entry, ...] = ()) -> Document:
    """Describe ``case`` (with its review, report versions and chronology, if any) as an
    encrypted case package (``.scrcase``)."""
    from .package import package_content, seal_package

    def encrypt(content: bytes) -> bytes:
        return seal_package(content, password, kdf=kdf, min_score=min_score,
                            user_inputs=user_inputs)

    return Document(lambda: package_content(case, review, documents, chronology), encrypt,
                    detail, case.reference,
                    render_anchored=lambda a: package_content(case, review, documents,
                                                              chronology,
                                                              anchor=(a.id, a.hash)))


def save_export(document: Document, target: Path, audit: AuditTrail) -> Path:
    """Save ``document`` encrypted at ``target`` and record it in ``audit``; return ``target``.

    Raises what rendering or encryption raised (nothing is written then),
    :class:`~.atomic.WriteFailed` if the file cannot be saved (nothing is
    left behind), or :class:`ExportNotRecorded` if the audit entry fails
    (the file is removed again).
    """
    target = Path(target)
    anchor = _tail(audit)
    if anchor is not None and document.render_anchored is not None:
        plain = document.render_anchored(anchor)
    else:
        plain = document.render()
    if anchor is not None and document.encrypt_anchored is not None:
        data = document.encrypt_anchored(plain, anchor)
    else:
        data = document.encrypt(plain)
    write_atomic(target, data)
    try:
        audit.record(document.action, case_ref=document.case_ref,
                     detail=f"{document.detail}, saved to {target}")
    except BaseException as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise ExportNotRecorded() from exc
    return target
