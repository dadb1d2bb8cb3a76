"""A draft version kept in the vault is opened from memory (the opening audited) and
exported encrypted through the audited write path; locking closes the window showing it
and leaves its text in no widget; a draft that cannot be encrypted is refused in plain
words and nothing is written."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import msoffcrypto
from docx import Document as WordDocument
from exporthelpers import DialogDriver
from guihelpers import create_vault
from PySide6.QtCore import Qt

from scr_desktop.domain.model import Decision
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.review import area as steps
from scr_desktop.gui.widget_text import widgets_text

TODAY = date(2027, 3, 2)
MARKER = "Qzdraftfinding the nursery did not share"


def docx_file(path: Path) -> Path:
    doc = WordDocument()
    doc.add_paragraph(MARKER)
    doc.save(str(path))
    return path


def test_a_kept_draft_is_shown_and_exported_encrypted_and_gone_on_lock(
        qtbot, make_window, vault_path: Path, tmp_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    case.decision = Decision(decided="scr", decision_date="2027-01-04")
    window.vault.cases.save(case)
    window.open_case(case.id, step=steps.STEP_REPORT)
    area = window.review_area
    assert area is not None
    report = area.pages[steps.STEP_REPORT]
    source = docx_file(tmp_path / "overview v1.docx")
    report.add_draft(str(source))
    odd = tmp_path / "overview v2.odt"
    odd.write_bytes(b"PK\x03\x04 an OpenDocument file")
    report.add_draft(str(odd))
    source.unlink()
    odd.unlink()

    # nothing chosen: told what to do
    report.versions.table.clearSelection()
    qtbot.mouseClick(report.form.show_draft_button, Qt.MouseButton.LeftButton)
    assert "Choose a draft version" in Messages.shown[-1].text

    # shown from memory, the opening audited
    report.versions.choose(report.versions.ids[0])
    qtbot.mouseClick(report.form.show_draft_button, Qt.MouseButton.LeftButton)
    viewer = report.viewer
    assert viewer is not None and viewer.isVisible()
    assert MARKER in viewer.text.toPlainText()
    assert any(e.action == "open review document" for e in window.vault.audit.entries())

    # exported encrypted through the audited write path
    driver = DialogDriver(qtbot)
    window.exports.run_dialog = driver
    driver.then(driver.generated_password)
    Messages.next_answer(str(tmp_path / "out" / "draft"))
    (tmp_path / "out").mkdir()
    with qtbot.waitSignal(window.exports.finished, timeout=30_000) as saved:
        qtbot.mouseClick(report.form.export_draft_button, Qt.MouseButton.LeftButton)
    target = saved.args[0]
    assert target is not None and target.suffix == ".docx"
    assert MARKER.encode() not in target.read_bytes()
    with target.open("rb") as fh:
        office = msoffcrypto.OfficeFile(fh)
        office.load_key(password=driver.passwords[-1])
        plain = io.BytesIO()
        office.decrypt(plain)
    assert MARKER in "\n".join(p.text for p in WordDocument(plain).paragraphs)
    assert any("draft report Draft 1" in e.detail
               for e in window.vault.audit.entries(action="export"))

    # a format that cannot be encrypted is refused, and nothing is written
    report.versions.choose(report.versions.ids[1])
    before = len(window.vault.audit.entries(action="export"))
    with qtbot.waitSignal(window.exports.finished, timeout=10_000) as refused:
        qtbot.mouseClick(report.form.export_draft_button, Qt.MouseButton.LeftButton)
    assert refused.args[0] is None
    assert Messages.shown[-1].title == "This draft cannot be exported"
    assert len(window.vault.audit.entries(action="export")) == before
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["draft.docx"]

    # locking closes the viewer: the draft's text is in no widget
    report.versions.choose(report.versions.ids[0])
    qtbot.mouseClick(report.form.show_draft_button, Qt.MouseButton.LeftButton)
    assert MARKER in "\n".join(widgets_text())
    window.lock()
    assert window.is_locked()
    qtbot.waitUntil(lambda: MARKER not in "\n".join(widgets_text()), timeout=3_000)
