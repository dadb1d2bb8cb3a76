"""The learning briefing page and recommendation themes, through the real window: the
briefing is exported anonymised although a name was typed into it, and a recommendation's
themes are counted in the board's statistics."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from exporthelpers import DialogDriver, pdf_text
from guihelpers import create_vault
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPlainTextEdit

from scr_desktop.domain.learning.periods import calendar_year
from scr_desktop.gui.decision_steps import STEP_DECISION
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.review import area as steps

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils is needed to read the exported PDF")

TODAY = date(2027, 3, 2)


def test_briefing_exported_anonymised_and_recommendation_themes_counted(
        qtbot, make_window, vault_path: Path, tmp_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    qtbot.mouseClick(window.list_page.new_button, Qt.MouseButton.LeftButton)
    case = window.editor.case
    case.set("child_forenames", "Qzmira")
    case.set("child_last_names", "Qzvantoll")
    case.set("referral_date", "02/01/2027")
    window.decision_steps.go(STEP_DECISION)
    decision = window.decision_steps.decision
    decision.decided.setCurrentIndex(decision.decided.findData("scr"))
    qtbot.keyClicks(decision.decision_date, "04/01/2027")
    area = window.review_area

    area.go(steps.STEP_BRIEFING)
    page = area.pages[steps.STEP_BRIEFING]
    in_brief = page.briefing.form.editor("in_brief")
    assert isinstance(in_brief, QPlainTextEdit)
    qtbot.keyClicks(in_brief, "Qzmira Qzvantoll was two when she died.")
    learned = page.briefing.form.editor("learned")
    qtbot.keyClicks(learned, "Ask who else lives in the home.")
    assert area.session.review.briefing["learned"] == "Ask who else lives in the home."

    driver = DialogDriver(qtbot)
    window.exports.run_dialog = driver
    Messages.next_answer(str(tmp_path / "briefing"))
    driver.then(driver.generated_password)
    with qtbot.waitSignal(window.exports.finished, timeout=30_000) as saved:
        qtbot.mouseClick(page.form.export_button, Qt.MouseButton.LeftButton)
    text = pdf_text(saved.args[0], driver.passwords[0])
    assert "Child A was two when she died." in text
    assert "Qzmira" not in text and "Qzvantoll" not in text

    area.go(steps.STEP_ACTIONS)
    actions = area.pages[steps.STEP_ACTIONS]
    form = actions.recommendations.form
    qtbot.keyClicks(form.editor("text"), "Qzrecommendation ask about the household")
    themes = form.editor("themes")
    assert isinstance(themes, QListWidget)
    row = next(i for i in range(themes.count()) if themes.item(i).text() == "Neglect")
    themes.setFocus()
    themes.setCurrentRow(row)
    qtbot.keyClick(themes, Qt.Key.Key_Space)
    qtbot.mouseClick(actions.recommendations.add_button, Qt.MouseButton.LeftButton)
    assert area.session.review.records("recommendations")[0]["themes"] == "neglect"
    assert window.editor.save_now()
    counted = window.vault.stats.figures(calendar_year(2027), TODAY).table("themes")
    assert dict(counted.rows) == {"Neglect": (0, 1)}
