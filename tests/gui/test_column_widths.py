"""The case list's short columns are as wide as the view itself would measure them.

The list measures a column's cells from their texts' advance and the margins the
view measured once for the column (:meth:`ColumnShares._cell_width`).  These
tests hold that to the view's own measure of every cell, with the application's
looks (normal and high contrast) and in fonts of other sizes, fractional ones
among them, as a scaled display gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guihelpers import create_vault
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from scr_desktop.domain.model import STATUS_LABELS
from scr_desktop.gui import theme

# Texts of differing widths in each short column: references, every status, dates.
DATES = ("01/01/2026", "11/11/2011", "28/08/2008", "")


@pytest.fixture
def looks():  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet(), app.property("high_contrast")
    yield
    app.setStyleSheet(before[0])
    app.setProperty("high_contrast", before[1])


@pytest.mark.parametrize("look", ["plain", "normal", "high contrast"])
@pytest.mark.parametrize("points", [None, 10.5, 13.25])
def test_each_short_column_is_as_wide_as_the_view_measures_its_cells(
        qtbot, make_window, vault_path: Path, looks, look: str,  # type: ignore[no-untyped-def]
        points: float | None) -> None:
    if look != "plain":
        theme.apply(look == "high contrast")
    window = make_window(vault_path)
    create_vault(qtbot, window)
    vault = window.vault
    statuses = list(STATUS_LABELS)
    with vault.database.transaction() as conn:
        for i in range(24):
            case = vault.cases.new_case()
            case.set("child_forenames", f"Child{i}")
            case.set("referral_date", DATES[i % len(DATES)])
            case.status = statuses[i % len(statuses)]
            vault.cases.save(case)
            # changed at times of differing widths (the list shows dd/mm/yyyy hh:mm)
            conn.execute("UPDATE cases SET updated_at = ? WHERE id = ?",
                         (f"20{10 + i % 17}-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}"
                          f":{(i * 7) % 60:02d}:00+00:00", case.id))
    page = window.list_page
    if points is not None:
        font = QFont(page.table.font())
        font.setPointSizeF(points)
        page.table.setFont(font)
    window.show_trash()  # the list is attached afresh when shown again: its columns fitted
    window.show_cases()
    table, header, model = page.table, page.table.horizontalHeader(), page.model
    assert model is not None and model.rowCount() == 24
    grid = 1 if table.showGrid() else 0
    for column in page.columns.fixed:
        shown = {str(model.index(r, column).data()) for r in range(model.rowCount())}
        assert len(shown) > 1, column  # cells of differing texts
        cells = [table.sizeHintForIndex(model.index(r, column)).width() + grid
                 for r in range(model.rowCount())]
        assert header.sectionSize(column) == max(*cells, header.sectionSizeHint(column)), (
            look, points, column)
        for r in range(model.rowCount()):
            assert page.columns._cell_width(model.index(r, column)) == cells[r], (
                look, points, column, model.index(r, column).data())
