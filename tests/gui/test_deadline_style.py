"""A deadline's state reads as a sign the interface font holds and a word said once."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QTableView

from scr_desktop.gui.deadline_style import SIGNS, state_text


def test_every_state_sign_is_in_the_interface_font(qapp: QApplication) -> None:
    for font in (QApplication.font(), QApplication.font(QTableView())):
        metrics = QFontMetrics(font)
        missing = [state for state, sign in SIGNS.items() if not metrics.inFontUcs4(ord(sign))]
        assert not missing, (font.family(), missing)


def test_the_state_word_is_not_repeated() -> None:
    assert state_text("overdue", "Overdue by 2 working days") == \
        "\u26a0 OVERDUE by 2 working days"
    assert state_text("due_soon", "Due in 3 working days") == \
        "\u25cf Due soon: Due in 3 working days"
    assert state_text("done", "Done on 10/08/2026") == "\u2713 Done on 10/08/2026"
    assert state_text("upcoming", "Due 01/02/2027") == "\u25cb Upcoming: Due 01/02/2027"
