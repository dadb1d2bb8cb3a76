"""Password protection for exported PDFs: AES-256, security handler revision 6, in memory.

The guidance asks referrers to password-protect anything sent by e-mail
(3.6 of the notification process).  :func:`encrypt_pdf` takes the PDF bytes
laid out in memory and returns encrypted bytes; nothing is written to disk.
Only revision 6 (AES-256, PDF 2.0 / ISO 32000-2) is ever produced, never the
deprecated revision 5 nor RC4.  The user password must pass the same
strength check as a vault passphrase, with a policy-adjustable minimum; a
passphrase from :func:`scr_desktop.domain.passwords.generate_passphrase`
always passes.  A PDF password may be at most 32 bytes of UTF-8 (32 plain
letters): poppler, behind Evince, Okular and pdftotext, uses only that much
of it, so a longer one would lock those readers' users out.  Case
packages (:mod:`.package`) have no such limit.  The owner password, which
would allow removing the protection, is random and thrown away unless the caller supplies one.
"""

from __future__ import annotations

import secrets
from io import BytesIO

from ..domain.passwords import PDF_PASSWORD_MAX_BYTES, check_strength

MIN_EXPORT_SCORE = 4  # zxcvbn 0..4; policy may change it
MIN_EXPORT_LENGTH = 12


class ExportPasswordError(ValueError):
    """The chosen export password was refused; the message says why and what to do."""


class NotAPdfError(ValueError):
    """The bytes to encrypt are not a readable PDF (a fault in the application, not the user)."""


def check_export_password(
    password: str,
    *,
    min_score: int = MIN_EXPORT_SCORE,
    min_length: int = MIN_EXPORT_LENGTH,
    user_inputs: tuple[str, ...] = (),
    max_bytes: int | None = None,
) -> None:
    """Raise :class:`ExportPasswordError` unless ``password`` is strong enough for an export.

    ``max_bytes`` limits the UTF-8 length; PDFs pass :data:`PDF_PASSWORD_MAX_BYTES`.
    """
    if not password:
        raise ExportPasswordError(
            "The export has no password. Enter one, or use the suggested passphrase."
        )
    if max_bytes is not None and len(password.encode("utf-8")) > max_bytes:
        raise ExportPasswordError(
            f"That password is too long for a PDF. Some PDF readers use only the first "
            f"{max_bytes} characters of a password, so the people you send it to could not "
            f"open the file. Use at most {max_bytes} characters (letters with accents count "
            "as two), or use the suggested passphrase."
        )
    verdict = check_strength(
        password, min_score=min_score, min_length=min_length, user_inputs=user_inputs
    )
    if not verdict.acceptable:
        raise ExportPasswordError(
            f"That password is not strong enough to protect the export. "
            f"{verdict.reason} Or use the suggested passphrase."
        )


def encrypt_pdf(
    pdf: bytes,
    user_password: str,
    owner_password: str | None = None,
    *,
    min_score: int = MIN_EXPORT_SCORE,
    min_length: int = MIN_EXPORT_LENGTH,
    user_inputs: tuple[str, ...] = (),
    info: dict[str, str] | None = None,
) -> bytes:
    """Return ``pdf`` encrypted with AES-256 (revision 6) under ``user_password``.

    ``info`` adds entries (name: text) to the document information, encrypted
    with the rest (the audit anchor the export carries).

    ``user_inputs`` are words the password must not lean on (the child's
    name, the board's name).  Raises :class:`ExportPasswordError` for an
    empty, weak or over-long (more than 32 bytes) password and
    :class:`NotAPdfError` if ``pdf`` cannot be read.
    """
    check_export_password(
        user_password, min_score=min_score, min_length=min_length, user_inputs=user_inputs,
        max_bytes=PDF_PASSWORD_MAX_BYTES,
    )
    import pikepdf

    owner = owner_password or secrets.token_urlsafe(32)
    if owner == user_password:
        owner = secrets.token_urlsafe(32)
    try:
        document = pikepdf.open(BytesIO(pdf))
    except pikepdf.PdfError:
        raise NotAPdfError("The document to protect could not be read.") from None
    out = BytesIO()
    with document:
        for name, value in (info or {}).items():
            document.docinfo[pikepdf.Name("/" + name)] = value
        document.save(
            out,
            encryption=pikepdf.Encryption(user=user_password, owner=owner, R=6, aes=True,
                                          metadata=True),
            compress_streams=True,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
        )
    return out.getvalue()
