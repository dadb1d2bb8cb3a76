"""The import dialog counts in plain English and says where each problem is: a column not
chosen has no row, so it is not said to be listed "by row and column"."""

from __future__ import annotations

from datetime import date
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


def _read(qtbot, dialog: ImportDialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    Messages.next_answer(str(path))
    qtbot.mouseClick(dialog.findChild(type(dialog.read_button), "choose_file"),
                     Qt.MouseButton.LeftButton)
    dialog.agency.setEditText("Qzwillow Police")
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=20000)


def test_the_summary_counts_in_words_and_places_each_problem_truthfully(
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
    path = write_xlsx(tmp_path / "police.xlsx", [["14/03/2019", "Call-out.", "Qzmira"]],
                      headings=["When", "Notes", "People involved"])
    bad = write_xlsx(tmp_path / "police2.xlsx", [["14/03/2019", "Call-out.", ""],
                                                 ["31/02/2019", "Impossible date.", ""]],
                     headings=["When", "Notes", "People involved"])
    seen: list[str] = []

    def step(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        _read(qtbot, dialog, path)
        seen.append(dialog.summary.text())  # "What happened" not found: no row to name
        dialog.set_mapping("event", 1)
        seen.append(dialog.summary.text())
        _read(qtbot, dialog, bad)
        dialog.set_mapping("event", 1)
        seen.append(dialog.summary.text())

    driver.then(step)
    qtbot.mouseClick(page.form.import_button, Qt.MouseButton.LeftButton)
    mapping, ready, dated = seen
    assert mapping.startswith("\u26a0 1 problem was found: nothing can be imported until it "
                              "is put right")
    assert mapping.endswith("It is listed below.") and "(s)" not in mapping
    assert ready.startswith("1 entry is ready to import.")
    assert dated.endswith("It is listed below by row and column.")
