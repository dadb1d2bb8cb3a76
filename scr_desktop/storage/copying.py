"""Encrypted copies of a vault: writing one, and checking one without changing it.

A copy is made with ``sqlcipher_export`` into a database ATTACHed with a
KEY (never an empty key, which would write plaintext), into a file created
beforehand owner-only so that SQLite's default permissions never apply.
:func:`check_copy` opens a copy read-only, verifies the key, every page's
HMAC and SQLite's own integrity check, and returns how many cases it holds.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from .connection import (
    PAGE_SIZE,
    Database,
    SQLiteError,
    create_file,
    file_uri,
    run_secret,
    sql_string,
)
from .errors import VaultDamaged, VaultExists, VaultMissing, WrongPassphrase, sqlite_error_name
from .errors import translate as translate_error
from .migrations import schema_version
from .paths import make_private_dir


def fsync_file(path: Path) -> None:
    """Flush ``path`` and its folder entry to disk."""
    fd = os.open(path, os.O_RDONLY)
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


def export_encrypted(db: Database, target: Path, passphrase: str) -> None:
    """Write an encrypted copy of the open vault to the new file ``target``."""
    if not passphrase:
        raise ValueError("a copy of the vault needs a passphrase")
    sql_string(passphrase)
    make_private_dir(target.parent)
    try:
        create_file(target)
    except FileExistsError:
        raise VaultExists() from None
    except OSError as exc:
        raise translate_error(exc) from None
    try:
        with db.lock:
            conn = db.conn
            version = schema_version(conn)
            run_secret(conn, f"ATTACH DATABASE {sql_string(str(target))} AS copy"
                             f" KEY {sql_string(passphrase)}")
            try:
                conn.execute("SELECT sqlcipher_export('copy')").fetchall()
                conn.execute(f"PRAGMA copy.user_version = {int(version)}")
            finally:
                conn.execute("DETACH DATABASE copy")
        fsync_file(target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        if isinstance(exc, SQLiteError):
            raise db.error(exc) from None
        raise


def check_copy(path: Path, passphrase: str) -> int:
    """Verify the encrypted copy at ``path`` without writing to it; return its case count."""
    if not path.is_file():
        raise VaultMissing()
    size = path.stat().st_size
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise VaultDamaged(code="vault_truncated")
    key_sql = "PRAGMA key = " + sql_string(passphrase)
    try:
        conn = sqlcipher.connect(file_uri(path, "ro"), uri=True,
                                 isolation_level=None)
    except SQLiteError as exc:
        raise translate_error(exc, files=[path]) from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        run_secret(conn, key_sql)
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except SQLiteError as exc:
            if sqlite_error_name(exc) == "SQLITE_NOTADB":
                raise WrongPassphrase() from None
            raise
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        problems += [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        if problems:
            raise VaultDamaged(code="copy_damaged")
        return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
    except SQLiteError as exc:
        raise translate_error(exc, files=[path]) from None
    finally:
        conn.close()
