"""What the case list asks for beyond opening a case: delete, restore, empty the trash.

Each action confirms what cannot be undone, runs one vault transaction and
refreshes the list; a failure is reported in plain words
(:func:`report_error`) and changes nothing.  The window hands in the case
repository and the list's refresh as callables, never itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from scr_desktop import support_log
from scr_desktop.gui.messages import Messages
from scr_desktop.storage.errors import VaultError

if TYPE_CHECKING:
    from scr_desktop.storage.repository import CaseRepository

UNEXPECTED = ("Something unexpected went wrong. Nothing else was changed. Try again; if it "
              "keeps happening, contact IT support.")


def report_error(parent: QWidget, title: str, exc: BaseException) -> None:
    """Tell the user, in plain words, that ``title`` failed; log only the error's name."""
    support_log.event("error", exc.code if isinstance(exc, VaultError) else "unexpected")
    Messages.error(parent, title, exc.user_message if isinstance(exc, VaultError)
                   else UNEXPECTED)


class CaseActions(QObject):
    """Delete, restore and purge cases for one case list (owned by ``parent``)."""

    def __init__(self, parent: QWidget, cases: Callable[[], CaseRepository],
                 refresh: Callable[[], None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._cases = cases
        self._refresh = refresh

    def delete(self, case_id: str) -> None:
        """Move a case to the trash after confirmation."""
        try:
            summary = self._cases().summary(case_id)  # a damaged case can still be deleted
        except Exception as exc:
            report_error(self._parent, "Could not delete the case", exc)
            return
        if not Messages.confirm(
            self._parent, "Delete case",
            f"Delete {summary.reference}? It is kept in Deleted cases, where it can be "
            "restored until they are emptied.", yes="&Delete", destructive=True,
        ):
            return
        try:
            self._cases().delete(case_id)
        except Exception as exc:
            report_error(self._parent, "Could not delete the case", exc)
        self._refresh()

    def restore(self, case_id: str) -> None:
        """Bring a case back from the trash."""
        try:
            self._cases().restore(case_id)
        except Exception as exc:
            report_error(self._parent, "Could not restore the case", exc)
        self._refresh()

    def empty_trash(self) -> None:
        """Delete the trash for good, after confirmation."""
        if not Messages.confirm(
            self._parent, "Empty deleted cases",
            "Permanently delete every case in Deleted cases? This cannot be undone.",
            yes="&Delete permanently", destructive=True,
        ):
            return
        try:
            self._cases().empty_trash()
        except Exception as exc:
            report_error(self._parent, "Could not empty Deleted cases", exc)
        self._refresh()
