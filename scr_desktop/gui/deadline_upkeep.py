"""Recompute every case's deadlines once, in the background, when the rules have changed.

A new version of the application may bring new framework files or bank
holiday tables; the deadlines table then no longer says what the engine
would.  After an unlock whose page check has passed, :func:`recompute_if_stale`
recomputes the table a batch of cases per transaction on a worker thread,
reporting progress to the dashboard.  Locking stops it between batches; it
starts again at the next unlock, since the new rules' version is recorded
only with the last batch.

The window stays usable meanwhile: each batch holds the vault (whose reads
the window waits for) for at most :data:`STEP_SECONDS`, and the worker then
rests as long (:data:`REST_SECONDS`), leaving Python to the window.  Batches
of a few hundred cases held the vault for most of a second each, so the
dashboard, shown meanwhile, took seconds to appear.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from scr_desktop.gui.worker import BackgroundOp
from scr_desktop.storage.deadlines import DeadlineTable

STEP_SECONDS = 0.02
"""The longest one batch of the recomputation holds the vault (at least one case)."""
REST_SECONDS = 0.02
"""How long the worker rests between two batches."""


class DeadlineUpkeep(QObject):
    """One recomputation of the deadlines table, reporting (done, total) as it goes."""

    progress = Signal(int, int)

    def __init__(self, table: DeadlineTable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = table
        self._stop = threading.Event()

    def start(self, on_failed: Callable[[BaseException], None]) -> None:
        """Start on a worker thread."""
        BackgroundOp(self, "recompute deadlines", self._run,
                     success=lambda _r: None, failure=on_failed).run()

    def stop(self) -> None:
        """Stop after the batch under way (the vault is locking)."""
        self._stop.set()

    def _run(self) -> None:
        for done, total in self._table.recompute(seconds=STEP_SECONDS):
            self.progress.emit(done, total)
            if self._stop.wait(REST_SECONDS):  # rests, and ends at once when stopped
                return


def recompute_if_stale(table: DeadlineTable, parent: QObject,
                       on_progress: Callable[[int, int], None],
                       on_failed: Callable[[BaseException], None]) -> DeadlineUpkeep | None:
    """Start recomputing ``table`` if it was computed under other rules; return the job."""
    if table.rules_current():
        return None
    job = DeadlineUpkeep(table, parent)
    job.progress.connect(on_progress)
    job.start(on_failed)
    return job
