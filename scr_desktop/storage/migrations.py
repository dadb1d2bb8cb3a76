"""Versioned schema migrations: every vault is brought up to :data:`CURRENT_VERSION`.

The schema version is SQLite's ``user_version``.  Each step is a function
that moves a vault from version *n - 1* to *n* and never drops data; all
pending steps run in one transaction, so a vault is either wholly upgraded
or untouched.  A new vault is built by running every step from version 0, so
the upgrade path is exercised every time.  The caller takes an encrypted
backup before upgrading an existing vault, refuses vaults newer than this
app (:class:`~.errors.VaultTooNew`) and never downgrades.  Versions: 1 -
cases and the hash-chained audit log; 2 - the trash, change order and
per-year reference sequences; 3 - the FTS5 full-text index; 4 - sub-group
meetings; 5 - the deadlines table, filled from every case (:mod:`.deadlines`), and
an index for each order the case list can be sorted in; 6 - reviews (with their
revision) and their report versions; 7 - the review's integrated chronology
(:mod:`.chronology`) and the column mappings remembered per agency; 8 - the
tables the board's statistics count (:mod:`.stats`), filled from every case,
and the board's own themes; 9 - the full-text index keyed by the change order,
each case's next deadline kept in its row, and an index for each of the case
list's other orders (:mod:`.list_order`), and an index of the kinds of deadline;
10 - the next deadline's description kept in each case's row beside its due date.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from sqlcipher3 import dbapi2 as sqlcipher

from scr_desktop.domain.model import Case

from . import chronology, deadlines, list_order, stats
from .connection import Connection

CURRENT_VERSION = 10

V1_SCHEMA = """
CREATE TABLE cases (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    reference TEXT NOT NULL UNIQUE,
    child_name TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX cases_updated ON cases(updated_at);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    case_ref TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_case ON audit(case_ref);
CREATE INDEX audit_at ON audit(at);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
"""

V2_SCHEMA = """
ALTER TABLE cases ADD COLUMN deleted_at TEXT;
ALTER TABLE cases ADD COLUMN rev INTEGER NOT NULL DEFAULT 0;
DROP INDEX cases_updated;
CREATE INDEX cases_rev ON cases(rev);
CREATE INDEX cases_live ON cases(rev, id, reference, child_name, status, updated_at)
    WHERE deleted_at IS NULL;
CREATE INDEX cases_trash ON cases(rev, id, reference, child_name, status, updated_at, deleted_at)
    WHERE deleted_at IS NOT NULL;
CREATE TABLE reference_seq (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);
"""

V3_SCHEMA = """
CREATE VIRTUAL TABLE cases_fts USING fts5(
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
"""

V4_SCHEMA = """
CREATE TABLE meetings (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    meeting_date TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX meetings_date ON meetings(meeting_date, num);
"""

# Covering indexes of live cases, one per order the case list can be sorted in, so
# that a page in any order walks an index instead of sorting every case.
V5_SCHEMA = """
CREATE INDEX cases_live_reference ON cases(reference, rev, id, child_name, status, updated_at)
    WHERE deleted_at IS NULL;
CREATE INDEX cases_live_child ON cases(child_name, rev, id, reference, status, updated_at)
    WHERE deleted_at IS NULL;
CREATE INDEX cases_live_status ON cases(status, rev, id, reference, child_name, updated_at)
    WHERE deleted_at IS NULL;
"""

V6_SCHEMA = """
CREATE TABLE reviews (
    case_id TEXT PRIMARY KEY,
    rev INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE review_documents (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    case_id TEXT NOT NULL,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    added_at TEXT NOT NULL,
    content BLOB NOT NULL
);
CREATE INDEX review_documents_case ON review_documents(case_id, num);
"""

_REFERENCE = re.compile(r"^SCR-(\d{4})-(\d+)$")


def run_script(conn: Connection, script: str) -> None:
    """Run each statement of ``script`` inside the caller's transaction.

    ``executescript`` would commit first, so statements are split here with
    SQLite's own ``complete_statement``.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlcipher.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError("incomplete SQL statement in a migration script")


def _to_v1(conn: Connection) -> None:
    run_script(conn, V1_SCHEMA)


def _to_v2(conn: Connection) -> None:
    run_script(conn, V2_SCHEMA)
    ids = [r[0] for r in conn.execute("SELECT num FROM cases ORDER BY updated_at, num")]
    conn.executemany("UPDATE cases SET rev = ? WHERE num = ?",
                     [(i + 1, n) for i, n in enumerate(ids)])
    last: dict[int, int] = {}
    for (reference,) in conn.execute("SELECT reference FROM cases"):
        m = _REFERENCE.match(reference)
        if m:
            year, n = int(m.group(1)), int(m.group(2))
            last[year] = max(last.get(year, 0), n)
    conn.executemany("INSERT INTO reference_seq(year, last) VALUES (?, ?)", sorted(last.items()))


def _to_v3(conn: Connection) -> None:
    run_script(conn, V3_SCHEMA)
    rows = conn.execute("SELECT num, data FROM cases").fetchall()
    conn.executemany(
        "INSERT INTO cases_fts(rowid, body) VALUES (?, ?)",
        [(num, Case.from_dict(json.loads(data)).search_text()) for num, data in rows],
    )


def _to_v4(conn: Connection) -> None:
    run_script(conn, V4_SCHEMA)


def _to_v5(conn: Connection) -> None:
    run_script(conn, V5_SCHEMA)
    run_script(conn, deadlines.SCHEMA)
    deadlines.fill(conn)


def _to_v6(conn: Connection) -> None:
    run_script(conn, V6_SCHEMA)


def _to_v7(conn: Connection) -> None:
    run_script(conn, chronology.SCHEMA)


def _to_v8(conn: Connection) -> None:
    run_script(conn, stats.SCHEMA)
    stats.fill(conn)


def _to_v9(conn: Connection) -> None:
    list_order.rekey_text(conn)
    run_script(conn, list_order.COLUMN)
    list_order.fill_next_due(conn)  # before its index, which is then built once
    run_script(conn, list_order.INDEXES)
    run_script(conn, deadlines.KINDS_INDEX)


def _to_v10(conn: Connection) -> None:
    run_script(conn, list_order.LABEL_COLUMN)
    list_order.fill_next_label(conn)


STEPS: dict[int, Callable[[Connection], None]] = {
    1: _to_v1, 2: _to_v2, 3: _to_v3, 4: _to_v4, 5: _to_v5, 6: _to_v6, 7: _to_v7,
    8: _to_v8, 9: _to_v9, 10: _to_v10,
}


def schema_version(conn: Connection) -> int:
    """Return the vault's schema version (SQLite ``user_version``)."""
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0]) if row else 0


def upgrade(conn: Connection, *, target: int = CURRENT_VERSION,
            progress: Callable[[int, int], None] | None = None) -> list[int]:
    """Apply every step above the current version up to ``target``; return the steps run.

    Must be called inside a transaction; raises ``ValueError`` rather than
    downgrade a vault that is already past ``target``.  ``progress`` is told
    (steps done, steps in all) before each step.
    """
    current = schema_version(conn)
    if current > target:
        raise ValueError("refusing to downgrade a vault")
    done: list[int] = []
    for version in range(current + 1, target + 1):
        if progress is not None:
            progress(len(done), target - current)
        STEPS[version](conn)
        conn.execute(f"PRAGMA user_version = {int(version)}")
        done.append(version)
    return done
