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
