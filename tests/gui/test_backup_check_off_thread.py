"""After a remembered start, "Back up to…" checks the typed passphrase off the UI thread.

The real Secret Service (``dbus-run-session``), a real vault and the real
window, started with the passphrase slot's key remembered on this device, so
no passphrase has been typed.  The first check of a typed passphrase then
derives a key (Argon2id); the real derivation is wrapped to note its thread
and to wait, so the test can look at the window while it runs: the window
handles events, shows it is busy and refuses a second check.  A wrong
passphrase is reported as before and writes no backup.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from guihelpers import PASSPHRASE, UNLOCK_TIMEOUT, wait_for_background_work
from lockhelpers import ModalDriver
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from scr_desktop.gui.messages import Messages
from scr_desktop.gui.passphrase_dialog import PassphraseDialog
from scr_desktop.storage import keyslots, keystore
from scr_desktop.storage.copying import check_copy
from scr_desktop.storage.vault import Vault

pytestmark = pytest.mark.keyring


class HeldDerivation:
    """The real Argon2id derivation, noting the thread it runs on and held until released."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.threads: list[threading.Thread] = []
        self.started = threading.Event()
        self.release = threading.Event()
        real = keyslots._argon2

        def derive(passphrase: str, salt: bytes) -> bytes:
            self.threads.append(threading.current_thread())
            if threading.current_thread() is threading.main_thread():
                return real(passphrase, salt)  # holding it here would hang the window
            self.started.set()
            assert self.release.wait(timeout=60)
            return real(passphrase, salt)

        monkeypatch.setattr(keyslots, "_argon2", derive)


@pytest.fixture
def remembered_window(qtbot, make_window, vault_path: Path  # type: ignore[no-untyped-def]
                      ) -> Iterator[object]:
    """A window unlocked at start with the key remembered on this device."""
    reason = keystore.unavailable_reason()
    if reason is not None:
        pytest.skip(f"no secure credential store in this session: {reason}")
    with Vault.create(vault_path, PASSPHRASE) as vault:
        case = vault.cases.new_case()
        case.set("child_forenames", "Qzremembered")
        vault.cases.save(case)
        key = vault.slot_key
    assert key is not None
    keystore.remember(vault_path, key)
    try:
        window = make_window(vault_path)
        qtbot.waitUntil(lambda: not window.is_locked(), timeout=UNLOCK_TIMEOUT)
        qtbot.waitUntil(lambda: window.vault_checked(), timeout=UNLOCK_TIMEOUT)
        wait_for_background_work(qtbot)  # the page check and the day's backup
        assert not window.vault.passphrase_known
        yield window
    finally:
        keystore.forget(vault_path)


def _ask_back_up(window, typed: str) -> None:  # type: ignore[no-untyped-def]
    """Choose "Back up to…" and type ``typed`` into the real passphrase dialog."""

    def accept(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog) and dialog.current is not None
        dialog.current.setText(typed)
        dialog.done(QDialog.DialogCode.Accepted)

    driver = ModalDriver()
    driver.when(lambda w: isinstance(w, PassphraseDialog), accept, "passphrase")
    window.vault_actions.ask_back_up()  # a real exec(): returns once the dialog closes
    assert driver.done == ["passphrase"] and not driver.hung


def _busy_boxes(window) -> list[QProgressDialog]:  # type: ignore[no-untyped-def]
    return [b for b in window.findChildren(QProgressDialog, "busy_progress") if b.isVisible()]


def _while_held(qtbot, window, held: HeldDerivation) -> None:  # type: ignore[no-untyped-def]
    """While the derivation is held: the window handles events, shows one busy box and
    starts no second check."""
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: held.started.is_set() and ticks == [1], timeout=UNLOCK_TIMEOUT)
    boxes = _busy_boxes(window)
    assert len(boxes) == 1
    assert boxes[0].windowModality() == Qt.WindowModality.WindowModal
    assert "Checking the passphrase" in boxes[0].labelText()
    # A second "Back up to…" meanwhile starts nothing.
    window.vault_actions.check_then_back_up(window.vault, PASSPHRASE)
    assert len(_busy_boxes(window)) == 1
    held.release.set()


def test_the_first_check_after_a_remembered_start_runs_off_the_ui_thread(
        qtbot, remembered_window, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = remembered_window
    held = HeldDerivation(monkeypatch)
    target = tmp_path / "chosen" / "my-backup.scrvault"
    target.parent.mkdir()
    Messages.reset()
    Messages.next_answer(str(target))
    with qtbot.waitSignal(window.vault_actions.finished, timeout=UNLOCK_TIMEOUT,
                          check_params_cb=lambda what: what == "backup"):
        _ask_back_up(window, PASSPHRASE)
        _while_held(qtbot, window, held)
    assert len(held.threads) == 1
    assert held.threads[0] is not threading.main_thread()
    assert _busy_boxes(window) == []
    assert window.vault.passphrase_known
    assert check_copy(target, PASSPHRASE) == 1  # a derivation of its own, on this thread
    derived = len(held.threads)
    # Known now: the next backup's check derives nothing and runs at once.
    again = tmp_path / "chosen" / "again.scrvault"
    Messages.next_answer(str(again))
    with qtbot.waitSignal(window.vault_actions.finished, timeout=UNLOCK_TIMEOUT,
                          check_params_cb=lambda what: what == "backup"):
        window.vault_actions.check_then_back_up(window.vault, PASSPHRASE)
        assert _busy_boxes(window) == []
    assert len(held.threads) == derived
    wait_for_background_work(qtbot)


def test_a_wrong_passphrase_is_checked_off_the_ui_thread_reported_and_backs_up_nothing(
        qtbot, remembered_window, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = remembered_window
    held = HeldDerivation(monkeypatch)
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    Messages.reset()
    Messages.next_answer(str(chosen / "never.scrvault"))  # never asked for
    with qtbot.waitSignal(window.vault_actions.finished, timeout=UNLOCK_TIMEOUT,
                          check_params_cb=lambda what: what == "wrong passphrase"):
        _ask_back_up(window, "not the passphrase at all")
        _while_held(qtbot, window, held)
    assert len(held.threads) == 1
    assert held.threads[0] is not threading.main_thread()
    shown = [m for m in Messages.shown if m.kind == "Warning"]
    assert [m.title for m in shown] == ["Wrong passphrase"]
    assert "no backup was made" in shown[0].text
    assert list(chosen.iterdir()) == []
    assert len(Messages.answers) == 1  # the file was never asked for
    assert not window.vault.passphrase_known
    wait_for_background_work(qtbot)
