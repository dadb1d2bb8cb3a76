"""Every step's title in the case's step list is shown whole on the smallest screen.

The list is narrow (it leaves the page the room), so long titles wrap onto a
second line; none may be cut short with an ellipsis, even once the list
grows a scroll bar because the review's steps were added.
"""

from __future__ import annotations

import math
import re
from datetime import date

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QLabel, QStyle

from scr_desktop.domain.model import Case
from scr_desktop.gui.case_editor import CaseEditor
from scr_desktop.gui.theme import load_stylesheet


def _item_side_padding() -> int:
    """The horizontal padding the stylesheet gives each step, both sides together."""
    rule = re.search(r"QListWidget#steps::item\s*\{[^}]*padding:\s*(\d+)px(?:\s+(\d+)px)?",
                     load_stylesheet())
    if rule is None:
        return 0
    return 2 * int(rule.group(2) if rule.group(2) is not None else rule.group(1))


def test_no_step_title_is_cut_short_at_1366_by_768(qtbot) -> None:
    editor = CaseEditor(Case(reference="SCR-2027-0042"), lambda c: None,
                        today=lambda: date(2027, 2, 10))
    qtbot.addWidget(editor)
    for title in ("Flowchart questions", "Result and flowchart",
                  "Notification and rapid review", "5. Decision", "Deadlines",
                  "Learning themes", "Review: set-up", "Review: agency contributions",
                  "Review: integrated chronology", "Review: records and consent",
                  "Review: family and victims", "Review: recommendations and actions",
                  "Review: learning briefing"):
        editor.add_step(title, QLabel(title))
    editor.resize(1366, 500)
    editor.show()
    QApplication.sendPostedEvents()
    steps = editor.steps
    steps.doItemsLayout()  # what the list does 100 ms after its width changed
    assert steps.verticalScrollBar().isVisible()  # the case the test is about
    metrics = QFontMetricsF(steps.font())
    # the style keeps a margin either side of an item view's text, inside the item's padding
    margins = 2 * (steps.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    for row in range(steps.count()):
        item = steps.item(row)
        rect = steps.visualItemRect(item)
        # an item may report a pixel wider than the viewport it is painted in
        width = min(rect.width(), steps.viewport().width())
        room = width - _item_side_padding() - margins
        lines = math.ceil(metrics.horizontalAdvance(item.text()) / room)
        assert rect.height() >= lines * metrics.lineSpacing(), \
            f"{item.text()!r} needs {lines} lines but has {rect.height()} px"
