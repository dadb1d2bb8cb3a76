"""Giving the heap memory a worker thread freed back to the system, where the C library lets us.

Slow work (the page check, the day's backup, the deadlines upkeep, exports)
runs on Qt's worker threads.  glibc gives each thread its own heap arena
and keeps what the work freed there (SQLite's pages for the copy, a batch
of cases, PDF layout) as free space that only that thread's next job
reuses, while the window's own allocations come from the main arena.
Measured after an unlock of 10,000 cases (page check, backup and deadlines
upkeep), that is about 5 MB of the resident memory (4 to 6 MB over
interleaved runs), held for the rest of the session.  :func:`give_back`
asks glibc for it back (``malloc_trim``) when a job ends, before its result is
delivered; an unlock leaves it to the page check it starts, rather than keep
the case list waiting for a walk over every arena (about 11 ms at the first
unlock of a session, with all that the lock screen freed).

On Windows (and macOS) it does nothing: there is no ``malloc_trim``, and
those heaps return the address space of large freed blocks themselves;
on a Linux C library other than glibc (musl) it does nothing either.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """Return glibc's ``malloc_trim``, or None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # on first use, after the unlock window is painted

    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    trim = getattr(libc, "malloc_trim", None)
    if trim is None:
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim  # type: ignore[no-any-return]


def give_back() -> bool:
    """Return the free memory of every heap arena to the system; False where that cannot be."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
