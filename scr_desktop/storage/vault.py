"""The vault: one encrypted SQLCipher file holding every case and the audit log.

:meth:`Vault.create` makes a new owner-only file; :meth:`Vault.open` unlocks
an existing one.  Opening honours the wrong-passphrase pause kept by
:class:`~.attempts.AttemptLimiter`, verifies every page's HMAC before
anything is written (so a damaged file is reported and left exactly as it
was), refuses a vault from a newer app, and upgrades an older one only after
writing an encrypted backup of it.  The page check grows with the file, so
an application may open with ``defer_check``: the vault can be read at
once, writes are held, and :meth:`Vault.finish_check` (run in the
background) checks every page, then lets the held writes through or, on
damage, refuses them.  A successful unlock writes the failures
since the last one, then the unlock itself, into the audit log.  The vault
never deletes, recreates or downgrades a file on its own.  All access goes
through one lock, so a vault opened on a worker thread may be used on another.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import secrets
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from scr_desktop.domain.model import now_iso

from .anchor import Anchor, AnchorStore
from .attempts import AttemptLimiter
from .audit import AuditLog
from .chronology import ChronologyRepository
from .connection import (
    Connection,
    Database,
    SQLiteError,
    create_file,
    open_connection,
    run_secret,
    sql_string,
)
from .copying import export_encrypted
from .deadlines import DeadlineTable
from .errors import (
    TooManyAttempts,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultTooNew,
    WalDamaged,
    WrongPassphrase,
    translate,
)
from .meetings import MeetingRepository
from .migrations import CURRENT_VERSION, schema_version, upgrade
from .paths import backup_path, make_private_dir
from .repository import CaseRepository
from .reviews import ReviewRepository
from .stats import StatsTable


class Vault:
    """An unlocked vault.  Use :meth:`create` or :meth:`open`, and :meth:`close` when done."""

    def __init__(self, db: Database, path: Path, passphrase: str) -> None:
        self.path = path
        self._db = db
        self._anchors = AnchorStore()
        self._audit = AuditLog(db, on_commit=self._move_anchor)
        self._cases = CaseRepository(db, self._audit)
        self._pepper = secrets.token_bytes(32)
        self._verifier = self._digest(passphrase)
        self._limiter: AttemptLimiter | None = None
        self._unlocked_at: str | None = None

    # -- opening and closing -----------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str) -> Vault:
        """Create a new vault at ``path``; refuse if any file is already there."""
        path = Path(path)
        if path.exists() or Path(str(path) + "-wal").exists():
            raise VaultExists()
        try:
            make_private_dir(path.parent)
            create_file(path)
        except FileExistsError:
            raise VaultExists() from None
        except OSError as exc:
            raise translate(exc) from None
        try:
            conn = open_connection(path, passphrase, create=True)
        except BaseException:
            cls._remove_new_file(path)
            raise
        db = Database(conn, path)
        vault = cls(db, path, passphrase)
        try:
            with db.transaction() as c:
                upgrade(c)
                vault._audit.record("create vault", detail=f"schema {CURRENT_VERSION}")
        except BaseException:
            db.close()
            cls._remove_new_file(path)
            raise
        with contextlib.suppress(OSError):
            vault._anchors.forget(path)  # an anchor left by an earlier vault at this path
        vault._anchor_tail()
        return vault

    @classmethod
    def open(cls, path: Path, passphrase: str, *, limiter: AttemptLimiter | None = None,
             verify: bool = True, defer_check: bool = False,
             upgrading: Callable[[int, int], None] | None = None) -> Vault:
        """Unlock the vault at ``path``.

        Raises :class:`~.errors.TooManyAttempts` while a wrong-passphrase pause
        runs, :class:`WrongPassphrase` (counted towards the pause),
        :class:`~.errors.VaultInUse`, :class:`VaultDamaged`,
        :class:`VaultTooNew`, :class:`~.errors.VaultMissing` or a disk error.
        With ``verify`` (the default) every page's HMAC is checked before
        anything is written.  With ``defer_check`` as well, a vault that needs
        no upgrade is returned before the check, with writes held until
        :meth:`finish_check` has run; the unlock is audited then.  An upgrade
        tells ``upgrading`` (parts done, parts in all: the backup, then each
        schema step) as it goes, from the thread that opens the vault.
        """
        path = Path(path)
        limiter = limiter or AttemptLimiter()
        wait = limiter.delay_remaining(path)
        if wait > 0:
            raise TooManyAttempts(wait)
        cls._check_wal(path)
        try:
            conn = open_connection(path, passphrase)
        except WrongPassphrase:
            with contextlib.suppress(OSError):
                limiter.failed(path)
            raise
        db = Database(conn, path)
        try:
            with db.reading() as c:
                version = schema_version(c)
                if version > CURRENT_VERSION:
                    raise VaultTooNew()
            vault = cls(db, path, passphrase)
            vault._limiter = limiter
            if verify and defer_check and version == CURRENT_VERSION:
                db.hold_writes()
                vault._unlocked_at = now_iso()
                return vault
            if verify:
                vault._check_pages()
            if version < CURRENT_VERSION:
                vault._upgrade(passphrase, version, upgrading)
            vault._record_unlock()
        except BaseException:
            with contextlib.suppress(VaultError):
                db.close()
            raise
        return vault

    def finish_check(self) -> None:
        """Check every page of a vault opened with ``defer_check``, then audit the unlock.

        Raises :class:`VaultDamaged` if the file is damaged: held writes are
        then refused and nothing is written.  Safe to call on another thread.
        """
        if not self._db.writes_held:
            return
        ok = False
        try:
            with self._db.checking():
                self._check_pages()
                self._record_unlock()
                ok = True
                self._db.release_writes()
        except VaultDamaged:
            self._db.damaged = True
            raise
        finally:
            if not ok:
                self._db.release_writes(run_deferred=False)

    @property
    def writes_held(self) -> bool:
        """True while the page check after a deferred unlock is still running."""
        return self._db.writes_held

    def _check_pages(self) -> None:
        """Raise :class:`VaultDamaged` unless every page's HMAC is sound."""
        with self._db.reading() as c:
            self._finish_interrupted_checkpoint(c, self.path)
            if [r for r in c.execute("PRAGMA cipher_integrity_check")]:
                raise VaultDamaged()

    def _record_unlock(self) -> None:
        """Audit the failed attempts since the last unlock, then this one."""
        limiter = self._limiter or AttemptLimiter()
        failures = limiter.pending(self.path)
        # Compared before anything new is written, or a new entry would move the anchor on.
        problems = self._audit.anchor_problems(self._anchors.get(self.path))
        with self._db.transaction():
            for when in failures:
                self._audit.record("failed unlock", at=when, detail="recorded at the next unlock")
            if problems:
                self._audit.record("audit anchor mismatch", detail=" ".join(problems))
            self._audit.record("unlock", at=self._unlocked_at)
        self._anchor_tail(problems)
        with contextlib.suppress(OSError):
            limiter.succeeded(self.path)

    def _upgrade(self, passphrase: str, version: int,
                 upgrading: Callable[[int, int], None] | None = None) -> None:
        parts = CURRENT_VERSION - version + 1
        if upgrading is not None:
            upgrading(0, parts)
        target = backup_path(self.path, f"before-v{CURRENT_VERSION}")
        export_encrypted(self._db, target, passphrase)
        try:
            with self._db.transaction() as conn:
                upgrade(conn, progress=None if upgrading is None
                        else lambda done, _steps: upgrading(done + 1, parts))
                self._audit.record("migrate", detail=f"schema {version} to {CURRENT_VERSION}")
        except (ValueError, KeyError, TypeError) as exc:
            raise VaultError(
                "The vault could not be upgraded for this version of SCR Desktop because "
                "some of its contents could not be read. The file has not been changed and "
                "a backup was taken first. Contact your IT service desk.",
                code="upgrade_failed",
            ) from exc

    @staticmethod
    def _finish_interrupted_checkpoint(conn: Connection, path: Path) -> None:
        """Copy committed WAL frames left by a crash into the file before checking it.

        ``cipher_integrity_check`` reads the main file only; after a power cut
        during a checkpoint it may hold a half-written page that the WAL still
        covers.  Finishing the checkpoint writes only committed data, and keeps
        such a recoverable vault from being reported as damaged.
        """
        wal = Path(str(path) + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    @staticmethod
    def _check_wal(path: Path) -> None:
        """Refuse to open over a damaged write-ahead log, keeping a copy of it first.

        Runs before any connection exists: opening and closing one would
        checkpoint the log's valid part and truncate it, losing whatever
        committed work lay past the damage.
        """
        from .wal_check import check_wal, keep_aside, wal_path

        report = check_wal(wal_path(path))
        if not report.damaged:
            return
        try:
            keep_aside(path)
        except OSError as exc:
            raise translate(exc) from None
        raise WalDamaged()

    @staticmethod
    def _remove_new_file(path: Path) -> None:
        for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
            with contextlib.suppress(OSError):
                p.unlink()

    def close(self) -> None:
        """Close the vault (the WAL is checkpointed into the file); safe to call twice."""
        if self._db.is_open:
            self._anchor_tail()
        self._db.close()

    # -- the audit anchor outside the vault ------------------------------------------------
    def _move_anchor(self, anchor: Anchor, problems: list[str] | None = None) -> None:
        with contextlib.suppress(OSError):
            self._anchors.put(self.path, anchor, problems)

    def _anchor_tail(self, problems: list[str] | None = None) -> None:
        """Move the anchor to the newest committed entry (best effort: never stops a close)."""
        try:
            tail = self._audit.tail()
        except VaultError:
            return
        if tail is not None:
            self._move_anchor(tail, problems)

    def audit_anchor_problems(self) -> list[str]:
        """Return every disagreement between the audit log and its anchor, in plain words."""
        found = self._anchors.problems(self.path)
        if self._anchors.get(self.path) is None:
            found.append("This computer holds no record of this vault's audit log yet (a "
                         "copy opened here for the first time, or a restored backup), so "
                         "removed or rewritten entries could not be checked against it.")
        for problem in self._audit.anchor_problems(self._anchors.get(self.path)):
            if problem not in found:
                found.append(problem)
        return found

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- parts -------------------------------------------------------------------
    @property
    def cases(self) -> CaseRepository:
        """The vault's cases."""
        self._db.conn  # noqa: B018 - raises VaultClosed once locked
        return self._cases

    @property
    def deadlines(self) -> DeadlineTable:
        """Every case's deadlines, kept up to date by each save."""
        self._db.conn  # noqa: B018 - raises VaultClosed once locked
        return DeadlineTable(self._db)

    @property
    def stats(self) -> StatsTable:
        """The board's statistics and its own learning themes."""
        self._db.conn  # noqa: B018 - raises VaultClosed once locked
        return StatsTable(self._db, self._audit)

    @property
    def meetings(self) -> MeetingRepository:
        """The vault's sub-group meetings."""
        self._db.conn  # noqa: B018 - raises VaultClosed once locked
        return MeetingRepository(self._db, self._audit)

    @property
    def reviews(self) -> ReviewRepository:
        """The vault's reviews and their report versions."""
        self._db.conn  # noqa: B018 - raises VaultClosed once locked
        return ReviewRepository(self._db, self._audit)

    @property
    def chronology(self) -> ChronologyRepository:
        """The reviews' integrated chronologies and the agencies' column mappings."""
        self._db.conn  # noqa: B018 - raises VaultClosed once locked
        return ChronologyRepository(self._db, self._audit)

    @property
    def audit(self) -> AuditLog:
        """The vault's audit log."""
        self._db.conn  # noqa: B018 - raises VaultClosed once locked
        return self._audit

    @property
    def is_open(self) -> bool:
        """True until :meth:`close`."""
        return self._db.is_open

    @property
    def schema_version(self) -> int:
        """The vault's schema version."""
        with self._db.reading() as conn:
            return schema_version(conn)

    @property
    def database(self) -> Database:
        """The underlying connection wrapper (for backups within this package)."""
        return self._db

    # -- checks and keys ---------------------------------------------------------
    def integrity_check(self) -> list[str]:
        """Return the problems SQLCipher's and SQLite's checks find; [] if the file is sound."""
        try:
            with self._db.reading() as conn:
                problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
                problems += [str(r[0]) for r in conn.execute("PRAGMA integrity_check")
                             if r[0] != "ok"]
        except VaultDamaged:
            problems = ["the file is damaged and could not be read in full"]
        if problems:
            self._db.damaged = True
        return problems

    def check_passphrase(self, passphrase: str) -> bool:
        """Return True if ``passphrase`` is the one this vault was unlocked with."""
        return hmac.compare_digest(self._digest(passphrase), self._verifier)

    def rekey(self, old: str, new: str) -> None:
        """Re-encrypt the vault under ``new`` (the old passphrase ``old`` is checked first).

        Nothing is backed up here: :func:`.passphrase_change.change_passphrase`
        takes the backup under the old passphrase first, as the app does.
        """
        if not self.check_passphrase(old):
            raise WrongPassphrase()
        if not new:
            raise ValueError("the new passphrase is empty")
        rekey = "PRAGMA rekey = " + sql_string(new)
        self._db.wait_writable()  # a rekey rewrites every page: never before the check
        with self._db.lock:
            if self._db.damaged:
                raise VaultDamaged()
            try:
                run_secret(self._db.conn, rekey)
            except SQLiteError as exc:
                raise self._db.error(exc) from None
            self._verifier = self._digest(new)
        self._audit.record("passphrase change")

    def _digest(self, passphrase: str) -> bytes:
        return hmac.new(self._pepper, passphrase.encode("utf-8"), hashlib.sha256).digest()
