"""Counting wrong passphrases outside the vault, so the pause survives a restart.

A wrong passphrase cannot be written into a vault it failed to open, so each
failure is noted in a small per-user JSON file (no personal data: the vault
is named by a hash of its path, failures by their time).  After
:data:`FREE_ATTEMPTS` failures each further attempt must wait twice as long
as the last, up to :data:`MAX_DELAY` seconds; because the file is on disk,
restarting the app does not reset the wait.  At the next successful unlock
the vault writes the pending failures into its audit log and the count is
cleared.  The file is written atomically and owner-only.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .paths import attempts_path
from .state_file import load_vaults, save_vaults, vault_key

FREE_ATTEMPTS = 3
MAX_DELAY = 300.0
_KEEP = 100


def delay_for(failures: int) -> float:
    """Return how long to wait after ``failures`` consecutive wrong passphrases."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_DELAY, 2 ** (failures - FREE_ATTEMPTS + 1)))



class AttemptLimiter:
    """The per-user record of failed unlocks, one entry per vault."""

    def __init__(self, path: Path | None = None, *,
                 clock: Callable[[], float] = time.time) -> None:
        self.path = path or attempts_path()
        self._clock = clock

    def delay_remaining(self, vault_path: Path) -> float:
        """Return the seconds to wait before the next attempt on ``vault_path`` (0 if none)."""
        entry = self._load().get(vault_key(vault_path))
        if not entry:
            return 0.0
        delay = delay_for(int(entry.get("count", 0)))
        stamps = entry.get("failures") or [0.0]
        remaining = float(stamps[-1]) + delay - self._clock()
        return max(0.0, min(delay, remaining))

    def failures(self, vault_path: Path) -> int:
        """Return how many wrong passphrases in a row were typed for ``vault_path``."""
        entry = self._load().get(vault_key(vault_path)) or {}
        return int(entry.get("count", 0))

    def failed(self, vault_path: Path) -> None:
        """Note one wrong passphrase for ``vault_path``."""
        data = self._load()
        entry = data.setdefault(vault_key(vault_path), {"count": 0, "failures": []})
        entry["count"] = int(entry.get("count", 0)) + 1
        entry["failures"] = [*entry.get("failures", []), self._clock()][-_KEEP:]
        self._save(data)

    def pending(self, vault_path: Path) -> list[str]:
        """Return the UTC times (ISO) of failures not yet written into the vault's log."""
        entry = self._load().get(vault_key(vault_path)) or {}
        return [datetime.fromtimestamp(float(t), UTC).replace(microsecond=0).isoformat()
                for t in entry.get("failures", [])]

    def succeeded(self, vault_path: Path) -> None:
        """Clear the record for ``vault_path`` after a successful unlock."""
        data = self._load()
        if data.pop(vault_key(vault_path), None) is not None:
            self._save(data)

    def _load(self) -> dict[str, Any]:
        return load_vaults(self.path)

    def _save(self, vaults: dict[str, Any]) -> None:
        save_vaults(self.path, vaults, durable=True)
