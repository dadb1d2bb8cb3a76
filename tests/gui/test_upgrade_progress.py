"""Unlocking a vault from an older version says how far its one-off upgrade has got."""

from __future__ import annotations

from pathlib import Path

from guihelpers import create_vault, unlock
from schemahelpers import downgrade

from scr_desktop.storage import migrations
from scr_desktop.storage.migrations import CURRENT_VERSION


def test_the_upgrade_of_an_older_vault_shows_its_progress_then_the_list(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_path)
    create_vault(qtbot, window)
    for i in range(5):
        case = window.vault.cases.new_case()
        case.set("child_forenames", f"Older{i}")
        window.vault.cases.save(case)
    before = next(v for v, step in migrations.STEPS.items() if step is migrations._to_v8) - 1
    with window.vault.database.transaction() as conn:
        downgrade(conn, before)
    window.close()

    window = make_window(vault_path)
    shown: list[tuple[int, int, str]] = []
    screen = window.lock_screen
    screen.upgrading.connect(
        lambda done, parts: shown.append((done, parts, screen.unlock_page.message.text())))
    unlock(qtbot, window)
    parts = CURRENT_VERSION - before + 1  # the backup, then each schema step
    assert [(d, p) for d, p, _text in shown] == [(i, parts) for i in range(parts)]
    assert all(text.startswith("Upgrading the vault for this version of SCR Desktop")
               and text.endswith(f"part {d + 1} of {parts}\u2026") for d, _p, text in shown)
    assert window.vault.schema_version == CURRENT_VERSION
    assert window.list_page.model is not None and window.list_page.model.rowCount() == 5
    assert screen.unlock_page.message.text() == ""
