"""Real-format chronology files the tests make: xlsx (merged headers, text and Excel dates,
password-protected), a hand-built ODS, a Windows-1252 CSV with a byte-order mark, a large
file and broken ones.  Every personal value starts with "Qz" so a leak is easy to find."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from msoffcrypto.format.ooxml import OOXMLFile
from openpyxl import Workbook

HEADINGS = ["Date", "Time", "Source document", "What happened", "People involved",
            "Agency comment", "Review analysis", "Key practice episode"]
FILE_PASSWORD = "otter-quince-harbour-lamp-9"


def write_xlsx(path: Path, rows: list[list[object]], *, title: str | None = None,
               password: str = "", headings: list[str] | None = None) -> Path:
    """Write ``rows`` under the headings (a merged title row above them if ``title``)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Chronology"
    if title is not None:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=8)
    ws.append(headings or HEADINGS)
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    if password:
        out = io.BytesIO()
        OOXMLFile(io.BytesIO(data)).encrypt(password, out)
        data = out.getvalue()
    path.write_bytes(data)
    return path


def _ods_cell(value: object) -> str:
    if isinstance(value, datetime):
        return (f'<table:table-cell office:value-type="date" '
                f'office:date-value="{value:%Y-%m-%d}"><text:p>{value:%d/%m/%Y}</text:p>'
                "</table:table-cell>")
    if value in ("", None):
        return "<table:table-cell/>"
    return (f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}'
            "</text:p></table:table-cell>")


def write_ods(path: Path, rows: list[list[object]]) -> Path:
    """Write an OpenDocument spreadsheet by hand: the mimetype, a manifest and content.xml."""
    body = "".join("<table:table-row>" + "".join(_ods_cell(c) for c in row)
                   + "</table:table-row>" for row in [HEADINGS, *rows])
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Chronology">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def write_csv_1252(path: Path, rows: list[list[str]]) -> Path:
    """Write a CSV as Excel on English Windows might: Windows-1252, preceded by a UTF-8 BOM."""
    lines = [",".join(f'"{c}"' for c in row) for row in [HEADINGS, *rows]]
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("cp1252") + b"\r\n")
    return path


def many_rows(n: int, *, people: str = "Qzmira; Qzdelphine") -> list[list[object]]:
    """``n`` valid rows spread over several years, every tenth a key episode."""
    rows: list[list[object]] = []
    for i in range(n):
        day = datetime(2018, 1, 1).toordinal() + i % 1500
        rows.append([datetime.fromordinal(day), f"{9 + i % 8:02d}:{i % 60:02d}",
                     f"Case note {i}", f"Contact number {i} with the family.", people,
                     "Seen as planned.", "", "Yes" if i % 10 == 0 else "No"])
    return rows
