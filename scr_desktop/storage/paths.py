"""Where the vault and its companion files live on this computer.

Everything is per user, in the folders ``platformdirs`` gives for
"SCR Desktop".  The attempts file (wrong-passphrase counts, no personal
data) lives in the per-user state folder so that it is kept apart from the
vault and its backups.  Folders this module creates are owner-only (0700).
"""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, date, datetime
from pathlib import Path

import platformdirs

APP_NAME = "SCR Desktop"
VAULT_FILENAME = "vault.scrvault"
SUFFIX = ".scrvault"


def user_data_dir() -> Path:
    """Return the per-user data folder (not created)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_vault_path() -> Path:
    """Return where the user's vault lives unless they chose elsewhere."""
    return user_data_dir() / VAULT_FILENAME


def backups_dir() -> Path:
    """Return the per-user folder for automatic encrypted backups (not created)."""
    return user_data_dir() / "backups"


def documents_dir() -> Path:
    """Return the user's Documents folder, where file dialogs start (home if it is missing)."""
    folder = Path(platformdirs.user_documents_dir())
    return folder if folder.is_dir() else Path.home()


def backup_file_name(day: date) -> str:
    """Return the name offered for a backup made on ``day``: ``vault-backup-2026-12-01.scrvault``.

    The date is written year first so that backups sort by date in any file list.
    """
    return f"vault-backup-{day.isoformat()}{SUFFIX}"


def attempts_path() -> Path:
    """Return the path of the per-user file that counts wrong passphrases."""
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)) / "unlock-attempts.json"


def make_private_dir(path: Path) -> None:
    """Create ``path`` and any missing parents, owner-only; leave existing folders alone."""
    missing: list[Path] = []
    p = path
    while not p.exists():
        missing.append(p)
        p = p.parent
    for d in reversed(missing):
        try:
            d.mkdir(mode=0o700)
        except FileExistsError:
            continue
        os.chmod(d, 0o700)


def stamp() -> str:
    """Return the current UTC time as a file-name-safe stamp, to the microsecond."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def backup_prefix(vault_path: Path) -> str:
    """Return the file-name prefix of every backup of the vault at ``vault_path``.

    It is named by a hash of the vault's full path, so that two vaults with
    the same file name never share (or prune) each other's backups, and so
    that nothing the user typed appears in the backups folder.
    """
    digest = hashlib.sha256(str(Path(vault_path).resolve()).encode("utf-8")).hexdigest()
    return f"vault-{digest[:16]}"


def backup_path(vault_path: Path, reason: str) -> Path:
    """Return a new, unique path in the per-user backups folder for one backup."""
    return backups_dir() / f"{backup_prefix(vault_path)}-{reason}-{stamp()}{SUFFIX}"
