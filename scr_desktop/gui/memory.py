"""Give the memory freed by a closed case's pages back to the system.

A reviewed case's steps (the decision steps, the Review area, the
chronology, the genogram) make a few thousand widgets, some 20 MB.  When
they are destroyed the C library's allocator keeps the freed memory for
later use, scattered between blocks still in use, so the process stays as
large as when every step was shown.  On Linux (glibc) ``malloc_trim`` hands
those free pages back to the system; the wizard asks for it, once, after
it has destroyed a case's steps (:func:`give_back_soon`).  Elsewhere
nothing is done.

Trimming walks the allocator's free lists (a few milliseconds), so it is
run from the event loop once the work that freed the memory is over, never
inside it: leaving or opening a case is not slowed by it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QTimer

_pending = False
trims = 0
"""How many times freed memory has been handed back (read by the tests)."""


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # only here: the first case left pays for it, not the start

    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the process already uses
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def give_back() -> None:
    """Hand the allocator's free memory back to the system now (where it can be)."""
    global _pending, trims
    _pending = False
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
    trims += 1


def give_back_soon() -> None:
    """Hand free memory back once the event loop is next idle (several asks, one trim)."""
    global _pending
    if _pending:
        return
    _pending = True
    QTimer.singleShot(0, give_back)
