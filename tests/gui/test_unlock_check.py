"""The list shows before the page check; autosave waits for it, honestly; damage still wins.

The check itself is the real ``cipher_integrity_check``; the tests only hold
it back at its start (an event) so that a change can be typed while it runs.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from guihelpers import PASSPHRASE, create_vault, fill_field
from PySide6.QtCore import Qt

from scr_desktop.gui.case_editor import HELD_TEXT
from scr_desktop.gui.messages import Messages
from scr_desktop.storage.connection import PAGE_SIZE
from scr_desktop.storage.vault import Vault


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Hold every page check after unlocking until the test sets the event."""
    event = threading.Event()
    real = Vault._check_pages

    def held(self: Vault) -> None:
        event.wait(30)
        real(self)

    monkeypatch.setattr(Vault, "_check_pages", held)
    yield event
    event.set()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _vault_with_cases(qtbot, make_window, vault_path: Path) -> str:  # type: ignore[no-untyped-def]
    window = make_window(vault_path)
    create_vault(qtbot, window)
    for i in range(60):
        case = window.vault.cases.new_case()
        case.set("child_forenames", f"Name{i}")
        case.set("child_address", "filler " * 300)
        window.vault.cases.save(case)
    case_id = str(window.vault.cases.list(limit=1)[0].id)
    window.close()
    return case_id


def _unlock_and_type(qtbot, make_window, vault_path: Path, case_id: str,  # type: ignore[no-untyped-def]
                     text: str):
    window = make_window(vault_path)
    page = window.lock_screen.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=20000)
    assert window.list_page.model is not None and window.list_page.model.rowCount() > 0
    assert window.vault_checking()
    window.open_case(case_id)
    editor = window.editor
    fill_field(qtbot, editor.editor("child_last_names"), text)
    qtbot.waitUntil(lambda: editor.save_state.text() == HELD_TEXT, timeout=5000)
    return window, editor


def test_a_change_typed_during_the_check_is_held_then_saved(qtbot, make_window, vault_path,
                                                             gate) -> None:  # type: ignore[no-untyped-def]
    case_id = _vault_with_cases(qtbot, make_window, vault_path)
    window, editor = _unlock_and_type(qtbot, make_window, vault_path, case_id, "Heldback")
    assert editor.has_unsaved()
    assert window.vault.cases.get(case_id).get("child_last_names") == ""
    gate.set()
    qtbot.waitUntil(lambda: editor.save_state.text() == "\u2713 Saved", timeout=20000)
    assert window.vault_checked()
    assert window.vault.cases.get(case_id).get("child_last_names") == "Heldback"
    actions = [e.action for e in window.vault.audit.entries()]
    unlocked = len(actions) - 1 - actions[::-1].index("unlock")
    assert actions[unlocked + 1:] == ["view", "change"]  # the view waited for the check too


def test_damage_found_by_the_check_locks_and_writes_nothing(qtbot, make_window, vault_path,
                                                            gate) -> None:  # type: ignore[no-untyped-def]
    _vault_with_cases(qtbot, make_window, vault_path)
    # Newer, small cases fill the first page of the list, so showing it reads none of
    # the older cases' pages: the damage below is one only the page check can find.
    page_no = vault_path.stat().st_size // PAGE_SIZE // 2
    with Vault.open(vault_path, PASSPHRASE) as vault:
        for _ in range(60):
            vault.cases.save(vault.cases.new_case())
        case_id = str(vault.cases.list(limit=1)[0].id)
    with vault_path.open("r+b") as fh:
        fh.seek(page_no * PAGE_SIZE + 1000)
        byte = fh.read(1)
        fh.seek(page_no * PAGE_SIZE + 1000)
        fh.write(bytes([byte[0] ^ 0x01]))
    before = _sha(vault_path)
    window, _editor = _unlock_and_type(qtbot, make_window, vault_path, case_id, "Neverwritten")
    Messages.next_answer(False)  # decline the offer to restore a backup
    gate.set()
    page = window.lock_screen.unlock_page
    qtbot.waitUntil(lambda: "damaged" in page.message.text(), timeout=20000)
    assert window.is_locked()
    assert window.editor is None
    assert _sha(vault_path) == before
    assert not Path(str(vault_path) + "-wal").exists() or \
        Path(str(vault_path) + "-wal").stat().st_size == 0


def test_the_list_is_shown_before_the_heap_is_given_back_and_the_check_gives_it_back(
        qtbot, make_window, vault_path: Path, gate,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    from scr_desktop.gui import heap

    _vault_with_cases(qtbot, make_window, vault_path)
    events: list[str] = []
    real = heap.give_back

    def give_back() -> bool:
        events.append("give back")
        return real()

    monkeypatch.setattr(heap, "give_back", give_back)
    window = make_window(vault_path)
    window.lock_screen.unlocked.connect(lambda _s: events.append("list shown"))
    window.lock_screen.checked.connect(lambda _v: events.append("checked"))
    page = window.lock_screen.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "list shown" in events, timeout=20000)
    assert window.list_page.model is not None and window.list_page.model.rowCount() > 0
    gate.set()
    qtbot.waitUntil(lambda: "checked" in events, timeout=20000)
    # what the key derivation freed is given back by the page check, once the list is shown
    assert events[0] == "list shown", events
    assert "give back" in events[1:events.index("checked")], events
