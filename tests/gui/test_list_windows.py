"""The case list and the dashboard keep only the pages read lately, and still show every row.

A list scrolled to the end of a large vault held every row it fetched; now
only :data:`~scr_desktop.gui.page_window.KEPT_PAGES` pages are held, and a
page scrolled back to is read again, in the same order, showing the same
rows.  Selection, sorting and opening a row work as before.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from guihelpers import create_vault
from PySide6.QtCore import QItemSelectionModel, Qt

from scr_desktop.gui import case_list_model, deadline_model
from scr_desktop.gui.page_window import KEPT_PAGES, PageWindow

TODAY = date(2026, 11, 20)


def test_a_page_window_keeps_few_pages_and_reads_a_dropped_one_again() -> None:
    source = list(range(95))
    reads: list[int] = []

    def read(n: int) -> list[int]:
        reads.append(n)
        return source[n * 10:(n + 1) * 10]

    window: PageWindow[int] = PageWindow(10, read, kept=3)
    for n in range(10):
        window.append(source[n * 10:(n + 1) * 10])
    assert len(window) == 95 and reads == []
    assert window.held_pages() == [7, 8, 9]
    assert window.row(94) == 94 and window.row(95) is None and window.row(-1) is None
    assert window.row(3) == 3 and reads == [0]
    assert window.held_pages() == [8, 9, 0]
    assert list(window) == source
    with pytest.raises(ValueError):
        window.append([1])  # nothing follows the short last page
    source[:] = source[:12]  # the list became shorter since: missing rows are None
    window.clear()
    window.append(list(range(10)))
    window.append(list(range(10, 20)))
    window._pages.clear()  # every page dropped, as after scrolling far
    assert window.row(15) is None and window.row(11) == 11


def _cases(window, n: int) -> None:  # type: ignore[no-untyped-def]
    with window.vault.database.transaction():
        for i in range(n):
            case = window.vault.cases.new_case()
            case.set("child_forenames", f"Name{(i * 37) % 1009:04d}")
            aware = TODAY - timedelta(days=i % 60)
            case.set("aware_date", aware.strftime("%d/%m/%Y"))
            case.set("referral_date", aware.strftime("%d/%m/%Y"))
            case.facts = {"abuse_or_neglect": "suspected", "child_died": True,
                          "interagency_concerns": "yes", "age_years": 1}
            window.vault.cases.save(case)


def test_the_case_list_scrolled_down_and_back_shows_the_same_rows_holding_few(
        qtbot, make_window, vault_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(case_list_model, "PAGE", 10)
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    _cases(window, 10 * (KEPT_PAGES + 4) + 3)
    window.show_cases()
    page = window.list_page
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    model = page.model
    first_ids = [model.data(model.index(r, 0), Qt.ItemDataRole.UserRole) for r in range(10)]
    page.table.selectionModel().select(
        model.index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    while model.canFetchMore(model.index(-1, -1)):
        page.table.scrollToBottom()
        model.fetchMore(model.index(-1, -1))
    total = 10 * (KEPT_PAGES + 4) + 3
    assert model.rowCount() == total
    assert model._rows.held_pages() == list(range(KEPT_PAGES + 5 - KEPT_PAGES, KEPT_PAGES + 5))
    page.table.scrollToTop()
    assert [model.data(model.index(r, 0), Qt.ItemDataRole.UserRole)
            for r in range(10)] == first_ids
    names = [model.summary(r).child_name for r in range(total)]
    assert names == sorted(names) and len(set(names)) == total
    assert len(model._rows.held_pages()) <= KEPT_PAGES
    assert page.selected_id() == first_ids[2]
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 10
    assert model.summary(0).child_name == names[-1]


def test_the_dashboard_scrolled_down_and_back_shows_the_same_rows_holding_few(
        qtbot, make_window, vault_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(deadline_model, "PAGE", 10)
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    _cases(window, 25)
    window.deadlines_action.trigger()
    dash = window.dashboard
    model = dash.model
    total = model.counts.listed
    assert total > 10 * (KEPT_PAGES + 1)
    shown = [tuple(model.data(model.index(r, c)) for c in range(6)) for r in range(10)]
    while model.canFetchMore(model.index(-1, -1)):
        dash.table.scrollToBottom()
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == total
    assert len(model._rows.held_pages()) == KEPT_PAGES
    assert 0 not in model._rows.held_pages()
    model._cells.clear()  # the cell text kept lately, as after scrolling far
    assert [tuple(model.data(model.index(r, c)) for c in range(6)) for r in range(10)] == shown
    rows = dash.rows
    assert len(rows) == total == len({(r.case_id, r.deadline.key) for r in rows})
    assert [r.deadline.due for r in rows] == sorted(r.deadline.due for r in rows)
    opened: list[str] = []
    dash.open_case.connect(opened.append)
    model._rows._pages.clear()  # every page dropped
    dash.table.doubleClicked.emit(model.index(3, 0))
    assert opened == [rows[3].case_id]


def test_a_list_whose_count_was_stale_stops_at_its_short_last_page(
        qtbot, make_window, vault_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(case_list_model, "PAGE", 10)
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    _cases(window, 7)
    window.show_cases()
    model = window.list_page.model
    assert model.rowCount() == 7
    _cases(window, 5)  # saved elsewhere after the list was read
    model._total = 12  # as if they had been counted
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 7 and not model.canFetchMore(model.index(-1, -1))
