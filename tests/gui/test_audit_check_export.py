"""The audit log window checks the log against the anchor an exported file carries."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt

from scr_desktop.export.pdf_form import render_case_pdf
from scr_desktop.export.save import pdf_document, save_export
from scr_desktop.gui.audit_dialog import AuditDialog
from scr_desktop.gui.messages import Messages
from scr_desktop.storage.anchor import AnchorStore
from scr_desktop.storage.connection import open_connection
from scr_desktop.storage.keyslots import copy_key
from scr_desktop.storage.vault import Vault

PASS = "granite lantern orchard velvet"
PASSWORD = "quill-harbour-saffron-gravel"


def _check(qtbot, dialog: AuditDialog, path: Path, password: str) -> str:  # type: ignore[no-untyped-def]
    Messages.next_answer(str(path))
    Messages.next_answer(password)
    qtbot.mouseClick(dialog.check_file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Checking" not in dialog.verify_result.text(), timeout=30_000)
    return dialog.verify_result.text()


def test_an_export_checks_the_log_and_catches_its_entries_removed(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "v.scrvault"
    with Vault.create(path, PASS) as vault:
        case = vault.cases.new_case()
        exported = save_export(pdf_document(lambda: render_case_pdf(case), PASSWORD,
                                            detail="Case for Consideration, NOT anonymised",
                                            case_ref=case.reference),
                               tmp_path / "form.pdf", vault.audit)
        dialog = AuditDialog(vault.audit, anchor_problems=vault.audit_anchor_problems)
        qtbot.addWidget(dialog)
        assert _check(qtbot, dialog, exported, PASSWORD).startswith("\u2713")
        assert "could not be checked" in _check(qtbot, dialog, exported, "wrong-password-xyz")
        dialog.close()
        last = vault.audit.tail()
        assert last is not None
    conn = open_connection(path, copy_key(path, PASS))
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute(f"DELETE FROM audit WHERE id >= {last.id - 1}")
    conn.execute("UPDATE sqlite_sequence SET seq = (SELECT max(id) FROM audit)"
                 " WHERE name = 'audit'")
    conn.commit()
    conn.close()
    AnchorStore().forget(path)  # as if the vault had been copied elsewhere first
    with Vault.open(path, PASS) as vault:
        dialog = AuditDialog(vault.audit, anchor_problems=vault.audit_anchor_problems)
        qtbot.addWidget(dialog)
        text = _check(qtbot, dialog, exported, PASSWORD)
        # The unlock's own entries reuse the removed numbers, so the file's entry is replaced.
        assert text.startswith("\u26a0") and "is not the entry the file recorded" in text
        dialog.close()


def test_a_word_or_excel_export_is_checked_the_same_way(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    from scr_desktop.export.office import office_document

    def render() -> bytes:
        out = io.BytesIO()
        book = Workbook()
        book.active["A1"] = "Action plan"
        book.save(out)
        return out.getvalue()

    with Vault.create(tmp_path / "v.scrvault", PASS) as vault:
        exported = save_export(office_document(render, PASSWORD, detail="action plan"),
                               tmp_path / "plan.xlsx", vault.audit)
        dialog = AuditDialog(vault.audit, anchor_problems=vault.audit_anchor_problems)
        qtbot.addWidget(dialog)
        assert _check(qtbot, dialog, exported, PASSWORD).startswith("\u2713")
        text = _check(qtbot, dialog, exported, "wrong-password-xyz")
        assert "could not be checked" in text and "password" in text
        dialog.close()
