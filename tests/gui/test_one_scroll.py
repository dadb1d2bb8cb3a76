"""Each page scrolls once, and what it holds is usable on the smallest promised screens:
the meeting's attendance buttons below its table, the outcome form and every review
record form, at 1366×768 and 1280×720 (the window less a taskbar and title bar)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from guihelpers import create_vault
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.exceptions import TimeoutError
from windowcheck import TASKBAR, TITLE_BAR, nested_scrolls

from scr_desktop.domain.model import Case, Decision
from scr_desktop.gui.main_window import MainWindow
from scr_desktop.gui.review.record_section import RecordSection

TODAY = date(2027, 3, 2)
SIZES = [(1366, 768), (1280, 720)]


def _case(decided: bool = False) -> Case:
    c = Case(status="referred")
    for name, value in (("child_forenames", "Qzchild"), ("child_last_names", "Qzfamily"),
                        ("child_dob", "02/02/2020"), ("referral_date", "18/11/2026"),
                        ("incident_date", "15/11/2026"), ("aware_date", "16/11/2026")):
        c.set(name, value)
    if decided:
        c.decision = Decision(decided="scr", decision_date="2027-01-04")
    return c


def _window(qtbot, make_window, vault_path: Path, size: tuple[int, int]) -> MainWindow:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    width, height = size
    window.resize(width, height - TASKBAR - TITLE_BAR)
    qtbot.waitUntil(lambda: window.height() == height - TASKBAR - TITLE_BAR)
    return window


def _settle() -> None:
    QApplication.sendPostedEvents()


def _on_screen(window: QWidget, widget: QWidget) -> bool:
    """True if the whole of ``widget`` is visible in ``window`` (clipped by no scroll area)."""
    if not widget.isVisibleTo(window):
        return False
    shown = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    area: QWidget | None = widget.parentWidget()
    while area is not None and area is not window:
        if isinstance(area, QScrollArea):
            view = area.viewport()
            seen = QRect(view.mapTo(window, QPoint(0, 0)), view.size())
            if not seen.contains(shown):
                return False
        area = area.parentWidget()
    return window.rect().contains(shown)


def _reachable(qtbot, window: QWidget, widget: QWidget) -> bool:  # type: ignore[no-untyped-def]
    """Scroll the one scroll area around ``widget`` to it, as Tab would; True once the whole
    of it shows (False if it never does)."""
    area: QWidget | None = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert isinstance(area, QScrollArea), "the page does not scroll"

    def shown() -> bool:
        # the whole widget (ensureWidgetVisible would show only a text box's cursor)
        place = widget.mapTo(area.widget(), QPoint(0, 0))
        half_w, half_h = widget.width() // 2, widget.height() // 2
        area.ensureVisible(place.x() + half_w, place.y() + half_h, half_w, half_h)
        return _on_screen(window, widget)

    try:
        qtbot.waitUntil(shown, timeout=3000)
    except TimeoutError:
        return False
    return True


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1280x720"])
def test_the_attendance_buttons_and_warning_show_below_the_table(
        qtbot, make_window, vault_path: Path, size: tuple[int, int]) -> None:
    window = _window(qtbot, make_window, vault_path, size)
    case = _case()
    window.vault.cases.save(case)
    window.show_meetings()
    meetings = window.meetings
    meetings.new_meeting()
    assert meetings.editor is not None
    meetings.editor.planner.add_case(case.id)
    meetings.editor.tabs.setCurrentIndex(2)
    _settle()
    att = meetings.editor.attendance
    assert att.warning.text()  # no core agency yet: the warning is there to be read
    for widget in (att.table, att.add_button, att.from_invited, att.remove_button,
                   att.warning):
        assert _on_screen(window, widget), widget.objectName()
    assert nested_scrolls(window) == []


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1280x720"])
def test_the_outcome_form_scrolls_once_and_every_part_can_be_reached(
        qtbot, make_window, vault_path: Path, size: tuple[int, int]) -> None:
    window = _window(qtbot, make_window, vault_path, size)
    case = _case()
    window.vault.cases.save(case)
    window.show_meetings()
    meetings = window.meetings
    meetings.new_meeting()
    assert meetings.editor is not None
    meetings.editor.planner.add_case(case.id)
    outcome = meetings.editor.show_outcome(case.id)
    assert outcome is not None
    _settle()
    assert nested_scrolls(window) == []
    decision = outcome.decision
    for widget in (decision.recommendation, decision.decided, decision.rationale,
                   outcome.actions_table, outcome.add_action, outcome.declarations,
                   outcome.add_declaration):
        assert _reachable(qtbot, window, widget), widget.objectName()
    header = outcome.declarations.horizontalHeader()
    # the declarations table is as wide as the page, so its headings are not cut
    assert header.length() <= outcome.declarations.viewport().width()


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1280x720"])
def test_every_review_page_scrolls_once_and_its_record_forms_can_be_reached(
        qtbot, make_window, vault_path: Path, size: tuple[int, int]) -> None:
    window = _window(qtbot, make_window, vault_path, size)
    case = _case(decided=True)
    window.vault.cases.save(case)
    window.open_case(case.id)
    area = window.review_area
    assert area is not None
    checked = 0
    for title, page in area.pages.items():
        area.go(title)
        _settle()
        assert nested_scrolls(window) == [], title
        for section in page.findChildren(RecordSection):
            if not section.isVisibleTo(window):
                continue
            for widget in (section.table, section.add_button, section.save_button,
                           section.remove_button):
                assert _reachable(qtbot, window, widget), f"{title}: {widget.objectName()}"
            checked += 1
    assert checked >= 5


def test_a_short_step_after_a_tall_one_does_not_scroll_into_blank_space(
        qtbot, make_window, vault_path: Path) -> None:
    window = _window(qtbot, make_window, vault_path, SIZES[0])
    case = _case(decided=True)
    window.vault.cases.save(case)
    window.open_case(case.id)
    area, editor = window.review_area, window.editor
    assert area is not None and editor is not None
    scroll = editor.findChild(QScrollArea, "step_scroll")
    assert scroll is not None
    area.go(next(iter(area.pages)))  # the review set-up: taller than the window
    _settle()
    assert scroll.verticalScrollBar().maximum() > 0
    editor.go(0)  # the referrer: a short step
    _settle()
    page = editor.stack.currentWidget()
    width = scroll.viewport().width()
    need = max(page.heightForWidth(width), page.minimumSizeHint().height())
    assert scroll.verticalScrollBar().maximum() <= max(0, need - scroll.viewport().height())
