"""Changing the vault's passphrase, and retiring the old one from the kept backups.

With key slots a change rewraps the vault key in the passphrase slot of the
vault's key file (:meth:`.vault.Vault.change_passphrase`): the vault file
itself is not rewritten, so nothing is backed up first.  The key file is
written atomically beside its copy, so a crash leaves the old passphrase or
the new one, never neither.

:func:`retire_old_passphrase` then makes the old passphrase useless on the
backups this app keeps: a backup with key slots gets this vault's key file
with the new passphrase in its slot (a backup whose own key file is damaged
is named and left exactly as it is); a backup from before key slots, keyed
by its passphrase, is re-encrypted under the new one
(:func:`.backup.retire_passphrase`); what an interrupted backup left (a key
file with no backup, an unfinished copy) is removed first
(:mod:`.backup_leftovers`).  A fresh backup is taken last.  Every
backup made after the change carries only the new passphrase.

A change or a retiring that waited for a backup may find the vault locked
meanwhile: it then refuses with :class:`.errors.VaultClosed` before writing
anything, and says what that left as it was.

This module sits above :mod:`.vault` and :mod:`.backup`: the vault knows
nothing of backups, and backups depend on the vault one way only.
"""

from __future__ import annotations

from pathlib import Path

from .backup import automatic_backup, kept_backups, retire_passphrase
from .backup_leftovers import remove_leftovers
from .errors import VaultClosed, VaultError
from .keyfile import KeyFileProblem
from .keyslots import KeySlots, uses_key_slots
from .vault import Vault

NOT_CHANGED = ("The vault was locked before the passphrase could be changed, so nothing "
               "changed: it still opens with the current passphrase. Unlock it and change "
               "the passphrase again.")
NOT_RETIRED = ("The vault now opens with the new passphrase, but it was locked before the "
               "backups this app keeps were given it: they still open with the old one. "
               "Unlock the vault and change the passphrase again to retire the old one "
               "from them.")


def change_passphrase(vault: Vault, old: str, new: str) -> None:
    """Put ``new`` in place of ``old`` in the vault's passphrase slot (checked first).

    A backup under way is let finish first, so that :func:`retire_old_passphrase`
    finds it among the kept backups.
    """
    with vault.backup_lock:
        try:
            vault.change_passphrase(old, new)
        except VaultClosed:
            raise VaultClosed(NOT_CHANGED) from None


def retire_old_passphrase(vault: Vault, old: str, new: str) -> tuple[list[Path], list[Path]]:
    """After a change, give the kept backups ``new`` in place of ``old``; take a fresh one.

    Returns the backups done and those that still open with ``old`` (or whose
    key file is damaged and was left alone).
    """
    with vault.backup_lock:
        if not vault.is_open:
            raise VaultClosed(NOT_RETIRED)
        return _retire(vault, old, new)


def _retire(vault: Vault, old: str, new: str) -> tuple[list[Path], list[Path]]:
    done: list[Path] = []
    failed: list[Path] = []
    remove_leftovers(vault.path)  # a key file with no backup would keep ``old`` alive
    for path in kept_backups(vault.path):
        if not uses_key_slots(path):
            continue
        try:
            if KeySlots.load(path).vault_id != vault.vault_id:
                continue
        except KeyFileProblem:
            failed.append(path)  # its own key file is damaged: never overwrite it
            continue
        try:
            vault.write_copy_keys(path, new)
            done.append(path)
        except (VaultError, OSError):
            failed.append(path)
    legacy_done, legacy_failed = retire_passphrase(vault.path, old, new)
    automatic_backup(vault, new)
    done += legacy_done
    failed += legacy_failed
    vault.audit.record("backups re-encrypted",
                       detail=f"{len(done)} re-encrypted, {len(failed)} could not be")
    return done, failed
