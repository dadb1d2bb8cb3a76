"""The integrated chronology, driven through the real window: a template sent to an agency,
three agencies' files imported (a password-protected Excel file, an OpenDocument sheet and a
Windows-1252 CSV), two duplicates merged, the timeline filtered to key practice episodes,
the chronology exported anonymised as a PDF and an Excel workbook that name no one, and no
name from the files ever written in the clear to the vault's folder or the temp folder."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

import msoffcrypto
import pytest
from chronofiles import FILE_PASSWORD, write_csv_1252, write_ods, write_xlsx
from exporthelpers import DialogDriver, pdf_text, qpdf_encryption
from guihelpers import create_vault
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from scr_desktop.domain.model import Decision
from scr_desktop.gui.chronology.duplicates_dialog import DuplicatesDialog
from scr_desktop.gui.chronology.import_dialog import ImportDialog
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.review import area as steps
from scr_desktop.gui.widget_text import widgets_text

pytestmark = pytest.mark.skipif(
    shutil.which("qpdf") is None or shutil.which("pdftotext") is None,
    reason="qpdf and poppler-utils are needed to check exports with real readers",
)

TODAY = date(2027, 3, 2)
NAMES = ("Qzmira", "Qzvantreck", "Qzdelphine", "Qzosric", "Qzhollander")
POLICE, HEALTH, SCHOOL = "Police", "Health visiting", "Qzbrook School"


def _office(path: Path, password: str) -> bytes:
    with path.open("rb") as fh:
        office = msoffcrypto.OfficeFile(fh)
        assert office.is_encrypted()
        office.load_key(password=password)
        out = io.BytesIO()
        office.decrypt(out)
    return out.getvalue()


def _agency_files(inbox: Path) -> list[tuple[Path, str, str]]:
    police = write_xlsx(inbox / "police.xlsx", [
        [datetime(2020, 6, 5), "10:00", "Crime report",
         "Joint home visit with health visitor; Qzmira seen, bruise on arm.",
         "Qzmira; Qzdelphine Qzvantreck", "Referral made the same day.", "", "Yes"],
        ["10/09/2020", "", "Strategy minutes",
         "Strategy meeting about Qzmira; school to monitor attendance.",
         "Qzmira", "", "", "No"],
        ["03/2020", "", "Command log", "Call about shouting at the address (month only).",
         "Qzosric Qzhollander", "", "", "No"],
    ], title="Qzpolice chronology (title merged across the columns)", password=FILE_PASSWORD)
    health = write_ods(inbox / "health.ods", [
        [datetime(2020, 6, 5), "10:15", "HV notes",
         "Joint home visit with police; Qzmira seen, bruise on her arm.",
         "Qzmira; Qzdelphine Qzvantreck", "Good liaison.", "", "No"],
        [datetime(2020, 1, 20), "", "HV notes", "Missed 12-month review.", "Qzmira", "", "",
         "No"],
    ])
    school = write_csv_1252(inbox / "school.csv", [
        ["10/09/2020", "", "Safeguarding log",
         "Strategy meeting about Qzmira – school to monitor attendance.", "Qzmira", "", "",
         "No"],
        ["2021", "", "Attendance", "Attendance below 80% for the year; Qzdelphine told.",
         "Qzdelphine Qzvantreck", "Letters sent – no reply.", "", "Yes"],
    ])
    return [(police, POLICE, FILE_PASSWORD), (health, HEALTH, ""), (school, SCHOOL, "")]


def _written_since(folder: Path, since: float, skip: Path) -> list[tuple[Path, bytes]]:
    found = []
    for root, _dirs, files in os.walk(folder, onerror=lambda _e: None):
        if Path(root).is_relative_to(skip):
            continue
        for name in files:
            p = Path(root) / name
            try:
                st = p.lstat()
                if st.st_mtime < since or st.st_size > 50_000_000 or not p.is_file():
                    continue
                found.append((p, p.read_bytes()))
            except OSError:
                continue
    return found


def test_three_agencies_merged_filtered_and_exported_anonymised(
        qtbot, make_window, vault_path: Path, tmp_path: Path) -> None:
    started = time.time() - 1
    inbox, outbox = tmp_path / "inbox", tmp_path / "outbox"
    inbox.mkdir()
    outbox.mkdir()
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    case.set("child_forenames", "Qzmira")
    case.set("child_last_names", "Qzvantreck")
    case.set("mother_name", "Qzdelphine Qzvantreck")
    case.set("father_name", "Qzosric Qzhollander")
    case.decision = Decision(decided="scr", decision_date="2027-01-04", decided_by="Chair")
    window.vault.cases.save(case)
    window.open_case(case.id, step=steps.STEP_CHRONOLOGY)
    area = window.review_area
    for agency in (POLICE, HEALTH, SCHOOL):
        assert area.session.apply(lambda r, a=agency: r.add("agencies", {"agency": a})) is None
    page = area.pages[steps.STEP_CHRONOLOGY]
    driver = DialogDriver(qtbot)
    page.run_dialog = driver
    exports = DialogDriver(qtbot)
    window.exports.run_dialog = exports

    # -- a template for the school
    Messages.next_answer(SCHOOL)
    Messages.next_answer(str(outbox / "template"))
    exports.then(exports.generated_password)
    with qtbot.waitSignal(window.exports.finished, timeout=30_000) as saved:
        qtbot.mouseClick(page.form.template_button, Qt.MouseButton.LeftButton)
    template = saved.args[0]
    assert template == outbox / "template.xlsx"
    sheet = load_workbook(io.BytesIO(_office(template, exports.passwords[-1])))["Chronology"]
    assert sheet["A1"].value == "Date" and sheet["C2"].value.startswith("EXAMPLE")

    # -- three agencies' files imported
    for path, agency, password in _agency_files(inbox):
        def import_step(dialog: QDialog, path: Path = path, agency: str = agency,
                        password: str = password) -> None:
            assert isinstance(dialog, ImportDialog)
            dialog.path.setText(str(path))
            dialog.agency.setEditText(agency)
            dialog.password.setText(password)
            qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.operation is None, timeout=20_000)
            assert dialog.import_button.isEnabled(), dialog.summary.text()
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

        driver.then(import_step)
        qtbot.mouseClick(page.form.import_button, Qt.MouseButton.LeftButton)
        assert not any(s.kind == "Warning" for s in Messages.shown)
    repo = window.vault.chronology
    assert repo.agencies(case.id) == [(HEALTH, 2), (POLICE, 3), (SCHOOL, 2)]
    assert [e.date_text for e in repo.entries(case.id)] == [
        "20/01/2020", "03/2020", "05/06/2020", "05/06/2020",
        "10/09/2020", "10/09/2020", "2021"]

    # -- two duplicates merged
    seen: list[int] = []

    def merge_both(dialog: QDialog) -> None:
        assert isinstance(dialog, DuplicatesDialog)
        seen.append(len(dialog.pairs))
        assert "Joint home visit" in dialog.left.toPlainText()
        assert "Joint home visit" in dialog.right.toPlainText()
        qtbot.mouseClick(dialog.merge_left, Qt.MouseButton.LeftButton)
        assert "Strategy meeting" in dialog.left.toPlainText()
        qtbot.mouseClick(dialog.merge_left, Qt.MouseButton.LeftButton)
        assert not dialog.merge_left.isEnabled() and "2 merged" in dialog.heading.text()
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    driver.then(merge_both)
    qtbot.mouseClick(page.form.duplicates_button, Qt.MouseButton.LeftButton)
    assert seen == [2]
    merged = repo.entries(case.id)
    assert len(merged) == 5 and page.model.rowCount() == 5
    visit = next(e for e in merged if e.date_text == "05/06/2020")
    assert visit.key and "also recorded by" in visit.source.lower()
    assert [a.action for a in window.vault.audit.entries()].count(
        "merge chronology entries") == 2

    # -- the timeline filtered to key practice episodes
    page.form.views.setCurrentWidget(page.form.timeline_tab)
    page.form.key_only.setChecked(True)
    lay = page.timeline.layout_
    assert lay is not None and all(m.entry.key for m in lay.marks) and len(lay.marks) == 2
    assert page.form.timeline_text.count() == 4  # two lanes, one entry each

    # -- exported anonymised (the filter applies): PDF and Excel name no one
    assert page.form.anonymise.isChecked()
    files = []
    for button, name in ((page.form.export_pdf_button, "chronology"),
                         (page.form.export_xlsx_button, "chronology")):
        Messages.next_answer(str(outbox / name))
        exports.then(exports.generated_password)
        with qtbot.waitSignal(window.exports.finished, timeout=30_000) as saved:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert saved.args[0] is not None
        files.append((saved.args[0], exports.passwords[-1]))
    (pdf, pdf_pw), (xlsx, xlsx_pw) = files
    assert "R = 6" in qpdf_encryption(pdf, pdf_pw)
    text = pdf_text(pdf, pdf_pw)
    cells = " ".join(str(c.value) for row in load_workbook(
        io.BytesIO(_office(xlsx, xlsx_pw)))["Chronology"].iter_rows() for c in row)
    for name in NAMES:
        assert name not in text and name not in cells, name
    assert "Child A" in text and "Mother of Child A" in cells
    assert "05/06/2020" in text and "Attendance below 80%" in cells
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", "-upw", pdf_pw,
                    str(pdf), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 5000

    # -- nothing in the clear: the vault's folder, the exports, the temp folder
    assert window.editor is not None and window.editor.save_now()
    window.lock()
    qtbot.waitUntil(lambda: not any(n in t for t in widgets_text() for n in NAMES),
                    timeout=3000)
    for p in [*vault_path.parent.iterdir(), *outbox.iterdir()]:
        if p.is_file():
            data = p.read_bytes()
            for name in NAMES:
                assert name.encode() not in data, (name, p.name)
    for p, content in _written_since(Path(tempfile.gettempdir()), started, skip=inbox):
        for name in NAMES:
            assert name.encode() not in content, (name, str(p))
