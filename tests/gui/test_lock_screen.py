"""Locking hides everything; every unlock failure has its own message and changes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

from guihelpers import PASSPHRASE, create_vault, unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from scr_desktop.gui.widget_text import widgets_text
from scr_desktop.storage.vault import Vault

MARKER = "Qzlockmarker"


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _open_case_with_marker(qtbot, window) -> str:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.list_page.new_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    edit = editor.editor("child_forenames").findChild(QLineEdit)
    editor.go(2)
    qtbot.keyClicks(edit, MARKER)
    return editor.case.reference


def test_ctrl_l_locks_and_leaves_no_case_data_in_any_widget(qtbot, make_window,
                                                            vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    _open_case_with_marker(qtbot, window)
    assert any(MARKER in t for t in widgets_text())
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    qtbot.waitUntil(lambda: not any(MARKER in t for t in widgets_text()), timeout=3000)
    assert window.stack.currentWidget() is window.lock_screen
    assert window.lock_screen.currentWidget() is window.lock_screen.unlock_page
    # The change typed just before locking was saved first.
    unlock(qtbot, window)
    assert window.list_page.model is not None
    assert MARKER in window.list_page.model.summary(0).child_name


def test_idle_time_locks(qtbot, make_window, vault_path: Path) -> None:
    # Made beforehand: a new vault's recovery key dialog would outlast so short an idle time.
    Vault.create(vault_path, PASSPHRASE).close()
    window = make_window(vault_path, idle_ms=300)
    unlock(qtbot, window)
    _open_case_with_marker(qtbot, window)
    qtbot.waitUntil(window.is_locked, timeout=5000)
    qtbot.waitUntil(lambda: not any(MARKER in t for t in widgets_text()), timeout=3000)


def test_wrong_passphrase_message_growing_delay_and_vault_unchanged(qtbot, make_window,
                                                                    vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    window.close()
    before = _sha(vault_path)
    window2 = make_window(vault_path)
    page = window2.lock_screen.unlock_page
    qtbot.keyClicks(page.passphrase, "not the passphrase at all")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not unlock" in page.message.text(), timeout=20000)
    assert window2.is_locked()
    assert page.passphrase.text() == ""
    # a first mistake is only a mistake: no talk of damage or backups yet
    assert "backup" not in page.message.text() and "damaged" not in page.message.text()
    seen: list[str] = []
    for _ in range(3):
        qtbot.waitUntil(page.unlock_button.isEnabled, timeout=20000)
        qtbot.keyClicks(page.passphrase, "still the wrong one")
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "does not unlock" in page.message.text() and
                        not page.passphrase.text(), timeout=20000)
        seen.append(page.message.text())
    # repeated failures say why the button waits, and what else may be wrong
    assert "backup" not in seen[0]
    assert "waits a little longer" in seen[-1] and "restore your latest backup" in seen[-1]
    # After repeated failures the button waits, and says so.
    assert window2.limiter.delay_remaining(vault_path) > 0
    assert not page.unlock_button.isEnabled() and page.unlock_button.text().startswith("Wait")
    assert _sha(vault_path) == before


def test_second_window_is_told_the_vault_is_in_use(qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    other = make_window(vault_path)
    page = other.lock_screen.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert "already open in another SCR Desktop window" in page.message.text()
    assert other.is_locked() and not window.is_locked()
    # The passphrase typed is kept, so the user can simply try again later.
    assert page.passphrase.text() == PASSPHRASE
    window.close()
    # Once the first window has gone, the second one opens it.
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not other.is_locked(), timeout=20000)


def test_damaged_vault_is_named_and_left_alone(qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    for _ in range(3):
        window.vault.cases.new_case()
    window.close()
    data = bytearray(vault_path.read_bytes())
    data[5000] ^= 0x01  # one flipped bit in a data page
    vault_path.write_bytes(bytes(data))
    before = _sha(vault_path)
    window2 = make_window(vault_path)
    page = window2.lock_screen.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "damaged" in page.message.text(), timeout=20000)
    assert window2.is_locked()
    assert _sha(vault_path) == before


def test_truncated_vault_is_named_and_left_alone(qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    for _ in range(5):
        window.vault.cases.new_case()
    window.close()
    data = vault_path.read_bytes()
    vault_path.write_bytes(data[: len(data) // 2 + 100])
    before = _sha(vault_path)
    window2 = make_window(vault_path)
    page = window2.lock_screen.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "damaged" in page.message.text(), timeout=20000)
    assert _sha(vault_path) == before


def test_policy_can_demand_a_stronger_vault_passphrase(qtbot, make_window,
                                                       vault_path: Path) -> None:
    from scr_desktop.policy import Policy

    lenient = make_window(vault_path, policy=Policy(min_vault_passphrase_score=3))
    qtbot.mouseClick(lenient.lock_screen.welcome.create_button, Qt.MouseButton.LeftButton)
    page = lenient.lock_screen.create_page
    qtbot.keyClicks(page.passphrase, "granite lantern 7")  # zxcvbn score 3
    qtbot.keyClicks(page.confirm, "granite lantern 7")
    assert page.create_button.isEnabled()

    strict = make_window(vault_path, policy=Policy(min_vault_passphrase_score=4))
    qtbot.mouseClick(strict.lock_screen.welcome.create_button, Qt.MouseButton.LeftButton)
    page = strict.lock_screen.create_page
    qtbot.keyClicks(page.passphrase, "granite lantern 7")
    qtbot.keyClicks(page.confirm, "granite lantern 7")
    assert not page.create_button.isEnabled()
    assert "Not strong enough" in page.reason.text()


def test_idle_time_is_settable_but_never_beyond_the_policy(qtbot, make_window,
                                                           vault_path: Path) -> None:
    from scr_desktop.gui import settings
    from scr_desktop.gui.messages import Messages
    from scr_desktop.policy import Policy

    window = make_window(vault_path, policy=Policy(idle_timeout_max_minutes=10))
    assert window.idle.timer.interval() == 10 * 60_000  # the policy's ceiling by default
    Messages.next_answer(3)
    window.ask_idle_minutes()
    assert window.idle.timer.interval() == 3 * 60_000
    assert settings.idle_minutes() == 3
    # A later, stricter policy wins over the user's longer setting.
    settings.set_idle_minutes(30)
    strict = make_window(vault_path, policy=Policy(idle_timeout_max_minutes=2))
    assert strict.idle.timer.interval() == 2 * 60_000


def test_the_policy_fixture_phrase_scores_three() -> None:
    from scr_desktop.domain.passwords import check_strength

    assert check_strength("granite lantern 7").score == 3
