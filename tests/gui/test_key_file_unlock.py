"""A lost, cut-short or altered key file met on the lock screen: its own message, the unlock
page kept (never the page that creates a vault), and nothing in the vault's folder changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from guihelpers import PASSPHRASE
from PySide6.QtCore import Qt

from scr_desktop.storage.keyfile import key_paths
from scr_desktop.storage.vault import Vault


def _spoil(path: Path, mode: str) -> None:
    for kf in key_paths(path):
        data = kf.read_bytes()
        if mode == "missing":
            kf.unlink()
        elif mode == "truncated":
            kf.write_bytes(data[: len(data) // 2])
        else:
            middle = len(data) // 2
            kf.write_bytes(data[:middle] + bytes([data[middle] ^ 0x04]) + data[middle + 1:])


def _folder(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}


@pytest.mark.parametrize(("mode", "words"), [
    ("missing", "is missing"),
    ("truncated", "is cut short"),
    ("flipped", "is damaged"),
])
def test_a_key_file_problem_is_named_on_the_lock_screen_and_nothing_is_recreated(
        qtbot, make_window, vault_path: Path, mode: str, words: str) -> None:
    with Vault.create(vault_path, PASSPHRASE) as vault:
        vault.cases.new_case()
    _spoil(vault_path, mode)
    before = _folder(vault_path)
    window = make_window(vault_path)
    lock = window.lock_screen
    assert lock.currentWidget() is lock.unlock_page
    page = lock.unlock_page
    for _ in range(2):  # a second try says the same, and still creates nothing
        qtbot.keyClicks(page.passphrase, PASSPHRASE)
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: words in page.message.text(), timeout=20_000)
        qtbot.waitUntil(lambda: not page.passphrase.isReadOnly(), timeout=20_000)
        page.message.clear()
        assert window.is_locked()
        assert lock.currentWidget() is lock.unlock_page
        page.passphrase.clear()
    assert _folder(vault_path) == before
    assert window.restore_action.isEnabled()  # the message points to a backup: reachable
