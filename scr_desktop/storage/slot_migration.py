"""Converting a vault keyed by its passphrase to one opened through key slots.

Done once, on the first unlock by a version that knows key slots, in an
order that a crash at any moment cannot harm:

0. a vault that also needs a schema upgrade is upgraded first, under its
   passphrase, as before key slots (backup first; a failed upgrade leaves
   the file as it was and nothing is converted);
1. every page of the old file is checked (damage is reported, not copied);
2. an encrypted backup under the passphrase is written and verified;
3. a new copy keyed by a fresh random vault key is written beside the
   vault under a hidden name and verified;
4. the key file (passphrase and escrow slots) is written;
5. the old connection is closed and the new copy renamed over the vault.

Until step 5 the vault file is the old one, which still opens with the
passphrase; a key file left by an interrupted conversion is recognised as
such (the vault's salt does not mark it as using key slots) and replaced
when the conversion runs again.  After step 5 the vault and its key file
agree.  A recovery key is added afterwards, when it can be shown.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from .connection import Connection, Database, open_connection
from .copying import check_copy, export_encrypted, fsync_file
from .errors import VaultDamaged, VaultError, VaultTooNew
from .keyslots import KeySlots
from .paths import backup_path, make_private_dir


def _work_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.converting")


def remove_leftovers(path: Path) -> None:
    """Remove the partial copies an interrupted conversion left beside the vault."""
    work = _work_path(path)
    for leftover in path.parent.glob(f".{work.name}*"):
        with contextlib.suppress(OSError):
            leftover.unlink()
    with contextlib.suppress(OSError):
        work.unlink()


def upgrade_first(conn: Connection, path: Path, passphrase: str) -> None:
    """Upgrade the schema of the passphrase-keyed vault on ``conn`` if it is older.

    Raises :class:`~.errors.VaultTooNew` for a newer one (nothing converted).
    """
    from .audit import AuditLog
    from .migrations import CURRENT_VERSION, schema_version, upgrade

    db = Database(conn, path)
    with db.reading() as c:
        version = schema_version(c)
    if version > CURRENT_VERSION:
        raise VaultTooNew()
    if version == CURRENT_VERSION:
        return
    with db.reading() as c:
        if [r for r in c.execute("PRAGMA cipher_integrity_check")]:
            raise VaultDamaged()
    target = backup_path(path, f"before-v{CURRENT_VERSION}")
    export_encrypted(db, target, passphrase)
    try:
        with db.transaction() as c:
            upgrade(c)
            AuditLog(db).record("migrate", detail=f"schema {version} to {CURRENT_VERSION}")
    except (ValueError, KeyError, TypeError) as exc:
        raise VaultError(
            "The vault could not be upgraded for this version of SCR Desktop because "
            "some of its contents could not be read. The file has not been changed and "
            "a backup was taken first. Contact your IT service desk.",
            code="upgrade_failed",
        ) from exc


def convert(conn: Connection, path: Path, passphrase: str,
            escrow: str | None = None) -> tuple[Connection, KeySlots, bytes]:
    """Convert the vault open on ``conn`` (keyed by ``passphrase``) to key slots.

    ``conn`` is closed; returns a new connection keyed by the vault key, the
    slots and the key.
    """
    db = Database(conn, path)
    with db.reading() as c:
        wal = Path(str(path) + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        if [r for r in c.execute("PRAGMA cipher_integrity_check")]:
            raise VaultDamaged()
    before = backup_path(path, "before-key-slots")
    make_private_dir(before.parent)
    export_encrypted(db, before, passphrase)
    check_copy(before, passphrase)

    slots, key = KeySlots.new()
    slots.set_passphrase(key, passphrase)
    if escrow:
        slots.add_escrow(key, escrow)
    remove_leftovers(path)
    work = _work_path(path)
    raw = slots.key_text(key)
    export_encrypted(db, work, raw)
    check_copy(work, raw)
    slots.save(path)
    db.close()
    os.replace(work, path)
    fsync_file(path)
    return open_connection(path, raw), slots, key
