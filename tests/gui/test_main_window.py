"""The Case menu hands the right case to the export controller."""

from __future__ import annotations

from pathlib import Path

import pytest
from guihelpers import create_vault
from PySide6.QtCore import Qt

from scr_desktop.gui.messages import Messages


def test_menu_exports_the_open_or_selected_case(qtbot, make_window, vault_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    calls: list[tuple[str, str]] = []
    for what in ("export_case_pdf", "export_decision_pdf", "export_notification",
                 "export_package"):
        monkeypatch.setattr(window.exports, what,
                            lambda case, what=what: calls.append((what, case.reference)))
    Messages.reset()
    window.export_actions[0].trigger()
    assert calls == [] and Messages.shown[-1].title == "Choose a case first"

    qtbot.mouseClick(window.list_page.new_button, Qt.MouseButton.LeftButton)
    reference = window.editor.case.reference
    for action in window.export_actions:
        action.trigger()
    assert calls == [("export_case_pdf", reference), ("export_decision_pdf", reference),
                     ("export_notification", reference), ("export_package", reference)]

    window.show_cases()
    window.list_page.table.selectRow(0)
    calls.clear()
    window.export_actions[0].trigger()
    assert calls == [("export_case_pdf", reference)]
    # Locked: every case action is disabled.
    window.lock()
    assert not any(a.isEnabled() for a in [*window.export_actions, window.import_action])


def test_meetings_action_shows_the_meetings_page(qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    window.meetings_action.trigger()
    assert window.workspace.currentWidget() is window.meetings
    window.lock()
    assert window.is_locked() and not window.meetings_action.isEnabled()
