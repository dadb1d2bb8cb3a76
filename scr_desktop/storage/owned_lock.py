"""A re-entrant lock that can tell whether the calling thread holds it.

The vault's connection is used under one re-entrant lock.  Closing it while
a copy reads the file waits for the copy to end, and the copy's last step
takes that lock: a thread that closes while holding the lock would wait for
ever.  :meth:`OwnedLock.held_here` lets the close refuse that mistake at once.
"""

from __future__ import annotations

import threading
from types import TracebackType

__all__ = ["OwnedLock"]


class OwnedLock:
    """A :class:`threading.RLock` that knows which thread holds it."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._owner: int | None = None
        self._depth = 0

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        """Take the lock (again, if this thread holds it); as :meth:`threading.RLock.acquire`."""
        if not self._lock.acquire(blocking, timeout):
            return False
        self._owner = threading.get_ident()
        self._depth += 1
        return True

    def release(self) -> None:
        """Let the lock go once; it is free when every acquire has been matched."""
        if self._owner != threading.get_ident():
            raise RuntimeError("cannot release a lock this thread does not hold")
        self._depth -= 1
        if not self._depth:
            self._owner = None
        self._lock.release()

    def held_here(self) -> bool:
        """Return True if the calling thread holds the lock."""
        return self._owner == threading.get_ident()

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()
