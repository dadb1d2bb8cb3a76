"""The deadlines table: every case's deadlines, kept beside the case and read a page at a time.

The deadlines dashboard must not read and assess every case each time it is
shown, so each case's deadlines are worked out when the case is saved, by
the decision engine itself (:func:`~scr_desktop.domain.assessment.assess_case`
and :func:`~scr_desktop.domain.assessment.deadline_states`), and written in
the same transaction as the case.  A row keeps what the dashboard shows and
what its state on any day depends on: the key, label, due date, date met
and source, plus a JSON note of everything else the engine said about the
deadline (its start event and rule); the reason a due date was moved back
to a working day, when the engine gives one, has its own column.  Where a
deadline stands *today* (upcoming, due soon, overdue) is worked out only for
the rows on screen, with :func:`~scr_desktop.domain.assessment.deadline_state`.

The rules that produce deadlines change with the application (framework
files, the bank holiday tables), so the table records the version of the
rules it was computed under (:func:`rules_version`).  When it differs, the
table is recomputed once, a batch of cases per transaction
(:func:`recompute_batch`), while the vault is in use; a case saved meanwhile
writes its own rows under the new rules.

Cases the engine cannot assess (an unknown framework, a malformed date met)
have no rows, as the dashboard always left them out.  Deadlines of cases in
the trash stay in the table but are never listed or counted.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from scr_desktop import __version__
from scr_desktop.domain.assessment import (
    AssessmentInputError,
    DeadlineState,
    deadline_state,
    deadline_states,
)
from scr_desktop.domain.model import Case
from scr_desktop.domain.review.deadlines import assess_with_review, done_with_review, item_kinds
from scr_desktop.domain.review.model import Review
from scr_desktop.resources import resource_path

from . import list_order, stats
from .connection import Connection, Database

SCHEMA = """
CREATE TABLE deadlines (
    case_num INTEGER NOT NULL REFERENCES cases(num) ON DELETE CASCADE,
    key TEXT NOT NULL,
    ord INTEGER NOT NULL,
    label TEXT NOT NULL,
    due TEXT NOT NULL,
    done TEXT,
    source TEXT NOT NULL DEFAULT '',
    moved TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (case_num, key)
) WITHOUT ROWID;
CREATE INDEX deadlines_due ON deadlines(due, case_num, ord, done);
CREATE INDEX deadlines_open ON deadlines(due, case_num, ord, done) WHERE done IS NULL;
CREATE TABLE deadline_rules (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version TEXT NOT NULL
);
"""

# The kinds of deadline held, for the dashboard's filter: each kind is found by a seek in
# this index (a walk from one kind to the next), not by reading every deadline.  A deadline
# given once per agency or action has the key '<kind>:<id>' (:func:`item_kinds`): the walk
# steps over every key of that kind at once (past '<kind>:' followed by the last character
# there is), so a review's thousand actions are one kind and one seek.
KINDS_INDEX = "CREATE INDEX deadlines_kind ON deadlines(key, label);\n"
KINDS_SQL = ("WITH RECURSIVE k(key) AS (SELECT min(key) FROM deadlines UNION ALL"
             " SELECT (SELECT min(key) FROM deadlines WHERE key > (CASE WHEN instr(k.key, ':')"
             " THEN substr(k.key, 1, instr(k.key, ':')) || char(1114111) ELSE k.key END))"
             " FROM k WHERE k.key IS NOT NULL)"
             " SELECT key, (SELECT min(label) FROM deadlines AS d WHERE d.key = k.key) AS label"
             " FROM k WHERE key IS NOT NULL ORDER BY label")
_STORED = {"key", "label", "due", "source", "moved_note"}
_LIVE = ("case_num NOT IN"
         " (SELECT num FROM cases INDEXED BY cases_trash WHERE deleted_at IS NOT NULL)")
BATCH = 250
# Which deadlines count as met beyond the marks a case carries (see
# :func:`scr_desktop.domain.decisions.met_deadlines`); a change here recomputes the table.
MET_RULES = "chair_decision met on the decision date"


def rules_version() -> str:
    """Return a digest of everything deadlines are computed from, besides the cases.

    The application version (the engine's code), the rules for which deadlines
    count as met (:data:`MET_RULES`), every framework file, the stored table of
    bank holidays and the version of the package that can stand in for it.
    """
    h = hashlib.sha256(__version__.encode() + b"\0" + MET_RULES.encode())
    for p in sorted(resource_path("frameworks").glob("*.json")):
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    h.update(resource_path("calendar/bank_holidays.json").read_bytes())
    from importlib import metadata  # here, not with the module: it loads the e-mail parser

    with contextlib.suppress(metadata.PackageNotFoundError):
        h.update(metadata.version("holidays").encode())
    return h.hexdigest()


def _note(deadline: Any) -> str:
    """Return what the engine said about a deadline beyond the stored columns, as JSON."""
    if not dataclasses.is_dataclass(deadline):
        return "{}"
    extra = {f.name: getattr(deadline, f.name) for f in dataclasses.fields(deadline)
             if f.name not in _STORED}
    return json.dumps(extra, default=str, ensure_ascii=False, sort_keys=True)


def case_rows(case: Case, review: Review | None = None
              ) -> list[tuple[str, int, str, str, str | None, str, str, str]]:
    """Return the rows of ``case``'s deadlines: (key, ord, label, due, done, source, moved, note).

    The deadlines of the case's review, if it has one, are among them.
    ``moved`` is the engine's words on why a due date is before the end of
    its period ('' when it is not, or when the engine gives no reason).
    """
    try:
        assessment = assess_with_review(case, review)
        met = {s.key: s.done_on for s in
               deadline_states(assessment, done_with_review(case, review), date.today())}
    except AssessmentInputError:
        return []
    rows = []
    for i, d in enumerate(assessment.deadlines):
        done_on = met.get(d.key)
        moved = getattr(d, "moved_note", "")
        rows.append((d.key, i, d.label, d.due.isoformat(),
                     done_on.isoformat() if done_on else None, d.source,
                     moved if isinstance(moved, str) else "", _note(d)))
    return rows


def review_of(conn: Connection, case_id: str) -> Review | None:
    """Return the stored review of a case, or None (none yet, or a vault before reviews)."""
    has_reviews = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'reviews'").fetchone()
    if has_reviews is None:
        return None
    row = conn.execute("SELECT data, rev FROM reviews WHERE case_id = ?", (case_id,)).fetchone()
    return None if row is None else stats.stored_review(row[0], row[1])


# The form fields the deadlines and the statistics rows are worked out from: the dates the
# local authority became aware and of the referral (:func:`assess_case`, :func:`stats.case_row`).
# Every other part of a case beyond its form (framework, facts, questions, decision, dates,
# marks, themes, ...) is read too.  ``test_deadline_inputs`` changes every other form field
# and checks that no row changes.
FORM_INPUTS = ("aware_date", "referral_date")
_NOT_INPUTS = frozenset({"form", "updated_at"})


def inputs_changed(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Return True unless the case dicts ``old`` (as stored) and ``new`` hold the same
    inputs of the deadlines and statistics rows (see :data:`FORM_INPUTS`).

    A save that changes none of them (a name, an address, the outline: most autosaves)
    leaves the case's rows as they are, since they are worked out from those inputs, its
    stored review (whose saves rewrite them, :func:`write_case_by_id`) and the rules (a
    change of rules recomputes every case, :func:`recompute_batch`) alone.
    """
    if any(old.get(k) != new.get(k) for k in (old.keys() | new.keys()) - _NOT_INPUTS):
        return True
    before, after = old.get("form"), new.get("form")
    if not isinstance(before, dict) or not isinstance(after, dict):
        return True
    return any(before.get(k) != after.get(k) for k in FORM_INPUTS)


def write_case(conn: Connection, num: int, case: Case) -> None:
    """Replace the deadlines of the case stored as row ``num`` (inside the caller's transaction),
    and its rows of the board's statistics (:mod:`.stats`), which change with the same saves.

    The rows are worked out afresh on every save and compared with the rows
    stored; only rows that differ are written.  Most saves (a name, an address,
    the outline) change no deadline, and rewriting identical rows would still
    add every page they touch to the commit.
    """
    review = review_of(conn, case.id)
    computed = case_rows(case, review)
    rows = [(num, *row) for row in computed]
    stored = conn.execute(
        "SELECT case_num, key, ord, label, due, done, source, moved, note FROM deadlines"
        " WHERE case_num = ? ORDER BY ord", (num,)).fetchall()
    if [tuple(r) for r in stored] != rows:
        conn.execute("DELETE FROM deadlines WHERE case_num = ?", (num,))
        conn.executemany(
            "INSERT INTO deadlines(case_num, key, ord, label, due, done, source, moved, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    # the next deadline not met: the soonest, the first in the case's order on that day
    soonest = min(((row[3], row[1], row[2]) for row in computed if row[4] is None),
                  default=None)
    _keep_next_due(conn, num, soonest[0] if soonest else None, soonest[2] if soonest else None)
    stats.write_case(conn, num, case, review)


def _keep_next_due(conn: Connection, num: int, due: str | None, label: str | None) -> None:
    """Keep the due date of case ``num``'s next deadline not met in its row, for sorting,
    and its description, for the list."""
    if list_order.has_next_label(conn):
        conn.execute("UPDATE cases SET next_due = ?, next_label = ? WHERE num = ?"
                     " AND (next_due IS NOT ? OR next_label IS NOT ?)",
                     (due, label, num, due, label))
    elif list_order.has_next_due(conn):  # a vault being upgraded, between the steps
        conn.execute("UPDATE cases SET next_due = ? WHERE num = ? AND next_due IS NOT ?",
                     (due, num, due))


def write_case_by_id(conn: Connection, case_id: str) -> None:
    """Rewrite the deadlines of the stored case ``case_id`` (its review has changed)."""
    row = conn.execute("SELECT num, data FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is not None:
        write_case(conn, int(row[0]), Case.from_dict(json.loads(row[1])))


def stored_version(conn: Connection) -> str | None:
    """Return the rules version the table was computed under, or None."""
    row = conn.execute("SELECT version FROM deadline_rules WHERE id = 1").fetchone()
    return None if row is None else str(row[0])


def set_version(conn: Connection, version: str) -> None:
    """Record that the whole table is computed under ``version``."""
    conn.execute("INSERT INTO deadline_rules(id, version) VALUES (1, ?)"
                 " ON CONFLICT(id) DO UPDATE SET version = excluded.version", (version,))


def recompute_batch(conn: Connection, after: int, limit: int = BATCH) -> tuple[int, int]:
    """Recompute the deadlines of up to ``limit`` cases numbered above ``after``.

    Returns the last case number done (``after`` when none were left) and how
    many cases were done.  Only one batch of cases is held in memory.
    """
    rows = conn.execute("SELECT num, data FROM cases WHERE num > ? ORDER BY num LIMIT ?",
                        (after, limit)).fetchall()
    for num, data in rows:
        try:
            case = Case.from_dict(json.loads(data))
            write_case(conn, num, case)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            # A damaged case has no deadlines; it is shown as damaged in the list.
            conn.execute("DELETE FROM deadlines WHERE case_num = ?", (num,))
            _keep_next_due(conn, num, None, None)
    return (int(rows[-1][0]) if rows else after), len(rows)


def _cases_after(conn: Connection, num: int) -> bool:
    """Return True if any case is numbered above ``num``."""
    return conn.execute("SELECT 1 FROM cases WHERE num > ? LIMIT 1", (num,)).fetchone() is not None


def fill(conn: Connection) -> None:
    """Compute every case's deadlines and record the rules version (inside a transaction)."""
    after, n = recompute_batch(conn, 0)
    while n:
        after, n = recompute_batch(conn, after)
    set_version(conn, rules_version())


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    """One deadline of one case, as the dashboard lists it."""

    case_id: str
    reference: str
    child_name: str
    deadline: DeadlineState
    after: tuple[str, int, int]  # the position to page on from


@dataclass(frozen=True)
class DeadlineCounts:
    """How many deadlines are listed, and how many of them are overdue."""

    listed: int
    overdue: int


@dataclass(frozen=True)
class DeadlineFilter:
    """Which deadlines the dashboard lists, applied in SQL: only overdue ones, only cases
    whose reference contains ``case_ref``, only deadlines of kind ``key`` (a deadline's key,
    or the kind of those given once per agency or action, :meth:`DeadlineTable.kinds`)."""

    overdue_only: bool = False
    case_ref: str = ""
    key: str = ""

    def where(self, today: date) -> tuple[list[str], list[Any]]:
        """Return the SQL conditions and their parameters."""
        where: list[str] = []
        params: list[Any] = []
        if self.overdue_only:
            where.append("done IS NULL AND due < ?")
            params.append(today.isoformat())
        if self.case_ref.strip():
            escaped = self.case_ref.strip().replace("\\", "\\\\").replace("%", "\\%") \
                .replace("_", "\\_")
            where.append("case_num IN (SELECT num FROM cases WHERE reference LIKE ? ESCAPE '\\')")
            params.append(f"%{escaped}%")
        if self.key:
            where.append("(key = ? OR substr(key, 1, ?) = ?)")
            params += [self.key, len(self.key) + 1, f"{self.key}:"]
        return where, params


class DeadlineTable:
    """Reads of the deadlines table, a page at a time, with counts from SQL."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def __eq__(self, other: object) -> bool:
        """Two readers of the same open vault are the same table."""
        return isinstance(other, DeadlineTable) and other._db is self._db

    def __hash__(self) -> int:
        """Hash as the vault's connection does."""
        return id(self._db)

    def kinds(self) -> list[tuple[str, str]]:
        """Return each kind of deadline the table holds (key, label), by label.

        The deadlines given once per agency or action are one kind each, named by the
        kind (``action``, "Action"), not one per agency or action.
        """
        named = item_kinds()
        found: dict[str, str] = {}
        for key, label in self._db.execute(KINDS_SQL):
            kind, per_item, _id = str(key).partition(":")
            found.setdefault(kind, named.get(kind, str(label)) if per_item else str(label))
        return sorted(found.items(), key=lambda kind: (kind[1], kind[0]))

    def changes(self) -> int:
        """Return a number that grows with every row the vault's connection writes (any
        table), so a reader can tell that nothing has changed since it last read."""
        with self._db.reading() as conn:
            return int(conn.total_changes)

    def page(self, today: date, *, include_done: bool = False,
             after: tuple[str, int, int] | None = None, limit: int = 50,
             match: DeadlineFilter = DeadlineFilter()) -> list[DeadlineRow]:
        """Return up to ``limit`` deadlines by due date, from just after ``after``."""
        index = "deadlines_due" if include_done else "deadlines_open"
        where = [_LIVE] if include_done else [_LIVE, "done IS NULL"]
        extra, params = match.where(today)
        where += extra
        if after is not None:
            where.append("(due, case_num, ord) > (?, ?, ?)")
            params += list(after)
        sql = (f"SELECT d.key, d.label, d.due, d.done, d.source, d.moved, d.case_num, d.ord,"
               f" c.id, c.reference, c.child_name"
               f" FROM (SELECT * FROM deadlines INDEXED BY {index} WHERE {' AND '.join(where)}"
               f" ORDER BY due, case_num, ord LIMIT ?) AS d"
               f" JOIN cases AS c ON c.num = d.case_num ORDER BY d.due, d.case_num, d.ord")
        rows = self._db.execute(sql, (*params, int(limit)))
        out = []
        for key, label, due, done, source, moved, num, ord_, case_id, reference, child in rows:
            # A key, label and source repeat down the list: keep one copy of each.
            key, label, source = sys.intern(key), sys.intern(label), sys.intern(source)
            state = deadline_state(key, label, date.fromisoformat(due), source,
                                   date.fromisoformat(done) if done else None, today, moved)
            out.append(DeadlineRow(case_id, reference, child, state, (due, num, ord_)))
        return out

    def counts(self, today: date, *, include_done: bool = False,
               match: DeadlineFilter = DeadlineFilter()) -> DeadlineCounts:
        """Return how many deadlines :meth:`page` lists in all, and how many are overdue."""
        index = "deadlines_due" if include_done else "deadlines_open"
        where = [_LIVE] if include_done else [_LIVE, "done IS NULL"]
        extra, params = match.where(today)
        where += extra
        row = self._db.execute(
            f"SELECT count(*), count(CASE WHEN done IS NULL AND due < ? THEN 1 END)"
            f" FROM deadlines INDEXED BY {index} WHERE {' AND '.join(where)}",
            (today.isoformat(), *params))[0]
        return DeadlineCounts(int(row[0]), int(row[1]))

    def rules_current(self) -> bool:
        """Return True if the table was computed under this application's rules."""
        with self._db.reading() as conn:
            return stored_version(conn) == rules_version()

    def recompute(self, *, seconds: float | None = None) -> Iterator[tuple[int, int]]:
        """Recompute every case's deadlines under the current rules, a batch at a time.

        Yields (cases done, cases in all) after each batch's transaction has
        committed.  The rules version is recorded with the last batch, so an
        interrupted recomputation starts again next time.  With ``seconds`` a
        batch also ends once it has taken that long (after one case at least),
        so a recomputation running beside the window holds the vault, which the
        window's reads wait for, only briefly at a time; the batch with the
        last case then also records the version, so every case done means done.
        """
        version = rules_version()
        total = int(self._db.execute("SELECT count(*) FROM cases")[0][0])
        done = after = 0
        while True:
            with self._db.transaction() as conn:
                if seconds is None:
                    after, n = recompute_batch(conn, after)
                    left = n
                else:
                    started, n, left = time.perf_counter(), 0, 1
                    while left:
                        after, left = recompute_batch(conn, after, 1)
                        n += left
                        if (left and (n >= BATCH or time.perf_counter() - started >= seconds)
                                and _cases_after(conn, after)):
                            break  # the last case ends a batch with the version recorded
                if not left:
                    set_version(conn, version)
            done += n
            yield min(done, total), total
            if not left:
                return
