"""Opening a case lays the step shown out once, not once for each step added after the form,
and the wizard is still as tall as the step shown (no blank space to scroll into)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from guihelpers import create_vault
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QScrollArea, QSizePolicy

from scr_desktop.gui.main_window import MainWindow
from scr_desktop.gui.scrolling import OWN_POLICY

TODAY = date(2027, 3, 2)


class LayoutCount(QObject):
    """Count the layout requests a widget receives."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_opening_a_case_lays_the_first_step_out_once(qtbot, make_window,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    window: MainWindow = make_window(tmp_path / "v.scrvault", today=lambda: TODAY)
    create_vault(qtbot, window)
    ids = []
    for name in ("Qzfirst", "Qzsecond"):
        case = window.vault.cases.new_case()
        case.set("child_forenames", name)
        window.vault.cases.save(case)
        ids.append(case.id)
    window.open_case(ids[0])
    window.show_cases()
    QApplication.sendPostedEvents()
    editor = window.editor or window.cases._spare
    assert editor is not None
    scroll = editor.findChild(QScrollArea, "step_scroll")
    counter = LayoutCount()
    scroll.installEventFilter(counter)

    window.open_case(ids[1])
    assert window.editor is editor and editor.heading.text().endswith("Qzsecond")
    steps_added = editor.stack.count() - editor.stack.indexOf(editor.summary) - 1
    assert steps_added >= 4
    assert counter.count <= 1, f"laid out {counter.count} times for {steps_added} steps added"
    scroll.removeEventFilter(counter)

    shown = editor.stack.currentIndex()
    for i in range(editor.stack.count()):
        page = editor.stack.widget(i)
        policy = page.sizePolicy().verticalPolicy()
        if i == shown:
            assert policy == page.property(OWN_POLICY) != QSizePolicy.Policy.Ignored
        else:
            assert policy == QSizePolicy.Policy.Ignored, i
    last = editor.stack.count() - 1
    editor.go(last)
    QApplication.sendPostedEvents()
    page = editor.stack.widget(last)
    assert page.sizePolicy().verticalPolicy() == page.property(OWN_POLICY)
    assert editor.stack.widget(0).sizePolicy().verticalPolicy() == QSizePolicy.Policy.Ignored
