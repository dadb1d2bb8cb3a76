"""Reviews in the vault: one per case once a review is decided, and its report versions.

A review is stored as its :meth:`Review.to_dict` JSON in the ``reviews``
table with a revision number; :meth:`ReviewRepository.save` carries the
revision the review was read at and refuses a stale save
(:class:`StaleReview`) instead of overwriting a newer one.  Draft reports
are kept as blobs in ``review_documents``, inside the same encrypted file,
never as loose files.  Every write is one transaction with its audit entry,
which names the parts that changed, never their values; a date already
recorded that changes gets an entry of its own with the old and new date
(dates and field labels only, no text typed about people).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from scr_desktop.domain.model import now_iso
from scr_desktop.domain.review.model import Review, changed_dates, changed_parts

from . import deadlines
from .audit import AuditLog
from .connection import Database
from .errors import VaultError

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


class StaleReview(VaultError):
    """The review changed in the vault since this copy was read."""

    code = "stale_review"
    default_message = (
        "This review was changed elsewhere since you opened it, so your latest change was "
        "not saved over the newer version. Close the case and open it again, then redo the "
        "change."
    )


class DocumentTooLarge(VaultError):
    """A report file is larger than the vault keeps."""

    code = "document_too_large"
    default_message = ("That file is larger than 50 MB, so it was not added. Save a smaller "
                       "version (a PDF without scanned images, say) and add that.")


@dataclass(frozen=True)
class StoredDocument:
    """A report version's file as the vault holds it (the content is read separately)."""

    id: str
    case_id: str
    name: str
    size: int
    sha256: str
    added_at: str


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


