"""Small per-user state files keyed by vault: the unlock-attempt record and the audit anchors.

Each file is JSON ``{"version": 1, "vaults": {KEY: entry}}``, where KEY is a
digest of the vault's resolved path (no folder or family name appears in
the file).  Files are written owner-only through a temporary file in the
same folder and an atomic replace; a file that cannot be read counts as
empty.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from .paths import make_private_dir


def vault_key(vault_path: Path) -> str:
    """Return the key under which a vault's entry is kept (a digest of its path)."""
    return hashlib.sha256(str(Path(vault_path).resolve()).encode("utf-8")).hexdigest()[:32]


def load_vaults(path: Path) -> dict[str, Any]:
    """Return the per-vault entries of the state file at ``path`` ({} if absent or unreadable)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    vaults = raw.get("vaults") if isinstance(raw, dict) else None
    return vaults if isinstance(vaults, dict) else {}


def save_vaults(path: Path, vaults: dict[str, Any], *, durable: bool) -> None:
    """Replace the state file at ``path`` with ``vaults`` (``durable``: fsync before replacing)."""
    make_private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    # Encoded in one go (json.dump would encode piece by piece in Python, writing each
    # piece): the anchor file is rewritten after every audited view of a case.
    text = json.dumps({"version": 1, "vaults": vaults})
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
