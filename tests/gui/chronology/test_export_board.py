"""The chronology's exports (PDF, Excel and the agency template) carry the board's own name,
asked for once like every other document, never a placeholder."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import msoffcrypto
import pytest
from exporthelpers import DialogDriver
from guifixtures import BOARD
from guihelpers import create_vault
from openpyxl import load_workbook
from pdfreaders import pdf_text
from PySide6.QtCore import Qt

from scr_desktop.domain.chronology.entry import make_entry
from scr_desktop.domain.model import Decision
from scr_desktop.gui import settings
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.review import area as steps

TODAY = date(2027, 3, 2)
PLACEHOLDER = "Local Safeguarding Children Board"
AGENCY = "Qzwillow Police"


def _workbook_text(path: Path, password: str) -> str:
    with path.open("rb") as fh:
        office = msoffcrypto.OfficeFile(fh)
        office.load_key(password=password)
        out = io.BytesIO()
        office.decrypt(out)
    book = load_workbook(io.BytesIO(out.getvalue()))
    return " ".join(str(c.value) for sheet in book.worksheets for row in sheet.iter_rows()
                    for c in row if c.value is not None)


def _open(qtbot, make_window, vault_path: Path):  # type: ignore[no-untyped-def]
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    case.decision = Decision(decided="scr", decision_date="2027-01-04")
    window.vault.cases.save(case)
    window.open_case(case.id, step=steps.STEP_CHRONOLOGY)
    area = window.review_area
    assert area.session.apply(lambda r: r.add("agencies", {"agency": AGENCY})) is None
    window.vault.chronology.import_entries(case.id, AGENCY, [make_entry(
        date_text="14/03/2019", time_text="", agency=AGENCY, event="Call-out to the home.",
        people="", key=False)], {})
    page = area.pages[steps.STEP_CHRONOLOGY]
    page.reload()
    exports = DialogDriver(qtbot)
    window.exports.run_dialog = exports
    return window, page, exports


def _export(qtbot, window, exports, click, target: Path) -> Path:  # type: ignore[no-untyped-def]
    Messages.next_answer(str(target))
    exports.then(exports.generated_password)
    with qtbot.waitSignal(window.exports.finished, timeout=30_000) as saved:
        click()
    assert saved.args[0] is not None, Messages.shown
    path: Path = saved.args[0]
    return path


@pytest.mark.skipif(not Path("/usr/bin/pdftotext").exists(), reason="poppler-utils needed")
def test_every_chronology_export_names_the_board(qtbot, make_window, vault_path: Path,
                                                 tmp_path: Path) -> None:
    window, page, exports = _open(qtbot, make_window, vault_path)

    pdf = _export(qtbot, window, exports, lambda: qtbot.mouseClick(
        page.form.export_pdf_button, Qt.MouseButton.LeftButton), tmp_path / "chronology")
    text = " ".join(pdf_text(pdf, exports.passwords[-1]).split())
    assert BOARD in text and PLACEHOLDER not in text

    xlsx = _export(qtbot, window, exports, lambda: qtbot.mouseClick(
        page.form.export_xlsx_button, Qt.MouseButton.LeftButton), tmp_path / "chronology")
    cells = _workbook_text(xlsx, exports.passwords[-1])
    assert BOARD in cells and PLACEHOLDER not in cells

    Messages.next_answer(AGENCY)
    template = _export(qtbot, window, exports, lambda: qtbot.mouseClick(
        page.form.template_button, Qt.MouseButton.LeftButton), tmp_path / "template")
    cells = _workbook_text(template, exports.passwords[-1])
    assert BOARD in cells and PLACEHOLDER not in cells


def test_the_first_chronology_export_asks_for_the_board_and_a_refusal_saves_nothing(
        qtbot, make_window, vault_path: Path, tmp_path: Path) -> None:
    settings.clear_board_name()
    window, page, exports = _open(qtbot, make_window, vault_path)
    Messages.next_answer(None)  # the user will not give the board's name
    qtbot.mouseClick(page.form.export_pdf_button, Qt.MouseButton.LeftButton)
    assert [m.title for m in Messages.shown][-2:] == ["Your board's name",
                                                      "Board's name not set"]
    assert exports.seen == [] and not list(tmp_path.glob("*.pdf"))

    Messages.next_answer("  Qzfield   Safeguarding Partnership ")
    pdf = _export(qtbot, window, exports, lambda: qtbot.mouseClick(
        page.form.export_pdf_button, Qt.MouseButton.LeftButton), tmp_path / "chronology")
    assert "Qzfield Safeguarding Partnership" in " ".join(
        pdf_text(pdf, exports.passwords[-1]).split())
    assert settings.board_name() == "Qzfield Safeguarding Partnership"
