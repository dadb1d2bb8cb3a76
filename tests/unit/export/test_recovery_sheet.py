"""The recovery sheet leaves only as an encrypted PDF through the one audited write path."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pdfreaders import pdf_text, qpdf_encryption

from scr_desktop.export.pdf_form import DEFAULT_BOARD
from scr_desktop.export.recovery_sheet import recovery_sheet_document
from scr_desktop.export.save import save_export
from scr_desktop.storage.recovery_code import format_key, new_key

PASSWORD = "tangerine-walrus-orbit-glacier"


class Trail:
    def __init__(self) -> None:
        self.entries: list[tuple[str, str]] = []

    def record(self, action: str, *, case_ref: str = "", detail: str = "") -> None:
        self.entries.append((action, detail))


def test_the_sheet_is_encrypted_audited_and_holds_the_key(tmp_path: Path) -> None:
    code = format_key(new_key())
    trail = Trail()
    target = save_export(recovery_sheet_document(code, "vault.scrvault", PASSWORD, min_score=3),
                         tmp_path / "sheet.pdf", trail)
    raw = target.read_bytes()
    assert code.encode() not in raw and code.split("-")[0].encode() not in raw
    shown = subprocess.run(["qpdf", "--show-encryption", f"--password={PASSWORD}", str(target)],
                           capture_output=True, text=True, check=True).stdout
    assert "R = 6" in shown and "AESv3" in shown
    text = subprocess.run(["pdftotext", "-upw", PASSWORD, str(target), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert code in text and "vault.scrvault" in text
    assert "<b>" not in text  # the key is set in bold type, not shown with its markup
    assert trail.entries[0][0] == "export" and "recovery key sheet" in trail.entries[0][1]
    assert code not in trail.entries[0][1]
    with pytest.raises(subprocess.CalledProcessError):
        subprocess.run(["pdftotext", "-upw", "wrong", str(target), "-"], capture_output=True,
                       check=True)


def _saved_sheet_text(tmp_path: Path, board_name: str | None) -> str:
    code = format_key(new_key())
    target = save_export(recovery_sheet_document(code, "vault.scrvault", PASSWORD, min_score=3,
                                                 board_name=board_name),
                         tmp_path / "sheet.pdf", Trail())
    assert "R = 6" in qpdf_encryption(target, PASSWORD)
    return pdf_text(target, PASSWORD)


def test_the_sheet_names_the_board_it_was_given(tmp_path: Path) -> None:
    text = _saved_sheet_text(tmp_path, "Westmarsh  Safeguarding Children Partnership")
    assert "Westmarsh Safeguarding Children Partnership" in text.split("\n")
    assert DEFAULT_BOARD not in text


@pytest.mark.parametrize("board_name", [None, "", "   "])
def test_a_sheet_made_before_the_board_is_named_has_a_line_to_write_it_on(
        tmp_path: Path, board_name: str | None) -> None:
    text = _saved_sheet_text(tmp_path, board_name)
    assert DEFAULT_BOARD not in text and "Safeguarding" not in text.split("\n")[0]
    assert re.search(r"^Board: _{20,}$", text, re.MULTILINE)
