"""Showing the deadlines dashboard reads one page and its counts in SQL, and nothing when
nothing has changed; an overdue deadline is shown by colour, word and sign; a
recomputation for new rules holds the vault a short batch at a time."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from duecases import add_due_cases, outdate_deadlines, watch_progress
from guihelpers import create_vault, unlock, wait_for_background_work
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from scr_desktop.gui import deadline_upkeep
from scr_desktop.gui.deadline_model import PAGE, STATE_COLUMN

TODAY = date(2026, 11, 20)


def _cases(window, n: int, first: int = 0) -> None:  # type: ignore[no-untyped-def]
    add_due_cases(window, n, TODAY, first)


def _reads(window, show) -> list[str]:  # type: ignore[no-untyped-def]
    """Return the statements run on the vault's connection while ``show()`` runs."""
    statements: list[str] = []
    conn = window.vault.database.conn
    conn.set_trace_callback(statements.append)
    try:
        show()
    finally:
        conn.set_trace_callback(None)
    return statements


def _pages(statements: list[str]) -> list[str]:
    return [s for s in statements if "FROM deadlines" in s and "LIMIT" in s]


def _counts(statements: list[str]) -> list[str]:
    return [s for s in statements if "count(*)" in s and "FROM deadlines" in s]


def test_the_dashboard_reads_one_page_and_counts_and_reads_nothing_again_unchanged(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    day = [TODAY]
    window = make_window(vault_path, today=lambda: day[0])
    create_vault(qtbot, window)
    _cases(window, 30)
    wait_for_background_work(qtbot)  # the new vault's backup, which writes its audit entry
    dash = window.dashboard

    first = _reads(window, window.show_dashboard)
    assert len(_pages(first)) == 1, first
    assert len(_counts(first)) == 1, first
    assert not [s for s in first if re.search(r"\bdata\b", s)]  # no case is read whole
    listed, overdue = dash.model.counts.listed, dash.model.counts.overdue
    assert dash.model.rowCount() == PAGE < listed
    assert dash.counts.text() == f"{listed} deadlines, {overdue} overdue"

    # shown again, from the list, with nothing changed: nothing is read
    window.show_cases()
    again = _reads(window, window.show_dashboard)
    assert not [s for s in again if "deadlines" in s], again
    assert dash.model.rowCount() == PAGE and dash.model.counts.listed == listed

    # a case saved meanwhile: read again, once, and shown
    _cases(window, 1, first=30)
    window.show_cases()
    changed = _reads(window, window.show_dashboard)
    assert len(_pages(changed)) == 1 and len(_counts(changed)) == 1, changed
    assert dash.model.counts.listed > listed

    # the next day, where each deadline stands has changed: read again
    day[0] = TODAY + timedelta(days=40)
    window.show_cases()
    next_day = _reads(window, window.show_dashboard)
    assert len(_pages(next_day)) == 1 and len(_counts(next_day)) == 1, next_day
    assert dash.model.counts.overdue > overdue

    # a filter chosen reads again, with the filter
    filtered = _reads(window, lambda: dash.overdue_only.setChecked(True))
    assert len(_pages(filtered)) == 1 and "done IS NULL AND due < " in _pages(filtered)[0]
    assert dash.model.counts.listed == dash.model.counts.overdue


def test_an_overdue_deadline_is_shown_by_colour_word_and_sign(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    _cases(window, 3, first=60)  # every deadline of these is overdue by now
    window.show_dashboard()
    dash = window.dashboard
    table, model = dash.table, dash.model
    assert model.rowCount() > 0
    table.clearSelection()
    table.setCurrentIndex(model.index(-1, -1))
    QApplication.sendPostedEvents()
    index = model.index(0, STATE_COLUMN)
    assert model.row(0) is not None and model.row(0).deadline.state == "overdue"
    text = str(model.data(index, Qt.ItemDataRole.DisplayRole))
    assert text.startswith("\u26a0 OVERDUE")
    image = table.viewport().grab().toImage()
    cell = table.visualRect(index)
    assert cell.width() > 10
    painted = QColor(image.pixel(cell.right() - 3, cell.center().y()))
    assert painted.name() == "#fde7e9"


def test_the_recomputation_for_new_rules_holds_the_vault_a_short_batch_at_a_time(
        qtbot, make_window, vault_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Beside the window the recomputation commits as soon as a batch's time is up (here
    at once: one case a batch), so the dashboard's reads never wait for a long batch."""
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    _cases(window, 6)
    window.show_dashboard()
    expected = outdate_deadlines(window)
    monkeypatch.setattr(deadline_upkeep, "STEP_SECONDS", 0.0)
    monkeypatch.setattr(deadline_upkeep, "REST_SECONDS", 0.0)
    seen = watch_progress(monkeypatch)
    window.lock()
    unlock(qtbot, window)
    window.show_dashboard()
    qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] == seen[-1][1], timeout=20000)
    wait_for_background_work(qtbot)  # every step reported, the last with the rules' version
    assert [done for done, _total in seen] == [1, 2, 3, 4, 5, 6]
    assert window.vault.deadlines.rules_current()
    assert [(r.case_id, r.deadline.key, r.deadline.due)
            for r in window.dashboard.rows] == expected
