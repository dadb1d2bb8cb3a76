"""At 1366x768 every column of the case list and of the deadlines page is on screen and wide
enough to read: long names are cut short with the whole name as the cell's tooltip, and the
deadlines page says so when nothing is overdue instead of showing an empty grid."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from exporthelpers import tick
from guihelpers import create_vault
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QTableView, QToolTip

TODAY = date(2026, 11, 20)
LONG = ("Christopher-Alexander", "Fotheringham-Worthington-Montgomery")
AGENCY = "Northshire Clinical Commissioning Group and NHS Foundation Trust"
# showing a real tooltip offscreen makes Qt say it cannot raise the tooltip's window
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def _fill(window, *, overdue: bool = True) -> None:  # type: ignore[no-untyped-def]
    with window.vault.database.transaction():
        for i in range(6):
            case = window.vault.cases.new_case()
            aware = TODAY - timedelta(days=60 if overdue else 0)
            case.set("aware_date", aware.strftime("%d/%m/%Y"))
            case.set("referral_date", aware.strftime("%d/%m/%Y"))
            case.set("child_forenames", LONG[0] if i % 2 else "Zoë")
            case.set("child_last_names", LONG[1] if i % 2 else "Lee")
            case.set("referrer_agency", AGENCY)
            case.facts = {"abuse_or_neglect": "suspected", "child_died": True,
                          "interagency_concerns": "yes", "age_years": 1}
            window.vault.cases.save(case)


def _check_columns(table: QTableView, wide: dict[int, float], fixed: tuple[int, ...]) -> None:
    """Every column within the view, none narrower than its heading; ``wide`` columns take
    at least that share of the width."""
    header = table.horizontalHeader()
    view = table.viewport().width()
    assert header.length() <= view + 1, "a column runs off the screen"
    metrics = header.fontMetrics()
    model = table.model()
    for column in range(header.count()):
        heading = str(model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= metrics.horizontalAdvance(heading), heading
    for column, share in wide.items():
        assert header.sectionSize(column) >= share * view, column
    for column in fixed:  # the short columns show every cell whole
        shown = str(model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), shown
    assert not table.wordWrap() and table.textElideMode() == Qt.TextElideMode.ElideRight


def _tooltip(qtbot, table: QTableView, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    QToolTip.hideText()
    centre = table.visualRect(table.model().index(row, column)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
    QApplication.sendEvent(table.viewport(), event)
    return QToolTip.text()


def test_the_case_list_shows_every_column_at_1366(qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    window.resize(1366, 768 - 80)
    create_vault(qtbot, window)
    _fill(window)
    window.show_cases()
    table = window.list_page.table
    QApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: table.model().rowCount() == 6)
    _check_columns(table, {1: 0.18, 6: 0.18, 7: 0.12}, fixed=(0, 2, 3, 4))
    long_row = next(r for r in range(6) if LONG[1] in table.model().index(r, 1).data())
    assert _tooltip(qtbot, table, long_row, 1) == " ".join(LONG)
    assert _tooltip(qtbot, table, long_row, 7) == AGENCY


def test_the_deadlines_page_shows_every_column_and_says_when_none_is_overdue(
        qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    window.resize(1366, 768 - 80)
    create_vault(qtbot, window)
    _fill(window, overdue=False)
    window.deadlines_action.trigger()
    dash = window.dashboard
    table = dash.table
    QApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    assert not dash.empty.isVisible()
    _check_columns(table, {2: 0.18, 3: 0.18, 4: 0.15, 5: 0.1}, fixed=(0, 1))
    row = next(r for r in range(table.model().rowCount())
               if LONG[1] in table.model().index(r, 2).data())
    assert _tooltip(qtbot, table, row, 2) == " ".join(LONG)

    tick(qtbot, dash.overdue_only)
    assert table.model().rowCount() == 0
    assert dash.empty.isVisible() and dash.empty.text() == "Nothing is overdue."
    _check_columns(table, {2: 0.18, 3: 0.18}, fixed=())
    assert table.rect().contains(QPoint(dash.empty.geometry().center()))
