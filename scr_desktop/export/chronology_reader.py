"""Read an agency's returned chronology (``.xlsx``, ``.ods`` or ``.csv``) in memory.

The file is read into memory once and never copied: a password-protected
``.xlsx`` (an OLE container holding agile- or standard-encrypted OOXML) is
decrypted by ``msoffcrypto-tool`` into a memory buffer, and ``python-calamine``
reads workbooks from memory, so no plaintext version of the file ever
reaches the disk.  A CSV's encoding is detected: a UTF-8 or UTF-16 byte-order
mark, else UTF-8 if it decodes, else Windows-1252 (what Excel writes on
English Windows); a UTF-8 mark followed by Windows-1252 text (a common
result of converting by hand) is read as Windows-1252.

The first sheet holding any value (other than an "Instructions" sheet) is
read; its header row is the row among the first 20 with the most known
headings (so a title above it, merged across the columns, is passed over).
Every data row keeps its row number in the file, for messages.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from ..domain.chronology.columns import header_score

MAX_BYTES = 50 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SUFFIXES = (".xlsx", ".xlsm", ".ods", ".csv")
_HEADER_SEARCH = 20


class ReadError(ValueError):
    """The file cannot be read as a chronology; the message says why in plain words."""


class PasswordNeeded(ReadError):
    """The workbook is password-protected and no password (or a wrong one) was given."""


@dataclass(frozen=True)
class Table:
    """The file's header row and data rows (cells as read: text, numbers or dates)."""

    headers: list[str]
    rows: list[tuple[int, list[object]]]  # (row number in the file, cells)
    header_row: int
    sheet: str


def read_file(path: Path, password: str = "") -> Table:
    """Read the chronology file at ``path``; raise :class:`ReadError` saying why not."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ReadError("Choose an Excel (.xlsx), OpenDocument (.ods) or CSV (.csv) file.")
    try:
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError:
        raise ReadError("The file could not be opened; check that it is still there.") from None
    if len(data) > MAX_BYTES:
        raise ReadError("The file is larger than 50 MB, so it was not read.")
    return read_bytes(data, suffix, password)


def read_bytes(data: bytes, suffix: str, password: str = "") -> Table:
    """Read a chronology held in memory (``suffix`` says its kind)."""
    if not data.strip():
        raise ReadError("The file is empty.")
    if suffix == ".csv":
        return _table(_csv_rows(data), "CSV")
    if data.startswith(OLE_MAGIC):
        data = decrypt_office(data, password)
    return _workbook(data)


def decrypt_office(data: bytes, password: str) -> bytes:
    """Return the decrypted OOXML of a password-protected workbook, in memory only."""
    import msoffcrypto  # imported on first use only, as for the Office exports

    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        encrypted = office.is_encrypted()
    except Exception:
        raise ReadError("The file is not a workbook this app can read.") from None
    if not encrypted:
        raise ReadError("The file is an old Excel format (.xls); save it as .xlsx and try again.")
    if not password:
        raise PasswordNeeded("The workbook is password-protected: enter its password.")
    out = io.BytesIO()
    try:
        office.load_key(password=password)
        office.decrypt(out)
    except Exception:
        raise PasswordNeeded("That password does not open the workbook; check it with the "
                             "agency and try again.") from None
    return out.getvalue()


def _workbook(data: bytes) -> Table:
    import python_calamine as calamine  # imported on first use only

    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        for name in book.sheet_names:
            if name.strip().lower() == "instructions":
                continue
            rows: list[list[object]] = [
                list(r) for r in book.get_sheet_by_name(name).to_python(skip_empty_area=False)]
            if any(_filled(c) for row in rows for c in row):
                return _table(rows, name)
    except ReadError:
        raise
    except Exception:
        raise ReadError("The file is damaged or is not a spreadsheet; ask the agency to "
                        "save it again.") from None
    raise ReadError("The sheet is empty: the file holds no rows to import.")


def _filled(cell: object) -> bool:
    return cell is not None and str(cell).strip() != ""


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


def _csv_rows(data: bytes) -> list[list[object]]:
    text = _decode(data)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], ",;\t|")
    except csv.Error:
        dialect = csv.excel
    try:
        return [list(r) for r in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error:
        raise ReadError("The CSV file is malformed (an unclosed quote?); save it again from "
                        "the spreadsheet.") from None


def _table(rows: list[list[object]], sheet: str) -> Table:
    if not any(_filled(c) for row in rows for c in row):
        raise ReadError("The sheet is empty: the file holds no rows to import.")
    head = 0
    best = -1
    for i, row in enumerate(rows[:_HEADER_SEARCH]):
        score = header_score(row)
        if score > best and any(_filled(c) for c in row):
            head, best = i, score
    if best <= 0:
        head = next(i for i, row in enumerate(rows) if any(_filled(c) for c in row))
    headers = [str(c).strip() if _filled(c) else "" for c in rows[head]]
    width = max(len(headers), *(len(r) for r in rows[head + 1:])) if rows[head + 1:] else \
        len(headers)
    headers += [""] * (width - len(headers))
    body = [(i + 1, list(r) + [""] * (width - len(r))) for i, r in enumerate(rows)
            if i > head and any(_filled(c) for c in r)]
    return Table(headers, body, head + 1, sheet)
