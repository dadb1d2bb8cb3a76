"""A copy of the vault as it was when the copy began, made while the vault stays in use.

The vault's own connection holds the file for this process alone
(``locking_mode = EXCLUSIVE``), and every read and write of the window goes
through it under one lock.  Copying through it (``sqlcipher_export`` on that
connection) held the lock, and every list page, search, opened case and
autosave behind it, for the seconds a 10,000-case copy takes.
:func:`copy_snapshot` copies without it:

* the vault's connection moves every committed change into the file, then
  stops checkpointing until the copy is done
  (:meth:`~.connection.Database.frozen`): the file stays exactly as it was,
  while the window keeps reading and committing (its commits wait in the
  write-ahead log, where its own reads see them, and reach the file at the
  next checkpoint);
* a second connection opens the file read-only and ``immutable``: it takes no
  lock (the vault's exclusive lock stays in force against other processes)
  and reads the file alone, the state when the copy began.  It is opened
  through SQLite, never as a plain file, whose closing would drop the
  process's locks on the vault.  It is keyed with the vault key, keeps its
  temporary data in memory, wipes what it frees, and has a small page cache
  of its own (:data:`CACHE_KIB`);
* it writes the copy with ``sqlcipher_export`` into a database ATTACHed with
  the vault key (never plaintext, not even for a moment), under a temporary
  owner-only name, its schema version set last, flushed to disk, then linked
  to its real name (:func:`~.copying.move_into_place`).

Every :data:`STEP` of SQLite's instructions the copy looks whether the vault
is closing (a lock or quitting): then it stops, its unfinished file is
removed and :class:`~.errors.VaultClosed` is raised, and the close, which
waits for it, checkpoints and closes the vault as always.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from .connection import (
    Connection,
    Database,
    SQLiteError,
    UnsafeSettings,
    apply_key,
    file_uri,
    run_secret,
    sql_string,
)
from .copying import finish_copy, new_partial
from .errors import VaultClosed
from .errors import translate as translate_error
from .migrations import schema_version

__all__ = ["CACHE_KIB", "STEP", "copy_snapshot"]

# The page cache of the reading connection and of the copy, each: every page is read
# once, in order, so a larger cache only costs memory beside the vault's own 8 MB.
CACHE_KIB = 1024
# SQLite instructions between two looks at whether the vault is closing.
STEP = 1_000


def _on_step() -> None:
    """Called on the copying thread at each step of the copy (a test holds a copy here)."""


def copy_snapshot(db: Database, target: Path, key: str) -> None:
    """Write an encrypted copy of the vault behind ``db`` to the new file ``target``.

    ``key`` (the vault key) opens the vault file and encrypts the copy.  The
    copy holds the vault as it was when the copy began; ``db`` stays usable
    meanwhile.  Raises :class:`VaultClosed` if the vault is closed first.
    """
    partial = new_partial(target, key)
    try:
        with db.frozen():
            _export(db, partial, key)
        finish_copy(partial, target)
    except BaseException as exc:
        if isinstance(exc, SQLiteError):
            raise (VaultClosed() if db.closing.is_set() else db.error(exc)) from None
        if isinstance(exc, OSError):
            raise translate_error(exc) from None
        raise
    finally:
        for left in (partial, Path(f"{partial}-journal")):
            with contextlib.suppress(OSError):
                left.unlink()


def _export(db: Database, partial: Path, key: str) -> None:
    """Copy the (unchanging) vault file into ``partial`` through a second connection."""
    conn = _reader(db.path, key)
    try:
        version = schema_version(conn)
        run_secret(conn, f"ATTACH DATABASE {sql_string(str(partial))} AS copy"
                         f" KEY {sql_string(key)}")
        conn.execute(f"PRAGMA copy.cache_size = {-CACHE_KIB}")

        def step() -> int:
            _on_step()
            return 1 if db.closing.is_set() else 0

        conn.set_progress_handler(step, STEP)
        conn.execute("SELECT sqlcipher_export('copy')").fetchall()
        conn.set_progress_handler(None, 0)
        conn.execute(f"PRAGMA copy.user_version = {int(version)}")
        conn.execute("DETACH DATABASE copy")
    finally:
        conn.close()


def _reader(path: Path, key: str) -> Connection:
    """Open the vault file read-only and lock-free, keyed with ``key``, its cache small."""
    conn: Connection = sqlcipher.connect(file_uri(path, "ro") + "&immutable=1", uri=True,
                                         isolation_level=None)
    try:
        apply_key(conn, "PRAGMA key = " + sql_string(key))
        conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
        # What the copy sorts (its indexes) stays in memory: a file would be plaintext.
        if [str(v) for (v,) in conn.execute("PRAGMA temp_store")] != ["2"]:
            raise UnsafeSettings(code="unsafe_temp_store")
    except BaseException:
        conn.close()
        raise
    return conn
