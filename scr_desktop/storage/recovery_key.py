"""Keeping a new recovery key: in the vault's key file and in its kept backups' key files.

A new recovery key is shown first and kept only once the person says they
have written it down or saved its sheet (:meth:`.vault.Vault.draft_recovery_key`).
:func:`keep_recovery_key` then puts its slot in the vault's key file and in
the key file of every backup of this vault that the app keeps, so that every
one of them opens with the key on the sheet in the safe (a backup taken when
the vault was created, before the key was kept, included), and an earlier
recovery key opens none of them.  Each backup keeps its own passphrase and
escrow slots.  A backup whose key file is damaged is named and left exactly
as it is.  Backups saved elsewhere by the user keep the slots they were made
with.

This module sits above :mod:`.vault` and :mod:`.backup`, as
:mod:`.passphrase_change` does.
"""

from __future__ import annotations

from pathlib import Path

from .backup import kept_backups
from .errors import VaultError
from .keyfile import KeyFileProblem
from .keyslots import KeySlots, RecoveryDraft, uses_key_slots
from .vault import Vault


def keep_recovery_key(vault: Vault, draft: RecoveryDraft) -> tuple[list[Path], list[Path]]:
    """Make ``draft`` the recovery key of ``vault`` and of its kept backups.

    Returns the backups given the new key and those that could not be.
    """
    vault.keep_recovery_key(draft)
    done: list[Path] = []
    failed: list[Path] = []
    for path in kept_backups(vault.path):
        if not uses_key_slots(path):
            continue  # from before key slots: it opens with its passphrase only
        try:
            slots = KeySlots.load(path)
        except KeyFileProblem:
            failed.append(path)  # its own key file is damaged: never overwrite it
            continue
        if slots.vault_id != vault.vault_id:
            continue
        try:
            slots.keep(draft)
            slots.save(path)
            done.append(path)
        except (VaultError, OSError):
            failed.append(path)
    return done, failed
