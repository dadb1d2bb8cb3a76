"""Reading the audit anchor an export carries, and checking it against a vault's log.

Every PDF, Word and Excel file and case package records the newest audit entry (id and hash) of
the vault it came from at the moment it was made (see :mod:`.save`).  The
file leaves the machine, so it is out of reach of anyone who later edits
the vault: if the vault's log no longer holds that entry, or holds a
different one under its number, the log was cut or rewritten after the
export.  Only the file's password opens what it carries.
"""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

from ..storage.anchor import Anchor
from ..storage.audit import AuditLog
from .save import PDF_ANCHOR_KEY

_TEXT = re.compile(r"^(\d{1,18}):([0-9a-f]{64})$")


class NoAnchor(ValueError):
    """The file carries no audit anchor (made before exports carried one), or it is unreadable."""


def pdf_anchor(data: bytes, password: str) -> Anchor:
    """Return the anchor in an encrypted PDF's document information."""
    import pikepdf

    try:
        with pikepdf.open(BytesIO(data), password=password) as pdf:
            value = pdf.docinfo.get("/" + PDF_ANCHOR_KEY)
            text = str(value) if value is not None else ""
    except pikepdf.PdfError:
        raise NoAnchor("the file could not be opened with that password") from None
    m = _TEXT.match(text)
    if m is None:
        raise NoAnchor("the file carries no audit anchor")
    return Anchor(int(m.group(1)), m.group(2))


def office_anchor(data: bytes, password: str) -> Anchor:
    """Return the anchor in an encrypted Word or Excel file's custom properties."""
    from .office import WrongOfficePassword, decrypt_office
    from .office_anchor import NotOffice, read_anchor

    try:
        text = read_anchor(decrypt_office(data, password)) or ""
    except (WrongOfficePassword, NotOffice) as exc:
        raise NoAnchor(str(exc)) from None
    m = _TEXT.match(text)
    if m is None:
        raise NoAnchor("the file carries no audit anchor")
    return Anchor(int(m.group(1)), m.group(2))


def file_anchor(path: Path, password: str) -> Anchor:
    """Return the anchor carried by the PDF, Word or Excel file or case package at ``path``."""
    from .office import CFB_MAGIC
    from .package import MAGIC, PackageError, open_package

    data = Path(path).read_bytes()
    if data.startswith(CFB_MAGIC):
        return office_anchor(data, password)
    if data.startswith(MAGIC):
        try:
            carried = open_package(data, password).audit_anchor
        except PackageError as exc:
            raise NoAnchor(str(exc)) from None
        if carried is None:
            raise NoAnchor("the package carries no audit anchor")
        return Anchor(*carried)
    return pdf_anchor(data, password)


def check_against(audit: AuditLog, anchor: Anchor) -> list[str]:
    """Return, in plain words, how ``audit`` disagrees with an anchor a file carried ([] if not)."""
    tail = audit.tail()
    newest = tail.id if tail is not None else 0
    if anchor.id > newest:
        return [f"The file was made when the audit log reached entry {anchor.id}, but the log "
                f"now ends at entry {newest}: later entries were removed."]
    if audit.hash_at(anchor.id) != anchor.hash:
        return [f"Entry {anchor.id} is not the entry the file recorded: the audit log was "
                "rewritten after the file was made."]
    return []
