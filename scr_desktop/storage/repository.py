"""Cases in the vault: create, save, list, search, trash and restore.

Each case is stored as its :meth:`Case.to_dict` JSON plus a few indexed
columns for the case list (reference, child's name, status, last change and
when it went to the trash), a row in an FTS5 index of its text and its rows
in the deadlines table (:mod:`.deadlines`).  Every write is one transaction
that keeps the columns, the index, the deadlines and the audit log in step.
``rev`` grows with every write to any case; a case read from the vault
carries the ``rev`` it was read at, and :meth:`CaseRepository.save` refuses
(:class:`~.errors.StaleCase`) a copy whose ``rev`` is no longer the stored
one, so two screens editing one case never silently overwrite each other.
Search text typed by the user is reduced to words and quoted, so it can
never carry FTS5 syntax or SQL.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from scr_desktop.domain.case_schema import MAX_REFERENCE_DIGITS, SchemaError, check_loadable
from scr_desktop.domain.form import FIELDS
from scr_desktop.domain.model import Case, new_case_id, now_iso

from . import deadlines, list_order
from .audit import AuditLog
from .connection import Connection, Database
from .errors import CaseDamaged, CaseNotFound, StaleCase, UnstorableText

_NESTED = ("form", "facts", "questions", "decision", "dates", "deadlines_done")
_IGNORED = {"updated_at", "schema"}
_WORD = re.compile(r"\w+")
_REFERENCE = re.compile(rf"^SCR-(\d{{4}})-(\d{{1,{MAX_REFERENCE_DIGITS}}})$")
MAX_REFERENCE_NUMBER = 10**MAX_REFERENCE_DIGITS - 1
_SUMMARY = "id, reference, child_name, status, updated_at"
# A row whose stored case lacks the parts every screen relies on is listed as damaged.
_DAMAGED = ("CASE WHEN NOT json_valid(data) THEN 1 ELSE NOT (json_type(data, '$.id') IS 'text'"
            + "".join(f" AND coalesce(json_type(data, '$.{part}'), 'object') IN ('object', 'null')"
                      for part in ("form", "facts", "questions", "decision", "dates",
                                   "deadlines_done", "rapid_review"))
            + " AND substr(coalesce(json_extract(data, '$.updated_at'), '2000'), 1, 4)"
            " BETWEEN '1900' AND '2100') END")
# The list's other columns come from the stored case and the deadlines table; a case whose
# JSON is damaged shows them empty rather than stopping the list.
_SAFE = "CASE WHEN json_valid(data) THEN json_extract(data, '{path}') END"
_REFERRAL = list_order.REFERRAL
# The next deadline not met: its due date and description are kept in the case's row (see
# list_order), so a page reads its cases' rows and nothing else.
_EXTRA = (f"{_REFERRAL}, coalesce({_SAFE.format(path='$.framework')}, ''), "
          "next_due, coalesce(next_label, ''), "
          f"coalesce({_SAFE.format(path='$.form.referrer_agency')}, '')")
SORTS = {"changed": ("rev", "cases_live"), "reference": ("reference", "cases_live_reference"),
         "child": ("child_name", "cases_live_child"), "status": ("status", "cases_live_status"),
         # Read from the stored case and the next deadline kept beside it, each sorted
         # from an index on the expression itself (see list_order).
         **{key: (list_order.SORT_EXPRESSIONS[key], list_order.SORT_INDEXES[key])
            for key in list_order.SORT_INDEXES}}
"""The orders the case list can be sorted in: column, and the index of live cases to walk."""
COUNT_INDEX = list_order.SORT_INDEXES["next_deadline"]
"""The index live cases are counted in: every live case, by a date and the change order."""


@dataclass(frozen=True)
class CaseSummary:
    """What the case list shows for one case."""

    id: str
    reference: str
    child_name: str
    status: str
    updated_at: str
    deleted_at: str | None
    damaged: bool = False
    referral_date: str = ""  # as typed on the form
    framework: str = ""
    next_due: str | None = None  # ISO date of the soonest deadline not done
    next_label: str = ""
    agency: str = ""  # the referring agency


@dataclass(frozen=True)
class ImportedCase:
    """A case as :meth:`CaseRepository.import_case` stored it.

    ``trash_reference`` names the trash copy of the case it replaced, if any.
    """

    case: Case
    trash_reference: str | None


def fts_query(text: str) -> str | None:
    """Turn what the user typed into a safe FTS5 query, or None if it has no words.

    Each whitespace-separated word becomes a quoted phrase of its letters and
    digits with prefix matching (``"scr 2026 00"*``); all must match.  Quotes,
    operators and brackets are dropped, so nothing typed is read as syntax.
    """
    phrases = []
    for chunk in unicodedata.normalize("NFKC", text).split():
        tokens = _WORD.findall(chunk)
        if tokens:
            phrases.append('"' + " ".join(tokens) + '"*')
    return " AND ".join(phrases) or None


def changed_fields(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Return the names (never the values) of what differs between two case dicts."""
    names: list[str] = []
    for key in sorted(set(old) | set(new)):
        if key in _IGNORED or old.get(key) == new.get(key):
            continue
        before, after = old.get(key), new.get(key)
        if key in _NESTED and isinstance(before, dict) and isinstance(after, dict):
            prefix = "" if key == "form" else f"{key}."
            names += [f"{prefix}{sub}" for sub in sorted(set(before) | set(after))
                      if before.get(sub) != after.get(sub)]
        else:
            names.append(key)
    return names


