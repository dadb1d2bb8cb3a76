"""At 1366×768 with 200% scaling (683×384 logical pixels) the wizard's pages reflow to the
width: every step shows without a sideways scroll bar and with no text cut off."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from guihelpers import create_vault
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QScrollArea,
    QTableWidget,
)
from pytestqt.exceptions import TimeoutError
from textfit import clipped_texts

from scr_desktop.domain.model import Case, Decision
from scr_desktop.gui.main_window import MainWindow
from scr_desktop.gui.review import area as steps

TODAY = date(2027, 3, 2)
# 1366×768 at 200%: the screen in logical pixels.
SCREEN = (1366 // 2, 768 // 2)
WIDE = (1366, 768 - 80)  # 1366×768 at 100%, less a taskbar and a title bar


def _case() -> Case:
    c = Case(status="referred")
    for name, value in (("child_forenames", "Zoë"), ("child_last_names", "Łukasiewicz-Nguyễn"),
                        ("child_dob", "03/04/2025"), ("referral_date", "18/11/2026"),
                        ("incident_date", "15/11/2026"), ("aware_date", "16/11/2026"),
                        ("referrer_agency", "Hackney Children's Social Care"),
                        ("child_ethnicity", "Mixed or multiple ethnic groups: White and Asian"),
                        ("case_outline", "Infant admitted with a head injury; siblings known "
                         "to services.")):
        c.set(name, value)
    c.decision = Decision(decided="scr", decision_date="2027-01-04")
    return c


def _squeezed_columns(window: MainWindow) -> list[str]:
    """Name each shown table column narrower than a word it holds, or beyond its table."""
    found: list[str] = []
    for table in window.findChildren(QTableWidget):
        if not table.isVisibleTo(window) or table.rowCount() == 0:
            continue
        header = table.horizontalHeader()
        if header.length() > table.viewport().width() + 1:
            found.append(f"{table.objectName()}: columns of {header.length()} px in "
                         f"{table.viewport().width()} px")
        metrics = table.fontMetrics()
        for column in range(table.columnCount()):
            if header.isSectionHidden(column):
                continue
            words = [w for row in range(table.rowCount())
                     if (item := table.item(row, column)) is not None
                     for w in item.text().split()]
            widest = max((metrics.horizontalAdvance(w) for w in words), default=0)
            if header.sectionSize(column) < widest + 8:
                found.append(f"{table.objectName()} column {column}: "
                             f"{header.sectionSize(column)} px for a word of {widest} px")
    return found


def _shot(window: MainWindow, scroll: QScrollArea, row: int) -> None:
    """Save the window and the whole step when SCR_SCREENSHOT_DIR names a folder."""
    folder = os.environ.get("SCR_SCREENSHOT_DIR")
    if folder:
        window.grab().save(str(Path(folder) / f"narrow-step-{row:02d}.png"))
        step = scroll.widget()
        assert step is not None
        step.grab().save(str(Path(folder) / f"narrow-step-{row:02d}-whole.png"))


def _cspr_case() -> Case:
    """A case under the 2023 guidance awaiting its rapid review (a step of its own)."""
    c = _case()
    c.decision = Decision()
    c.framework = "wt2023-cspr"
    c.facts.update({"abuse_or_neglect": "suspected", "seriously_harmed": True,
                    "improvements_needed": True})
    return c


@pytest.mark.parametrize("make_case", [_case, _cspr_case], ids=["scr", "cspr"])
def test_every_wizard_step_fits_the_width_of_a_683_pixel_screen(  # type: ignore[no-untyped-def]
        qtbot, make_window, vault_path: Path, make_case) -> None:
    window: MainWindow = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    case = make_case()
    window.vault.cases.save(case)
    window.open_case(case.id)
    window.resize(*SCREEN)
    QApplication.sendPostedEvents()
    assert (window.width(), window.height()) == SCREEN
    editor = window.editor
    assert editor is not None
    scroll = editor.findChild(QScrollArea, "step_scroll")
    assert scroll is not None and scroll.widget() is not None

    def problems(title: str) -> list[str]:
        found = [f"{title}: {clip}" for clip in clipped_texts(window)]
        found += [f"{title}: {cut}" for cut in _squeezed_columns(window)]
        if window.width() > SCREEN[0]:
            found.append(f"{title}: the window is {window.width()} px wide")
        if scroll.horizontalScrollBar().isVisible():
            found.append(f"{title}: scrolls sideways ({editor.stack.minimumSizeHint().width()}"
                         f" px wide in {scroll.viewport().width()} px)")
        return found

    found: list[str] = []
    shown = 0
    for row in range(editor.steps.count()):
        if editor.steps.item(row).isHidden():
            continue
        editor.go(row)
        title = editor.steps.item(row).text()
        try:  # once the step is laid out for its width
            qtbot.waitUntil(lambda title=title: not problems(title), timeout=1000)
        except TimeoutError:
            found += problems(title)
        _shot(window, scroll, row)
        shown += 1
    assert shown >= 10  # the form and the decision's steps (the review's too, once decided)
    assert found == [], "\n".join(found)


def test_a_page_reflowed_for_a_narrow_window_is_laid_out_as_made_once_wide_again(  # type: ignore[no-untyped-def]
        qtbot, make_window, vault_path: Path) -> None:
    window: MainWindow = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    case = _case()
    window.vault.cases.save(case)
    window.open_case(case.id)
    window.resize(*WIDE)
    QApplication.sendPostedEvents()
    editor = window.editor
    assert editor is not None
    editor.go_section("reasons")
    page = editor.section_page("reasons")
    form = page.findChild(QFormLayout)
    box = page.findChild(QCheckBox, "reason_below_threshold__box")
    assert form is not None and box is not None
    made = (form.rowWrapPolicy(), box.text(), editor.steps.width())

    window.resize(*SCREEN)
    qtbot.waitUntil(lambda: form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows)
    assert "\n" in box.text() and box.text().replace("\n", " ") == made[1]
    assert box.accessibleName() == made[1].replace("&", "")
    assert editor.steps.width() < made[2]

    window.resize(*WIDE)
    qtbot.waitUntil(lambda: form.rowWrapPolicy() == made[0])
    assert (form.rowWrapPolicy(), box.text(), editor.steps.width()) == made


def test_a_row_wrapped_for_a_narrow_window_is_one_row_again_once_wide(  # type: ignore[no-untyped-def]
        qtbot, make_window, vault_path: Path) -> None:
    window: MainWindow = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    case = _case()
    window.vault.cases.save(case)
    window.resize(*WIDE)
    window.open_case(case.id, step=steps.STEP_CHRONOLOGY)
    area = window.review_area
    assert area is not None
    page = area.pages[steps.STEP_CHRONOLOGY]
    row = page.findChild(QHBoxLayout, "export_row")
    assert row is not None

    def widgets() -> list[str]:
        return [w.objectName() for i in range(row.count())
                if (item := row.itemAt(i)) is not None and (w := item.widget()) is not None]

    made = widgets()
    window.resize(*SCREEN)
    qtbot.waitUntil(lambda: widgets() != made)
    moved = [name for name in made if name not in widgets()]
    assert moved and widgets() == made[:len(made) - len(moved)]  # the last ones wrapped below
    window.resize(*WIDE)
    qtbot.waitUntil(lambda: widgets() == made)
    assert page.findChildren(QHBoxLayout, "reflow_spill") == []
