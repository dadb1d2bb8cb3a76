"""Unlocking over a damaged write-ahead log: the message, the backup offered, nothing truncated."""

from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from guihelpers import PASSPHRASE, UNLOCK_TIMEOUT, create_vault_and_backup, unlock
from PySide6.QtCore import Qt

from scr_desktop.gui.messages import Messages
from scr_desktop.storage.wal_check import FRAME_HEADER, HEADER, wal_path

SAVE_THEN_DIE = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from scr_desktop.storage.vault import Vault
    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
    for i in range(30):
        case = vault.cases.new_case()
        case.set("child_forenames", f"Saved{i}")
        vault.cases.save(case)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_damaged_log_is_reported_and_kept_until_the_backup_is_chosen(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_path)
    create_vault_and_backup(qtbot, window)  # takes the day's automatic backup
    window.close()
    child = subprocess.run([sys.executable, "-c", SAVE_THEN_DIE, str(vault_path), PASSPHRASE],
                           timeout=300, check=False)
    assert child.returncode == -signal.SIGKILL
    wal = wal_path(vault_path)
    data = bytearray(wal.read_bytes())
    data[HEADER + FRAME_HEADER + 100] ^= 0x01
    wal.write_bytes(bytes(data))
    before = _digest(wal), _digest(vault_path)

    Messages.next_answer(False)  # not now: nothing may change
    window2 = make_window(vault_path)
    page = window2.lock_screen.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "could not be read back" in page.message.text(),
                    timeout=UNLOCK_TIMEOUT)
    qtbot.waitUntil(lambda: any(s.title == "The vault is damaged" for s in Messages.shown),
                    timeout=UNLOCK_TIMEOUT)
    assert (_digest(wal), _digest(vault_path)) == before

    window2.close()

    Messages.next_answer(True)  # later: restore the newest backup
    window3 = make_window(vault_path)
    page = window3.lock_screen.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "was restored" in page.message.text(), timeout=UNLOCK_TIMEOUT)
    kept_logs = [p for p in vault_path.parent.iterdir()
                 if "replaced" in p.name and p.name.endswith("-wal")]
    assert [_digest(p) for p in kept_logs] == [before[0]]
    unlock(qtbot, window3)
    assert window3.vault.cases.count() == 0
