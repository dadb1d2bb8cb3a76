"""The audit log viewer as a window beside the main one: at most one open, closed on lock.

The viewer (:class:`~.audit_dialog.AuditDialog`) is not modal, so the user
can keep it open while working; opening it again replaces it.  Qt deletes
it when it is closed (Esc, the close button), so it is forgotten then and
checked with shiboken (:func:`.teardown.alive`) before it is touched.  The
window hands in the parent and how to export the entries shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from scr_desktop.gui.teardown import alive

if TYPE_CHECKING:
    from scr_desktop.gui.audit_dialog import AuditDialog
    from scr_desktop.storage.audit import AuditEntry, AuditLog


class AuditViewer(QObject):
    """The one audit log viewer of a window (a QObject, so its slot goes when the window does)."""

    def __init__(self, parent: QWidget,
                 export: Callable[[Sequence[AuditEntry], int | None, bool], None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._export = export
        self.dialog: AuditDialog | None = None

    def open(self, audit: AuditLog, anchor_problems: Callable[[], list[str]]) -> None:
        """Show the viewer over ``audit`` (closing one already open)."""
        self.close()
        from PySide6.QtCore import Qt  # not at import: the unlock window avoids it (lock_pages)

        from scr_desktop.gui.audit_dialog import AuditDialog

        dialog = AuditDialog(audit, self._parent, export=self._export,
                             anchor_problems=anchor_problems)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(self._destroyed)
        dialog.show()

    def _destroyed(self) -> None:
        if not alive(self.dialog):
            self.dialog = None

    def close(self) -> None:
        """Close the viewer, if it is still open."""
        dialog, self.dialog = self.dialog, None
        if alive(dialog):
            assert dialog is not None
            dialog.close()
