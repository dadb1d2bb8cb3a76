"""Leaving the statistics page lets go of its charts and tables; coming back shows the same
figures, for the period the user had chosen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from guihelpers import create_vault, create_vault_and_backup
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from scr_desktop.gui import memory
from scr_desktop.gui.learning.bar_chart import BarChart
from scr_desktop.gui.learning.statistics_page import FigureBox, StatisticsPage

TODAY = date(2026, 11, 20)


def _live(kind: type) -> int:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return sum(isinstance(w, kind) for w in QApplication.allWidgets())


def _shown(page: StatisticsPage) -> dict[str, list[list[str]]]:
    return {key: [[box.cell(r, c) for c in range(box.table.columnCount())]
                  for r in range(box.table.rowCount())] for key, box in page.boxes.items()}


def test_leaving_the_page_releases_its_figures_and_coming_back_shows_them_again(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    for referred in ("02/02/2026", "03/03/2026", "04/04/2025"):
        case = window.vault.cases.new_case()
        case.set("referral_date", referred)
        window.vault.cases.save(case)

    window.statistics_action.trigger()
    page = window.statistics
    page.form.kind.setCurrentIndex(page.form.kind.findData("year"))
    page.form.year.setValue(2026)
    page.form.suppress.setChecked(False)
    assert page.boxes["referrals"].cell(0, 1) == "2"
    before = _shown(page)
    assert len(before) == 7 and _live(FigureBox) == 7 and _live(BarChart) == 7

    trims = memory.trims
    window.show_cases()
    assert page.figures is None and page.boxes == {}
    assert _live(FigureBox) == 0 and _live(BarChart) == 0
    qtbot.waitUntil(lambda: memory.trims > trims)

    window.statistics_action.trigger()  # Ctrl+Shift+S, as from the menu
    assert str(page.form.kind.currentData()) == "year" and page.form.year.value() == 2026
    assert not page.form.suppress.isChecked()
    assert _shown(page) == before
    assert _live(FigureBox) == 7

    # Shown again by any way (the window's own pages switching back), the figures return.
    window.workspace.setCurrentWidget(window.list_page)
    assert page.boxes == {}
    window.workspace.setCurrentWidget(page)
    assert _shown(page) == before


def test_a_hidden_page_that_was_never_filled_stays_empty(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = StatisticsPage(lambda: TODAY, lambda _figures: None)
    qtbot.addWidget(page)
    page.show()
    page.hide()
    page.show()
    assert page.boxes == {} and page.figures is None


def test_coming_back_with_nothing_written_counts_nothing_again_and_a_save_is_counted(
        qtbot, make_window, vault_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from scr_desktop.storage.stats import StatsTable

    window = make_window(vault_path, today=lambda: TODAY)
    create_vault_and_backup(qtbot, window)  # its audit entry written, not during the test
    case = window.vault.cases.new_case()
    case.set("referral_date", "02/02/2026")
    window.vault.cases.save(case)
    counted: list[str] = []
    figures = StatsTable.figures

    def counting(table: StatsTable, period, today):  # type: ignore[no-untyped-def]
        counted.append(period.label)
        return figures(table, period, today)

    monkeypatch.setattr(StatsTable, "figures", counting)
    window.statistics_action.trigger()
    page = window.statistics
    page.form.kind.setCurrentIndex(page.form.kind.findData("year"))
    page.form.year.setValue(2026)
    assert page.boxes["referrals"].cell(0, 1) == "1"
    before = len(counted)

    window.show_cases()
    window.statistics_action.trigger()
    assert len(counted) == before, "nothing was written: the figures kept are shown"
    assert page.boxes["referrals"].cell(0, 1) == "1" and _live(FigureBox) == 7

    window.show_cases()
    other = window.vault.cases.new_case()
    other.set("referral_date", "03/03/2026")
    window.vault.cases.save(other)
    window.statistics_action.trigger()
    assert len(counted) == before + 1
    assert page.boxes["referrals"].cell(0, 1) == "2"
    page.form.year.setValue(2025)  # another period is counted
    assert len(counted) == before + 2
    assert page.boxes["referrals"].table.rowCount() == 0
