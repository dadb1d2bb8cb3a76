"""Turn a current vault back into an older schema version, to test the upgrade from it."""

from __future__ import annotations

from typing import Any

# What each schema step added, undone newest first.
UNDO: dict[int, tuple[str, ...]] = {
    10: ("ALTER TABLE cases DROP COLUMN next_label",),
    9: ("DROP INDEX deadlines_kind", "DROP INDEX cases_live_referral",
        "DROP INDEX cases_live_framework", "DROP INDEX cases_live_next",
        "DROP INDEX cases_live_agency",
        "ALTER TABLE cases DROP COLUMN next_due",
        "CREATE VIRTUAL TABLE cases_fts_by_num USING fts5(body,"
        " tokenize = 'unicode61 remove_diacritics 2')",
        "INSERT INTO cases_fts_by_num(rowid, body) SELECT c.num, f.body FROM cases AS c"
        " JOIN cases_fts AS f ON f.rowid = -c.rev",
        "DROP TABLE cases_fts", "ALTER TABLE cases_fts_by_num RENAME TO cases_fts"),
    8: ("DROP TABLE case_stats", "DROP TABLE case_themes", "DROP TABLE review_actions",
        "DROP TABLE board_themes"),
    7: ("DROP TABLE chronology", "DROP TABLE chronology_mappings"),
    6: ("DROP TABLE review_documents", "DROP TABLE reviews"),
    5: ("DROP TABLE deadlines", "DROP TABLE deadline_rules", "DROP INDEX cases_live_reference",
        "DROP INDEX cases_live_child", "DROP INDEX cases_live_status"),
}


def downgrade(conn: Any, version: int) -> None:
    """Undo every schema step above ``version`` (inside the caller's transaction)."""
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for step in range(current, version, -1):
        for statement in UNDO[step]:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {int(version)}")
