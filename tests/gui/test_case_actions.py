"""The case list's delete, restore and empty-trash buttons, against a real vault."""

from __future__ import annotations

from pathlib import Path

from guihelpers import create_vault
from PySide6.QtCore import Qt

from scr_desktop.gui.messages import Messages


def test_delete_restore_and_empty_the_trash_each_ask_first(qtbot, make_window,
                                                            vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    kept, gone = window.vault.cases.new_case(), window.vault.cases.new_case()
    window.show_cases()
    page = window.list_page
    page.refresh()

    def select(reference: str) -> None:
        model = page.table.model()
        row = next(r for r in range(model.rowCount())
                   if model.index(r, 0).data() == reference)
        page.table.selectRow(row)

    select(gone.reference)
    assert page.selected_id() == gone.id
    Messages.next_answer(False)  # the user thinks better of it
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert Messages.shown[-1].title == "Delete case"
    assert {s.id for s in window.vault.cases.list()} == {kept.id, gone.id}
    Messages.next_answer(True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in window.vault.cases.list()] == [kept.id]

    window.show_trash()
    select(gone.reference)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert {s.id for s in window.vault.cases.list()} == {kept.id, gone.id}

    window.show_cases()
    select(gone.reference)
    Messages.next_answer(True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    window.show_trash()
    Messages.next_answer(False)
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in window.vault.cases.list(trash=True)] == [gone.id]
    Messages.next_answer(True)
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    assert window.vault.cases.list(trash=True) == []
    assert [e.case_ref for e in window.vault.audit.entries(action="purge")] == [gone.reference]