def _unencodable(value: Any) -> bool:
    """Return True if ``value`` holds a string UTF-8 cannot encode (a lone surrogate)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_unencodable(k) or _unencodable(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_unencodable(v) for v in value)
    return False


def check_storable(case: Case, data: dict[str, Any] | None = None) -> None:
    """Raise :class:`UnstorableText`, naming the field, if ``case`` holds a lone surrogate.

    SQLite and case packages store UTF-8, which has no encoding for half of
    a surrogate pair; refusing by name beats an error nobody can act on.
    ``data`` is ``case.to_dict()`` when the caller has it already.
    """
    if not _unencodable(case.to_dict() if data is None else data):
        return
    label = next((FIELDS[name].label for name, value in case.form.items()
                  if name in FIELDS and _unencodable(value)), None)
    raise UnstorableText(label)


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


class CaseRepository:
    """The vault's cases."""

    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    # -- writing ---------------------------------------------------------------
    def new_case(self, framework: str = "") -> Case:
        """Create, save and return an empty case with the next reference for this year.

        ``framework`` names the guidance framework the case starts under
        (blank: the model's default).
        """
        with self._db.transaction() as conn:
            case = Case(reference=self._next_reference(conn))
            if framework:
                case.framework = framework
            case.created_at = case.updated_at = now_iso()
            self._read_at(case, self._insert(conn, case))
            self._audit.record("create", case_ref=case.reference)
        return case

    def save(self, case: Case) -> None:
        """Save ``case`` in one transaction, auditing the names of the fields that changed.

        Does nothing if nothing changed.  A case not yet in the vault (for
        example one imported from a package) is added, with a fresh reference
        if it has none.  ``case.updated_at`` and ``case.revision`` are set once
        the change is committed.  A copy read at an older revision than the
        stored one is refused with :class:`StaleCase` before anything is
        written (unless it holds nothing the stored case lacks).  Text UTF-8
        cannot hold is refused with :class:`UnstorableText`.
        """
        new = case.to_dict()
        stamp = now_iso()
        new["updated_at"] = stamp
        text = _dump(new)
        try:  # the stored text encoded at once, rather than every value looked at in turn
            text.encode("utf-8")
        except UnicodeEncodeError:
            check_storable(case, new)
            raise UnstorableText(None) from None
        with self._db.transaction() as conn:
            row = conn.execute("SELECT num, data, rev FROM cases WHERE id = ?",
                               (case.id,)).fetchone()
            if row is None:
                if not case.reference:
                    new["reference"] = self._next_reference(conn)
                rev = self._insert(conn, Case.from_dict(new))
                self._audit.record("create", case_ref=new["reference"])
            else:
                stored = json.loads(row[1])
                changed = changed_fields(stored, new)
                if not changed:
                    self._read_at(case, int(row[2]), stored)
                    return
                if int(row[2]) != case.revision:
                    raise StaleCase()
                rev = self._next_rev(conn)
                # The columns and the text searched come from the case itself: ``new`` is
                # its ``to_dict()``, stored as it is.
                conn.execute(
                    "UPDATE cases SET reference = ?, child_name = ?, status = ?, updated_at = ?,"
                    " rev = ?, data = ? WHERE num = ?",
                    (case.reference, case.child_name(), case.status, stamp, rev, text, row[0]),
                )
                list_order.move_text(conn, int(row[2]), rev, case.search_text())
                if deadlines.inputs_changed(stored, new):  # else its rows are as they were
                    deadlines.write_case(conn, row[0], Case.from_dict(new))
                self._audit.record("change", case_ref=case.reference,
                                   detail="fields: " + ", ".join(changed))
        case.reference = new["reference"]
        case.updated_at = stamp
        self._read_at(case, rev, new)

    def import_case(self, case: Case, *, keep_both: bool) -> ImportedCase:
        """Add a case read from a package; return it as stored.

        A case whose id is new to this vault keeps its id, and its reference
        unless another case here already uses it (then it gets the next
        free one).  When the id is already here, ``keep_both`` adds the
        import as a separate case with a new id and reference; otherwise the
        existing case is replaced by the import, keeping its reference, and
        its current contents are first copied to a new case in the trash, so
        nothing is lost.  One transaction; the import is audited.
        """
        check_storable(case)
        stamp = now_iso()
        with self._db.transaction() as conn:
            data = case.to_dict()
            row = conn.execute("SELECT num, reference, data, rev FROM cases WHERE id = ?",
                               (case.id,)).fetchone()
            if row is not None and not keep_both:
                try:
                    old = json.loads(row[2])
                    check_loadable(old)
                except (SchemaError, ValueError, RecursionError):
                    raise CaseDamaged(
                        "The case this package would update is damaged here and cannot be "
                        "kept in the trash, so it was not replaced. Nothing was imported. "
                        "Import the package again and choose to keep both.") from None
                kept = Case.from_dict({**old, "id": new_case_id(),
                                       "reference": self._free_reference(conn)})
                self._insert(conn, kept)
                conn.execute("UPDATE cases SET deleted_at = ? WHERE id = ?", (stamp, kept.id))
                fresh = Case.from_dict({**data, "reference": row[1]})
                self._read_at(fresh, self._next_rev(conn))
                conn.execute(
                    "UPDATE cases SET reference = ?, child_name = ?, status = ?, updated_at = ?,"
                    " deleted_at = NULL, rev = ?, data = ? WHERE num = ?",
                    (fresh.reference, fresh.child_name(), fresh.status, fresh.updated_at,
                     fresh.revision, _dump(fresh.to_dict()), row[0]),
                )
                list_order.move_text(conn, int(row[3]), fresh.revision, fresh.search_text())
                deadlines.write_case(conn, row[0], fresh)
                self._audit.record("import", case_ref=fresh.reference,
                                   detail="replaced from a case package; the previous "
                                          f"version is in Deleted cases as {kept.reference}")
                return ImportedCase(fresh, kept.reference)
            if row is not None:
                data["id"] = new_case_id()
                data["reference"] = ""
            taken = conn.execute("SELECT 1 FROM cases WHERE reference = ?",
                                 (data["reference"],)).fetchone()
            if taken or not data["reference"]:
                data["reference"] = self._free_reference(conn)
            else:
                self._claim_reference(conn, data["reference"])
            fresh = Case.from_dict(data)
            self._read_at(fresh, self._insert(conn, fresh))
            self._audit.record("import", case_ref=fresh.reference,
                               detail="added from a case package"
                                      + (" as a separate copy" if row is not None else ""))
        return ImportedCase(fresh, None)

    def delete(self, case_id: str) -> None:
        """Move a case to the trash (it can be restored until the trash is emptied)."""
        self._set_deleted(case_id, now_iso(), "delete")

    def restore(self, case_id: str) -> None:
        """Bring a case back from the trash."""
        self._set_deleted(case_id, None, "restore")

    def empty_trash(self) -> int:
        """Remove every case in the trash permanently; return how many were removed."""
        with self._db.transaction() as conn:
            rows = conn.execute(
                "SELECT num, reference, id, rev FROM cases WHERE deleted_at IS NOT NULL"
                " ORDER BY num").fetchall()
            for num, reference, case_id, rev in rows:
                conn.execute("DELETE FROM chronology WHERE case_id = ?", (case_id,))
                conn.execute("DELETE FROM cases_fts WHERE rowid = ?", (list_order.text_rowid(rev),))
                conn.execute("DELETE FROM deadlines WHERE case_num = ?", (num,))
                conn.execute("DELETE FROM cases WHERE num = ?", (num,))
                self._audit.record("purge", case_ref=reference)
        return len(rows)

    # -- reading ---------------------------------------------------------------
    def get(self, case_id: str) -> Case:
        """Return the case with ``case_id`` (for internal use: not audited)."""
        rows = self._db.execute("SELECT data, rev FROM cases WHERE id = ?", (case_id,))
        if not rows:
            raise CaseNotFound()
        try:
            data = json.loads(rows[0][0])
            check_loadable(data)
            case = Case.from_dict(data)
        except (SchemaError, ValueError, KeyError, TypeError, AttributeError,
                RecursionError):
            raise CaseDamaged() from None
        return self._read_at(case, int(rows[0][1]), data)

    def summary(self, case_id: str) -> CaseSummary:
        """Return what the list shows for ``case_id`` (readable even when the case is damaged)."""
        rows = self._db.execute(f"SELECT {_SUMMARY}, deleted_at, {_DAMAGED} FROM cases"
                                " WHERE id = ?", (case_id,))
        if not rows:
            raise CaseNotFound()
        row = rows[0]
        return CaseSummary(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]))

    def open(self, case_id: str) -> Case:
        """Return the case with ``case_id`` for the user to see, auditing the view."""
        case = self.get(case_id)
        at = now_iso()
        # Audited at once, or (just after unlocking) once the page check has passed.
        self._db.write_or_defer(lambda: self._audit.record("view", case_ref=case.reference,
                                                           at=at))
        return case

    def list(self, search: str = "", *, offset: int = 0, limit: int | None = None,
             trash: bool = False, sort: str = "changed", descending: bool = True
             ) -> list[CaseSummary]:
        """Return cases, optionally filtered by ``search``, in the order ``sort`` (see SORTS).

        The default is the most recently changed first; ties follow the change order.
        A search of the live cases, newest first, walks the full-text index
        itself in that order (its rowids are the cases' ``rev``, negated:
        see :mod:`.list_order`) and stops after the page; in another order
        it walks that order's index and keeps the cases among the matches.
        """
        sql, params = self.list_query(search, trash=trash, sort=sort, descending=descending)
        rows = self._db.execute(sql, (*params, -1 if limit is None else int(limit),
                                      max(0, int(offset))))
        return [CaseSummary(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]),
                            *row[7:]) for row in rows]

    @classmethod
    def list_query(cls, search: str = "", *, trash: bool = False, sort: str = "changed",
                   descending: bool = True) -> tuple[str, tuple[str, ...]]:
        """Return the SQL of :meth:`list` (ending ``LIMIT ? OFFSET ?``) and its parameters."""
        column, index = SORTS[sort]
        deleted = "deleted_at" if trash else "NULL"
        way = "DESC" if descending else "ASC"
        query = fts_query(search)
        if query is not None and column == "rev" and descending and not trash:
            where = ("cases_fts CROSS JOIN cases INDEXED BY cases_live ON cases.rev ="
                     " -cases_fts.rowid WHERE cases_fts MATCH ? AND cases.deleted_at IS NULL")
            params: tuple[str, ...] = (query,)
            order = "cases_fts.rowid"
        else:
            where, params = cls._filter(search, trash, index)
            order = f"{column} {way}" if column == "rev" else f"{column} {way}, rev {way}"
        return (f"SELECT {_SUMMARY}, {deleted}, {_DAMAGED}, {_EXTRA} FROM {where}"
                f" ORDER BY {order} LIMIT ? OFFSET ?"), params

    def changes(self) -> int:
        """Return a number that moves whenever anything is written to the vault (see
        :meth:`.Database.changes`): a list read when it had the same value is still current."""
        return self._db.changes()

    def count(self, search: str = "", *, trash: bool = False, cap: int | None = None) -> int:
        """Return how many cases :meth:`list` would return with no limit.

        With ``cap``, a search stops counting once more than ``cap`` cases
        match and returns ``cap + 1`` ("more than cap"): counting every match
        of common words would cost more than listing the first page.
        """
        query = fts_query(search)
        if cap is not None and query is not None and not trash:
            return self._live_matches(query, int(cap))
        if cap is not None and query is not None:
            rows = self._db.execute(
                "SELECT count(*) FROM (SELECT 1 FROM cases_fts CROSS JOIN cases AS c"
                " INDEXED BY cases_trash ON c.rev = -cases_fts.rowid WHERE cases_fts MATCH ?"
                " AND c.deleted_at IS NOT NULL LIMIT ?)", (query, int(cap) + 1))
            return int(rows[0][0])
        sql, params = self.count_query(search, trash=trash)
        rows = self._db.execute(sql, params)
        return int(rows[0][0])

    @classmethod
    def count_query(cls, search: str = "", *, trash: bool = False
                    ) -> tuple[str, tuple[str, ...]]:
        """Return the SQL of an uncapped :meth:`count` and its parameters.

        The live cases are counted in the narrowest index that holds them all
        (:data:`COUNT_INDEX`): counting is the first read after unlocking, when
        every page read has to be decrypted, and the list's own index holds
        each case's summary, about four times the pages.
        """
        where, params = cls._filter(search, trash, COUNT_INDEX)
        return f"SELECT count(*) FROM {where}", params

    # -- helpers ---------------------------------------------------------------
    def _live_matches(self, query: str, cap: int) -> int:
        """Count the live cases matching ``query``, stopping past ``cap`` (then ``cap + 1``).

        Looking each match up among the live cases would read its row, so the
        matches are counted in the full-text index alone, up to ``cap + 1``
        plus the cases in the trash (a few): if there are that many, more
        than ``cap`` of them are live; if not, the trash's matches, found
        from the trash's own index, are taken off.
        """
        with self._db.reading() as conn:
            trashed = int(conn.execute("SELECT count(*) FROM cases INDEXED BY cases_trash"
                                       " WHERE deleted_at IS NOT NULL").fetchone()[0])
            limit = cap + 1 + trashed
            found = int(conn.execute(
                "SELECT count(*) FROM (SELECT 1 FROM cases_fts WHERE cases_fts MATCH ? LIMIT ?)",
                (query, limit)).fetchone()[0])
            if found == limit:
                return cap + 1
            if not trashed:
                return found
            in_trash = int(conn.execute(
                "SELECT count(*) FROM cases INDEXED BY cases_trash WHERE deleted_at IS NOT NULL"
                " AND -rev IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)",
                (query,)).fetchone()[0])
            return min(found - in_trash, cap + 1)

    @staticmethod
    def _filter(search: str, trash: bool, index: str = "cases_live"
                ) -> tuple[str, tuple[str, ...]]:
        """Return the FROM ... WHERE part of a list query, and its parameters.

        The covering index is named so that a search walks the small index in
        list order and checks each entry against the (materialised) FTS
        matches, rather than reading every matching case's full row.  The
        matches' rowids are compared with ``-rev`` (see :mod:`.list_order`):
        an expression keeps SQLite from looking each match up by ``rev``
        instead and sorting them all, and the rowids come in the index's own
        order, which makes the set of matches quick to build.
        """
        if trash:
            where = "cases INDEXED BY cases_trash WHERE deleted_at IS NOT NULL"
        else:
            where = f"cases INDEXED BY {index} WHERE deleted_at IS NULL"
        query = fts_query(search)
        if query is None:
            return where, ()
        return (where + " AND -rev IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)",
                (query,))

    @staticmethod
    def _next_rev(conn: Connection) -> int:
        row = conn.execute("SELECT max(rev) FROM cases").fetchone()
        return int(row[0] or 0) + 1

    @staticmethod
    def _next_reference(conn: Connection) -> str:
        """Hand out the year's next reference, whatever the sequence or the cases hold.

        A sequence out of range (written before references were limited, or by
        hand) is rebuilt from the references the cases hold within the limit.
        """
        year = datetime.now().year
        row = conn.execute("SELECT last FROM reference_seq WHERE year = ?", (year,)).fetchone()
        last = row[0] if row else 0
        if not isinstance(last, int) or not 0 <= last < MAX_REFERENCE_NUMBER:
            last = 0
            for (reference,) in conn.execute("SELECT reference FROM cases WHERE reference LIKE ?",
                                             (f"SCR-{year}-%",)):
                m = _REFERENCE.match(str(reference))
                if m and int(m.group(2)) < MAX_REFERENCE_NUMBER:
                    last = max(last, int(m.group(2)))
        n = last + 1
        conn.execute(
            "INSERT INTO reference_seq(year, last) VALUES (?, ?)"
            " ON CONFLICT(year) DO UPDATE SET last = excluded.last",
            (year, n),
        )
        return f"SCR-{year}-{n:04d}"

    def _free_reference(self, conn: Connection) -> str:
        """Return the next reference that no case here uses (imports may have taken some)."""
        while True:
            reference = self._next_reference(conn)
            if conn.execute("SELECT 1 FROM cases WHERE reference = ?",
                            (reference,)).fetchone() is None:
                return reference

    @staticmethod
    def _claim_reference(conn: Connection, reference: str) -> None:
        """Move the year's sequence past an imported reference, so it is never handed out."""
        m = _REFERENCE.match(reference)
        if m:
            conn.execute(
                "INSERT INTO reference_seq(year, last) VALUES (?, ?)"
                " ON CONFLICT(year) DO UPDATE SET last = max(last, excluded.last)",
                (int(m.group(1)), int(m.group(2))),
            )

    def _insert(self, conn: Connection, case: Case) -> int:
        """Add ``case`` as a new row; return its revision."""
        rev = self._next_rev(conn)
        cursor = conn.execute(
            "INSERT INTO cases(id, reference, child_name, status, created_at, updated_at,"
            " deleted_at, rev, data) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)",
            (case.id, case.reference, case.child_name(), case.status, case.created_at,
             case.updated_at, rev, _dump(case.to_dict())),
        )
        list_order.move_text(conn, None, rev, case.search_text())
        deadlines.write_case(conn, int(cursor.lastrowid or 0), case)
        return rev

    @staticmethod
    def _read_at(case: Case, rev: int, data: dict[str, Any] | None = None) -> Case:
        """Mark ``case`` as the stored version at ``rev`` (``data``: its stored contents)."""
        case.revision = rev
        case.read_as = data if data is not None else case.to_dict()
        return case

    def _set_deleted(self, case_id: str, when: str | None, action: str) -> None:
        with self._db.transaction() as conn:
            row = conn.execute("SELECT reference, deleted_at, rev FROM cases WHERE id = ?",
                               (case_id,)).fetchone()
            if row is None:
                raise CaseNotFound()
            if (row[1] is None) == (when is None):
                return
            rev = self._next_rev(conn)
            conn.execute("UPDATE cases SET deleted_at = ?, rev = ? WHERE id = ?",
                         (when, rev, case_id))
            list_order.move_text(conn, int(row[2]), rev, None)
            self._audit.record(action, case_ref=row[0])
