"""Give the memory freed by a closed case's pages back to the system.

A reviewed case's steps (the decision steps, the Review area, the
chronology, the genogram) make a few thousand widgets, some 20 MB.  When
they are destroyed the C library's allocator keeps the freed memory for
later use, scattered between blocks still in use, so the process stays as
large as when every step was shown.  On Linux (glibc) ``malloc_trim`` hands
those free pages back to the system (:func:`scr_desktop.gui.heap.give_back`,
which the worker threads use too); the wizard asks for it, once, after it
has destroyed a case's steps (:func:`give_back_soon`).  Elsewhere nothing
is done.

Trimming walks the allocator's free lists (a few milliseconds), so it is
run from the event loop once the work that freed the memory is over, never
inside it: leaving or opening a case is not slowed by it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer

from scr_desktop.gui import heap

_pending = False
trims = 0
"""How many times freed memory has been handed back (read by the tests)."""


def give_back() -> None:
    """Hand the allocator's free memory back to the system now (where it can be)."""
    global _pending, trims
    _pending = False
    heap.give_back()
    trims += 1


def give_back_soon() -> None:
    """Hand free memory back once the event loop is next idle (several asks, one trim)."""
    global _pending
    if _pending:
        return
    _pending = True
    QTimer.singleShot(0, give_back)
