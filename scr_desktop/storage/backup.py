"""Encrypted backups of the vault, and putting one back.

:func:`backup_to` writes an encrypted copy wherever the user chooses and
checks it by opening it read-only and verifying every page.  The copy is
the vault as it was when the backup began, read through a second
connection while the window keeps using the vault (:mod:`.snapshot`);
changes saved meanwhile are in the vault, and in the next backup.
:func:`automatic_backup` does the same into the per-user backups folder.

Retention, for the backups this app keeps in that folder: the newest
:data:`KEEP` daily automatic copies of each vault; copies taken before an
upgrade or a passphrase change are deleted once older than
:data:`KEEP_SPECIAL_DAYS` days (pruned at the next automatic backup).  So a
case deleted for good from the trash is gone from these backups within
those limits too.  The pruning also removes what an interrupted backup left
(:mod:`.backup_leftovers`).  Backups the user saves elsewhere ("Back up to...") are
theirs to keep or delete.  After a passphrase change
:func:`retire_passphrase` re-encrypts every backup in the folder that still
opens with the old passphrase (each is verified under the new one before
it replaces the old file) and names any it could not.
:func:`restore_from` puts a verified backup in place of the vault file, but
only after moving the current file aside under a new name: it never
overwrites or deletes a vault.  The restore is recorded in the restored
vault's audit log.

Each backup's audit anchor (the newest entry's id and hash when it was
made) is kept in the per-user state folder under the backup's path, out of
reach of anyone who edits the backup file.  A restore makes it the
restored vault's anchor, so a backup whose log was cut or rewritten after
it was made is reported at the unlock that follows, and in Verify.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from . import keyfile
from .anchor import AnchorStore
from .backup_leftovers import remove_leftovers
from .connection import SQLiteError, file_uri
from .copying import check_copy, fsync_file
from .errors import (
    DiskError,
    VaultClosed,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    WrongPassphrase,
    sqlite_error_name,
)
from .keyslots import KeySlots, RawKey, copy_key
from .paths import SUFFIX, backup_path, backup_prefix, backups_dir, make_private_dir, stamp
from .snapshot import copy_snapshot
from .vault import Vault

__all__ = ["KEEP", "SUFFIX", "automatic_backup", "automatic_backup_due", "automatic_backups",
           "backup_path", "backup_prefix", "backup_to", "prune", "restore_from"]

KEEP = 7
KEEP_SPECIAL_DAYS = 30
_AUTO = "auto"


def backup_to(vault: Vault, target_path: Path, passphrase: str) -> Path:
    """Write an encrypted, verified copy of ``vault`` to the new file ``target_path``.

    The copy is encrypted with the vault key and carries its own key file
    (``target_path.keys`` and its copy): ``passphrase`` in its passphrase
    slot, and the vault's recovery and escrow slots.
    """
    with vault.backup_lock:
        return _backup_to(vault, Path(target_path), passphrase)


def _backup_to(vault: Vault, target: Path, passphrase: str) -> Path:
    if keyfile.exists(target) or target.exists():
        raise VaultExists()
    tail = vault.audit.tail()  # the copy holds at least this entry
    recovery = vault.recovery_slot_id
    # The key file first: the copy only takes its name once it is complete, so a crash
    # never leaves a backup under its own name without its key file.
    make_private_dir(target.parent)
    key = vault.copy_key(passphrase)
    try:
        written = vault.write_copy_keys(target, passphrase)
        copy_snapshot(vault.database, target, key)
    except BaseException:
        keyfile.remove(target)
        raise
    try:
        _check_backup(target, passphrase, key, written,
                      own_passphrase=vault.check_passphrase(passphrase))
        if vault.recovery_slot_id != recovery:
            # A new recovery key was kept while the copy was written (and may have missed
            # it, not yet under its name): the copy takes it too.
            vault.write_copy_keys(target, passphrase)
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        keyfile.remove(target)
        raise
    if tail is not None:
        with contextlib.suppress(OSError):
            AnchorStore().put(target, tail)
    try:
        vault.audit.record("backup", detail="encrypted copy written and verified")
    except VaultClosed:
        # Locked before the backup could be recorded: no backup goes unrecorded, so this
        # one goes, and the next unlock takes the day's backup again.
        _remove_backup(target)
        raise
    return target


def _remove_backup(target: Path) -> None:
    """Remove the backup at ``target`` with its key file and kept anchor."""
    with contextlib.suppress(OSError):
        target.unlink()
    keyfile.remove(target)
    with contextlib.suppress(OSError):
        AnchorStore().forget(target)


def _check_backup(target: Path, passphrase: str, key: RawKey, written: KeySlots, *,
                  own_passphrase: bool) -> None:
    """Verify the copy at ``target``: every page under the vault key, and its key file.

    A copy given a passphrase of its own is opened through its new passphrase
    slot.  Otherwise its key file holds the vault's own passphrase slot, which
    opened the vault: the key file is read back and must carry the vault's id,
    salt and that very slot, and the pages are checked under the vault key,
    without a second Argon2id derivation (64 MiB) on top of the running
    application.  Its recovery slot is not compared: a recovery key kept
    meanwhile is written into every kept backup, this one included.
    """
    if not own_passphrase:
        check_copy(target, passphrase)
        return
    check_copy(target, key)
    kept = KeySlots.load(target)
    kept.check_salt(target)
    if _opened_by_passphrase(kept) != _opened_by_passphrase(written):
        raise VaultDamaged(code="copy_damaged")


def _opened_by_passphrase(slots: KeySlots) -> tuple[str, bytes, list[dict[str, object]]]:
    """Return what opening a key file with the passphrase depends on: id, salt and slot."""
    return (slots.vault_id, slots.salt,
            [slot for slot in slots.slots if slot["kind"] == "passphrase"])


def automatic_backup(vault: Vault, passphrase: str, *, reason: str = _AUTO) -> Path:
    """Back ``vault`` up into the per-user backups folder; keep the newest :data:`KEEP`.

    ``passphrase`` is the vault's own.  If it was changed while this backup
    waited for the change to end, the change took a fresh backup under the
    new one, which is returned: no backup is made under a retired passphrase.
    """
    with vault.backup_lock:
        if reason == _AUTO and not vault.check_passphrase(passphrase):
            newest = automatic_backups(vault.path)[:1]
            if newest:
                return newest[0]
            raise WrongPassphrase()
        target = backup_path(vault.path, reason)
        make_private_dir(target.parent)
        backup_to(vault, target, passphrase)
        if reason == _AUTO:
            prune(vault.path)
        return target


def automatic_backups(vault_path: Path) -> list[Path]:
    """Return the automatic backups of the vault at ``vault_path``, newest first."""
    folder = backups_dir()
    if not folder.is_dir():
        return []
    prefix = f"{backup_prefix(vault_path)}-{_AUTO}-"
    found = [p for p in folder.iterdir() if p.name.startswith(prefix) and p.suffix == SUFFIX]
    return sorted(found, key=lambda p: p.name, reverse=True)


def automatic_backup_due(vault_path: Path, *, hours: float = 24.0) -> bool:
    """Return True if the newest automatic backup of the vault is older than ``hours``.

    The app calls this right after an unlock, while it still holds the
    passphrase, and runs :func:`automatic_backup` off the UI thread if due.
    """
    newest = automatic_backups(vault_path)[:1]
    if not newest:
        return True
    age = datetime.now(UTC).timestamp() - newest[0].stat().st_mtime
    return age >= hours * 3600


def kept_backups(vault_path: Path) -> list[Path]:
    """Return every backup of the vault in the per-user folder (automatic and special)."""
    folder = backups_dir()
    if not folder.is_dir():
        return []
    prefix = f"{backup_prefix(vault_path)}-"
    return sorted(p for p in folder.iterdir()
                  if p.name.startswith(prefix) and p.suffix == SUFFIX and p.is_file())


def prune(vault_path: Path, keep: int = KEEP, *,
          special_days: float = KEEP_SPECIAL_DAYS) -> list[Path]:
    """Apply the retention rules (see the module docstring); return the files removed.

    What interrupted backups left goes too (:func:`.backup_leftovers.remove_leftovers`).
    """
    leftovers = remove_leftovers(vault_path)
    auto = automatic_backups(vault_path)
    doomed = auto[keep:]
    cutoff = datetime.now(UTC).timestamp() - special_days * 86400
    for path in kept_backups(vault_path):
        if path not in auto and path.stat().st_mtime < cutoff:
            doomed.append(path)
    removed = []
    for old in doomed:
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
            removed.append(old)
        keyfile.remove(old)
        with contextlib.suppress(OSError):
            AnchorStore().forget(old)
    return removed + leftovers


def _rekey_copy(path: Path, old: str, new: str) -> None:
    """Re-encrypt the backup at ``path`` from ``old`` to ``new``; verified before it replaces it."""
    from .connection import open_connection, run_secret, sql_string

    work = path.with_name(f".{path.name}.rekey")
    with contextlib.suppress(FileNotFoundError):
        work.unlink()
    fd = os.open(work, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out, path.open("rb") as src:
            shutil.copyfileobj(src, out, 1024 * 1024)
        conn = open_connection(work, old)
        try:
            conn.execute("PRAGMA journal_mode = DELETE").fetchall()
            run_secret(conn, "PRAGMA rekey = " + sql_string(new))
        finally:
            conn.close()
        for side in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(work) + side).unlink()
        check_copy(work, new)
        fsync_file(work)
        os.replace(work, path)
    except BaseException:
        with contextlib.suppress(OSError):
            work.unlink()
        raise


def retire_passphrase(vault_path: Path, old: str, new: str) -> tuple[list[Path], list[Path]]:
    """Re-encrypt this vault's kept backups that open with ``old``; return (done, failed).

    A backup that opens with neither is left alone (it was made under an
    even older passphrase and was retired before, or is damaged).
    """
    done, failed = [], []
    for path in kept_backups(vault_path):
        try:
            check_copy(path, old)
        except VaultError:
            continue
        try:
            _rekey_copy(path, old, new)
            done.append(path)
        except (VaultError, OSError):
            failed.append(path)
    return done, failed


def _held_elsewhere(path: Path) -> bool:
    """Return True if some process holds SQLite's lock on ``path``."""
    conn = sqlcipher.connect(file_uri(path, "ro"), uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except SQLiteError as exc:
        return sqlite_error_name(exc) in {"SQLITE_BUSY", "SQLITE_LOCKED"}
    finally:
        conn.close()
    return False


def restore_from(backup_path: Path, passphrase: str, vault_path: Path) -> Path | None:
    """Put the backup at ``backup_path`` in place of the vault at ``vault_path``.

    The backup is verified first (passphrase, every page).  If a vault file
    is already there it is renamed, not replaced, and its new path returned,
    so nothing is ever lost; the vault must be closed everywhere.
    """
    backup = Path(backup_path)
    vault_path = Path(vault_path)
    key = copy_key(backup, passphrase)
    check_copy(backup, key)
    keys = keyfile.read(backup) if keyfile.exists(backup) else None
    if vault_path.exists() and _held_elsewhere(vault_path):
        raise VaultInUse()
    make_private_dir(vault_path.parent)
    incoming = vault_path.with_name(f".{vault_path.name}.restoring-{stamp()}")
    try:
        fd = os.open(incoming, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, backup.open("rb") as src:
            shutil.copyfileobj(src, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        check_copy(incoming, key)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            incoming.unlink()
        if isinstance(exc, OSError):
            raise DiskError() from None
        raise
    kept: Path | None = None
    try:
        if vault_path.exists():
            kept = vault_path.with_name(f"{vault_path.stem}-replaced-{stamp()}{vault_path.suffix}")
            if kept.exists():
                raise VaultExists()
            os.link(vault_path, kept)
            for side in ("-wal", ".keys", ".keys-copy"):
                old_side = Path(str(vault_path) + side)
                if old_side.exists():
                    os.rename(old_side, Path(str(kept) + side))
        # The replaced vault and its key file are kept aside together (above); the
        # backup's key file goes in just before the backup itself.
        if keys is not None:
            keyfile.write(vault_path, keys)
        else:
            keyfile.remove(vault_path)
        os.replace(incoming, vault_path)
        fsync_file(vault_path)
    except OSError:
        with contextlib.suppress(OSError):
            incoming.unlink()
        raise DiskError() from None
    # The vault was replaced on purpose: it takes the anchor recorded when the backup was made.
    with contextlib.suppress(OSError):
        store = AnchorStore()
        carried = store.get(backup)
        store.forget(vault_path)
        if carried is not None:
            store.put(vault_path, carried)
    with Vault.open(vault_path, passphrase, verify=False) as restored:
        restored.audit.record("restore backup",
                              detail="previous vault kept aside" if kept else "")
    return kept
