"""The orders the case list and its search are read in, each answered from an index.

The list shows the most recently changed case first, so a search should
list its matches in that order too, and for common words the matches are
most of the vault.  The full-text index is therefore keyed by the change
order: a case's row in ``cases_fts`` has minus the case's ``rev`` as its
rowid (:func:`text_rowid`), and every write that gives a case a new ``rev``
moves its row there in the same transaction (:func:`move_text`).  A search
in the list's own order is then FTS5 walking its index from the newest
match and stopping after a page, instead of reading every match first.
The rowid is negated because FTS5 walks prefix matches (every typed word
is one) in ascending rowid order far faster than in descending order.

The list's other columns are read from the stored case (referral date,
framework, referring agency) and the deadlines table (the next deadline not
yet met).  The first three are sorted from indexes on the very expressions
the list sorts by; the next deadline's due date and description are kept in
the case's row (``next_due`` and ``next_label``, written with the case's
deadlines by :func:`~scr_desktop.storage.deadlines.write_case`), and the due
date is indexed.  A page of the list reads its cases' rows and nothing else:
just after unlocking, every other page read (a seek in the deadlines for each
case listed) would be one more page to decrypt.  Each index
holds the live cases only, with the change order as the tie-break, so a
page in any order, either way round, walks an index and stops; the trash,
which is small, is read from its own index and sorted.
"""

from __future__ import annotations

from .connection import Connection

TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"

# A case damaged outside the app shows its other columns empty rather than stopping the list.
_SAFE = "CASE WHEN json_valid(data) THEN json_extract(data, '{path}') END"
REFERRAL = f"coalesce({_SAFE.format(path='$.form.referral_date')}, '')"
NEXT_DUE = "coalesce(next_due, '9999-12-31')"

# The sort expressions (typed dd/mm/yyyy dates compare as yyyymmdd; no deadline sorts last).
SORT_EXPRESSIONS = {
    "referral": (f"(substr({REFERRAL}, 7, 4) || substr({REFERRAL}, 4, 2) || "
                 f"substr({REFERRAL}, 1, 2))"),
    "framework": _SAFE.format(path="$.framework"),
    "next_deadline": NEXT_DUE,
    "agency": f"lower(coalesce({_SAFE.format(path='$.form.referrer_agency')}, ''))",
}
SORT_INDEXES = {"referral": "cases_live_referral", "framework": "cases_live_framework",
                "next_deadline": "cases_live_next", "agency": "cases_live_agency"}


COLUMN = "ALTER TABLE cases ADD COLUMN next_due TEXT;\n"


def _indexes() -> str:
    lines = []
    for key, index in SORT_INDEXES.items():
        lines.append(f"CREATE INDEX {index} ON cases({SORT_EXPRESSIONS[key]}, rev)"
                     " WHERE deleted_at IS NULL;")
    return "\n".join(lines) + "\n"


INDEXES = _indexes()


def text_rowid(rev: int) -> int:
    """Return the rowid in ``cases_fts`` of the case at revision ``rev``."""
    return -rev


def rekey_text(conn: Connection) -> None:
    """Rebuild the full-text index keyed by each case's ``rev`` (a schema step).

    The text is copied as stored, newest last, into a new table that then
    takes the old one's name; the index is merged into one segment.  The
    change order is read from its own index: the cases' rows, each with its
    whole stored case, are not read.
    """
    duplicated = conn.execute("SELECT count(*) - count(DISTINCT rev) FROM cases").fetchone()[0]
    if duplicated:
        # rev is handed out as the highest plus one, so this needs a file edited by hand;
        # the change order is kept and made strict again.
        nums = [r[0] for r in conn.execute("SELECT num FROM cases ORDER BY rev, num")]
        conn.executemany("UPDATE cases SET rev = ? WHERE num = ?",
                         [(i + 1, n) for i, n in enumerate(nums)])
    conn.execute(f"CREATE VIRTUAL TABLE cases_fts_by_rev USING fts5(body, {TOKENIZE})")
    conn.execute("INSERT INTO cases_fts_by_rev(rowid, body) SELECT -c.rev, f.body"
                 " FROM cases AS c INDEXED BY cases_rev JOIN cases_fts AS f ON f.rowid = c.num"
                 " ORDER BY c.rev DESC")
    conn.execute("DROP TABLE cases_fts")
    conn.execute("ALTER TABLE cases_fts_by_rev RENAME TO cases_fts")
    conn.execute("INSERT INTO cases_fts(cases_fts) VALUES ('optimize')")


def fill_next_due(conn: Connection) -> None:
    """Keep every case's next deadline not yet met in its row (a schema step)."""
    conn.execute("UPDATE cases SET next_due = (SELECT min(due) FROM deadlines AS d"
                 " WHERE d.case_num = cases.num AND d.done IS NULL)")


def move_text(conn: Connection, old_rev: int | None, new_rev: int, body: str | None) -> None:
    """Move a case's full-text row from ``old_rev`` to ``new_rev`` (None: a new case).

    ``body`` replaces its text; None keeps the text it had.
    """
    new = text_rowid(new_rev)
    if old_rev is not None:
        old = text_rowid(old_rev)
        if body is None:
            conn.execute("UPDATE cases_fts SET rowid = ? WHERE rowid = ?", (new, old))
            return
        conn.execute("DELETE FROM cases_fts WHERE rowid = ?", (old,))
    conn.execute("INSERT INTO cases_fts(rowid, body) VALUES (?, ?)", (new, body or ""))


LABEL_COLUMN = "ALTER TABLE cases ADD COLUMN next_label TEXT;\n"


def fill_next_label(conn: Connection) -> None:
    """Keep the description of every case's next deadline not yet met in its row, beside its
    due date (a schema step): the first in the case's own order of those due that day."""
    conn.execute("UPDATE cases SET next_label = (SELECT label FROM deadlines AS d"
                 " INDEXED BY deadlines_open WHERE d.due = cases.next_due"
                 " AND d.case_num = cases.num AND d.done IS NULL ORDER BY d.ord LIMIT 1)"
                 " WHERE next_due IS NOT NULL")  # a case with none keeps its row as it is


def has_next_label(conn: Connection) -> bool:
    """Return True once the vault keeps the next deadline's description in each case's row."""
    return conn.execute("SELECT 1 FROM pragma_table_info('cases')"
                        " WHERE name = 'next_label'").fetchone() is not None


def has_next_due(conn: Connection) -> bool:
    """Return True once the vault keeps the next deadline in each case's row."""
    return conn.execute("SELECT 1 FROM pragma_table_info('cases')"
                        " WHERE name = 'next_due'").fetchone() is not None
