"""Choosing where to save leaves no list of folders behind in Qt's settings file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from scr_desktop.gui.messages import Messages


@pytest.fixture
def qt_settings_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "config"
    folder.mkdir()
    default = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setattr(Messages, "testing", False)
    yield folder
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, default)


def _answer_with(path: Path) -> None:
    def accept() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                name = widget.findChild(QLineEdit, "fileNameEdit")
                assert name is not None
                name.setText(path.name)
                widget.accept()
                return
        QTimer.singleShot(50, accept)

    QTimer.singleShot(50, accept)


def _settings_text(folder: Path) -> str:
    return "".join(p.read_text(encoding="utf-8", errors="replace")
                   for p in folder.rglob("*") if p.is_file())


def test_saving_does_not_record_the_folder(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                           qt_settings_folder: Path) -> None:
    family = tmp_path / "Qzfamily children"
    family.mkdir()
    _answer_with(family / "SCR-2026-0001 Case for Consideration.pdf")
    chosen = Messages.save_file(None, "Save the Case for Consideration",
                                str(family / "SCR-2026-0001 Case for Consideration.pdf"),
                                "PDF documents (*.pdf)")
    assert chosen.endswith("SCR-2026-0001 Case for Consideration.pdf")
    assert "Qzfamily" not in _settings_text(qt_settings_folder)


def test_opening_does_not_record_the_folder(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            qt_settings_folder: Path) -> None:
    family = tmp_path / "Qzfamily children"
    family.mkdir()
    package = family / "SCR-2026-0001.scrcase"
    package.write_bytes(b"x")
    _answer_with(package)
    chosen = Messages.open_file(None, "Import a case package", str(family),
                                "SCR Desktop case packages (*.scrcase)")
    assert chosen == str(package)
    assert "Qzfamily" not in _settings_text(qt_settings_folder)
