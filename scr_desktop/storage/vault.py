"""The vault: one encrypted SQLCipher file holding every case and the audit log.

:meth:`Vault.create` makes a new owner-only file; :meth:`Vault.open` unlocks
an existing one.  Opening honours the wrong-passphrase pause kept by
:class:`~.attempts.AttemptLimiter`, verifies every page's HMAC before
anything is written (so a damaged file is reported and left exactly as it
was), refuses a vault from a newer app, and upgrades an older one only after
writing an encrypted backup of it.  A successful unlock writes the failures
since the last one, then the unlock itself, into the audit log.  The vault
never deletes, recreates or downgrades a file on its own.  All access goes
through one lock, so a vault opened on a worker thread may be used on another.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import secrets
from pathlib import Path
from types import TracebackType

from .attempts import AttemptLimiter
from .audit import AuditLog
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
from .errors import (
    TooManyAttempts,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultTooNew,
    WrongPassphrase,
    translate,
)
from .meetings import MeetingRepository
from .migrations import CURRENT_VERSION, schema_version, upgrade
from .paths import backup_path, make_private_dir
from .repository import CaseRepository


class Vault:
    """An unlocked vault.  Use :meth:`create` or :meth:`open`, and :meth:`close` when done."""

    def __init__(self, db: Database, path: Path, passphrase: str) -> None:
        self.path = path
        self._db = db
        self._audit = AuditLog(db)
        self._cases = CaseRepository(db, self._audit)
        self._pepper = secrets.token_bytes(32)
        self._verifier = self._digest(passphrase)

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
        return vault

    @classmethod
    def open(cls, path: Path, passphrase: str, *, limiter: AttemptLimiter | None = None,
             verify: bool = True) -> Vault:
        """Unlock the vault at ``path``.

        Raises :class:`~.errors.TooManyAttempts` while a wrong-passphrase pause
        runs, :class:`WrongPassphrase` (counted towards the pause),
        :class:`~.errors.VaultInUse`, :class:`VaultDamaged`,
        :class:`VaultTooNew`, :class:`~.errors.VaultMissing` or a disk error.
        With ``verify`` (the default) every page's HMAC is checked before
        anything is written.
        """
        path = Path(path)
        limiter = limiter or AttemptLimiter()
        wait = limiter.delay_remaining(path)
        if wait > 0:
            raise TooManyAttempts(wait)
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
                if verify:
                    cls._finish_interrupted_checkpoint(c, path)
                    if [r for r in c.execute("PRAGMA cipher_integrity_check")]:
                        raise VaultDamaged()
            vault = cls(db, path, passphrase)
            if version < CURRENT_VERSION:
                vault._upgrade(passphrase, version)
            failures = limiter.pending(path)
            with db.transaction():
                for when in failures:
                    vault._audit.record("failed unlock", at=when,
                                        detail="recorded at the next unlock")
                vault._audit.record("unlock")
        except BaseException:
            with contextlib.suppress(VaultError):
                db.close()
            raise
        with contextlib.suppress(OSError):
            limiter.succeeded(path)
        return vault

    def _upgrade(self, passphrase: str, version: int) -> None:
        target = backup_path(self.path, f"before-v{CURRENT_VERSION}")
        export_encrypted(self._db, target, passphrase)
        try:
            with self._db.transaction() as conn:
                upgrade(conn)
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
    def _remove_new_file(path: Path) -> None:
        for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
            with contextlib.suppress(OSError):
                p.unlink()

    def close(self) -> None:
        """Close the vault (the WAL is checkpointed into the file); safe to call twice."""
        self._db.close()

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
    def meetings(self) -> MeetingRepository:
        """The vault's sub-group meetings."""
        self._db.conn  # noqa: B018 - raises VaultClosed once locked
        return MeetingRepository(self._db, self._audit)

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

    def change_passphrase(self, old: str, new: str) -> Path:
        """Re-encrypt the vault under ``new`` after an automatic backup; return the backup's path.

        The backup is encrypted with the *old* passphrase.
        """
        if not self.check_passphrase(old):
            raise WrongPassphrase()
        if not new:
            raise ValueError("the new passphrase is empty")
        rekey = "PRAGMA rekey = " + sql_string(new)
        from .backup import automatic_backup

        backup = automatic_backup(self, old, reason="before-passphrase-change")
        with self._db.lock:
            if self._db.damaged:
                raise VaultDamaged()
            try:
                run_secret(self._db.conn, rekey)
            except SQLiteError as exc:
                raise self._db.error(exc) from None
            self._verifier = self._digest(new)
        self._audit.record("passphrase change")
        return backup

    def _digest(self, passphrase: str) -> bytes:
        return hmac.new(self._pepper, passphrase.encode("utf-8"), hashlib.sha256).digest()
