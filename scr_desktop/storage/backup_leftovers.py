"""Tidying what an interrupted backup left in the per-user backups folder.

A backup is written under a hidden owner-only name (``.<backup>.partial-…``,
with SQLite's ``-journal`` beside it) and takes its real name only once
complete; its key file (``<backup>.keys`` and ``.keys-copy``) is written
first.  A crash or a power cut part-way (never a lock or a quit, which stop
the copy and remove both) leaves the hidden file, a whole or partial copy
under the vault key, and a key file with no backup beside it.  Neither is
ever a backup, yet the key file still opens with the passphrase of the day
it was written, and nothing else would ever remove them.

:func:`remove_leftovers` removes, for one vault (its backups share a prefix,
:func:`.paths.backup_prefix`): every hidden file of its backups (unfinished
copies and their journals, a backup being re-encrypted, a key file being
written) and every key file whose backup is not there.  It runs at each
automatic backup (with the pruning) and before a passphrase is retired from
the kept backups, both while the vault's ``backup_lock`` is held: every
backup of the vault into the folder is written under that lock, and the
vault is open in this process alone (its file is locked for it), so no copy
of it is being written meanwhile and anything unfinished is left over from
an earlier run.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from . import keyfile
from .anchor import AnchorStore
from .paths import SUFFIX, backup_prefix, backups_dir

__all__ = ["remove_leftovers"]

_KEY_SUFFIXES = (".keys-copy", ".keys")  # the longer first: ".keys" ends neither


def remove_leftovers(vault_path: Path) -> list[Path]:
    """Remove the unfinished files of the vault's backups; return those removed.

    Call it only while the vault's ``backup_lock`` is held (see the module docstring).
    """
    folder = backups_dir()
    if not folder.is_dir():
        return []
    prefix = f"{backup_prefix(vault_path)}-"
    removed: list[Path] = []
    for path in sorted(folder.iterdir()):
        if path.is_symlink() or not path.is_file():
            continue
        if not path.name.startswith("." + prefix):
            backup = _backup_of(path) if path.name.startswith(prefix) else None
            if backup is None or backup.exists():
                continue
            with contextlib.suppress(OSError):
                AnchorStore().forget(backup)
        try:
            path.unlink()
        except OSError:
            continue  # tried again at the next backup
        removed.append(path)
    return removed


def _backup_of(path: Path) -> Path | None:
    """Return the backup whose key file ``path`` is, or None if it is not a key file."""
    for suffix in _KEY_SUFFIXES:
        if path.name.endswith(SUFFIX + suffix):
            backup = path.with_name(path.name[: -len(suffix)])
            return backup if path in keyfile.key_paths(backup) else None
    return None
