"""The support log records events and error names, and nothing personal."""

from __future__ import annotations

from pathlib import Path

import pytest
from guihelpers import PASSPHRASE, UNLOCK_TIMEOUT, create_vault
from PySide6.QtCore import Qt

from scr_desktop import support_log

MARKER = "Qzlogmarker"


@pytest.fixture
def log_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = support_log.configure(tmp_path / "logs" / "support.log")
    yield path
    support_log.close()


def test_events_and_error_names_only(qtbot, make_window, vault_path: Path,
                                     log_file: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    case.set("child_forenames", MARKER)
    window.vault.cases.save(case)
    reference = case.reference
    window.lock()
    page = window.lock_screen.unlock_page
    qtbot.keyClicks(page.passphrase, "a wrong passphrase typed")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not unlock" in page.message.text(), timeout=UNLOCK_TIMEOUT)
    text = log_file.read_text(encoding="utf-8")
    assert "unlock\n" in text and "lock\n" in text
    assert "unlock_failed: wrong_passphrase" in text
    for secret in (MARKER, PASSPHRASE, "a wrong passphrase", reference, str(vault_path),
                   vault_path.name):
        assert secret not in text
    assert oct(log_file.stat().st_mode & 0o777) == "0o600"


def test_free_text_cannot_be_logged(log_file: Path) -> None:
    with pytest.raises(ValueError):
        support_log.event("opened case for Jane Smith")
    support_log.event("error", "Jane Smith's file")  # an odd code is replaced, not written
    text = log_file.read_text(encoding="utf-8")
    assert "Jane" not in text and "error: unnamed" in text
