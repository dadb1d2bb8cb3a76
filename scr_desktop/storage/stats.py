"""The board's statistics, counted by SQL over small tables kept beside each case.

Statistics must not read every case's JSON, so each save writes, in the same
transaction as the case and its deadlines (:func:`write_case`, called from
:func:`scr_desktop.storage.deadlines.write_case`), one row of what the
figures count: when the case was referred and decided and how, when its
review was started, completed (signed off by the board) and published, its
learning themes and those of its review's recommendations, and each action
with its owner, progress, due and closed dates.  Timeliness is counted from
the deadlines table itself.  Every query is an indexed range over ISO dates,
inclusive at both ends; cases in the trash are left out.

A case's referral date is the form's referral date, or the day the case was
created when the form has none yet.  A review counts as completed on the
day the board signed its report off (``000`` 10), and as published on its
publication date.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from scr_desktop.domain.dates import uk_to_iso
from scr_desktop.domain.framework import load_framework
from scr_desktop.domain.learning import themes as theme_list
from scr_desktop.domain.learning.periods import Period
from scr_desktop.domain.learning.statistics import BoardStatistics, Table, Timeliness
from scr_desktop.domain.model import Case, now_iso
from scr_desktop.domain.review import vocab
from scr_desktop.domain.review.model import Review
from scr_desktop.resources import resource_path

from .audit import AuditLog
from .connection import Connection, Database

SCHEMA = """
CREATE TABLE case_stats (
    case_num INTEGER PRIMARY KEY REFERENCES cases(num) ON DELETE CASCADE,
    referred TEXT NOT NULL,
    framework TEXT NOT NULL,
    decided TEXT NOT NULL DEFAULT '',
    decided_on TEXT,
    review_kind TEXT NOT NULL DEFAULT '',
    review_started TEXT,
    review_completed TEXT,
    review_published TEXT
);
CREATE INDEX case_stats_referred ON case_stats(referred, framework);
CREATE INDEX case_stats_decided ON case_stats(decided_on, framework, decided);
CREATE INDEX case_stats_started ON case_stats(review_started);
CREATE INDEX case_stats_completed ON case_stats(review_completed);
CREATE INDEX case_stats_published ON case_stats(review_published);
CREATE TABLE case_themes (
    case_num INTEGER NOT NULL REFERENCES cases(num) ON DELETE CASCADE,
    item TEXT NOT NULL,
    theme TEXT NOT NULL,
    PRIMARY KEY (case_num, item, theme)
) WITHOUT ROWID;
CREATE INDEX case_themes_theme ON case_themes(theme, case_num);
CREATE TABLE review_actions (
    case_num INTEGER NOT NULL REFERENCES cases(num) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    owner TEXT NOT NULL,
    progress TEXT NOT NULL,
    due TEXT,
    closed TEXT,
    PRIMARY KEY (case_num, ord)
) WITHOUT ROWID;
CREATE INDEX review_actions_owner ON review_actions(owner, progress);
CREATE TABLE board_themes (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    added_at TEXT NOT NULL
);
"""

# Cases in the trash are few: leaving them out walks the trash's own index, where
# "in the live cases" would read every case's row.
_LIVE = ("case_num NOT IN"
         " (SELECT num FROM cases INDEXED BY cases_trash WHERE deleted_at IS NOT NULL)")


@lru_cache(maxsize=1)
def timeliness_groups() -> dict[str, dict[str, Any]]:
    """Return the timeliness figures: label, deadline keys and source (data file)."""
    data = json.loads(resource_path("learning/statistics.json").read_text(encoding="utf-8"))
    return dict(data["timeliness"])


def _iso(text: object) -> str | None:
    return uk_to_iso(text) if isinstance(text, str) and text.strip() else None


def case_row(case: Case, review: Review | None) -> tuple[Any, ...]:
    """Return the ``case_stats`` values of ``case`` (without the case number)."""
    referred = _iso(case.get("referral_date")) or case.created_at[:10]
    decided_on = case.decision.decision_date or None
    decided = case.decision.decided if decided_on else ""
    if review is None:
        return (referred, case.framework, decided, decided_on, "", None, None, None)
    return (referred, case.framework, decided, decided_on, review.kind,
            _iso(review.started_on), _iso(review.publication.get("board_signoff_on")),
            _iso(review.publication.get("published_on")))


def theme_rows(case: Case, review: Review | None) -> list[tuple[str, str]]:
    """Return (item, theme): '' for the case's own themes, a recommendation's id for its."""
    rows = [("", t) for t in theme_list.cleaned(case.themes)]
    if review is not None:
        for rec in review.records("recommendations"):
            tags = str(rec.get("themes", "")).split(",")
            rows += [(str(rec["id"]), t) for t in theme_list.cleaned(tags)]
    return rows


def action_rows(review: Review | None) -> list[tuple[int, str, str, str | None, str | None]]:
    """Return (ord, owner agency, progress, due, closed) for every action of ``review``."""
    if review is None:
        return []
    out = []
    for i, (_rec, action) in enumerate(review.actions()):
        out.append((i, str(action.get("owner_agency", "")).strip(),
                    str(action.get("progress", "")) or "not_started",
                    _iso(action.get("due_on")), _iso(action.get("closed_on"))))
    return out


def _has_tables(conn: Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'"
                        " AND name = 'case_stats'").fetchone() is not None


def write_case(conn: Connection, num: int, case: Case, review: Review | None) -> None:
    """Replace the statistics rows of case ``num`` (inside the caller's transaction).

    Rows equal to those stored are left as they are (see
    :func:`scr_desktop.storage.deadlines.write_case`): only what changed is written.
    """
    if not _has_tables(conn):  # a vault being upgraded, before the step that adds them
        return
    row = (num, *case_row(case, review))
    stored = conn.execute(
        "SELECT case_num, referred, framework, decided, decided_on, review_kind, review_started,"
        " review_completed, review_published FROM case_stats WHERE case_num = ?",
        (num,)).fetchone()
    if stored is None or tuple(stored) != row:
        conn.execute(
            "INSERT INTO case_stats(case_num, referred, framework, decided, decided_on,"
            " review_kind, review_started, review_completed, review_published)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(case_num) DO UPDATE SET referred = excluded.referred,"
            " framework = excluded.framework, decided = excluded.decided,"
            " decided_on = excluded.decided_on, review_kind = excluded.review_kind,"
            " review_started = excluded.review_started,"
            " review_completed = excluded.review_completed,"
            " review_published = excluded.review_published", row)
    themes = sorted({(num, item, theme) for item, theme in theme_rows(case, review)})
    stored_themes = conn.execute("SELECT case_num, item, theme FROM case_themes"
                                 " WHERE case_num = ? ORDER BY item, theme", (num,)).fetchall()
    if [tuple(r) for r in stored_themes] != themes:
        conn.execute("DELETE FROM case_themes WHERE case_num = ?", (num,))
        conn.executemany("INSERT INTO case_themes(case_num, item, theme) VALUES (?, ?, ?)",
                         themes)
    actions = [(num, *a) for a in action_rows(review)]
    stored_actions = conn.execute("SELECT case_num, ord, owner, progress, due, closed"
                                  " FROM review_actions WHERE case_num = ? ORDER BY ord",
                                  (num,)).fetchall()
    if [tuple(r) for r in stored_actions] != actions:
        conn.execute("DELETE FROM review_actions WHERE case_num = ?", (num,))
        conn.executemany("INSERT INTO review_actions(case_num, ord, owner, progress, due, closed)"
                         " VALUES (?, ?, ?, ?, ?, ?)", actions)


class StatsTable:
    """The statistics of one vault, a period at a time, and the board's own themes."""

    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    @property
    def database(self) -> Database:
        """Return the vault's database these figures are counted in."""
        return self._db

    def changes(self) -> int:
        """Return how many rows have been written to the vault since it was opened: figures
        counted at the same number still hold."""
        return self._db.changes()

    # -- the board's themes ----------------------------------------------------------
    def board_themes(self) -> dict[str, str]:
        """Return the themes the board added, id -> label, in the order added."""
        with self._db.reading() as conn:
            return dict(_board(conn))

    def themes(self) -> dict[str, str]:
        """Return every theme to choose from: the starting list, then the board's."""
        return theme_list.all_themes(self.board_themes())

    def add_theme(self, label: str) -> str:
        """Add a theme to the board's list; return its id.  Raises ``ThemeError``."""
        cleaned = theme_list.check_new(label, self.themes())
        tid = theme_list.theme_id(cleaned)
        with self._db.transaction() as conn:
            conn.execute("INSERT INTO board_themes(id, label, added_at) VALUES (?, ?, ?)",
                         (tid, cleaned, now_iso()))
            self._audit.record("add learning theme", detail=cleaned)
        return tid

    # -- the figures -------------------------------------------------------------------
    def figures(self, period: Period, today: date) -> BoardStatistics:
        """Return every figure of the board's statistics for ``period`` on ``today``."""
        first, last = period.iso()
        with self._db.reading() as conn:
            out = BoardStatistics(period.label)
            out.tables.append(self._referrals(conn, first, last))
            out.tables.append(self._decisions(conn, first, last))
            out.tables.append(self._notifications(conn, first, last))
            out.tables.append(self._reviews(conn, first, last))
            out.tables.append(self._timeliness(conn, first, last, today))
            out.tables.append(self._actions(conn, today))
            out.tables.append(self._themes(conn, first, last))
        return out

    @staticmethod
    def _framework_title(fid: str) -> str:
        try:
            return load_framework(fid).title
        except (OSError, ValueError, KeyError):
            return fid

    def _referrals(self, conn: Connection, first: str, last: str) -> Table:
        rows = conn.execute(
            f"SELECT framework, COUNT(*) FROM case_stats WHERE referred BETWEEN ? AND ?"
            f" AND {_LIVE} GROUP BY framework ORDER BY framework", (first, last)).fetchall()
        return Table("referrals", "Referrals received, by framework", ("Referrals",),
                     tuple((self._framework_title(f), (int(n),)) for f, n in rows),
                     "000 para. 1.3")

    def _decisions(self, conn: Connection, first: str, last: str) -> Table:
        rows = conn.execute(
            f"SELECT framework, decided, COUNT(*) FROM case_stats"
            f" WHERE decided_on BETWEEN ? AND ? AND {_LIVE}"
            f" GROUP BY framework, decided ORDER BY framework, decided", (first, last)).fetchall()
        shown = []
        for fid, decided, n in rows:
            try:
                label = load_framework(fid).decision_label(decided)
            except (OSError, ValueError, KeyError):
                label = decided
            shown.append((f"{label} ({self._framework_title(fid)})", (int(n),)))
        return Table("decisions", "Decisions, by outcome and framework", ("Decisions",),
                     tuple(shown), "000 para. 3.8")

    def _notifications(self, conn: Connection, first: str, last: str) -> Table:
        keys = list(timeliness_groups()["notification"]["keys"])
        marks = ",".join("?" * len(keys))
        rows = conn.execute(
            f"SELECT key, COUNT(*) FROM deadlines WHERE key IN ({marks})"
            f" AND done BETWEEN ? AND ? AND {_LIVE} GROUP BY key ORDER BY key",
            (*keys, first, last)).fetchall()
        labels = {"ofsted_notification": "Serious incidents notified to Ofsted",
                  "panel_notification": "Serious incidents notified to the National Panel"}
        return Table("notifications", "Notifications made", ("Notifications",),
                     tuple((labels.get(k, k), (int(n),)) for k, n in rows),
                     str(timeliness_groups()["notification"]["source"]))

    def _reviews(self, conn: Connection, first: str, last: str) -> Table:
        out = []
        for column, label in (("review_started", "Reviews opened"),
                              ("review_completed", "Reviews completed (board sign-off)"),
                              ("review_published", "Reviews published")):
            n = conn.execute(f"SELECT COUNT(*) FROM case_stats WHERE {column} BETWEEN ? AND ?"
                             f" AND {_LIVE}", (first, last)).fetchone()[0]
            out.append((label, (int(n),)))
        return Table("reviews", "Reviews opened, completed and published", ("Reviews",),
                     tuple(out), "000 paras. 5-10")

    def _timeliness(self, conn: Connection, first: str, last: str, today: date) -> Table:
        rows = []
        now = today.isoformat()
        for group in timeliness_groups().values():
            keys = list(group["keys"])
            marks = ",".join("?" * len(keys))
            t = Timeliness(str(group["label"]), *(int(x or 0) for x in conn.execute(
                f"SELECT SUM(done IS NOT NULL AND done <= due), SUM(done > due),"
                f" SUM(done IS NULL AND due < ?), SUM(done IS NULL AND due >= ?)"
                f" FROM deadlines WHERE key IN ({marks}) AND due BETWEEN ? AND ? AND {_LIVE}",
                (now, now, *keys, first, last)).fetchone()))
            rows.append((t.label, (t.on_time, t.late, t.missed, t.open)))
        return Table("timeliness", "Statutory timescales: deadlines due in the period",
                     ("On time", "Late", "Missed, still not met", "Not yet due"), tuple(rows),
                     "; ".join(str(g["source"]) for g in timeliness_groups().values()),
                     chart="stacked")

    def _actions(self, conn: Connection, today: date) -> Table:
        now = today.isoformat()
        states = ("complete", "overdue", "at_risk", "on_track", "not_started")
        rows = conn.execute(
            f"SELECT CASE WHEN owner = '' THEN 'No owner recorded' ELSE owner END,"
            f" SUM(closed IS NOT NULL OR progress = 'complete'),"
            f" SUM(closed IS NULL AND progress != 'complete' AND due < ?),"
            f" SUM(closed IS NULL AND progress = 'at_risk' AND (due IS NULL OR due >= ?)),"
            f" SUM(closed IS NULL AND progress = 'on_track' AND (due IS NULL OR due >= ?)),"
            f" SUM(closed IS NULL AND progress IN ('not_started', 'overdue')"
            f"     AND (due IS NULL OR due >= ?))"
            f" FROM review_actions WHERE {_LIVE} GROUP BY 1 ORDER BY 1",
            (now, now, now, now)).fetchall()
        labels = vocab.choices("progress")
        return Table("actions", f"Actions on {today.strftime('%d/%m/%Y')}, by owner agency",
                     tuple(labels[s] for s in states),
                     tuple((str(r[0]), tuple(int(x or 0) for x in r[1:])) for r in rows),
                     "000 para. 13.1", chart="stacked", as_at=today.strftime("%d/%m/%Y"))

    def _themes(self, conn: Connection, first: str, last: str) -> Table:
        rows = conn.execute(
            f"SELECT t.theme, SUM(t.item = ''), SUM(t.item != '') FROM case_themes t"
            f" JOIN case_stats s ON s.case_num = t.case_num"
            f" WHERE s.referred BETWEEN ? AND ? AND t.{_LIVE}"
            f" GROUP BY t.theme ORDER BY SUM(t.item = '') + SUM(t.item != '') DESC, t.theme",
            (first, last)).fetchall()
        known = theme_list.all_themes(_board(conn))
        return Table("themes", "Themes, by how often they were tagged",
                     ("Cases", "Recommendations"),
                     tuple((theme_list.label(str(t), known), (int(c), int(r)))
                           for t, c, r in rows),
                     theme_list.source())


def _board(conn: Connection) -> Mapping[str, str]:
    return {str(i): str(label) for i, label in
            conn.execute("SELECT id, label FROM board_themes ORDER BY added_at, id")}


FILL_BATCH = 500
# The parts of a stored case its statistics rows are made from (see case_row, theme_rows).
_FILL_DROPS: dict[str, dict[str, Any]] = {"facts": {}, "rapid_review": {}}


def _fill_case(data: dict[str, Any]) -> Case:
    """Return the case stored as ``data``, built with only what its statistics read.

    Its form is cut down to the referral date and its facts and rapid review
    left out, so building it copies almost nothing; anything else (and so
    anything that stops a case from being built at all) is as stored.
    """
    form = data.get("form", {})
    if isinstance(form, dict):
        form = {k: form[k] for k in ("referral_date",) if k in form}
    return Case.from_dict({**data, **_FILL_DROPS, "form": form})


def stored_review(data: str | None, rev: int | None) -> Review | None:
    """Return a review from its stored JSON and revision, or None (none, or unreadable)."""
    if data is None:
        return None
    try:
        return Review.from_dict(json.loads(data), int(rev or 0))
    except (ValueError, TypeError, KeyError):
        return None


def fill(conn: Connection) -> None:
    """Write the statistics rows of every stored case (a vault being upgraded, whose
    statistics tables are new and empty), a batch of cases at a time, each batch's rows
    written at once."""
    after = 0
    while True:
        rows = conn.execute(
            "SELECT c.num, c.data, r.data, r.rev FROM cases AS c"
            " LEFT JOIN reviews AS r ON r.case_id = c.id WHERE c.num > ? ORDER BY c.num LIMIT ?",
            (after, FILL_BATCH)).fetchall()
        if not rows:
            return
        stats, themes, actions = [], [], []
        for num, data, review_data, review_rev in rows:
            case = _fill_case(json.loads(data))
            review = stored_review(review_data, review_rev)
            stats.append((num, *case_row(case, review)))
            themes += [(num, item, theme) for item, theme in theme_rows(case, review)]
            actions += [(num, *row) for row in action_rows(review)]
        conn.executemany("INSERT INTO case_stats(case_num, referred, framework, decided,"
                         " decided_on, review_kind, review_started, review_completed,"
                         " review_published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", stats)
        conn.executemany("INSERT OR IGNORE INTO case_themes(case_num, item, theme)"
                         " VALUES (?, ?, ?)", themes)
        conn.executemany("INSERT INTO review_actions(case_num, ord, owner, progress, due,"
                         " closed) VALUES (?, ?, ?, ?, ?, ?)", actions)
        after = int(rows[-1][0])
