"""Backups, restores and passphrase changes from the Vault menu, with real vault files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from guihelpers import PASSPHRASE, UNLOCK_TIMEOUT, create_vault, create_vault_and_backup, unlock
from PySide6.QtCore import Qt

from scr_desktop.gui.messages import Messages
from scr_desktop.gui.passphrase_dialog import PassphraseDialog
from scr_desktop.storage.backup import automatic_backups
from scr_desktop.storage.copying import check_copy
from scr_desktop.storage.errors import WrongPassphrase
from scr_desktop.storage.keyslots import KeySlots
from scr_desktop.storage.vault import Vault

NEW = "copper meadow lantern quietly"


def _with_case(qtbot, window, name: str) -> str:  # type: ignore[no-untyped-def]
    case = window.vault.cases.new_case()
    case.set("child_forenames", name)
    window.vault.cases.save(case)
    return case.id


def test_unlock_takes_the_days_automatic_backup(qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path)
    with qtbot.waitSignal(window.vault_actions.finished, timeout=UNLOCK_TIMEOUT,
                          check_params_cb=lambda what: what == "automatic backup") as sig:
        code = create_vault(qtbot, window)  # the recovery key shown is kept meanwhile
    assert sig.args == ["automatic backup"]
    backups = automatic_backups(vault_path)
    assert len(backups) == 1
    with Vault.open(backups[0], PASSPHRASE, verify=True) as copy:
        assert copy.integrity_check() == []
    # Taken while the new vault's recovery key was on screen, it opens with that key too.
    KeySlots.load(backups[0]).open_with_recovery_key(code)


def test_back_up_to_a_file_then_restore_it_keeping_the_current_vault(
        qtbot, make_window, vault_path: Path, tmp_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    first = _with_case(qtbot, window, "Qzbeforebackup")
    target = tmp_path / "manual-backup.scrvault"
    with qtbot.waitSignal(window.vault_actions.finished, timeout=UNLOCK_TIMEOUT,
                          check_params_cb=lambda what: what == "backup"):
        window.vault_actions.back_up(PASSPHRASE, target)
    assert target.exists() and not target.read_bytes().startswith(b"SQLite format 3")
    _with_case(qtbot, window, "Qzafterbackup")

    Messages.reset()
    with qtbot.waitSignal(window.vault_actions.finished, timeout=UNLOCK_TIMEOUT,
                          check_params_cb=lambda what: what == "restore"):
        window.vault_actions.restore(target, PASSPHRASE)
        # While the file is being replaced, the unlock screen takes no passphrase.
        assert not window.lock_screen.isEnabled()
    assert window.lock_screen.isEnabled()
    assert window.is_locked()
    assert "kept as" in Messages.shown[-1].text
    kept = [p for p in vault_path.parent.iterdir() if "replaced" in p.name
            and p.suffix == ".scrvault"]
    assert len(kept) == 1
    with Vault.open(kept[0], PASSPHRASE) as old:  # nothing lost: the replaced vault is intact
        assert old.cases.count() == 2
    unlock(qtbot, window)
    assert window.list_page.model is not None
    assert [s.id for s in window.vault.cases.list()] == [first]


def test_change_passphrase_rewraps_then_retires_the_old_passphrase(
        qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    _with_case(qtbot, window, "Qzrekey")
    with qtbot.waitSignal(window.vault_actions.finished, timeout=UNLOCK_TIMEOUT,
                          check_params_cb=lambda what: what == "passphrase changed"):
        window.vault_actions.change_passphrase(PASSPHRASE, NEW)
    window.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, NEW) as v:
        assert v.cases.count() == 1
    from scr_desktop.storage.paths import backups_dir

    # Only the key file is rewritten, never a page of the vault: no backup is needed first.
    before = [p for p in backups_dir().iterdir() if "before-passphrase-change" in p.name]
    assert before == []
    # Every backup the app keeps opens with the new passphrase only, and a fresh one was taken.
    kept = [p for p in backups_dir().iterdir() if p.suffix == ".scrvault"]
    assert len(kept) >= 2
    for path in kept:
        check_copy(path, NEW)  # raises unless it opens with the new passphrase
        with pytest.raises(WrongPassphrase):
            check_copy(path, PASSPHRASE)
    assert check_copy(automatic_backups(vault_path)[0], NEW) == 1  # the fresh one has the case
    shown = Messages.shown[-1].text
    assert "re-encrypted" in shown and "Back up to" in shown


def test_passphrase_dialog_refuses_a_weak_or_mismatched_new_passphrase(qtbot) -> None:
    dialog = PassphraseDialog("Change", "x", new=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.new, "password123")
    assert not ok.isEnabled() and "Not strong enough" in dialog.reason.text()
    dialog.new.clear()
    qtbot.keyClicks(dialog.new, NEW)
    qtbot.keyClicks(dialog.again, NEW + "x")
    assert not ok.isEnabled() and "different" in dialog.reason.text()
    qtbot.keyClick(dialog.again, Qt.Key.Key_Backspace)
    assert ok.isEnabled()


def test_damaged_vault_offers_the_newest_backup_and_keeps_the_damaged_file(
        qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault_and_backup(qtbot, window)
    window.close()
    data = bytearray(vault_path.read_bytes())
    data[5000] ^= 0x01
    vault_path.write_bytes(bytes(data))
    damaged_hash = hashlib.sha256(bytes(data)).hexdigest()

    Messages.next_answer(True)  # yes, restore the newest backup
    window2 = make_window(vault_path)
    page = window2.lock_screen.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "was restored" in page.message.text(), timeout=UNLOCK_TIMEOUT)
    assert any("damaged" in s.text for s in Messages.shown)
    kept = [p for p in vault_path.parent.iterdir() if "replaced" in p.name
            and p.suffix == ".scrvault"]
    assert len(kept) == 1
    assert hashlib.sha256(kept[0].read_bytes()).hexdigest() == damaged_hash
    unlock(qtbot, window2)
