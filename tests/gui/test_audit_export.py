"""The audit log leaves the vault only as an encrypted PDF, with the chain's state printed."""

from __future__ import annotations

from pathlib import Path

from exporthelpers import DialogDriver, pdf_text, qpdf_encryption
from guihelpers import create_vault
from PySide6.QtCore import Qt

from scr_desktop.gui.messages import Messages


def test_audit_log_exports_as_an_encrypted_pdf(qtbot, make_window, vault_path: Path,
                                               tmp_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    case.set("child_forenames", "Qzauditmarker")
    window.vault.cases.save(case)
    window.show_audit()
    dialog = window.audit_dialog
    assert dialog is not None and dialog.export_button.isEnabled()

    driver = DialogDriver(qtbot)
    window.exports.run_dialog = driver
    driver.then(driver.generated_password)
    target = tmp_path / "out" / "Audit log.pdf"
    target.parent.mkdir()
    Messages.next_answer(str(target))
    with qtbot.waitSignal(window.exports.finished, timeout=30000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    assert done.args == [target] and target.exists()
    [password] = driver.passwords
    assert "R = 6" in qpdf_encryption(target, password)
    text = pdf_text(target, password)
    assert "intact" in text and "create" in text and case.reference in text
    assert "Qzauditmarker" not in text  # the log names actions, never what was typed
    assert not target.read_bytes().count(b"create")  # nothing readable without the password
    # The export itself is recorded.
    assert any(e.action == "export" and "audit log" in e.detail
               for e in window.vault.audit.entries())
