"""What follows the background page check of an unlocked vault: held saves, then deadlines.

The case list is shown before every page of the vault has been checked;
autosave holds its writes until the check passes.  Then :class:`AfterCheck`
saves what the open case held back and, if the rules have changed since the
deadlines table was computed, recomputes it in the background
(:mod:`.deadline_upkeep`), showing progress on the dashboard.  Locking stops
the recomputation between batches (:meth:`AfterCheck.stop`).  The window
hands in callables (is this check for the vault still open, save the held
changes, the deadlines table, where progress goes), never itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from scr_desktop.gui.case_actions import report_error
from scr_desktop.storage.errors import VaultError

if TYPE_CHECKING:
    from scr_desktop.gui.deadline_upkeep import DeadlineUpkeep
    from scr_desktop.storage.deadlines import DeadlineTable

FAILED = "The deadlines could not be brought up to date"


class AfterCheck(QObject):
    """Follow a passed page check with the held saves and the deadlines upkeep."""

    def __init__(self, parent: QWidget, *, is_current: Callable[[object], bool],
                 save_held: Callable[[], None], deadlines: Callable[[], DeadlineTable],
                 progress: Callable[[int, int], None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._is_current = is_current
        self._save_held = save_held
        self._deadlines = deadlines
        self._progress = progress
        self._upkeep: DeadlineUpkeep | None = None

    def checked(self, vault: object) -> None:
        """Every page of ``vault`` is sound: save what was held back, update the deadlines."""
        if not self._is_current(vault):
            return
        self._save_held()
        from scr_desktop.gui.deadline_upkeep import recompute_if_stale

        def failed(exc: BaseException) -> None:
            if self._is_current(vault):
                report_error(self._parent, FAILED, exc)

        try:
            self._upkeep = recompute_if_stale(self._deadlines(), self, self._progress, failed)
        except VaultError as exc:
            report_error(self._parent, FAILED, exc)

    def stop(self) -> None:
        """Stop the deadlines upkeep after its current batch (the vault is locking)."""
        upkeep, self._upkeep = self._upkeep, None
        if upkeep is not None:
            upkeep.stop()
