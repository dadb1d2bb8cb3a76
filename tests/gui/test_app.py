"""An unexpected error is shown in plain words, and its text never reaches stderr or the journal."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWidget

from scr_desktop.gui.app import install_exception_hook
from scr_desktop.gui.messages import Messages


def test_an_unexpected_error_is_told_plainly_and_its_text_kept_off_stderr(
        qtbot, capsys, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    parent = QWidget()
    qtbot.addWidget(parent)
    install_exception_hook(parent)
    try:
        raise ValueError("invalid literal for int(): 'Qzchild Qzfamily, 9 Qzroad Street'")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    captured = capsys.readouterr()
    assert "Qz" not in captured.err + captured.out
    assert "Traceback" not in captured.err
    shown = Messages.shown[-1]
    assert shown.kind == "Warning" and "Qz" not in shown.text
    assert "unexpected" in shown.text


def test_ctrl_c_still_stops_the_application(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, exc, tb: calls.append(kind))
    parent = QWidget()
    qtbot.addWidget(parent)
    install_exception_hook(parent)
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert calls == [KeyboardInterrupt]
