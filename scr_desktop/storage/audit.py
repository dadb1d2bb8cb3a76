"""The append-only, hash-chained audit log kept inside the vault.

Every create, change, view, export, unlock, failed unlock, backup and
restore is recorded (DESIGN 4).  Entries name a case only by its reference
and describe changes by field names, never values, so the log itself holds
no personal data beyond what the vault already protects.  Each entry carries
the SHA-256 of the previous entry's canonical form and its own; SQL triggers
refuse updates and deletes, and :meth:`AuditLog.verify` finds the first
entry where the chain breaks if someone with the key edits the file anyway.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

from scr_desktop.domain.model import now_iso

from .anchor import Anchor
from .connection import Database

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log."""

    id: int
    at: str
    action: str
    case_ref: str
    detail: str
    prev_hash: str
    hash: str


def canonical(entry_id: int, at: str, action: str, case_ref: str, detail: str,
              prev_hash: str) -> bytes:
    """Return the bytes an entry's hash covers."""
    return json.dumps([entry_id, at, action, case_ref, detail, prev_hash],
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def entry_hash(entry_id: int, at: str, action: str, case_ref: str, detail: str,
               prev_hash: str) -> str:
    """Return the SHA-256 (hex) of an entry's canonical form."""
    return hashlib.sha256(canonical(entry_id, at, action, case_ref, detail, prev_hash)).hexdigest()


_COLUMNS = "id, at, action, case_ref, detail, prev_hash, hash"


@dataclass(frozen=True)
class AuditFilter:
    """What the audit viewer asks for; every part left empty matches everything.

    ``case_contains`` is any part of a case reference; references are ASCII,
    and SQL's ``LIKE`` compares ASCII letters without regard to case.
    """

    case_contains: str = ""
    action: str | None = None
    since: str | None = None
    until: str | None = None


def _like_pattern(text: str) -> str:
    """Return a ``LIKE ... ESCAPE '\\'`` pattern matching ``text`` anywhere."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(match: AuditFilter, case_ref: str | None = None, *, after_id: int = 0,
           before_id: int | None = None, entry_id: int | None = None
           ) -> tuple[str, tuple[str | int, ...]]:
    """Return the WHERE clause (empty, or with a leading space) and its parameters."""
    where: list[str] = []
    params: list[str | int] = []
    if case_ref is not None:
        where.append("case_ref = ?")
        params.append(case_ref)
    if match.case_contains:
        where.append("case_ref LIKE ? ESCAPE '\\'")
        params.append(_like_pattern(match.case_contains))
    if match.action is not None:
        where.append("action = ?")
        params.append(match.action)
    if match.since is not None:
        where.append("at >= ?")
        params.append(match.since)
    if match.until is not None:
        where.append("substr(at, 1, length(?)) <= ?")
        params += [match.until, match.until]
    if after_id:
        where.append("id > ?")
        params.append(after_id)
    if before_id is not None:
        where.append("id < ?")
        params.append(before_id)
    if entry_id is not None:
        where.append("id = ?")
        params.append(entry_id)
    return (" WHERE " + " AND ".join(where) if where else ""), tuple(params)


class AuditLog:
    """Append to, read and verify the vault's audit log."""

    def __init__(self, db: Database,
                 on_commit: Callable[[Anchor], None] | None = None) -> None:
        self._db = db
        # Told the newest entry once it is committed (moves the anchor outside the vault).
        self.on_commit = on_commit

    def record(self, action: str, *, case_ref: str = "", detail: str = "",
               at: str | None = None) -> None:
        """Append one entry, in the caller's transaction if there is one."""
        if not action or len(action) > 64:
            raise ValueError("an audit action is a short non-empty name")
        with self._db.transaction() as conn:
            row = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
            prev_id, prev_hash = (row[0], row[1]) if row else (0, GENESIS)
            seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit'").fetchone()
            # Numbered after the highest id ever handed out: removed entries leave a gap.
            entry_id = max(int(prev_id), int(seq[0]) if seq else 0) + 1
            stamp = at or now_iso()
            digest = entry_hash(entry_id, stamp, action, case_ref, detail, prev_hash)
            conn.execute(
                f"INSERT INTO audit({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (entry_id, stamp, action, case_ref, detail, prev_hash, digest),
            )
        if self.on_commit is not None and not self._db.in_transaction():
            self.on_commit(Anchor(entry_id, digest))

    def tail(self) -> Anchor | None:
        """Return the newest entry's id and hash (None for an empty log)."""
        rows = self._db.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")
        return Anchor(int(rows[0][0]), str(rows[0][1])) if rows else None

    def hash_at(self, entry_id: int) -> str | None:
        """Return the stored hash of entry ``entry_id`` (None if there is no such entry)."""
        rows = self._db.execute("SELECT hash FROM audit WHERE id = ?", (entry_id,))
        return str(rows[0][0]) if rows else None

    def anchor_problems(self, anchor: Anchor | None) -> list[str]:
        """Compare the log with ``anchor`` and with the vault's id counter (``sqlite_sequence``)."""
        from .anchor import compare

        seq = self._db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit'")
        sequence = int(seq[0][0]) if seq else 0
        at_anchor = None
        if anchor is not None:
            rows = self._db.execute("SELECT hash FROM audit WHERE id = ?", (anchor.id,))
            at_anchor = str(rows[0][0]) if rows else None
        return compare(anchor, self.tail(), sequence, at_anchor)

    def entries(self, *, case_ref: str | None = None, action: str | None = None,
                since: str | None = None, until: str | None = None,
                case_contains: str = "") -> list[AuditEntry]:
        """Return matching entries, oldest first.

        ``since`` and ``until`` are ISO dates or date-times and are inclusive:
        ``until="2026-11-21"`` includes every entry made that day.  ``case_ref``
        is a whole reference; ``case_contains`` any part of one, in any case.
        """
        where, params = _where(AuditFilter(case_contains, action, since, until), case_ref)
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM audit{where} ORDER BY id", params)
        return [AuditEntry(*row) for row in rows]

    def count(self, match: AuditFilter | None = None) -> int:
        """Return how many entries match (all of them without ``match``), counted in SQL."""
        where, params = _where(match or AuditFilter())
        return int(self._db.execute(f"SELECT count(*) FROM audit{where}", params)[0][0])

    def page(self, match: AuditFilter | None = None, *, after_id: int = 0,
             limit: int = 100) -> list[AuditEntry]:
        """Return up to ``limit`` matching entries numbered after ``after_id``, oldest first.

        Paging on from the last entry's id walks the primary key, so a page
        costs the same wherever it is in a long log.
        """
        where, params = _where(match or AuditFilter(), after_id=after_id)
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM audit{where} ORDER BY id LIMIT ?",
                                (*params, limit))
        return [AuditEntry(*row) for row in rows]

    def position(self, match: AuditFilter | None, entry_id: int) -> int | None:
        """Return the place (from 0) of entry ``entry_id`` among the matches, None if it
        does not match."""
        f = match or AuditFilter()
        where, params = _where(f, entry_id=entry_id)
        if not self._db.execute(f"SELECT count(*) FROM audit{where}", params)[0][0]:
            return None
        where, params = _where(f, before_id=entry_id)
        return int(self._db.execute(f"SELECT count(*) FROM audit{where}", params)[0][0])

    def actions(self) -> list[str]:
        """Return the distinct action names in the log, sorted."""
        rows = self._db.execute("SELECT DISTINCT action FROM audit ORDER BY action")
        return [str(r[0]) for r in rows]

    def verify(self) -> int | None:
        """Return None if the chain is intact, else the id of the first broken entry."""
        with self._db.reading() as conn:
            cursor = conn.execute(f"SELECT {_COLUMNS} FROM audit ORDER BY id")
            expected_id, prev_hash = 1, GENESIS
            for entry_id, at, action, case_ref, detail, stored_prev, stored_hash in cursor:
                ok = (
                    entry_id == expected_id
                    and stored_prev == prev_hash
                    and isinstance(at, str) and isinstance(action, str)
                    and isinstance(case_ref, str) and isinstance(detail, str)
                    and stored_hash == entry_hash(entry_id, at, action, case_ref, detail,
                                                  stored_prev)
                )
                if not ok:
                    return int(entry_id)
                expected_id, prev_hash = entry_id + 1, stored_hash
        return None
