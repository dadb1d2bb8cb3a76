"""Clicking a column header of the case list sorts every case, page after page."""

from __future__ import annotations

from pathlib import Path

from guihelpers import create_vault
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHeaderView

from scr_desktop.gui.case_list_model import PAGE


def test_clicking_a_header_sorts_by_that_column_across_pages(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_path)
    create_vault(qtbot, window)
    with window.vault.database.transaction():
        for i in range(PAGE + 12):
            case = window.vault.cases.new_case()
            case.set("child_forenames", f"Name{(i * 37) % 101:03d}")
            window.vault.cases.save(case)
    window.show_cases()
    page = window.list_page
    model = page.model
    header = page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == \
        (3, Qt.SortOrder.DescendingOrder)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 5, 5))
    assert header.sortIndicatorSection() == 1
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    names = [model.summary(r).child_name for r in range(model.rowCount())]
    assert len(names) == PAGE + 12
    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert names == sorted(names, reverse=not ascending)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert model.summary(0).reference < model.summary(1).reference


def test_the_list_reads_its_first_page_once_when_shown(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_path)
    create_vault(qtbot, window)
    with window.vault.database.transaction():
        for i in range(PAGE + 3):
            case = window.vault.cases.new_case()
            case.set("child_forenames", f"Name{i:03d}")
            window.vault.cases.save(case)
    page = window.list_page
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    page.search.setText("name")
    page.refresh()
    statements: list[str] = []
    conn = window.vault.database.conn
    conn.set_trace_callback(statements.append)
    try:
        window.show_trash()
        window.show_cases()
    finally:
        conn.set_trace_callback(None)
    pages = [s for s in statements if "LIMIT" in s and "FROM cases" in s and "count(" not in s]
    counts = [s for s in statements
              if s.startswith("SELECT count(*) FROM (SELECT 1 FROM cases_fts")]
    # Once for the trash, once for the referrals: the order and search shown are applied
    # as the page is read, not after it.
    assert len(pages) == 2, pages
    assert len(counts) == 2, counts
    model = page.model
    assert model is not None
    names = [model.summary(r).child_name for r in range(model.rowCount())]
    assert names[:3] == sorted(names)[:3]
    assert page.count.text() == f"{PAGE + 3} cases"


def test_columns_fit_the_first_page_and_keep_their_widths_through_a_search(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_path)
    create_vault(qtbot, window)
    for i, agency in enumerate(["Quillfeather Metropolitan Constabulary Safeguarding Hub", "GP"]):
        case = window.vault.cases.new_case()
        case.set("child_forenames", f"Agency{i}")
        case.set("referrer_agency", agency)
        window.vault.cases.save(case)
    window.show_trash()
    window.show_cases()
    page = window.list_page
    table, header = page.table, page.table.horizontalHeader()
    agency = 7
    widths = [header.sectionSize(c) for c in range(header.count())]
    # a long column takes its share of the width (the whole text is its tooltip:
    # tests/gui/test_list_columns_at_1366.py), never less than its heading
    heading = str(page.model.headerData(agency, Qt.Orientation.Horizontal))
    assert widths[agency] >= header.fontMetrics().horizontalAdvance(heading)
    page.search.setText("Agency1")  # only the short agency left on the page
    page.refresh()
    assert page.model is not None and page.model.rowCount() == 1
    assert table.sizeHintForColumn(agency) < widths[agency]
    assert [header.sectionSize(c) for c in range(header.count())] == widths
    assert header.sectionResizeMode(agency) == QHeaderView.ResizeMode.Interactive


def test_showing_the_list_again_keeps_its_columns_and_shows_what_changed(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_path)
    create_vault(qtbot, window)
    first = window.vault.cases.new_case()
    first.set("child_forenames", "Qzalpha")
    window.vault.cases.save(first)
    window.show_cases()
    page = window.list_page
    model, header = page.model, page.table.horizontalHeader()
    header.resizeSection(2, header.sectionSize(2) + 40)  # the user widens a column
    widened = header.sectionSize(2)
    window.show_dashboard()
    second = window.vault.cases.new_case()
    second.set("child_forenames", "Qzbeta")
    window.vault.cases.save(second)
    window.show_cases()
    # the same model re-read: the new case is there, the column as the user left it
    assert page.model is model and model.rowCount() == 2
    assert header.sectionSize(2) == widened
    assert page.count.text() == "2 cases"
    window.show_trash()  # another mode: its own model
    assert page.model is not model
