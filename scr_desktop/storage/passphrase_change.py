"""Changing the vault's passphrase: a backup under the old one first, the kept backups after.

A rekey rewrites every page of the file, so :func:`change_passphrase` waits
for the page check, writes an automatic backup still encrypted with the old
passphrase, and only then re-encrypts the vault (:meth:`.vault.Vault.rekey`).
:func:`retire_old_passphrase` then re-encrypts every backup this app keeps
under the new passphrase (:func:`.backup.retire_passphrase`) and takes a
fresh one, so the old passphrase opens none of them.  This module sits above
:mod:`.vault` and :mod:`.backup`: the vault knows nothing of backups, and
backups depend on the vault one way only.
"""

from __future__ import annotations

from pathlib import Path

from .backup import automatic_backup, retire_passphrase
from .errors import WrongPassphrase
from .vault import Vault

BEFORE_CHANGE = "before-passphrase-change"


def change_passphrase(vault: Vault, old: str, new: str) -> Path:
    """Re-encrypt ``vault`` under ``new`` after a backup under ``old``; return the backup's path."""
    if not vault.check_passphrase(old):
        raise WrongPassphrase()
    if not new:
        raise ValueError("the new passphrase is empty")
    vault.database.wait_writable()  # a rekey rewrites every page: never before the check
    saved = automatic_backup(vault, old, reason=BEFORE_CHANGE)
    vault.rekey(old, new)
    return saved


def retire_old_passphrase(vault: Vault, old: str, new: str) -> tuple[list[Path], list[Path]]:
    """After a change, re-encrypt the kept backups under ``new`` and take a fresh one.

    Returns the backups re-encrypted and those that still open with ``old``.
    """
    done, failed = retire_passphrase(vault.path, old, new)
    automatic_backup(vault, new)
    vault.audit.record("backups re-encrypted",
                       detail=f"{len(done)} re-encrypted, {len(failed)} could not be")
    return done, failed
