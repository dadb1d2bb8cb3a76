"""The open vault of this window: its instance lock, its connection, and closing both.

One window per vault: a ``QLockFile`` beside the vault (``<vault>.lock``)
is taken before unlocking and released on lock or quit; a lock left by a
crashed process is recovered because its process no longer exists.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

from scr_desktop.storage.errors import VaultInUse
from scr_desktop.storage.paths import make_private_dir

if TYPE_CHECKING:
    from scr_desktop.storage.vault import Vault


class InstanceLocked(VaultInUse):
    """Another SCR Desktop window has this vault open."""

    def __init__(self, pid: int, host: str) -> None:
        self.pid = pid
        self.host = host
        where = ""
        if pid:
            where = f" (process {pid}" + (f" on {host})" if host else ")")
        super().__init__(
            f"This vault is already open in another SCR Desktop window{where}. "
            "Switch to that window, or close it and try again."
        )


class VaultSession:
    """Holds the instance lock and, once unlocked, the vault."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.vault: Vault | None = None
        self._lock = QLockFile(str(path) + ".lock")
        self._lock.setStaleLockTime(0)  # stale only when its process is gone

    def acquire(self) -> None:
        """Take the instance lock (an owner-only file) or raise :class:`InstanceLocked`."""
        if self._lock.isLocked():
            return
        make_private_dir(self.path.parent)
        if self._lock.tryLock(0):
            self._make_private()
            return
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            self._lock.removeStaleLockFile()
            if self._lock.tryLock(0):
                self._make_private()
                return
            info = self._lock.getLockInfo()  # (pid, host, app); empty when unreadable
            pid, host = (int(info[0]), str(info[1])) if len(info) >= 2 else (0, "")
            raise InstanceLocked(pid, host)
        raise InstanceLocked(0, "")

    def _make_private(self) -> None:
        """Make the lock file owner-only: it names this computer and the process."""
        with contextlib.suppress(OSError):
            os.chmod(str(self.path) + ".lock", 0o600)

    def release(self) -> None:
        """Close the vault and give up the instance lock."""
        if self.vault is not None:
            try:
                self.vault.close()
            finally:
                self.vault = None
        if self._lock.isLocked():
            self._lock.unlock()
