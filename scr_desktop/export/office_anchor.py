"""The audit anchor inside a Word or Excel file, as one of its custom document properties.

A PDF carries the anchor in its document information and a case package in
its contents; an Office file carries it as the custom property
``SCR audit anchor`` (``docProps/custom.xml``, the part Word's and Excel's
*File > Properties > Custom* show).  The property is added to the plain
file in memory, before it is encrypted, so only the file's password reveals
it, like everything else in the file.
"""

from __future__ import annotations

import io
import re
import zipfile

PROPERTY = "SCR audit anchor"
CUSTOM_PART = "docProps/custom.xml"
CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_REL = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              "custom-properties")
_PROPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# the identifier Office gives the custom properties it writes itself
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
_VALUE = re.compile(r'<property\b[^>]*\bname="' + re.escape(PROPERTY) +
                    r'"[^>]*>\s*<vt:lpwstr>([^<]{0,200})</vt:lpwstr>')
MAX_PART = 64 * 1024  # the properties part is read only up to this size (a file may be hostile)


class NotOffice(ValueError):
    """The bytes are not a Word or Excel file this module can read."""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _custom_xml(value: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Properties xmlns="{_PROPS_NS}" xmlns:vt="{_VT_NS}">'
            f'<property fmtid="{_FMTID}" pid="2" name="{_escape(PROPERTY)}">'
            f"<vt:lpwstr>{_escape(value)}</vt:lpwstr></property></Properties>").encode()


def _with_override(content_types: bytes) -> bytes:
    text = content_types.decode("utf-8")
    if f'PartName="/{CUSTOM_PART}"' in text:
        return content_types
    override = f'<Override PartName="/{CUSTOM_PART}" ContentType="{CUSTOM_TYPE}"/>'
    return text.replace("</Types>", override + "</Types>").encode("utf-8")


def _with_relationship(rels: bytes) -> bytes:
    text = rels.decode("utf-8")
    if CUSTOM_REL in text:
        return rels
    taken = set(re.findall(r'\bId="([^"]*)"', text))
    n = 1
    while f"rId{n}" in taken:
        n += 1
    rel = f'<Relationship Id="rId{n}" Type="{CUSTOM_REL}" Target="{CUSTOM_PART}"/>'
    return text.replace("</Relationships>", rel + "</Relationships>").encode("utf-8")


def add_anchor(ooxml: bytes, value: str) -> bytes:
    """Return the Word or Excel file ``ooxml`` with ``value`` as its audit anchor property.

    The files this application writes have no custom properties of their
    own, so the part is written whole; any existing one is replaced."""
    try:
        source = zipfile.ZipFile(io.BytesIO(ooxml))
    except zipfile.BadZipFile:
        raise NotOffice("not a Word or Excel file") from None
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == CUSTOM_PART:
                continue
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = _with_override(data)
            elif info.filename == "_rels/.rels":
                data = _with_relationship(data)
            target.writestr(info, data)
        target.writestr(CUSTOM_PART, _custom_xml(value))
    return out.getvalue()


def read_anchor(ooxml: bytes) -> str | None:
    """Return the audit anchor property of a plain Word or Excel file, or None.

    The file may come from anywhere, so its properties part is not given to
    an XML parser: the one value looked for is matched as text, and only up
    to :data:`MAX_PART` bytes are read."""
    try:
        with zipfile.ZipFile(io.BytesIO(ooxml)) as source:
            if CUSTOM_PART not in source.namelist():
                return None
            if source.getinfo(CUSTOM_PART).file_size > MAX_PART:
                raise NotOffice("the file's properties are too large to be this application's")
            text = source.read(CUSTOM_PART).decode("utf-8", errors="replace")
    except (zipfile.BadZipFile, KeyError, OSError):
        raise NotOffice("not a Word or Excel file") from None
    m = _VALUE.search(text)
    return m.group(1) if m else None
