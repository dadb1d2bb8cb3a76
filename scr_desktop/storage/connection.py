"""Opening a SQLCipher connection the one safe way, and using it under one lock.

:func:`open_connection` keys the file, verifies the key at once by reading
``sqlite_master`` (a wrong key only shows on the first read), then sets and
*asserts* every setting the security model depends on (DESIGN 4): the
SQLCipher 4 defaults, an in-memory temp store, memory wiping, no cipher
logging, WAL with ``synchronous = FULL`` so that a crash loses nothing
committed, and ``locking_mode = EXCLUSIVE`` so that a second process gets
:class:`~.errors.VaultInUse` whatever passphrase it tries.  :class:`Database`
wraps the connection with a re-entrant lock and an explicit transaction
helper, and turns every SQLCipher exception into a :class:`~.errors.VaultError`.
Once damage has been seen the database refuses further writes.  Writes can be
held (:meth:`Database.hold_writes`) while the whole file is checked after
unlocking: a transaction started meanwhile waits for the check, and is
refused if it found damage, so nothing new reaches a damaged file.  The
file itself can be kept as it is (:meth:`Database.frozen`) while a copy
reads it through a second connection: every commit then stays in the
write-ahead log until the copy is done (then moved into the file on the
copy's own thread), and closing waits for it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2 as sqlcipher

from scr_desktop import support_log

from .errors import (
    VaultClosed,
    VaultDamaged,
    VaultError,
    VaultMissing,
    WrongPassphrase,
    sqlite_error_name,
    translate,
)
from .owned_lock import OwnedLock

__all__ = [
    "PAGE_SIZE", "Connection", "Database", "SQLiteError", "UnsafeSettings", "check_settings",
    "create_file", "file_uri", "held_elsewhere", "open_connection", "precheck", "run_secret",
    "sql_string",
]

PAGE_SIZE = 4096
# The page cache holds decrypted pages.  Measured side by side at 10,000 cases, the
# list, its sorts, the dashboard and search took the same time with 8 MB as with
# 32 MB, and 32 MB added about 26 MB to the whole application's memory.
CACHE_KIB = 8 * 1024

# Settings read back and checked after every open: name -> accepted values.
_REQUIRED = {
    "cipher_kdf_algorithm": {"PBKDF2_HMAC_SHA512"},
    "cipher_hmac_algorithm": {"HMAC_SHA512"},
    "kdf_iter": {"256000"},
    "cipher_page_size": {str(PAGE_SIZE)},
    "cipher_use_hmac": {"1"},
    "cipher_plaintext_header_size": {"0"},
    "cipher_memory_security": {"1", "ON"},
    "cipher_log_level": {"NONE"},
    "temp_store": {"2"},
    "journal_mode": {"wal"},
    "synchronous": {"2"},
    "locking_mode": {"exclusive"},
    "secure_delete": {"1"},
    "cache_size": {str(-CACHE_KIB)},
}

if TYPE_CHECKING:  # sqlcipher3 ships no type information; its API is the stdlib's.
    from sqlite3 import Connection as Connection
    from sqlite3 import Error as SQLiteError
else:
    Connection = sqlcipher.Connection
    SQLiteError = sqlcipher.Error


class UnsafeSettings(VaultError):
    """SQLCipher did not accept a setting the security model relies on."""

    code = "unsafe_settings"
    default_message = (
        "The encryption library on this computer does not behave as SCR Desktop "
        "requires, so the vault was not opened. Contact your IT service desk."
    )


def run_secret(conn: Connection, sql: str) -> None:
    """Run one statement that holds a secret without leaving it in the statement cache.

    ``execute`` keeps prepared statements (and their bound values) cached for
    the life of the connection; ``executescript`` prepares, runs and
    finalises each statement at once.  Never call it inside a transaction.
    """
    conn.executescript(sql)


def sql_string(text: str) -> str:
    """Return ``text`` as a quoted SQL string literal (for PRAGMAs, which take no parameters)."""
    if "\x00" in text:
        raise ValueError("a passphrase cannot contain a NUL character")
    return "'" + text.replace("'", "''") + "'"


def file_uri(path: Path, mode: str) -> str:
    """Return an SQLite URI for ``path`` that never creates a file unless mode says so."""
    return f"{path.resolve().as_uri()}?mode={mode}"


def precheck(path: Path) -> None:
    """Raise :class:`VaultMissing` or a truncation :class:`VaultDamaged` before any key is tried."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise VaultMissing() from None
    except OSError as exc:
        raise translate(exc) from None
    if not path.is_file():
        raise VaultMissing()
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise VaultDamaged(code="vault_truncated")


