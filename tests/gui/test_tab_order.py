"""The Tab key moves through a case in the order it is shown: the step list, the page's fields
(rows added when the case is opened among them), then Close, Back and Next; arrowing the
step list stays in the list."""

from __future__ import annotations

from pathlib import Path

from guihelpers import create_vault
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from scr_desktop.domain.model import Case
from scr_desktop.gui.decision_steps import STEP_DEADLINES, STEP_DECISION


def _tab_through(qtbot, start: QWidget, presses: int) -> list[QWidget]:  # type: ignore[no-untyped-def]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def _window_with_case(qtbot, make_window, vault_path: Path):  # type: ignore[no-untyped-def]
    window = make_window(vault_path)
    create_vault(qtbot, window)
    case = Case()
    case.set("siblings", [{"name": "Qzone", "dob": "01/01/2019"},
                          {"name": "Qztwo", "dob": "02/02/2020"}])
    window.vault.cases.save(case)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_case(case.id)
    assert window.editor is not None
    return window, window.editor


def _index(seen: list[QWidget], widget: QWidget) -> int:
    assert widget in seen, f"{widget.objectName()} never reached: {[w.objectName() for w in seen]}"
    return seen.index(widget)


def test_rows_of_a_reopened_case_come_before_close_back_and_next(qtbot, make_window,
                                                                 vault_path: Path) -> None:
    _, editor = _window_with_case(qtbot, make_window, vault_path)
    editor.go(3)  # Family: the siblings' rows were made when the case was opened
    siblings = editor.editor("siblings")
    rows = siblings.rows()
    assert len(rows) == 2
    seen = _tab_through(qtbot, editor.steps, 40)
    close = _index(seen, editor.close_button)
    for row in rows:
        for edit in row.values():
            assert _index(seen, edit) < close, edit.objectName()
    assert _index(seen, siblings.add_button) < close

    qtbot.mouseClick(siblings.add_button, Qt.MouseButton.LeftButton)  # a row added now
    new_row = siblings.rows()[-1]
    qtbot.waitUntil(lambda: all(e.isVisible() for e in new_row.values()))
    seen = _tab_through(qtbot, editor.steps, 45)
    for edit in new_row.values():
        assert _index(seen, edit) < _index(seen, editor.close_button), edit.objectName()


def test_decision_and_deadlines_fields_come_before_the_buttons(qtbot, make_window,
                                                               vault_path: Path) -> None:
    window, editor = _window_with_case(qtbot, make_window, vault_path)
    steps = window.decision_steps
    assert steps is not None
    for step in (STEP_DECISION, STEP_DEADLINES):
        steps.go(step)
        page = editor.stack.currentWidget()
        first = _tab_through(qtbot, editor.steps, 1)[0]
        assert page.isAncestorOf(first), (step, first.objectName())


def test_arrowing_the_step_list_stays_in_the_list(qtbot, make_window, vault_path: Path) -> None:
    _, editor = _window_with_case(qtbot, make_window, vault_path)
    editor.steps.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(editor.steps.hasFocus)
    for expected in (1, 2, 3):
        qtbot.keyClick(editor.steps, Qt.Key.Key_Down)
        assert editor.current_step() == expected
        assert editor.steps.hasFocus()
    qtbot.keyClick(editor.steps, Qt.Key.Key_Tab)
    assert editor.stack.currentWidget().isAncestorOf(QApplication.focusWidget())
