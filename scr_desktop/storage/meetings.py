"""Sub-group meetings in the vault: create, save, get and list.

Each meeting is stored as its :meth:`Meeting.to_dict` JSON in the
``meetings`` table (schema version 4), inside the same encrypted file as the
cases, with its date and kind as indexed columns for the list.  Every write
is one transaction with its audit entry; the audit names the meeting by its
date and kind and the changes by part (attendance, agenda, agency checks),
never by value, so the log holds no personal data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from scr_desktop.domain.meeting import Meeting
from scr_desktop.domain.model import now_iso

from .audit import AuditLog
from .connection import Database
from .errors import VaultError

_IGNORED = {"updated_at", "created_at"}


class MeetingNotFound(VaultError):
    """No meeting with that id is in the vault."""

    code = "meeting_not_found"
    default_message = (
        "That meeting is no longer in the vault. Refresh the list of meetings and try again."
    )


@dataclass(frozen=True)
class MeetingSummary:
    """What the list of meetings shows for one meeting."""

    id: str
    date: str
    kind: str
    cases: int
    updated_at: str


def meeting_label(meeting: Meeting) -> str:
    """Return how the audit log names a meeting: its kind and ISO date."""
    return f"{meeting.kind} meeting {meeting.date or 'undated'}"


def changed_parts(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Return the names of the top-level parts of a meeting that differ (never values)."""
    return [k for k in sorted(set(old) | set(new))
            if k not in _IGNORED and old.get(k) != new.get(k)]


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


class MeetingRepository:
    """The vault's sub-group meetings."""

    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    def create(self, meeting: Meeting) -> Meeting:
        """Add a new meeting to the vault and return it; refuses an id already stored."""
        meeting.created_at = meeting.updated_at = now_iso()
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO meetings(id, meeting_date, kind, created_at, updated_at, data)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (meeting.id, meeting.date, meeting.kind, meeting.created_at,
                 meeting.updated_at, _dump(meeting.to_dict())),
            )
            self._audit.record("create meeting", detail=meeting_label(meeting))
        return meeting

    def save(self, meeting: Meeting) -> list[str]:
        """Save ``meeting`` in one transaction; return (and audit) the parts that changed.

        Does nothing when nothing changed.  ``meeting.updated_at`` is set once
        the change is committed.
        """
        stamp = now_iso()
        with self._db.transaction() as conn:
            row = conn.execute("SELECT data FROM meetings WHERE id = ?", (meeting.id,)).fetchone()
            if row is None:
                raise MeetingNotFound()
            new = meeting.to_dict()
            changed = changed_parts(json.loads(row[0]), new)
            if not changed:
                return []
            new["updated_at"] = stamp
            conn.execute(
                "UPDATE meetings SET meeting_date = ?, kind = ?, updated_at = ?, data = ?"
                " WHERE id = ?",
                (meeting.date, meeting.kind, stamp, _dump(new), meeting.id),
            )
            self._audit.record("change meeting", detail=f"{meeting_label(meeting)}; parts: "
                               + ", ".join(changed))
        meeting.updated_at = stamp
        return changed

    def get(self, meeting_id: str) -> Meeting:
        """Return the meeting with ``meeting_id``."""
        rows = self._db.execute("SELECT data FROM meetings WHERE id = ?", (meeting_id,))
        if not rows:
            raise MeetingNotFound()
        return Meeting.from_dict(json.loads(rows[0][0]))

    def list(self) -> list[MeetingSummary]:
        """Return every meeting, latest date first."""
        rows = self._db.execute(
            "SELECT id, meeting_date, kind, json_array_length(data, '$.items'), updated_at"
            " FROM meetings ORDER BY meeting_date DESC, num DESC"
        )
        return [MeetingSummary(str(r[0]), str(r[1]), str(r[2]), int(r[3] or 0), str(r[4]))
                for r in rows]

    def count(self) -> int:
        """Return how many meetings the vault holds."""
        return int(self._db.execute("SELECT count(*) FROM meetings")[0][0])