def open_connection(path: Path, passphrase: str, *, create: bool = False) -> Connection:
    """Return a keyed, verified and hardened connection to the vault at ``path``.

    With ``create`` the file must already exist and be empty (the caller makes
    it owner-only); otherwise it must be an existing, non-empty vault file.
    SQLite is never allowed to create a file here on its own.
    """
    if not passphrase:
        raise ValueError("the passphrase is empty")
    key_sql = "PRAGMA key = " + sql_string(passphrase)
    if not create:
        precheck(path)
    try:
        conn: Connection = sqlcipher.connect(
            file_uri(path, "rw"), uri=True, isolation_level=None, check_same_thread=False
        )
    except SQLiteError as exc:
        raise translate(exc, files=[path]) from None
    try:
        apply_key(conn, key_sql, exclusive=True)
        if not create:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "cases" not in tables or "audit" not in tables:
                raise VaultDamaged(code="not_a_vault")
        conn.execute("PRAGMA journal_mode = WAL").fetchall()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
        conn.execute("PRAGMA foreign_keys = ON")
        # In exclusive WAL mode the first write takes the exclusive lock; take it now.
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("COMMIT")
        check_settings(conn)
    except VaultError:
        conn.close()
        raise
    except SQLiteError as exc:
        conn.close()
        raise translate(exc, files=[path]) from None
    except BaseException:
        conn.close()
        raise
    return conn


def held_elsewhere(path: Path) -> bool:
    """Return True if another connection holds the vault at ``path`` (checked without a key).

    Asked when a key slot refuses what was typed, so a second window is told
    the vault is in use even when what was typed is wrong.
    """
    try:
        conn = sqlcipher.connect(file_uri(path, "ro"), uri=True, isolation_level=None)
    except SQLiteError:
        return False
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except SQLiteError as exc:
        return sqlite_error_name(exc) in {"SQLITE_BUSY", "SQLITE_LOCKED"}
    finally:
        conn.close()
    return False


