"""A new recovery key that could not be kept with its audit entry says, on screen, that
nothing changed, and the recovery key kept before still opens the vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from guihelpers import (
    UNLOCK_TIMEOUT,
    create_vault,
    shown_recovery_key_dialog,
    wait_for_background_work,
)
from PySide6.QtCore import Qt

from scr_desktop.gui.messages import Messages
from scr_desktop.storage.errors import DiskFull
from scr_desktop.storage.keyslots import KeySlots, RecoveryDraft, RecoveryKeyWrong
from scr_desktop.storage.vault import Vault


def test_a_recovery_key_not_kept_with_its_audit_entry_says_nothing_changed(
        qtbot, make_window, vault_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(vault_path)
    first = create_vault(qtbot, window)
    qtbot.waitUntil(lambda: window.vault_checked(), timeout=UNLOCK_TIMEOUT)
    wait_for_background_work(qtbot)  # the day's backup

    def kept() -> int:
        return [e.action for e in window.vault.audit.entries()].count("new recovery key")

    before = kept()
    drafts: list[RecoveryDraft] = []
    draft = Vault.draft_recovery_key

    def noted(vault: Vault) -> RecoveryDraft:
        drafts.append(draft(vault))
        return drafts[-1]

    monkeypatch.setattr(Vault, "draft_recovery_key", noted)
    real = KeySlots.save

    def save(self: KeySlots, where: Path) -> None:  # the key file saved, then the disk fills
        real(self, where)
        if Path(where) == vault_path:
            monkeypatch.setattr(KeySlots, "save", real)
            raise DiskFull()

    monkeypatch.setattr(KeySlots, "save", save)
    dialog = window.vault_actions.show_new_recovery_key()
    assert shown_recovery_key_dialog(window) is dialog
    Messages.reset()
    qtbot.mouseClick(dialog.form.kept_box, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.vault_actions.finished, timeout=UNLOCK_TIMEOUT,
                          check_params_cb=lambda what: what == "failed"):
        qtbot.mouseClick(dialog.form.done_button, Qt.MouseButton.LeftButton)
    errors = [m for m in Messages.shown if m.kind == "Warning"]
    assert [m.title for m in errors] == ["Keeping the recovery key did not work"]
    assert errors[0].text.startswith("The new recovery key was not kept, so nothing changed")
    slots = KeySlots.load(vault_path)
    slots.open_with_recovery_key(first)
    with pytest.raises(RecoveryKeyWrong):
        slots.open_with_recovery_key(drafts[-1].code)
    assert kept() == before
