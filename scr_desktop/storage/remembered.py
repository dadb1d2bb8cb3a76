"""Which vaults have a passphrase remembered on this device: a marker, not the secret.

The lock screen reads this before the passphrase is typed, to decide whether
the credential store is needed at all: loading its library (``keyring``,
its plugin discovery and the metadata readers under it) costs some 5 MB,
which would still be resident when the key derivation at unlock takes its
64 MiB.  So the store is asked only where a marker says a passphrase is
remembered for the vault, or when the person ticks "Remember on this
device".

The markers are kept in the per-user state folder (``remembered.json``,
owner-only, beside the unlock-attempt record and the audit anchors), a file
that belongs to this device and is never copied, backed up or restored with
the vault; like those files it names each vault by a digest of its path, so
it holds nothing personal and nothing secret.  A marker is written when a
passphrase is remembered (what the store keeps is its slot's key, see
:mod:`.slot_key`) and removed when it is forgotten, found missing or stale.
Losing the file loses nothing: the passphrase still opens the vault when
typed, and ticking the box again remembers it again.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from .paths import APP_NAME
from .state_file import load_vaults, save_vaults, vault_key


def markers_path() -> Path:
    """Return the per-user file listing the vaults with a remembered passphrase."""
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)) / "remembered.json"


def is_marked(vault_path: Path, file: Path | None = None) -> bool:
    """Return True if a passphrase was remembered on this device for the vault."""
    return vault_key(vault_path) in load_vaults(file or markers_path())


def mark(vault_path: Path, file: Path | None = None) -> None:
    """Note that a passphrase is remembered on this device for the vault."""
    where = file or markers_path()
    vaults = load_vaults(where)
    if vault_key(vault_path) not in vaults:
        vaults[vault_key(vault_path)] = True
        save_vaults(where, vaults, durable=True)


def unmark(vault_path: Path, file: Path | None = None) -> None:
    """Note that no passphrase is remembered on this device for the vault."""
    where = file or markers_path()
    vaults = load_vaults(where)
    if vaults.pop(vault_key(vault_path), None) is not None:
        save_vaults(where, vaults, durable=True)
