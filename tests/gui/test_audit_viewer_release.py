"""The audit log viewer of the window holds one page of a long log, and nothing once closed."""

from __future__ import annotations

import gc
from pathlib import Path

import shiboken6
from guihelpers import create_vault
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from scr_desktop.gui.audit_dialog import PAGE, AuditDialog, AuditModel


def _live(cls: type[QObject]) -> int:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, cls) and shiboken6.isValid(o))


def test_the_viewer_pages_over_a_long_log_and_is_destroyed_when_closed(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_path)
    create_vault(qtbot, window)
    with window.vault.database.transaction():
        for n in range(PAGE * 3):
            window.vault.audit.record("view case", case_ref=f"QzREF-{n}")
    total = window.vault.audit.count()
    assert total > PAGE * 3

    window.show_audit()
    dialog = window.audit_dialog
    assert dialog is not None and _live(AuditDialog) == 1 and _live(AuditModel) == 1
    assert dialog.model.rowCount() == PAGE < dialog.model.total() == total
    assert dialog.count.text() == f"Showing {total} of {total} entries."

    window.show_audit()  # opening it again replaces it
    assert _live(AuditDialog) == 1 and window.audit_dialog is not dialog
    dialog = window.audit_dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert _live(AuditDialog) == 0 and _live(AuditModel) == 0  # deleted on close
    assert window.audit_dialog is None
