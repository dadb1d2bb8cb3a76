"""The day's automatic backup never makes the window wait, and closing during it is clean.

The copy is the real one; the tests hold it part-way (``snapshot._on_step``,
called at every step of the copy, waits on an event).  Before, the copy held
the vault's only connection for its whole length: the list, search and
autosave below waited for it (the window froze), and closing the window while
it ran printed an error from the worker thread.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from guihelpers import (
    PASSPHRASE,
    UNLOCK_TIMEOUT,
    create_vault_and_backup,
    fill_field,
    unlock,
    wait_for_background_work,
)
from heldcopy import HOLD_LIMIT, Held, hold_copy
from PySide6.QtCore import Qt
from sqlcipher3 import dbapi2

from scr_desktop.gui.messages import Messages
from scr_desktop.storage import snapshot
from scr_desktop.storage.backup import automatic_backups
from scr_desktop.storage.connection import apply_key, file_uri, sql_string
from scr_desktop.storage.copying import check_copy

CASES = 60


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[Held]:
    yield from hold_copy(monkeypatch)


def _vault_due_a_backup(qtbot, make_window, vault_path: Path) -> str:  # type: ignore[no-untyped-def]
    """Make a vault of named cases whose newest automatic backup is two days old."""
    window = make_window(vault_path)
    create_vault_and_backup(qtbot, window)
    with window.vault.database.transaction():
        for i in range(CASES):
            case = window.vault.cases.new_case()
            case.set("child_forenames", f"Name{i:03d}")
            case.set("child_address", "filler " * 300)
            window.vault.cases.save(case)
    case_id = str(window.vault.cases.list(limit=1)[0].id)
    window.close()
    two_days_ago = time.time() - 2 * 86400
    for old in automatic_backups(vault_path):
        os.utime(old, (two_days_ago, two_days_ago))
    return case_id


def _copy_holds(copy: Path, key: str, text: str) -> int:
    """Return how many cases of the copy, read with ``key``, hold ``text``."""
    conn = dbapi2.connect(file_uri(copy, "ro"), uri=True, isolation_level=None)
    try:
        apply_key(conn, "PRAGMA key = " + sql_string(key))
        return int(conn.execute("SELECT count(*) FROM cases WHERE instr(data, ?) > 0",
                                (text,)).fetchone()[0])
    finally:
        conn.close()


def test_while_the_days_backup_copies_the_list_search_and_autosave_answer(
        qtbot, make_window, vault_path: Path, held: Held) -> None:  # type: ignore[no-untyped-def]
    case_id = _vault_due_a_backup(qtbot, make_window, vault_path)
    window = make_window(vault_path)
    unlock(qtbot, window)
    qtbot.waitUntil(held.started.is_set, timeout=UNLOCK_TIMEOUT)
    # The backup is part-way through its copy; the window answers meanwhile.
    page = window.list_page
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert page.model.rowCount() > 0
    assert page.model.summary(0).child_name.startswith("Name000")
    page.search.setText("Name007")
    page.refresh()
    assert page.model.rowCount() == 1
    window.open_case(case_id)
    editor = window.editor
    fill_field(qtbot, editor.editor("child_last_names"), "Qzduringthebackup")
    qtbot.waitUntil(lambda: editor.save_state.text() == "\u2713 Saved", timeout=UNLOCK_TIMEOUT)
    # "Saved" is honest: the change is committed to the vault, not queued behind the copy.
    assert window.vault.cases.get(case_id).get("child_last_names") == "Qzduringthebackup"
    assert not held.gave_up
    with qtbot.waitSignal(window.vault_actions.finished, timeout=UNLOCK_TIMEOUT,
                          check_params_cb=lambda what: what == "automatic backup"):
        held.go.set()
    newest = automatic_backups(vault_path)[0]
    key = window.vault.copy_key(PASSPHRASE)
    # The backup opens with the vault key, is sound, and is the vault as it was when it
    # began: the change saved meanwhile is in the vault, for the next backup.
    assert check_copy(newest, key) == CASES
    assert _copy_holds(newest, key, "Qzduringthebackup") == 0
    assert window.vault.audit.entries()[-1].action == "backup"


def test_locking_while_the_days_backup_copies_stops_it_quietly_and_the_next_unlock_takes_it(
        qtbot, make_window, vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _vault_due_a_backup(qtbot, make_window, vault_path)
    earlier = automatic_backups(vault_path)
    window = make_window(vault_path)
    started = threading.Event()

    def until_closing() -> None:  # the first copy waits until the vault is being closed
        if started.is_set():
            return
        started.set()
        assert window.session is not None and window.session.vault is not None
        window.session.vault.database.closing.wait(HOLD_LIMIT)

    monkeypatch.setattr(snapshot, "_on_step", until_closing)
    unlock(qtbot, window)
    qtbot.waitUntil(started.is_set, timeout=UNLOCK_TIMEOUT)
    Messages.reset()
    window.lock()
    assert window.is_locked()
    wait_for_background_work(qtbot)
    # The stopped copy is gone without a word (it is not a failure the person must act
    # on), and nothing was left in the backups folder.
    assert Messages.shown == []
    assert automatic_backups(vault_path) == earlier
    left = [p.name for p in earlier[0].parent.iterdir()
            if not any(p.name.startswith(kept.name) for kept in earlier)]
    assert left == []  # no partial copy, no key file of the stopped one
    # Still due, so the next unlock takes it.
    with qtbot.waitSignal(window.vault_actions.finished, timeout=UNLOCK_TIMEOUT,
                          check_params_cb=lambda what: what == "automatic backup"):
        unlock(qtbot, window)
    assert len(automatic_backups(vault_path)) == len(earlier) + 1


SCRIPT = r"""
import json, sys, threading
from pathlib import Path
from PySide6.QtCore import QObject, QTimer, Signal
from scr_desktop.gui.messages import Messages
from scr_desktop.storage import snapshot
from scr_desktop.storage.paths import backups_dir
from scr_desktop.storage.vault import Vault
import scr_desktop.gui.main_window as main_window
from scr_desktop.gui import app