class ReviewRepository:
    """The vault's reviews."""

    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    def get(self, case_id: str) -> Review | None:
        """Return the review of case ``case_id``, or None if it has none."""
        rows = self._db.execute("SELECT rev, data FROM reviews WHERE case_id = ?", (case_id,))
        if not rows:
            return None
        return Review.from_dict({**json.loads(rows[0][1]), "case_id": case_id},
                                rev=int(rows[0][0]))

    def all(self) -> list[tuple[Review, str]]:
        """Return every review of a case not in the trash, with the case's reference."""
        rows = self._db.execute(
            "SELECT r.case_id, r.rev, r.data, c.reference FROM reviews r"
            " JOIN cases c ON c.id = r.case_id WHERE c.deleted_at IS NULL ORDER BY c.reference")
        return [(Review.from_dict({**json.loads(d), "case_id": cid}, rev=int(rev)), str(ref))
                for cid, rev, d, ref in rows]

    def each(self) -> Iterator[tuple[Review, str]]:
        """Yield what :meth:`all` returns, one review at a time.

        The stored JSON is read at once (under the lock, a few MB at 300
        reviews), but each review is built only when asked for and each stored
        text let go as it is: a caller that keeps only a little of each review
        (the actions monitoring page) never holds every review built at once,
        some 10 MB at that size.
        """
        rows = self._db.execute(
            "SELECT r.case_id, r.rev, r.data, c.reference FROM reviews r"
            " JOIN cases c ON c.id = r.case_id WHERE c.deleted_at IS NULL"
            " ORDER BY c.reference DESC")
        while rows:
            cid, rev, d, ref = rows.pop()
            yield Review.from_dict({**json.loads(d), "case_id": cid}, rev=int(rev)), str(ref)

    def save(self, review: Review, *, case_ref: str = "") -> list[str]:
        """Save ``review``; return (and audit) the parts that changed.

        A review not yet stored is added.  A review read at an older revision
        than the vault's is refused with :class:`StaleReview`.  On success
        ``review.rev`` is the new revision.
        """
        new = review.to_dict()
        with self._db.transaction() as conn:
            row = conn.execute("SELECT rev, data FROM reviews WHERE case_id = ?",
                               (review.case_id,)).fetchone()
            if row is None:
                if review.rev != 0:
                    raise StaleReview()
                conn.execute("INSERT INTO reviews(case_id, rev, updated_at, data)"
                             " VALUES (?, 1, ?, ?)", (review.case_id, now_iso(), _dump(new)))
                self._audit.record("start review", case_ref=case_ref, detail=review.title)
                deadlines.write_case_by_id(conn, review.case_id)
                review.rev = 1
                return ["review"]
            if int(row[0]) != review.rev:
                raise StaleReview()
            before = json.loads(row[1])
            changed = changed_parts(before, new)
            if not changed:
                return []
            conn.execute("UPDATE reviews SET rev = rev + 1, updated_at = ?, data = ?"
                         " WHERE case_id = ? AND rev = ?",
                         (now_iso(), _dump(new), review.case_id, review.rev))
            self._audit.record("change review", case_ref=case_ref,
                               detail="parts: " + ", ".join(changed))
            for what, was, now in changed_dates(before, new):
                self._audit.record("change recorded date", case_ref=case_ref,
                                   detail=f"{what}: {was} \u2192 {now or 'cleared'}")
            deadlines.write_case_by_id(conn, review.case_id)
        review.rev += 1
        return changed

    # -- documents -------------------------------------------------------------------
    def add_document(self, case_id: str, name: str, content: bytes, *,
                     case_ref: str = "", doc_id: str | None = None) -> StoredDocument:
        """Keep ``content`` (a report version's file) in the vault; return its record."""
        if len(content) > MAX_DOCUMENT_BYTES:
            raise DocumentTooLarge()
        digest = hashlib.sha256(content).hexdigest()
        stored = StoredDocument(doc_id or uuid.uuid4().hex,
                                case_id, name, len(content), digest, now_iso())
        with self._db.transaction() as conn:
            conn.execute("INSERT INTO review_documents(id, case_id, name, size, sha256,"
                         " added_at, content) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (stored.id, case_id, name, stored.size, digest, stored.added_at,
                          content))
            self._audit.record("add review document", case_ref=case_ref,
                               detail=f"{stored.size} bytes, sha256 {digest[:16]}")
        return stored

    def documents(self, case_id: str) -> list[StoredDocument]:
        """Return the records of the case's stored documents, oldest first."""
        rows = self._db.execute(
            "SELECT id, case_id, name, size, sha256, added_at FROM review_documents"
            " WHERE case_id = ? ORDER BY num", (case_id,))
        return [StoredDocument(str(a), str(b), str(c), int(d), str(e), str(f))
                for a, b, c, d, e, f in rows]

    def document(self, doc_id: str) -> bytes:
        """Return the content of one stored document."""
        rows = self._db.execute("SELECT content FROM review_documents WHERE id = ?", (doc_id,))
        if not rows:
            raise KeyError(doc_id)
        return bytes(rows[0][0])

    def open_document(self, doc_id: str, *, case_ref: str = "") -> tuple[str, bytes]:
        """Return (file name, content) of a stored document, read into memory to be shown
        or exported, and record the opening in the audit log."""
        with self._db.transaction() as conn:
            row = conn.execute("SELECT name, content, size, sha256 FROM review_documents"
                               " WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                raise KeyError(doc_id)
            self._audit.record("open review document", case_ref=case_ref,
                               detail=f"{int(row[2])} bytes, sha256 {str(row[3])[:16]}")
        return str(row[0]), bytes(row[1])

    # -- packages --------------------------------------------------------------------
    def packaged_documents(self, case_id: str) -> list[tuple[str, str, bytes]]:
        """Return (id, name, content) of every stored document of the case, for a package."""
        rows = self._db.execute("SELECT id, name, content FROM review_documents"
                                " WHERE case_id = ? ORDER BY num", (case_id,))
        return [(str(a), str(b), bytes(c)) for a, b, c in rows]

    def import_review(self, case_id: str, review: Review,
                      documents: list[tuple[str, str, bytes]], *, case_ref: str = "",
                      previous_case_id: str | None = None) -> None:
        """Store a review read from a package for the imported case ``case_id``.

        A review the case already had moves, with its documents, to
        ``previous_case_id`` (the copy of the replaced case kept in the trash),
        so nothing is lost.  The row's case id is the one that counts: a
        review is always read back as the review of the case it is stored
        under.  Document ids are made new when they are taken.
        """
        data = review.to_dict()
        data["case_id"] = case_id
        with self._db.transaction() as conn:
            if previous_case_id:
                conn.execute("UPDATE reviews SET case_id = ? WHERE case_id = ?",
                             (previous_case_id, case_id))
                conn.execute("UPDATE review_documents SET case_id = ? WHERE case_id = ?",
                             (previous_case_id, case_id))
            else:
                conn.execute("DELETE FROM reviews WHERE case_id = ?", (case_id,))
            renamed: dict[str, str] = {}
            for doc_id, name, content in documents:
                taken = conn.execute("SELECT 1 FROM review_documents WHERE id = ?",
                                     (doc_id,)).fetchone()
                new_id = uuid.uuid4().hex if taken else doc_id
                renamed[doc_id] = new_id
                conn.execute("INSERT INTO review_documents(id, case_id, name, size, sha256,"
                             " added_at, content) VALUES (?, ?, ?, ?, ?, ?, ?)",
                             (new_id, case_id, name, len(content),
                              hashlib.sha256(content).hexdigest(), now_iso(), content))
            for rec in data["lists"].get("reports", []):
                rec["document_id"] = renamed.get(rec.get("document_id", ""),
                                                 rec.get("document_id", ""))
            conn.execute("INSERT INTO reviews(case_id, rev, updated_at, data) VALUES (?, 1, ?, ?)",
                         (case_id, now_iso(), _dump(data)))
            self._audit.record("import review", case_ref=case_ref,
                               detail=f"with {len(documents)} report file(s)")
            deadlines.write_case_by_id(conn, case_id)
            if previous_case_id:
                deadlines.write_case_by_id(conn, previous_case_id)
