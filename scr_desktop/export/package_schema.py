"""The strict shape a case package's contents must have before anything is previewed or imported.

The rules for the case itself live with the model (:mod:`scr_desktop.domain.case_schema`);
this adds the package's own parts: only the keys :func:`.package.package_content`
writes, its timestamps in range, the review's files and the audit anchor.
"""

from __future__ import annotations

import re
from typing import Any

from ..domain.case_schema import (
    MAX_NAME,
    MAX_ROWS,
    SchemaError,
    _mapping,
    _only,
    _text,
    check_case,
    check_timestamp,
)

__all__ = ["SchemaError", "check_contents"]

TOP_KEYS = frozenset({"format", "made_by", "exported_at", "case", "review",
                      "review_documents", "audit_anchor", "chronology"})
MAX_DOCUMENT = 64 * 1024 * 1024
MAX_CHRONOLOGY = 100_000
ENTRY_KEYS = frozenset({"date", "time", "agency", "source", "event", "people", "comment",
                        "analysis", "key"})


def check_contents(content: Any) -> None:
    """Raise :class:`SchemaError` unless ``content`` has exactly the shape packages are made in."""
    top = _mapping(content, "package", len(TOP_KEYS))
    _only(top, TOP_KEYS, "package")
    _text(top.get("made_by", ""), "package.made_by", MAX_NAME)
    if "exported_at" in top:
        check_timestamp(top["exported_at"], "package.exported_at")
    if "case" not in top:
        raise SchemaError("case", "is missing")
    check_case(top["case"])
    if "review" in top:
        _mapping(top["review"], "review", 200)
    docs = top.get("review_documents", [])
    if not isinstance(docs, list) or len(docs) > MAX_ROWS:
        raise SchemaError("review_documents", f"is not a list of at most {MAX_ROWS} files")
    for i, doc in enumerate(docs):
        where = f"review_documents[{i}]"
        entry = _mapping(doc, where, 3)
        _only(entry, frozenset({"id", "name", "content"}), where)
        _text(entry.get("id"), f"{where}.id", 64)
        _text(entry.get("name"), f"{where}.name", MAX_NAME)
        _text(entry.get("content"), f"{where}.content", MAX_DOCUMENT)
    chronology = top.get("chronology", [])
    if not isinstance(chronology, list) or len(chronology) > MAX_CHRONOLOGY:
        raise SchemaError("chronology", f"is not a list of at most {MAX_CHRONOLOGY} entries")
    for i, item in enumerate(chronology):
        where = f"chronology[{i}]"
        entry = _mapping(item, where, len(ENTRY_KEYS))
        _only(entry, ENTRY_KEYS, where)
        for key, value in entry.items():
            if key == "key":
                if not isinstance(value, bool):
                    raise SchemaError(f"{where}.key", "is not yes or no")
            else:
                _text(value, f"{where}.{key}")
    if "audit_anchor" in top:
        anchor = _mapping(top["audit_anchor"], "audit_anchor", 2)
        _only(anchor, frozenset({"id", "hash"}), "audit_anchor")
        entry_id = anchor.get("id")
        if isinstance(entry_id, bool) or not isinstance(entry_id, int) or not 0 <= entry_id < 2**62:
            raise SchemaError("audit_anchor.id", "is not an entry number")
        if not re.fullmatch(r"[0-9a-f]{64}", _text(anchor.get("hash"), "audit_anchor.hash", 64)):
            raise SchemaError("audit_anchor.hash", "is not a SHA-256 hash")
