"""A case that cannot be read is listed as damaged, with a sign; the rest show as usual."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from scr_desktop.gui.case_list_model import DAMAGED_LABEL, CaseListModel
from scr_desktop.storage.vault import Vault

pytestmark = pytest.mark.gui


def test_the_list_marks_the_damaged_case_and_paints_every_row(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Vault.create(tmp_path / "v.scrvault", "walnut lantern meadow 7") as vault:
        good = vault.cases.new_case()
        bad = vault.cases.new_case()
        with vault.database.transaction() as conn:
            conn.execute("UPDATE cases SET data = json_set(data, '$.facts', json('[]')),"
                         " updated_at = '0001-01-01T00:00:00' WHERE id = ?", (bad.id,))
        model = CaseListModel(vault.cases)
        model.reload()
        shown = {model.data(model.index(r, 0), Qt.ItemDataRole.UserRole):
                 [model.data(model.index(r, c)) for c in range(model.columnCount())]
                 for r in range(model.rowCount())}
        assert shown[bad.id][2] == f"\u26a0 {DAMAGED_LABEL}"
        assert shown[good.id][2] != shown[bad.id][2]
        assert all(isinstance(cell, str) for row in shown.values() for cell in row)


def test_opening_a_damaged_case_says_so_and_it_can_still_be_deleted(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    from guihelpers import create_vault

    from scr_desktop.gui.messages import Messages

    window = make_window(vault_path)
    create_vault(qtbot, window)
    good = window.vault.cases.new_case()
    bad = window.vault.cases.new_case()
    with window.vault.database.transaction() as conn:
        conn.execute("UPDATE cases SET data = json_set(data, '$.facts', json('[]'))"
                     " WHERE id = ?", (bad.id,))
    window.show_cases()
    window.open_case(bad.id)
    assert Messages.shown[-1].title == "Could not open the case"
    assert "Every other case is unaffected" in Messages.shown[-1].text
    window.open_case(good.id)  # the others open as before
    assert window.editor is not None and window.editor.case.id == good.id
    window.show_cases()
    Messages.next_answer(True)
    window.list_page.delete_case.emit(bad.id)
    assert [s.id for s in window.vault.cases.list(trash=True)] == [bad.id]
