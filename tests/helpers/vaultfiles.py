"""Copying a vault or backup file together with its key file, as a person moving it would."""

from __future__ import annotations

import shutil
from pathlib import Path

from scr_desktop.storage.keyfile import key_paths


def copy_vault(source: Path, target: Path) -> Path:
    """Copy the vault (or backup) at ``source`` and its key file to ``target``; return it."""
    shutil.copyfile(source, target)
    for src, dst in zip(key_paths(source), key_paths(target), strict=True):
        if src.exists():
            shutil.copyfile(src, dst)
    return target


def vault_files(path: Path) -> list[str]:
    """Return the names of a vault's file and its key file's two copies."""
    return [path.name, f"{path.name}.keys", f"{path.name}.keys-copy"]
