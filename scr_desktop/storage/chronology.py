"""The integrated chronology in the vault: one row per entry, read a page at a time.

Entries live in the ``chronology`` table, one row each, with an index on
(case, date sort key, time, row) for the whole chronology in date order and
one on (case, agency, ...) for an agency's entries, so the table on screen
reads one page of rows at a time however long the chronology is.  Filters
(agencies, a person, a period, key episodes only) are SQL conditions.  A
person matches an entry naming them among its people (any part of a name,
case and accents folded: "zoe" finds "Zoë"; the folded copy is kept beside
the people, written with them).  A period keeps an approximate date by its sort key, so
"2019" falls within a period only if the period starts no later than the
start of 2019.

Every write is one transaction with its audit entry, which says what was
done and how many entries, never their content: adding, changing and
deleting one entry, importing an agency's file (every entry and the
agency's column mapping, remembered for its next file, in one transaction:
all or nothing) and merging two entries.
"""

from __future__ import annotations

import json
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from scr_desktop.domain.chronology.entry import Entry, EntryDate
from scr_desktop.domain.model import now_iso

from .audit import AuditLog
from .connection import Connection, Database
from .errors import VaultError

SCHEMA = """
CREATE TABLE chronology (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    case_id TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    time TEXT NOT NULL DEFAULT '',
    agency TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    event TEXT NOT NULL,
    people TEXT NOT NULL DEFAULT '',
    people_folded TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    analysis TEXT NOT NULL DEFAULT '',
    key_episode INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
CREATE INDEX chronology_case_date ON chronology(case_id, sort_key, time, num);
CREATE INDEX chronology_agency ON chronology(case_id, agency, sort_key, time, num);
CREATE TABLE chronology_mappings (
    agency TEXT PRIMARY KEY,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL
);
"""

_COLUMNS = ("id, case_id, sort_key, time, agency, source, event, people, comment, analysis,"
            " key_episode")
_ORDER = " ORDER BY sort_key, time, num"


class EntryMissing(VaultError):
    """The entry was deleted (or merged) meanwhile."""

    code = "entry_missing"
    default_message = "That entry is no longer in the chronology; it may have been merged."


@dataclass(frozen=True)
class ChronologyFilter:
    """Which entries to show: empty parts do not filter."""

    agencies: tuple[str, ...] = ()
    person: str = ""
    date_from: str = ""  # sort keys, yyyy-mm-dd
    date_to: str = ""
    key_only: bool = False

    def where(self, case_id: str) -> tuple[str, list[Any]]:
        """The SQL condition and its parameters."""
        parts = ["case_id = ?"]
        params: list[Any] = [case_id]
        if self.agencies:
            parts.append(f"agency IN ({', '.join('?' * len(self.agencies))})")
            params += list(self.agencies)
        if self.person.strip():
            parts.append("instr(people_folded, ?) > 0")
            params.append(fold_person(self.person))
        if self.date_from:
            parts.append("sort_key >= ?")
            params.append(self.date_from)
        if self.date_to:
            parts.append("sort_key <= ?")
            params.append(self.date_to)
        if self.key_only:
            parts.append("key_episode = 1")
        return " AND ".join(parts), params


