"""Encrypted copies of a vault: writing one, and checking one without changing it.

A copy is made with ``sqlcipher_export`` into a database ATTACHed with a
KEY (never an empty key, which would write plaintext), into a file created
beforehand owner-only so that SQLite's default permissions never apply.
``sqlcipher_export`` commits table by table, so a crash part-way leaves a
sound-looking file with some tables empty: the copy is therefore written
under a temporary name and linked to its real name only once it is complete,
and its schema version, set last, marks it as whole.
:func:`check_copy` opens a copy read-only, verifies the key, every page's
HMAC, SQLite's own integrity check and that mark, and returns how many cases
it holds.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from .connection import (
    PAGE_SIZE,
    Database,
    SQLiteError,
    apply_key,
    create_file,
    file_uri,
    run_secret,
    sql_string,
)
from .errors import VaultDamaged, VaultExists, VaultMissing, WrongPassphrase
from .errors import translate as translate_error
from .migrations import schema_version
from .paths import make_private_dir


def flush_flags() -> int:
    """Return the :func:`os.open` flags of a descriptor that :func:`os.fsync` may flush.

    POSIX flushes a file opened for reading alone.  On Windows ``os.fsync`` is
    ``_commit``, that is ``FlushFileBuffers``, which refuses a handle without
    write access: the file is opened for reading and writing there (in binary
    mode), though nothing is written to it.
    """
    if os.name == "posix":
        return os.O_RDONLY
    return os.O_RDWR | getattr(os, "O_BINARY", 0)


def fsync_file(path: Path) -> None:
    """Flush ``path`` and its folder entry to disk."""
    fd = os.open(path, flush_flags())
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    if os.name != "posix":
        return
    dfd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)


def move_into_place(partial: Path, target: Path) -> None:
    """Give the finished copy its real name, never replacing a file already there."""
    try:
        os.link(partial, target)
    except FileExistsError:
        raise VaultExists() from None
    except OSError:
        # Some removable drives (FAT, exFAT) have no hard links.
        if target.exists() or target.is_symlink():
            raise VaultExists() from None
        os.rename(partial, target)


def new_partial(target: Path, secret: str) -> Path:
    """Create the hidden, owner-only file a copy to ``target`` is written into first.

    ``secret`` (the copy's passphrase or key) must be non-empty and quotable;
    ``target`` must not exist yet.
    """
    if not secret:
        raise ValueError("a copy of the vault needs a passphrase or a key")
    sql_string(secret)
    make_private_dir(target.parent)
    if target.exists() or target.is_symlink():
        raise VaultExists()
    partial = target.with_name(f".{target.name}.partial-{secrets.token_hex(4)}")
    try:
        create_file(partial)
    except OSError as exc:
        raise translate_error(exc) from None
    return partial


def finish_copy(partial: Path, target: Path) -> None:
    """Flush the finished copy, give it its real name and flush that too."""
    fsync_file(partial)
    move_into_place(partial, target)
    fsync_file(target)


def export_encrypted(db: Database, target: Path, passphrase: str) -> None:
    """Write an encrypted copy of the open vault to the new file ``target``."""
    partial = new_partial(target, passphrase)
    try:
        with db.lock:
            conn = db.conn
            version = schema_version(conn)
            run_secret(conn, f"ATTACH DATABASE {sql_string(str(partial))} AS copy"
                             f" KEY {sql_string(passphrase)}")
            try:
                conn.execute("SELECT sqlcipher_export('copy')").fetchall()
                conn.execute(f"PRAGMA copy.user_version = {int(version)}")
            finally:
                conn.execute("DETACH DATABASE copy")
        finish_copy(partial, target)
    except BaseException as exc:
        if isinstance(exc, SQLiteError):
            raise db.error(exc) from None
        if isinstance(exc, OSError):
            raise translate_error(exc) from None
        raise
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()


def check_copy(path: Path, passphrase: str) -> int:
    """Verify the encrypted copy at ``path`` without writing to it; return its case count.

    ``passphrase`` opens the copy through its key file when it uses key
    slots; a :class:`~.keyslots.RawKey` is used as the key itself.
    """
    if not path.is_file():
        raise VaultMissing()
    size = path.stat().st_size
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise VaultDamaged(code="vault_truncated")
    from .keyslots import RawKey, copy_key

    key = copy_key(path, passphrase)
    key_sql = "PRAGMA key = " + sql_string(key)
    try:
        conn = sqlcipher.connect(file_uri(path, "ro"), uri=True,
                                 isolation_level=None)
    except SQLiteError as exc:
        raise translate_error(exc, files=[path]) from None
    try:
        try:
            apply_key(conn, key_sql)
        except WrongPassphrase:
            if isinstance(key, RawKey):  # the key came out of its slot: the file is damaged
                raise VaultDamaged(code="copy_damaged") from None
            raise
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        problems += [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        if problems:
            raise VaultDamaged(code="copy_damaged")
        if schema_version(conn) < 1:
            raise VaultDamaged(code="copy_incomplete")
        return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
    except SQLiteError as exc:
        raise translate_error(exc, files=[path]) from None
    finally:
        conn.close()
