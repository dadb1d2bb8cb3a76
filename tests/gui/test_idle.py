"""The idle watcher's input events are the ones Qt numbers that way."""

from __future__ import annotations

from PySide6.QtCore import QEvent

from scr_desktop.gui.idle import INPUT_EVENTS


def test_input_event_numbers_match_qt() -> None:
    expected = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                QEvent.Type.Wheel, QEvent.Type.TouchBegin}
    assert {e.value for e in expected} == INPUT_EVENTS