def fold_person(text: str) -> str:
    """A name as the person filter compares it: case and accents folded ("Zoë" = "ZOE")."""
    decomposed = unicodedata.normalize("NFKD", " ".join(text.split()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _row(entry: Entry, case_id: str) -> tuple[Any, ...]:
    return (entry.id, case_id, entry.when.sort_key, entry.time, entry.agency, entry.source,
            entry.event, entry.people, entry.comment, entry.analysis, int(entry.key),
            fold_person(entry.people), now_iso())


def _entry(row: tuple[Any, ...]) -> Entry:
    eid, case_id, key, time, agency, source, event, people, comment, analysis, flag = row
    return Entry(EntryDate.from_key(str(key)), str(agency), str(event), str(time),
                 str(source), str(people), str(comment), str(analysis), bool(flag),
                 str(eid), str(case_id))


class ChronologyRepository:
    """The chronologies of every review in the vault."""

    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    # -- reading ---------------------------------------------------------------------
    def count(self, case_id: str, filt: ChronologyFilter | None = None) -> int:
        """How many entries of the case pass ``filt``."""
        where, params = (filt or ChronologyFilter()).where(case_id)
        return int(self._db.execute(f"SELECT count(*) FROM chronology WHERE {where}",
                                    tuple(params))[0][0])

    def page(self, case_id: str, filt: ChronologyFilter | None = None, *, offset: int = 0,
             limit: int = 200) -> list[Entry]:
        """One page of the case's entries in date order."""
        where, params = (filt or ChronologyFilter()).where(case_id)
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM chronology WHERE {where}{_ORDER} LIMIT ? OFFSET ?",
            (*params, int(limit), int(offset)))
        return [_entry(r) for r in rows]

    def entries(self, case_id: str, filt: ChronologyFilter | None = None) -> list[Entry]:
        """Every entry of the case passing ``filt``, in date order (for exports)."""
        return self.page(case_id, filt, offset=0, limit=-1)

    def get(self, entry_id: str) -> Entry:
        """One entry by id."""
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM chronology WHERE id = ?", (entry_id,))
        if not rows:
            raise EntryMissing()
        return _entry(rows[0])

    def agencies(self, case_id: str) -> list[tuple[str, int]]:
        """The agencies with entries in the case's chronology, and how many each."""
        rows = self._db.execute("SELECT agency, count(*) FROM chronology WHERE case_id = ?"
                                " GROUP BY agency ORDER BY agency", (case_id,))
        return [(str(a), int(n)) for a, n in rows]

    def span(self, case_id: str, filt: ChronologyFilter | None = None) -> tuple[str, str] | None:
        """The first and last sort keys of the entries passing ``filt``."""
        where, params = (filt or ChronologyFilter()).where(case_id)
        row = self._db.execute(f"SELECT min(sort_key), max(sort_key) FROM chronology"
                               f" WHERE {where}", tuple(params))[0]
        return None if row[0] is None else (str(row[0]), str(row[1]))

    def mapping(self, agency: str) -> dict[str, str]:
        """The column mapping remembered for ``agency`` (column name -> file heading)."""
        rows = self._db.execute("SELECT data FROM chronology_mappings WHERE agency = ?",
                                (agency.strip().casefold(),))
        return dict(json.loads(rows[0][0])) if rows else {}

    # -- writing ---------------------------------------------------------------------
    def add(self, case_id: str, entry: Entry, *, case_ref: str = "") -> Entry:
        """Add one entry; return it with its id."""
        entry.id = entry.id or uuid.uuid4().hex
        entry.case_id = case_id
        with self._db.transaction() as conn:
            self._insert(conn, case_id, [entry])
            self._audit.record("add chronology entry", case_ref=case_ref,
                               detail=f"agency {entry.agency}")
        return entry

    def update(self, entry: Entry, *, case_ref: str = "") -> None:
        """Save the changed ``entry`` (found by its id)."""
        with self._db.transaction() as conn:
            self._update(conn, entry)
            self._audit.record("change chronology entry", case_ref=case_ref,
                               detail=f"agency {entry.agency}")

    def delete(self, entry_id: str, *, case_ref: str = "") -> None:
        """Delete one entry."""
        with self._db.transaction() as conn:
            cur = conn.execute("DELETE FROM chronology WHERE id = ?", (entry_id,))
            if cur.rowcount != 1:
                raise EntryMissing()
            self._audit.record("delete chronology entry", case_ref=case_ref)

    def import_entries(self, case_id: str, agency: str, entries: Iterable[Entry],
                       mapping: dict[str, str], *, case_ref: str = "") -> int:
        """Add an agency's imported entries and remember its column mapping, all at once."""
        batch = list(entries)
        for e in batch:
            e.id = e.id or uuid.uuid4().hex
            e.case_id = case_id
        with self._db.transaction() as conn:
            self._insert(conn, case_id, batch)
            conn.execute("INSERT INTO chronology_mappings(agency, updated_at, data)"
                         " VALUES (?, ?, ?) ON CONFLICT(agency) DO UPDATE SET"
                         " updated_at = excluded.updated_at, data = excluded.data",
                         (agency.strip().casefold(), now_iso(),
                          json.dumps(mapping, sort_keys=True, ensure_ascii=False)))
            self._audit.record("import chronology", case_ref=case_ref,
                               detail=f"{len(batch)} entries from {agency}")
        return len(batch)

    def import_package(self, case_id: str, entries: Iterable[Entry], *, case_ref: str = "",
                       previous_case_id: str | None = None) -> None:
        """Take the chronology a case package carried for the imported case ``case_id``.

        The chronology the case already had moves to ``previous_case_id`` (the
        copy of the replaced case kept in the trash), so nothing is lost; the
        entries get new ids.
        """
        batch = [replace(e, id=uuid.uuid4().hex, case_id=case_id) for e in entries]
        with self._db.transaction() as conn:
            if previous_case_id:
                conn.execute("UPDATE chronology SET case_id = ? WHERE case_id = ?",
                             (previous_case_id, case_id))
            else:
                conn.execute("DELETE FROM chronology WHERE case_id = ?", (case_id,))
            self._insert(conn, case_id, batch)
            if batch:
                self._audit.record("import chronology", case_ref=case_ref,
                                   detail=f"{len(batch)} entries from a case package")

    def merge(self, merged: Entry, dropped_id: str, *, case_ref: str = "") -> None:
        """Save ``merged`` (the entry kept) and delete the duplicate ``dropped_id``."""
        with self._db.transaction() as conn:
            self._update(conn, merged)
            cur = conn.execute("DELETE FROM chronology WHERE id = ?", (dropped_id,))
            if cur.rowcount != 1:
                raise EntryMissing()
            self._audit.record("merge chronology entries", case_ref=case_ref,
                               detail=f"kept the {merged.agency} entry")

    @staticmethod
    def _insert(conn: Connection, case_id: str, entries: list[Entry]) -> None:
        conn.executemany(f"INSERT INTO chronology({_COLUMNS}, people_folded, updated_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [_row(e, case_id) for e in entries])

    @staticmethod
    def _update(conn: Connection, entry: Entry) -> None:
        cur = conn.execute(
            "UPDATE chronology SET sort_key = ?, time = ?, agency = ?, source = ?, event = ?,"
            " people = ?, comment = ?, analysis = ?, key_episode = ?, people_folded = ?,"
            " updated_at = ? WHERE id = ?",
            (entry.when.sort_key, entry.time, entry.agency, entry.source, entry.event,
             entry.people, entry.comment, entry.analysis, int(entry.key),
             fold_person(entry.people), now_iso(), entry.id))
        if cur.rowcount != 1:
            raise EntryMissing()
