"""Without a policy, a new vault passphrase needs zxcvbn's top score (4)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt


def test_a_score_3_passphrase_is_refused_by_default(qtbot, make_window,
                                                    vault_path: Path) -> None:
    window = make_window(vault_path)
    qtbot.mouseClick(window.lock_screen.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.lock_screen.create_page
    qtbot.keyClicks(page.passphrase, "granite lantern 7")  # zxcvbn score 3
    qtbot.keyClicks(page.confirm, "granite lantern 7")
    assert not page.create_button.isEnabled()
    assert "Not strong enough" in page.reason.text()
