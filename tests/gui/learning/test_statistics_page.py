"""Themes tagged on a case are counted on the statistics page, small counts hide when asked,
the annex leaves encrypted and anonymised, and locking clears the page."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from exporthelpers import DialogDriver, pdf_text, qpdf_encryption, tick
from guihelpers import create_vault, fill_field
from PySide6.QtCore import Qt

from scr_desktop.domain.form import SECTIONS
from scr_desktop.gui.messages import Messages

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("qpdf") is None,
                                reason="qpdf and poppler-utils are needed to read the annex")

TODAY = date(2026, 11, 20)


def _new_case(qtbot, window, referred: str, forename: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.list_page.new_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    for index, section in enumerate(SECTIONS):
        names = {f.name for f in section.fields}
        if "referral_date" in names or "child_forenames" in names:
            editor.go(index)
            if "referral_date" in names:
                fill_field(qtbot, editor.editor("referral_date"), referred)
            if "child_forenames" in names:
                fill_field(qtbot, editor.editor("child_forenames"), forename)


def _tick(qtbot, step, label: str) -> None:  # type: ignore[no-untyped-def]
    box = step.form.themes
    row = next(i for i in range(box.count()) if box.item(i).text() == label)
    box.setFocus()
    box.setCurrentRow(row)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.item(row).checkState() == Qt.CheckState.Checked


def test_themes_counted_small_numbers_hidden_annex_anonymised_lock_clears(
        qtbot, make_window, vault_path: Path, tmp_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    for referred, name in (("31/03/2026", "Qzfirst"), ("01/04/2026", "Qzsecond")):
        _new_case(qtbot, window, referred, name)
        step = window.themes_step
        window.editor.go(step.index)
        _tick(qtbot, step, "Neglect")
        qtbot.keyClicks(step.form.own_theme, "Qzcounty lines" if name == "Qzfirst" else "")
        if name == "Qzfirst":
            qtbot.keyClick(step.form.own_theme, Qt.Key.Key_Return)
            assert "board:qzcounty_lines" in window.editor.case.themes
        else:
            _tick(qtbot, step, "Qzcounty lines")  # the board's theme is offered to every case
        assert window.editor.save_now()

    window.statistics_action.trigger()
    page = window.statistics
    page.form.kind.setCurrentIndex(page.form.kind.findData("year"))
    page.form.year.setValue(2026)
    referrals = page.boxes["referrals"]
    assert referrals.cell(0, 1) == "2"
    themes = page.boxes["themes"]
    assert {themes.cell(r, 0): themes.cell(r, 1) for r in range(themes.table.rowCount())} == {
        "Neglect": "2", "Qzcounty lines": "2"}
    # the financial year 2025/26 ends on 31 March: only the first case is in it
    page.form.kind.setCurrentIndex(page.form.kind.findData("financial"))
    page.form.year.setValue(2025)
    assert page.boxes["referrals"].cell(0, 1) == "1"
    tick(qtbot, page.form.suppress)
    assert page.form.suppress.isChecked()
    assert page.boxes["referrals"].cell(0, 1) == "fewer than 5"
    assert page.boxes["referrals"].chart.accessibleName().startswith("Chart: Referrals")

    driver = DialogDriver(qtbot)
    window.exports.run_dialog = driver
    Messages.next_answer(str(tmp_path / "annex"))
    driver.then(driver.generated_password)
    with qtbot.waitSignal(window.exports.finished, timeout=30_000) as saved:
        qtbot.mouseClick(page.form.export_button, Qt.MouseButton.LeftButton)
    path = saved.args[0]
    assert path is not None
    assert "R = 6" in qpdf_encryption(path, driver.passwords[0])
    text = pdf_text(path, driver.passwords[0])
    assert "Period: 2025/26" in text and "fewer than 5" in text
    assert "Qzfirst" not in text and "Qzsecond" not in text
    assert any("statistics annex for 2025/26" in e.detail for e in window.vault.audit.entries())

    window.lock()
    assert window.is_locked()
    assert page.boxes == {} and page.figures is None
    qtbot.waitUntil(lambda: not page.findChildren(type(referrals)), timeout=5000)