PASSPHRASE, path = sys.argv[1], Path(sys.argv[2])
ids = []
with Vault.create(path, PASSPHRASE) as vault:
    for i in range(60):
        case = vault.cases.new_case()
        case.set("child_forenames", f"Name{i:03d}")
        vault.cases.save(case)
        ids.append(str(case.id))


class Relay(QObject):
    copying = Signal()


relay, windows = [], []
Window = main_window.MainWindow


class Driven(Window):
    # The real window, unlocked by typing the passphrase once it is shown.
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        windows.append(self)
        relay.append(Relay())
        relay[0].copying.connect(self.save_and_close)
        QTimer.singleShot(0, self.type_passphrase)

    def type_passphrase(self):
        page = self.lock_screen.unlock_page
        page.passphrase.setText(PASSPHRASE)
        page.unlock_button.click()

    def save_and_close(self):
        case = self.vault.cases.get(ids[5])
        case.set("child_last_names", "Qzsavedduringthecopy")
        self.vault.cases.save(case)
        self.close()


def held():
    # First step of the copy: the window saves a change and is closed meanwhile.
    if relay and not getattr(held, "seen", False):
        held.seen = True
        closing = windows[0].vault.database.closing
        relay[0].copying.emit()
        closing.wait(60)


snapshot._on_step = held
main_window.MainWindow = Driven
code = app.main(["--vault", str(path)])
wal_left = Path(f"{path}-wal").exists()
with Vault.open(path, PASSPHRASE) as vault:
    report = {"code": code, "cases": vault.cases.count(),
              "saved": vault.cases.get(ids[5]).get("child_last_names"),
              "sound": vault.integrity_check() == [],
              "left": sorted(p.name for p in backups_dir().glob("*")),
              "wal": wal_left}
print(json.dumps(report))
"""


def test_closing_the_window_while_the_backup_copies_prints_nothing_and_loses_nothing(
        tmp_path: Path) -> None:
    """The real application (``app.main``), closed while its first backup copies."""
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"))
    vault = tmp_path / "vault.scrvault"
    done = subprocess.run([sys.executable, "-c", SCRIPT, PASSPHRASE, str(vault)], env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    # Nothing but the offscreen platform's own notes reaches stderr (before: "Error
    # calling Python override of QRunnable::run()", the worker's report on a deleted
    # object once the application had gone).
    noise = "This plugin does not support propagateSizeHints()"
    assert [line for line in done.stderr.splitlines() if line and line != noise] == []
    report = json.loads(done.stdout.strip().splitlines()[-1])
    # The vault was closed cleanly (its log checkpointed into the file, which is sound)
    # with the change saved during the copy; the stopped copy left nothing behind (no
    # backup, no partial file, no key file): the next unlock takes the day's backup.
    assert report == {"code": 0, "cases": 60, "saved": "Qzsavedduringthecopy",
                      "sound": True, "left": [], "wal": False}
