"""Fixtures for driving the real application window with pytest-qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from scr_desktop.gui.app import load_stylesheet
from scr_desktop.gui.main_window import MainWindow
from scr_desktop.gui.messages import Messages
from scr_desktop.storage.attempts import AttemptLimiter


@pytest.fixture(autouse=True)
def _answering_messages() -> Iterator[None]:
    Messages.testing = True
    Messages.reset()
    app = QApplication.instance()
    if app is not None:
        app.setStyleSheet(load_stylesheet())  # type: ignore[union-attr]
    yield
    Messages.reset()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vaults" / "vault.scrvault"


@pytest.fixture
def make_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Return a factory of main windows sharing one attempts file."""
    windows: list[MainWindow] = []

    def factory(default: Path, **kwargs: object) -> MainWindow:
        limiter = AttemptLimiter(tmp_path / "attempts.json")
        w = MainWindow(default, limiter=limiter, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(w)
        w.show()
        windows.append(w)
        return w

    yield factory
    for w in windows:
        w.close()