def apply_key(conn: Connection, key_sql: str, *, exclusive: bool = False) -> None:
    """Key a fresh connection with the vault's safe settings, then prove the key by reading.

    Logging is off before the key is given; memory is wiped and temporary
    tables stay in memory; with ``exclusive`` the first read takes the file
    for this process alone.  A wrong key raises :class:`WrongPassphrase`.
    """
    conn.execute("PRAGMA cipher_log_level = NONE")
    run_secret(conn, key_sql)
    conn.execute("PRAGMA cipher_memory_security = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    if exclusive:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except SQLiteError as exc:
        if sqlite_error_name(exc) == "SQLITE_NOTADB":
            raise WrongPassphrase() from None
        raise


def check_settings(conn: Connection) -> None:
    """Raise :class:`UnsafeSettings` unless every required setting is in force."""
    for name, accepted in _REQUIRED.items():
        row = conn.execute(f"PRAGMA {name}").fetchone()
        value = "" if row is None else str(row[0])
        if value not in accepted:
            raise UnsafeSettings(code=f"unsafe_{name}")


class Database:
    """A vault connection used by one thread at a time, with translated errors."""

    def __init__(self, conn: Connection, path: Path) -> None:
        self._conn: Connection | None = conn
        self.path = path
        self.lock = OwnedLock()
        self._depth = 0
        self.damaged = False
        self._writable = threading.Event()
        self._writable.set()
        self._checker: int | None = None
        self._deferred: list[Callable[[], None]] = []
        self._deferred_lock = threading.Lock()
        # Set once close() has begun: a copy reading the file stops at its next step.
        self.closing = threading.Event()
        self._copying = threading.Lock()  # one copy reads the file at a time
        self._freezes = 0
        self._every = 1000  # the checkpoint interval to return to after a copy
        self._thawed = threading.Condition()

    @property
    def conn(self) -> Connection:
        """Return the open connection, or raise :class:`VaultClosed`."""
        if self._conn is None:
            raise VaultClosed()
        return self._conn

    @property
    def is_open(self) -> bool:
        """Return True until :meth:`close` has been called."""
        return self._conn is not None

    # -- holding writes while the file is checked ----------------------------------
    def hold_writes(self) -> None:
        """Make every transaction wait until :meth:`release_writes` (the file is being checked)."""
        self._writable.clear()

    @contextmanager
    def checking(self) -> Iterator[None]:
        """Let the calling thread (the one checking the file) write while writes are held."""
        self._checker = threading.get_ident()
        try:
            yield
        finally:
            self._checker = None

    def release_writes(self, *, run_deferred: bool = True) -> None:
        """Let held transactions go on (refused if damage was found meanwhile).

        With ``run_deferred`` the writes put off by :meth:`write_or_defer`
        run first, in order, on the calling thread; otherwise they are dropped.
        """
        failure: BaseException | None = None
        while True:
            with self._deferred_lock:
                pending, self._deferred = self._deferred, []
                if not pending or not run_deferred or failure is not None:
                    self._writable.set()
                    break
            for write in pending:
                try:
                    write()
                except BaseException as exc:
                    failure = exc
                    break
        if failure is not None:
            raise failure

    def write_or_defer(self, write: Callable[[], None]) -> None:
        """Run ``write`` now, or once the check has passed if writes are held.

        For writes nobody waits on, such as auditing that a case was viewed:
        the reader is not kept waiting for the check.
        """
        with self._deferred_lock:
            if not self._writable.is_set():
                self._deferred.append(write)
                return
        write()

    def wait_writable(self) -> None:
        """Wait while writes are held (unless this thread is the one checking the file)."""
        if not self._writable.is_set() and threading.get_ident() != self._checker:
            self._writable.wait()

    @property
    def writes_held(self) -> bool:
        """True while the file is being checked and writes wait for it."""
        return not self._writable.is_set()

    # -- keeping the file as it is while a copy reads it ------------------------------
    @contextmanager
    def frozen(self) -> Iterator[None]:
        """Keep the vault file unchanged while the body reads it through another connection.

        Every committed change is first moved into the file (a full checkpoint,
        under the lock, so no transaction is half-way), then checkpoints stop:
        the connection keeps reading and committing, its commits staying in the
        write-ahead log, until the body ends.  One copy at a time: a second
        waits for the first to end (a checkpoint for it would change the file
        under the first), then takes the file as it is then.  :meth:`close`
        (which checkpoints) sets :attr:`closing` and waits for the body to end.
        """
        with self._copying:
            with self.lock:
                conn = self.conn
                with self._thawed:  # counted before close() can look, or refused once it has
                    if self.closing.is_set():
                        raise VaultClosed()
                    self._freezes += 1
                try:
                    _busy, log, done = conn.execute(
                        "PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                    if log != done:
                        raise VaultError(code="checkpoint_incomplete")
                    (self._every,) = conn.execute("PRAGMA wal_autocheckpoint").fetchone()
                    conn.execute("PRAGMA wal_autocheckpoint = 0").fetchall()
                except BaseException as exc:
                    self._thaw()
                    if isinstance(exc, SQLiteError):
                        raise self.error(exc) from None
                    raise
            try:
                yield
            finally:
                self._thaw()

    def _thaw(self) -> None:
        """End the hold on the file: checkpoints resume (unless closing, which checkpoints).

        What was committed during the copy is moved into the file at once, on
        the thread that ran the copy, so that the first save after it does not
        carry the whole backlog on the window's thread.  Neither failure stops
        anything (the next commits checkpoint as usual, or the log grows until
        the close); each is recorded in the support log.
        """
        with self.lock, self._thawed:
            self._freezes -= 1
            if not self._freezes and not self.closing.is_set() and self._conn is not None:
                self._resume_checkpoints(self._conn)
            self._thawed.notify_all()

    def _resume_checkpoints(self, conn: Connection) -> None:
        try:
            conn.execute(f"PRAGMA wal_autocheckpoint = {int(self._every)}").fetchall()
        except SQLiteError:
            support_log.event("copy", "checkpoint_interval_not_restored")
        if conn.in_transaction:
            return
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except SQLiteError:
            support_log.event("copy", "checkpoint_after_copy_failed")

    @property
    def is_frozen(self) -> bool:
        """True while a copy reads the file and checkpoints wait (:meth:`frozen`)."""
        return self._freezes > 0

    def files(self) -> list[Path]:
        """Return the files SQLite writes for this vault."""
        return [self.path, Path(str(self.path) + "-wal")]

    def error(self, exc: BaseException) -> VaultError:
        """Return the :class:`VaultError` for ``exc``, noting damage when it is seen."""
        err = translate(exc, files=self.files())
        if isinstance(err, VaultDamaged):
            self.damaged = True
        return err

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """Hold the lock for a read and translate any SQLCipher error."""
        with self.lock:
            conn = self.conn
            try:
                yield conn
            except SQLiteError as exc:
                raise self.error(exc) from None

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """Run the body as one transaction (joining an outer one if already inside).

        While writes are held it first waits for the check of the file; once
        damage has been seen it raises :class:`VaultDamaged` and writes nothing.
        """
        self.wait_writable()
        with self.lock:
            conn = self.conn
            if self.damaged:
                raise VaultDamaged()
            if self._depth:
                self._depth += 1
                try:
                    yield conn
                finally:
                    self._depth -= 1
                return
            try:
                conn.execute("BEGIN IMMEDIATE")
            except SQLiteError as exc:
                raise self.error(exc) from None
            self._depth = 1
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                self._rollback(conn)
                if isinstance(exc, SQLiteError):
                    raise self.error(exc) from None
                raise
            finally:
                self._depth = 0

    @staticmethod
    def _rollback(conn: Connection) -> None:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except SQLiteError:
                return

    def in_transaction(self) -> bool:
        """Return True while a :meth:`transaction` body runs on this thread's behalf."""
        return self._depth > 0

    def changes(self) -> int:
        """Return how many rows have been written through the connection since it was opened.

        Every write to the vault goes through this one connection (it holds the file's
        lock), in any table: a number that has not moved means nothing was written.
        Taken under the lock, it never counts a transaction still under way.
        """
        with self.reading() as conn:
            return int(conn.total_changes)

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        """Run one read statement under the lock and return its cursor's rows."""
        with self.reading() as conn:
            return conn.execute(sql, params).fetchall()

    def close(self) -> None:
        """Close the connection (checkpointing the WAL); safe to call twice.

        A copy reading the file (:meth:`frozen`) is told to stop, and the
        checkpoint waits until it has.  The copy's last step takes :attr:`lock`,
        so a thread holding it cannot wait for that: it gets a
        :class:`RuntimeError` at once (a mistake in the caller) instead of
        waiting for ever, and nothing is closed.
        """
        with self._thawed:
            if self._freezes and self.lock.held_here():
                raise RuntimeError("the vault was closed under its own lock while a copy "
                                   "read it: release the lock first")
            self.closing.set()
            while self._freezes:
                self._thawed.wait()
        with self.lock:
            conn, self._conn = self._conn, None
            self._writable.set()  # anything still waiting now finds the vault closed
            if conn is None:
                return
            try:
                self._rollback(conn)
                conn.close()
            except SQLiteError as exc:
                raise self.error(exc) from None


def create_file(path: Path) -> None:
    """Create ``path`` as a new empty owner-only file; refuse if anything is there."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        os.fsync(fd)
    finally:
        os.close(fd)
