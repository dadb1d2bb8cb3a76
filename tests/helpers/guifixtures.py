"""Fixtures for driving the real application window with pytest-qt, and a leak check.

After every GUI test no top-level widget may remain that was not there before
it (napari's ``strict_qt``): windows and dialogs a test opened are closed and
deleted, or the test fails at teardown naming them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from scr_desktop.gui.main_window import MainWindow
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.theme import load_stylesheet
from scr_desktop.storage.attempts import AttemptLimiter


def _address(w: QWidget) -> int:
    return int(shiboken6.getCppPointer(w)[0])


def _describe(w: QWidget) -> str:
    title = w.windowTitle() or w.objectName() or "untitled"
    return f"{type(w).__name__} ({title!r}, {'shown' if w.isVisible() else 'hidden'})"


@pytest.fixture(autouse=True)
def _no_leaked_widgets(qapp: QApplication) -> Iterator[None]:
    """Fail a GUI test that leaves a top-level widget behind."""
    before = {_address(w) for w in QApplication.topLevelWidgets()}
    yield
    # Let widgets closed by qtbot and the fixtures go: deleteLater, then Python's references.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = [w for w in QApplication.topLevelWidgets() if _address(w) not in before]
    if leaked:
        names = ", ".join(_describe(w) for w in leaked)
        for w in leaked:  # do not let them leak into the next test as well
            w.close()
            w.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        pytest.fail(f"top-level widgets left after the test: {names}", pytrace=False)


@pytest.fixture(autouse=True)
def _answering_messages() -> Iterator[None]:
    Messages.testing = True
    Messages.reset()
    app = QApplication.instance()
    if app is not None:
        app.setStyleSheet(load_stylesheet())  # type: ignore[union-attr]
    yield
    Messages.reset()


BOARD = "Northshire Safeguarding Children Partnership"


@pytest.fixture(autouse=True)
def _board_named() -> None:
    """Name the board, as an installation in use has; the first-export question has its own
    tests, which clear the name."""
    from scr_desktop.gui import settings

    settings.set_board_name(BOARD)


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
