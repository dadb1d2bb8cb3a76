"""The notification's "Notifying local authority" is the local authority's name, set beside
the board's name: never the board's name, never a placeholder to copy or export."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from exporthelpers import DialogDriver, exported, pdf_text
from guifixtures import BOARD
from guihelpers import create_vault
from PySide6.QtCore import Qt

from scr_desktop.domain.model import Case
from scr_desktop.gui import settings
from scr_desktop.gui.board_dialog import BoardDialog
from scr_desktop.gui.case_editor import CaseEditor
from scr_desktop.gui.decision_steps import STEP_DECISION, STEP_RAPID_REVIEW, DecisionSteps
from scr_desktop.gui.export.controller import ExportController
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.rapid_review.notification_section import LOCAL_AUTHORITY_FIELD, NOT_RECORDED

TODAY = date(2027, 2, 10)
AUTHORITY = "Qzshire County Council"


def _case() -> Case:
    case = Case(reference="SCR-2027-0003", framework="wt2023-cspr")
    case.facts.update({"abuse_or_neglect": "known", "seriously_harmed": True})
    case.set("aware_date", "04/01/2027")
    case.set("child_forenames", "Qzoriel")
    return case


def _row(table, label: str) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == label)


def _rapid_review(qtbot, copied: list[str]):  # type: ignore[no-untyped-def]
    """Show the sparse case's rapid review step; return its steps and notification."""
    editor = CaseEditor(_case(), lambda c: None, today=lambda: TODAY)
    qtbot.addWidget(editor)
    steps = DecisionSteps(editor, copied.append, today=lambda: TODAY)
    editor.show()
    steps.go(STEP_RAPID_REVIEW)
    return steps, steps.rapid_review.notification


def test_an_unset_local_authority_is_flagged_and_nothing_can_be_copied(qtbot) -> None:
    settings.set_local_authority_name("")
    copied: list[str] = []
    steps, n = _rapid_review(qtbot, copied)
    row = _row(n.table, LOCAL_AUTHORITY_FIELD)
    shown = n.table.item(row, 1).text()
    assert shown.startswith("Not set") and "Board and partner agencies" in shown
    assert BOARD not in shown
    assert n.table.cellWidget(row, 2) is None  # no Copy button for a missing value
    assert dict(n.fields)[LOCAL_AUTHORITY_FIELD] == ""
    n.copy_field(LOCAL_AUTHORITY_FIELD)
    assert copied == []

    # set beside the board's name, it is the value shown and copied
    dialog = BoardDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.local_authority, f"  {AUTHORITY} ")
    dialog.accept()
    assert settings.local_authority_name() == AUTHORITY
    steps.go(STEP_DECISION)
    steps.go(STEP_RAPID_REVIEW)
    row = _row(n.table, LOCAL_AUTHORITY_FIELD)
    assert n.table.item(row, 1).text() == AUTHORITY
    button = n.table.cellWidget(row, 2)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert copied == [AUTHORITY]


def test_every_empty_field_says_so_and_has_nothing_to_copy(qtbot) -> None:
    settings.set_local_authority_name(AUTHORITY)
    copied: list[str] = []
    _steps, n = _rapid_review(qtbot, copied)
    empty = [label for label, value in n.fields if not value]
    filled = [label for label, value in n.fields if value]
    assert empty and filled  # the sparse case leaves some fields with nothing to give
    for label in empty:
        row = _row(n.table, label)
        assert n.table.item(row, 1).text() == NOT_RECORDED
        assert n.table.cellWidget(row, 2) is None
        n.copy_field(label)
    assert copied == []
    for label in filled:
        assert n.table.cellWidget(_row(n.table, label), 2) is not None


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils needed")
def test_the_notification_export_asks_for_the_local_authority_and_names_it(
        qtbot, make_window, vault_path: Path, tmp_path: Path) -> None:
    settings.set_local_authority_name("")
    window = make_window(vault_path)
    create_vault(qtbot, window)
    driver = DialogDriver(qtbot)
    controller = ExportController(window, lambda: window.vault, window.clipboard, window.policy)
    controller.run_dialog = driver
    case = _case()
    window.vault.cases.save(case)

    Messages.next_answer(None)  # the user gives no name: nothing is exported
    assert exported(qtbot, controller,
                    lambda: controller.export_incident_notification_pdf(case)) is None
    assert Messages.shown[-1].title == "Local authority's name not set"
    assert list(tmp_path.rglob("*.pdf")) == []

    Messages.next_answer(AUTHORITY)
    Messages.next_answer(str(tmp_path / "incident"))
    driver.then(driver.generated_password)
    saved = exported(qtbot, controller, lambda: controller.export_incident_notification_pdf(case))
    assert saved is not None
    text = " ".join(pdf_text(saved, driver.passwords[-1]).split())
    assert f"Notifying local authority {AUTHORITY}" in text
    assert settings.local_authority_name() == AUTHORITY
