"""Locking from the review pages: with an export's password dialog open, by the idle timer on
the monitoring page; nothing of the review is left in any widget, and what was typed just
before the lock was saved first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from exporthelpers import DialogDriver
from guihelpers import create_vault, unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from scr_desktop.domain.model import Decision
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.review import area as steps
from scr_desktop.gui.widget_text import widgets_text

TODAY = date(2027, 3, 2)
AGENCY = "Qzlockagency Trust"
ACTION = "Qzlockaction review the plan"


def _review_case(qtbot, window) -> str:  # type: ignore[no-untyped-def]
    case = window.vault.cases.new_case()
    case.decision = Decision(decided="single_agency_review", decision_date="2027-01-04")
    window.vault.cases.save(case)
    window.open_case(case.id, step=steps.STEP_AGENCIES)
    section = window.review_area.pages[steps.STEP_AGENCIES].section
    qtbot.keyClicks(section.form.editor("agency"), AGENCY)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    return str(case.id)


def test_lock_with_the_export_dialog_open_leaves_nothing_and_keeps_the_change(
    qtbot, make_window, vault_path: Path, tmp_path: Path,
) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    case_id = _review_case(qtbot, window)
    page = window.review_area.pages[steps.STEP_AGENCIES]
    driver = DialogDriver(qtbot)
    window.exports.run_dialog = driver
    seen: list[bool] = []

    def lock_inside(dialog: QDialog) -> None:
        window.lock()
        seen.append(window.is_locked())

    driver.then(lock_inside)
    Messages.next_answer(str(tmp_path / "terms"))
    qtbot.mouseClick(page.form.terms_button, Qt.MouseButton.LeftButton)
    assert seen == [True]
    qtbot.waitUntil(lambda: not any(AGENCY in t for t in widgets_text()), timeout=3000)
    assert list(tmp_path.glob("terms*")) == []
    unlock(qtbot, window)
    review = window.vault.reviews.get(case_id)
    assert review is not None and review.records("agencies")[0]["agency"] == AGENCY


def test_idle_lock_on_the_monitoring_page_clears_it(qtbot, make_window,
                                                   vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY, idle_ms=1500)
    create_vault(qtbot, window)
    _review_case(qtbot, window)
    actions = window.review_area.pages[steps.STEP_ACTIONS]
    window.review_area.go(steps.STEP_ACTIONS)
    qtbot.keyClicks(actions.recommendations.form.editor("text"), "Qzlockrec")
    qtbot.mouseClick(actions.recommendations.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(actions.action_form.editor("action"), ACTION)
    qtbot.keyClicks(actions.action_form.editor("due_on"), "01/02/2027")
    qtbot.mouseClick(actions.add_action, Qt.MouseButton.LeftButton)
    window.show_monitoring()
    qtbot.waitUntil(lambda: len(window.monitoring.rows) == 1)
    assert any(ACTION in t for t in widgets_text())
    qtbot.waitUntil(window.is_locked, timeout=10000)
    assert window.monitoring.rows == []
    qtbot.waitUntil(lambda: not any(m in t for t in widgets_text()
                                    for m in (ACTION, AGENCY, "Qzlockrec")), timeout=3000)
