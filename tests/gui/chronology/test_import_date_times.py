"""Importing a spreadsheet whose date cells carry a time of day: the preview shows the time
in the Time column and says where it came from, and the imported entry keeps it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from chronofiles import write_xlsx
from exporthelpers import DialogDriver
from guihelpers import create_vault
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from scr_desktop.domain.model import Decision
from scr_desktop.gui.chronology.import_dialog import ImportDialog
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.review import area as steps

TODAY = date(2027, 3, 2)


def test_a_date_time_cell_fills_the_time_and_the_preview_says_so(
        qtbot, make_window, vault_path: Path, tmp_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    case.decision = Decision(decided="scr", decision_date="2027-01-04")
    window.vault.cases.save(case)
    window.open_case(case.id, step=steps.STEP_CHRONOLOGY)
    page = window.review_area.pages[steps.STEP_CHRONOLOGY]
    driver = DialogDriver(qtbot)
    page.run_dialog = driver
    path = write_xlsx(tmp_path / "qzpolice.xlsx", [
        [datetime(2026, 3, 3, 14, 30), "Officers attended."],
        [date(2026, 3, 4), "Follow-up call."],
    ], headings=["Date", "What happened"])
    seen: dict[str, str] = {}

    def import_step(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        Messages.next_answer(str(path))
        qtbot.mouseClick(dialog.findChild(type(dialog.read_button), "choose_file"),
                         Qt.MouseButton.LeftButton)
        dialog.agency.setEditText("Qzwillow Police")
        qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.operation is None, timeout=20000)
        seen.update(time=dialog.preview.item(0, 1).text(), summary=dialog.summary.text())
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    driver.then(import_step)
    qtbot.mouseClick(page.form.import_button, Qt.MouseButton.LeftButton)
    assert seen["time"] == "14:30"
    assert ("Row 2, column A (Date): the time 14:30 was taken from the date cell"
            in seen["summary"])
    entries = window.vault.chronology.entries(case.id)
    assert [(e.date_text, e.time) for e in entries] == [("03/03/2026", "14:30"),
                                                       ("04/03/2026", "")]
