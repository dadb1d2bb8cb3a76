"""The case's step list keeps each row as tall as its title needs at the list's width now.

A title that wrapped onto two lines while the list was narrow (or while a scroll bar took
room from it) gets its one-line row back once the list is wide enough again, and a title
that has to wrap gets its taller row when the list narrows: no row keeps the height of an
earlier width.  (The list's rows are Qt's own, laid out again whenever its width changes;
a fixed or remembered row height, or uniform row sizes, would break this.)
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QListWidgetItem

from scr_desktop.domain.model import Case
from scr_desktop.gui.case_editor import CaseEditor

REVIEW_STEPS = ("Flowchart questions", "Result and flowchart", "Notification and rapid review",
                "5. Decision", "Deadlines", "Learning themes", "Review: set-up",
                "Review: agency contributions", "Review: integrated chronology",
                "Review: records and consent", "Review: family and victims",
                "Review: learning briefing")


def _editor(qtbot) -> CaseEditor:  # type: ignore[no-untyped-def]
    editor = CaseEditor(Case(reference="SCR-2027-0042"), lambda c: None,
                        today=lambda: date(2027, 2, 10))
    qtbot.addWidget(editor)
    return editor


def _height(steps: QListWidget, item: QListWidgetItem) -> int:
    return steps.visualItemRect(item).height()


def _width_to(steps: QListWidget, width: int) -> None:
    steps.setFixedWidth(width)
    QApplication.sendPostedEvents()  # the layout gives the list its new width


def test_a_wrapped_title_gets_its_one_line_row_back_when_the_list_widens(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot)
    editor.resize(1366, 768)
    editor.show()
    steps = editor.steps
    wide = steps.width()
    long = next(steps.item(i) for i in range(steps.count())
                if steps.item(i).text() == "3. Reasons for requesting a review")
    short = next(steps.item(i) for i in range(steps.count())
                 if steps.item(i).text() == "Summary")
    qtbot.waitUntil(lambda: _height(steps, short) > 0)
    one_line = _height(steps, short)
    assert _height(steps, long) == one_line  # it fits on one line in the list as made

    _width_to(steps, 160)
    assert _height(steps, long) > one_line  # narrow: the title wraps, its row grows at once
    assert _height(steps, short) == one_line

    _width_to(steps, wide)
    assert _height(steps, long) == one_line  # wide again: one line, not the two it needed
    for _ in range(2):  # and again, back and forth
        _width_to(steps, 160)
        assert _height(steps, long) > one_line
        _width_to(steps, wide)
        assert _height(steps, long) == one_line


def test_a_title_wrapped_beside_a_scroll_bar_gets_one_line_when_the_bar_goes(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot)
    for title in REVIEW_STEPS:
        editor.add_step(title, QLabel(title))
    steps = editor.steps
    editor.resize(1366, 1400)  # tall: every step shown, no scroll bar
    editor.show()
    qtbot.waitUntil(lambda: _height(steps, steps.item(0)) > 0)
    assert not steps.verticalScrollBar().isVisible()
    one_line = _height(steps, steps.item(0))
    # a title that fits the list's full width but not beside a scroll bar
    room = steps.viewport().width() - 6  # the style's text margins either side of a row
    bar = steps.style().pixelMetric(steps.style().PixelMetric.PM_ScrollBarExtent)
    fm = QFontMetricsF(steps.font())
    title = "Review: recommendations"
    while fm.horizontalAdvance(title) < room - bar + 3:
        title += "s"
    assert fm.horizontalAdvance(title) < room - 2
    item = steps.item(editor.add_step(title, QLabel(title)))
    qtbot.waitUntil(lambda: _height(steps, item) == one_line)

    for _ in range(2):
        editor.resize(1366, 500)  # short: the scroll bar comes and narrows the list
        qtbot.waitUntil(lambda: steps.verticalScrollBar().isVisible())
        assert _height(steps, item) > one_line
        assert _height(steps, steps.item(0)) == one_line  # a short title keeps one line
        editor.resize(1366, 1400)  # tall again: the bar goes, the title fits on one line
        qtbot.waitUntil(lambda: not steps.verticalScrollBar().isVisible())
        assert _height(steps, item) == one_line
