"""The dashboard makes a cell's text when the view asks for it and keeps it for recent rows only.

Scrolled to its end, the dashboard holds every deadline fetched once; the
text of a cell is made again if a row scrolled away is asked for, and it is
the same text.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from duecases import add_due_cases
from guihelpers import create_vault
from PySide6.QtCore import Qt

from scr_desktop.domain.dates import format_uk_date
from scr_desktop.gui import deadline_model
from scr_desktop.gui.deadline_style import state_text

TODAY = date(2026, 11, 20)


def test_cell_text_is_kept_for_recent_rows_only_and_always_right(
        qtbot, make_window, vault_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(deadline_model, "CELLS_KEPT", 30)
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    add_due_cases(window, 40, TODAY)
    window.deadlines_action.trigger()
    model = window.dashboard.model
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    rows = window.dashboard.rows
    assert len(rows) > 2 * 30

    def text(row: int, col: int) -> str:
        return str(model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole))

    for sweep in range(2):  # the second sweep asks again for rows whose text was let go
        for row in range(len(rows)):
            d = rows[row].deadline
            assert text(row, 0) == format_uk_date(d.due), (sweep, row)
            assert text(row, 1) == rows[row].reference
            assert text(row, 4) == state_text(d.state, d.text)
            assert len(model._cells) <= 30
