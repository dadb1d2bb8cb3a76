"""The deadlines dashboard reads the kept table a page at a time; new rules recompute it once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from duecases import add_due_cases, outdate_deadlines, watch_progress
from guihelpers import create_vault, unlock

from scr_desktop.gui.deadline_model import PAGE
from scr_desktop.storage import deadlines

TODAY = date(2026, 11, 20)


def _cases(window, n: int) -> None:  # type: ignore[no-untyped-def]
    add_due_cases(window, n, TODAY)


def test_the_dashboard_shows_a_page_and_fetches_more_as_it_scrolls(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    _cases(window, 40)
    window.deadlines_action.trigger()
    dash = window.dashboard
    total = dash.model.counts.listed
    assert total > PAGE
    assert dash.model.rowCount() == PAGE
    assert dash.counts.text().startswith(f"{total} deadlines")
    while dash.model.canFetchMore(dash.model.index(-1, -1)):
        dash.table.scrollToBottom()
        dash.model.fetchMore(dash.model.index(-1, -1))
    rows = dash.rows
    assert len(rows) == total
    assert len({(r.case_id, r.deadline.key) for r in rows}) == total
    assert [r.deadline.due for r in rows] == sorted(r.deadline.due for r in rows)
    overdue = sum(r.deadline.state == "overdue" for r in rows)
    assert dash.model.counts.overdue == overdue
    assert f"{overdue} overdue" in dash.counts.text()
    opened: list[str] = []
    dash.open_case.connect(opened.append)
    dash.table.doubleClicked.emit(dash.model.index(3, 0))
    assert opened == [rows[3].case_id]


def test_new_rules_recompute_the_table_once_with_progress(
        qtbot, make_window, vault_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    _cases(window, 30)
    window.deadlines_action.trigger()
    expected = outdate_deadlines(window)
    monkeypatch.setattr(deadlines, "BATCH", 7)
    monkeypatch.setattr(deadlines.recompute_batch, "__defaults__", (7,))
    seen = watch_progress(monkeypatch)
    window.lock()
    unlock(qtbot, window)
    window.deadlines_action.trigger()
    qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] == seen[-1][1], timeout=20000)
    assert len(seen) > 2 and seen[-1] == (30, 30)
    assert window.vault.deadlines.rules_current()
    assert not window.dashboard.progress.isVisible()
    assert [(r.case_id, r.deadline.key, r.deadline.due)
            for r in window.dashboard.rows] == expected
