"""Choosing a file never reaches the desktop's recent-files list: Qt's own dialog, every time."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lockhelpers import ModalDriver
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget

from scr_desktop.gui.file_dialog import FileDialog
from scr_desktop.gui.messages import Messages


def _answer(driver: ModalDriver, path: Path, seen: list[QFileDialog]) -> None:
    def type_name(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(str(path))
        dialog.accept()

    driver.when(lambda w: isinstance(w, QFileDialog), type_name, "file dialog")


@pytest.mark.parametrize("saving", [True, False])
def test_the_real_dialog_is_qts_own_and_leaves_no_recent_file(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, saving: bool) -> None:
    data_home = Path(os.environ["XDG_DATA_HOME"])  # a private folder for this test
    family = tmp_path / "Qzfamily"
    family.mkdir()
    target = family / "SCR-2026-0001 Case for Consideration.pdf"
    if not saving:
        target.write_bytes(b"%PDF-1.7\n")
    monkeypatch.setattr(Messages, "testing", False)
    driver, seen = ModalDriver(), []  # type: ignore[var-annotated]
    _answer(driver, target, seen)
    if saving:
        chosen = Messages.save_file(None, "Save the case", str(family / "x.pdf"), "PDF (*.pdf)")
    else:
        chosen = Messages.open_file(None, "Open a package", str(family), "All files (*)")
    assert driver.done == ["file dialog"] and not driver.hung
    assert Path(chosen) == target
    assert seen[0].testOption(QFileDialog.Option.DontUseNativeDialog)
    assert not (data_home / "recently-used.xbel").exists()
    assert not any("Qzfamily" in p.read_text(errors="replace")
                   for p in data_home.rglob("*") if p.is_file())


def test_a_queued_answer_is_given_without_showing_a_dialog() -> None:
    FileDialog.next_answer("/nowhere/answer.pdf")
    assert FileDialog.save_file(None, "Save", "x.pdf", "PDF (*.pdf)") == "/nowhere/answer.pdf"
