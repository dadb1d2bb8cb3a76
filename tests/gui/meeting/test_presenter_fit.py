"""On a 1366×768 projector at 200% scaling (683×384 logical pixels) the presenter view cuts
no text off: every question, its help and answers, the head, the result and the keys fit,
in type still large enough to read from the back of the room; the flowchart, which has no
room beside the question there, takes the question's place on F and fits too."""

from __future__ import annotations

import os
from pathlib import Path

from meetinghelpers import case_one, case_two
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError
from textfit import clipped_texts

from scr_desktop.gui.meeting.meetings_page import MeetingsPage
from scr_desktop.gui.meeting.presenter import PresenterView
from scr_desktop.gui.messages import Messages
from scr_desktop.storage.vault import Vault

SCREEN = QSize(1366 // 2, 768 // 2)  # 1366×768 at 200%, in logical pixels
# Logical pixels: twice as many on the projector; the question stays well above body text.
LARGEST_AT_LEAST = 16
SMALLEST_AT_LEAST = 11


def _view(qtbot, page: MeetingsPage, vault: Vault, size: QSize) -> PresenterView:  # type: ignore[no-untyped-def]
    page.new_meeting()
    for case in (case_one(), case_two()):
        vault.cases.save(case)
        page.editor.planner.add_case(case.id)
    view = page.present()
    assert view is not None
    view.showNormal()
    view.resize(size)
    qtbot.waitUntil(lambda: view.size() == size, timeout=5000)
    return view


def _cut_off(view: PresenterView) -> list[str]:
    found = clipped_texts(view)
    if view.flowchart.isVisible():
        view.flowchart.grab()  # paints it as the screen shows it
        found += [f"flowchart: {text!r}" for text, fits in view.flowchart.drawn
                  if not fits or "\u2026" in text]
    return found


def _where(view: PresenterView) -> str:
    return f"case {view.item_index + 1}, {view.progress.text()}"


def _check_every_question(qtbot, view: PresenterView) -> list[str]:  # type: ignore[no-untyped-def]
    found: list[str] = []
    folder = os.environ.get("SCR_SCREENSHOT_DIR")
    for index in range(len(view.steps())):
        view.go_step(index - view.step_index)
        try:
            qtbot.waitUntil(lambda: not _cut_off(view), timeout=1000)
        except TimeoutError:
            found += [f"{_where(view)}: {cut}" for cut in _cut_off(view)]
        if folder and index in (0, 9):
            view.grab().save(str(Path(folder) / f"presenter-683x384-{view.item_index}-"
                                                f"{index}-{int(view.revealed)}.png"))
    return found


def test_nothing_is_cut_off_on_a_683_by_384_projector(qtbot, page, vault) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, page, vault, SCREEN)
    found = _check_every_question(qtbot, view)
    view.go_case(1)
    Messages.next_answer(True)  # show the identifying details: the longest head
    view.toggle_identity()
    assert view.revealed
    found += _check_every_question(qtbot, view)
    assert found == [], "\n".join(found)

    sizes = {label.objectName(): label.font().pixelSize()
             for label in (view.question, view.help, view.answers, view.result,
                           view.case_title, view.badge)}
    assert sizes["presenter_question"] >= LARGEST_AT_LEAST, sizes
    assert min(sizes.values()) >= SMALLEST_AT_LEAST, sizes


def test_the_flowchart_takes_the_questions_place_on_f_and_fits(qtbot, page, vault) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, page, vault, SCREEN)
    qtbot.keyClick(view, Qt.Key.Key_1)  # an answer, so the route has somewhere to go
    qtbot.keyClick(view, Qt.Key.Key_F)
    qtbot.waitUntil(view.flowchart.isVisible, timeout=1000)
    assert not view.question.isVisible()
    qtbot.waitUntil(lambda: not _cut_off(view), timeout=1000)
    assert len(view.flowchart.drawn) > 3
    folder = os.environ.get("SCR_SCREENSHOT_DIR")
    if folder:
        view.grab().save(str(Path(folder) / "presenter-683x384-flowchart.png"))
    qtbot.keyClick(view, Qt.Key.Key_F)
    qtbot.waitUntil(view.question.isVisible, timeout=1000)
    assert not view.flowchart.isVisible()


def test_a_full_size_projector_shows_question_and_flowchart_side_by_side(  # type: ignore[no-untyped-def]
        qtbot, page, vault) -> None:
    view = _view(qtbot, page, vault, QSize(1280, 720))
    QApplication.sendPostedEvents()
    assert view.question.isVisible() and view.flowchart.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_F)  # nothing to switch: both are shown
    assert view.question.isVisible() and view.flowchart.isVisible()
    assert _cut_off(view) == []
