"""Draft report versions kept in the vault: read into memory, shown as text, exported encrypted.

A draft is stored as the file its author sent (``review_documents``, inside
the encrypted vault).  It leaves the vault only through the one audited
write path, encrypted: a PDF as AES-256 R6, a Word, Excel or PowerPoint
file with agile encryption, and a plain-text draft as a password-protected
Word file of its text.  A draft that is already password-protected, or in
another format (an old ``.doc``, an ``.odt``), cannot be encrypted here and
is refused in plain words: it is never written out as it is.  Word and text
drafts can also be read on screen (:func:`draft_text`), from memory only.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import PurePath

from .encrypt import MIN_EXPORT_SCORE
from .save import EXPORT, Document

OOXML = {".docx": "word/", ".xlsx": "xl/", ".pptx": "ppt/"}
TEXT_SUFFIXES = (".txt", ".md", ".text")
MAX_TEXT_CHARS = 2_000_000


class DraftNotReadable(ValueError):
    """The draft cannot be shown or exported here; the message says why, for the user."""


def draft_format(name: str, content: bytes) -> str:
    """Return ``pdf``, ``docx``, ``xlsx``, ``pptx`` or ``text`` for a draft, or raise
    :class:`DraftNotReadable` saying why it cannot be handled."""
    suffix = PurePath(name).suffix.lower()
    if content.startswith(b"%PDF"):
        return "pdf"
    if content.startswith(b"\xd0\xcf\x11\xe0"):
        raise DraftNotReadable(
            "This draft is password-protected or in an old Office format (.doc, .xls), so it "
            "cannot be encrypted again here. Ask the author for an unprotected .docx or PDF "
            "copy and add it as a new version.")
    if suffix in OOXML and content.startswith(b"PK"):
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as z:
                if any(n.startswith(OOXML[suffix]) for n in z.namelist()):
                    return suffix[1:]
        except zipfile.BadZipFile:
            pass
    if suffix in TEXT_SUFFIXES:
        try:
            content.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return "text"
    raise DraftNotReadable(
        f"This draft ({suffix or 'a file without a type'}) is not a PDF, Word, Excel, "
        "PowerPoint or text file that SCR Desktop can read, so it cannot be shown or exported "
        "encrypted. It stays in the vault; ask the author for a PDF or .docx copy.")


def export_suffix(fmt: str) -> str:
    """Return the suffix an exported draft of format ``fmt`` is saved with."""
    return {"pdf": ".pdf", "xlsx": ".xlsx", "pptx": ".pptx"}.get(fmt, ".docx")


def draft_text(name: str, content: bytes) -> str:
    """Return the text of a Word or text draft, read in memory, to show on screen."""
    fmt = draft_format(name, content)
    if fmt == "text":
        return content.decode("utf-8")[:MAX_TEXT_CHARS]
    if fmt == "docx":
        from docx import Document as WordDocument  # imported lazily: see export.office

        doc = WordDocument(io.BytesIO(content))
        lines = [para.text for para in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                lines.append(" | ".join(cell.text for cell in row.cells))
        return "\n".join(lines)[:MAX_TEXT_CHARS]
    raise DraftNotReadable(
        "Only Word and text drafts are shown here. Export this draft: it is saved encrypted "
        "and opens with its password in its own program.")


def _text_as_docx(title: str, text: str) -> bytes:
    from docx import Document as WordDocument  # imported lazily: see export.office

    doc = WordDocument()
    doc.core_properties.title = title
    doc.core_properties.author = ""
    for line in text.splitlines():
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def draft_document(name: str, content: bytes, password: str, *, version: str,
                   case_ref: str = "", min_score: int = MIN_EXPORT_SCORE,
                   user_inputs: tuple[str, ...] = ()) -> Document:
    """Describe the stored draft ``content`` for :func:`~.save.save_export`, encrypted."""
    fmt = draft_format(name, content)
    render: Callable[[], bytes] = lambda: content  # noqa: E731
    if fmt == "text":
        render = lambda: _text_as_docx(version, content.decode("utf-8"))  # noqa: E731
    detail = f"draft report {version} ({export_suffix(fmt)})"

    def encrypt(plain: bytes) -> bytes:
        if fmt == "pdf":
            import pikepdf

            from .encrypt import encrypt_pdf

            try:
                with pikepdf.open(io.BytesIO(plain)) as pdf:
                    protected = pdf.is_encrypted
            except pikepdf.PasswordError:
                protected = True
            if protected:
                raise DraftNotReadable(
                    "This PDF draft has a password of its own, so it cannot be encrypted again "
                    "here. Ask the author for an unprotected copy and add it as a new version.")
            return encrypt_pdf(plain, password, min_score=min_score, user_inputs=user_inputs)
        from .office import encrypt_office

        return encrypt_office(plain, password, min_score=min_score, user_inputs=user_inputs)

    return Document(render, encrypt, detail, case_ref, EXPORT)
