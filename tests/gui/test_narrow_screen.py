"""At 1366×768 with 200% scaling (683×384 logical pixels) the wizard's pages reflow to the
width: every step shows without a sideways scroll bar and with no text cut off."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from guihelpers import create_vault
from PySide6.QtWidgets import QApplication, QCheckBox, QFormLayout, QScrollArea
from pytestqt.exceptions import TimeoutError
from textfit import clipped_texts

from scr_desktop.domain.model import Case, Decision
from scr_desktop.gui.main_window import MainWindow

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


def _shot(window: MainWindow, scroll: QScrollArea, row: int) -> None:
    """Save the window and the whole step when SCR_SCREENSHOT_DIR names a folder."""
    folder = os.environ.get("SCR_SCREENSHOT_DIR")
    if folder:
        window.grab().save(str(Path(folder) / f"narrow-step-{row:02d}.png"))
        step = scroll.widget()
        assert step is not None
        step.grab().save(str(Path(folder) / f"narrow-step-{row:02d}-whole.png"))


def test_every_wizard_step_fits_the_width_of_a_683_pixel_screen(  # type: ignore[no-untyped-def]
        qtbot, make_window, vault_path: Path) -> None:
    window: MainWindow = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    case = _case()
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
    assert shown >= 20  # the form, the decision's steps and the review's
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
