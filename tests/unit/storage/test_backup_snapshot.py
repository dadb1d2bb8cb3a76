"""The day's backup copies a snapshot from a second connection: the vault stays in use.

The tests hold the real copy part-way (``snapshot._on_step``, called at every
step of the copy, waits on an event), then use the vault from the test's
thread: before, the copy held the vault's only connection for its whole length,
so these reads and writes waited for it.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from heldcopy import HOLD_LIMIT, Held, filled_vault, hold_copy
from sqlcipher3 import dbapi2
from sqltrace import traced_connections

from scr_desktop.storage import snapshot
from scr_desktop.storage.backup import automatic_backup, automatic_backups, backup_to
from scr_desktop.storage.connection import apply_key, file_uri, sql_string
from scr_desktop.storage.copying import check_copy
from scr_desktop.storage.errors import VaultClosed, WrongPassphrase
from scr_desktop.storage.passphrase_change import change_passphrase, retire_old_passphrase
from scr_desktop.storage.paths import backups_dir
from scr_desktop.storage.vault import Vault

PASS = "granite lantern orchard velvet"
CASES = 120


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[Held]:
    yield from hold_copy(monkeypatch)


def _vault(tmp_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "v.scrvault"
    return path, filled_vault(path, PASS, CASES)


def _in_background(work: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:  # handed to the test
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def _copy_rows(copy: Path, vault: Vault) -> dict[str, str]:
    """Return id -> child name of every case in the copy, read with the vault key."""
    conn = dbapi2.connect(file_uri(copy, "ro"), uri=True, isolation_level=None)
    try:
        apply_key(conn, "PRAGMA key = " + sql_string(vault.copy_key(PASS)))
        return {str(i): str(n) for i, n in conn.execute("SELECT id, child_name FROM cases")}
    finally:
        conn.close()


def test_while_the_backup_copies_the_vault_lists_searches_and_saves_and_the_copy_is_the_start(
        tmp_path: Path, held: Held) -> None:
    path, ids = _vault(tmp_path)
    vault = Vault.open(path, PASS)
    try:
        before = {str(s.id): s.child_name for s in vault.cases.list()}
        thread, outcome = _in_background(lambda: automatic_backup(vault, PASS))
        assert held.started.wait(HOLD_LIMIT)
        # The copy is part-way: the vault answers on this thread meanwhile.
        page = vault.cases.list(limit=50)
        assert len(page) == 50
        assert vault.cases.count("Name007") == 1
        changed = vault.cases.get(ids[7])
        changed.set("child_forenames", "Qzchanged")
        vault.cases.save(changed)
        added = vault.cases.new_case()
        added.set("child_forenames", "Qzadded")
        vault.cases.save(added)
        assert vault.cases.get(ids[7]).get("child_forenames") == "Qzchanged"
        assert not outcome, "the copy was held, so it cannot have finished"
        held.go.set()
        thread.join(HOLD_LIMIT)
        assert not held.gave_up
        (copy,) = outcome
        assert isinstance(copy, Path), copy
        # The copy opens with the vault key, every page sound, and holds the vault as it
        # was when the backup began: without the change and the case saved meanwhile.
        assert check_copy(copy, vault.copy_key(PASS)) == CASES
        assert _copy_rows(copy, vault) == before
        assert [p.name for p in automatic_backups(path)] == [copy.name]
        # Nothing saved meanwhile is lost: it is in the vault (and the next backup).
        assert vault.cases.get(ids[7]).get("child_forenames") == "Qzchanged"
        assert vault.cases.count() == CASES + 1
        assert vault.audit.entries()[-1].action == "backup"
        later = backup_to(vault, tmp_path / "later.scrvault", PASS)
        rows = _copy_rows(later, vault)
        assert "Qzchanged" in rows[ids[7]] and len(rows) == CASES + 1
    finally:
        vault.close()
    with Vault.open(path, PASS) as again:
        assert again.cases.get(ids[7]).get("child_forenames") == "Qzchanged"
        assert again.cases.count() == CASES + 1


def test_closing_the_vault_while_the_backup_copies_stops_it_and_loses_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, ids = _vault(tmp_path)
    vault = Vault.open(path, PASS)
    started = threading.Event()

    def until_closing() -> None:
        started.set()
        vault.database.closing.wait(HOLD_LIMIT)

    monkeypatch.setattr(snapshot, "_on_step", until_closing)
    thread, outcome = _in_background(lambda: automatic_backup(vault, PASS))
    assert started.wait(HOLD_LIMIT)
    changed = vault.cases.get(ids[3])
    changed.set("child_forenames", "Qzsavedduringthecopy")
    vault.cases.save(changed)
    vault.close()  # as locking or quitting does, with the copy part-way
    thread.join(HOLD_LIMIT)
    assert not thread.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], VaultClosed)
    # The unfinished copy is gone: no backup, no partial file, no key file.
    assert sorted(p.name for p in backups_dir().iterdir()) == []
    # The vault was closed cleanly (its log checkpointed into the file) and lost nothing.
    assert not Path(f"{path}-wal").exists()
    with Vault.open(path, PASS) as again:
        assert again.cases.get(ids[3]).get("child_forenames") == "Qzsavedduringthecopy"
        assert again.cases.count() == CASES
        assert again.integrity_check() == []


def test_a_backup_asked_for_during_another_is_the_vault_when_it_was_asked_for(
        tmp_path: Path, held: Held) -> None:
    path, ids = _vault(tmp_path)
    with Vault.open(path, PASS) as vault:
        before = {str(s.id): s.child_name for s in vault.cases.list()}
        thread, outcome = _in_background(lambda: automatic_backup(vault, PASS))
        assert held.started.wait(HOLD_LIMIT)
        changed = vault.cases.get(ids[1])
        changed.set("child_forenames", "Qzbetween")
        vault.cases.save(changed)
        # "Back up to..." while the day's backup is held part-way: it waits for that
        # copy (a checkpoint now would write the file under it), then copies the vault
        # as it is, with the change.
        second_thread, second = _in_background(
            lambda: backup_to(vault, tmp_path / "second.scrvault", PASS))
        held.go.set()
        thread.join(HOLD_LIMIT)
        second_thread.join(HOLD_LIMIT)
        (first,) = outcome
        (later,) = second
        assert isinstance(first, Path) and isinstance(later, Path), (first, later)
        key = vault.copy_key(PASS)
        assert check_copy(first, key) == CASES and check_copy(later, key) == CASES
        assert _copy_rows(first, vault) == before
        assert "Qzbetween" in _copy_rows(later, vault)[ids[1]]
        assert int(vault.database.execute("PRAGMA wal_autocheckpoint")[0][0]) > 0


def test_the_copy_reads_through_a_second_small_cached_connection_closed_afterwards(
        tmp_path: Path) -> None:
    path, _ids = _vault(tmp_path)
    with Vault.open(path, PASS) as vault:
        with traced_connections() as opened:
            automatic_backup(vault, PASS)
        readers = [sql for _conn, sql in opened
                   if any("sqlcipher_export" in s for s in sql)]
        assert len(readers) == 1
        (sql,) = readers
        assert f"PRAGMA cache_size = {-snapshot.CACHE_KIB}" in sql
        assert f"PRAGMA copy.cache_size = {-snapshot.CACHE_KIB}" in sql
        assert "PRAGMA temp_store = MEMORY" in sql
        assert not any("KEY ''" in s for s in sql)
        # Checkpoints are back on once the copy is done.
        assert int(vault.database.execute("PRAGMA wal_autocheckpoint")[0][0]) > 0
        # The vault's lock still keeps every other process out.
        probe = ("import sys; from pathlib import Path\n"
                 "from scr_desktop.storage.connection import held_elsewhere\n"
                 "sys.exit(0 if held_elsewhere(Path(sys.argv[1])) else 3)")
        done = subprocess.run([sys.executable, "-c", probe, str(path)], check=False,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]


NEW = "copper meadow lantern quietly"


def test_a_passphrase_change_during_the_days_backup_retires_the_old_one_from_it_too(
        tmp_path: Path, held: Held) -> None:
    """The change waits for the backup under way, then finds it among the kept ones."""
    path, _ids = _vault(tmp_path)
    with Vault.open(path, PASS) as vault:
        thread, outcome = _in_background(lambda: automatic_backup(vault, PASS))
        assert held.started.wait(HOLD_LIMIT)

        def change() -> object:
            change_passphrase(vault, PASS, NEW)
            return retire_old_passphrase(vault, PASS, NEW)

        changer, changed = _in_background(change)
        held.go.set()
        thread.join(HOLD_LIMIT)
        changer.join(HOLD_LIMIT)
        assert isinstance(outcome[0], Path) and isinstance(changed[0], tuple), (outcome, changed)
        # A day's backup asked for with the old passphrase after the change makes no
        # copy under it: the change's own fresh backup stands for it.
        assert automatic_backup(vault, PASS) == automatic_backups(path)[0]
    kept = [p for p in backups_dir().iterdir() if p.suffix == ".scrvault"]
    assert outcome[0] in kept and len(kept) == 2
    for copy in kept:
        assert check_copy(copy, NEW) == CASES
        with pytest.raises(WrongPassphrase):
            check_copy(copy, PASS)


def test_closing_under_the_connections_lock_during_a_copy_is_refused_not_a_hang(
        tmp_path: Path, held: Held) -> None:
    """The copy's last step takes the lock, so a close holding it would wait for ever.

    Every thread here is a daemon and the vault is closed only once nothing holds
    the lock: a close that hangs fails the test instead of hanging the run.
    """
    path, _ids = _vault(tmp_path)
    vault = Vault.open(path, PASS)
    outcome: list[object] = []

    def back_up() -> None:
        try:
            outcome.append(automatic_backup(vault, PASS))
        except BaseException as exc:  # handed to the test
            outcome.append(exc)

    closed: list[BaseException] = []

    def close_under_the_lock() -> None:
        with vault.database.lock:
            held.go.set()  # the copy goes on to its end, which needs the lock
            try:
                vault.close()
            except BaseException as exc:  # handed to the test
                closed.append(exc)

    copier = threading.Thread(target=back_up, daemon=True)
    copier.start()
    assert held.started.wait(HOLD_LIMIT)
    closer = threading.Thread(target=close_under_the_lock, daemon=True)
    closer.start()
    closer.join(HOLD_LIMIT)
    assert not closer.is_alive(), "the close under the lock waited for ever"
    try:
        assert len(closed) == 1 and isinstance(closed[0], RuntimeError)
        # Refused before anything was done: the vault and the copy carry on.
        assert vault.is_open and not vault.database.closing.is_set()
        copier.join(HOLD_LIMIT)
        assert len(outcome) == 1 and isinstance(outcome[0], Path), outcome
        assert vault.cases.count() == CASES
    finally:
        vault.close()
    assert check_copy(outcome[0], PASS) == CASES


def test_what_was_saved_during_the_copy_reaches_the_file_on_the_backups_own_thread(
        tmp_path: Path, held: Held) -> None:
    """The log held back by the copy is checkpointed when it ends, not at the next save."""
    path, ids = _vault(tmp_path)
    wal = Path(f"{path}-wal")
    with Vault.open(path, PASS) as vault:
        (every,) = vault.database.execute("PRAGMA wal_autocheckpoint")[0]
        thread, outcome = _in_background(lambda: automatic_backup(vault, PASS))
        assert held.started.wait(HOLD_LIMIT)
        for i in range(40):
            case = vault.cases.get(ids[i])
            case.set("child_forenames", f"Qzsavedduring{i:02d}")
            vault.cases.save(case)
        grown = wal.stat().st_size
        assert grown > 40 * 4096  # every save waited in the log
        held.go.set()
        thread.join(HOLD_LIMIT)
        assert isinstance(outcome[0], Path), outcome
        # Nothing on this thread has touched the vault since: the backup's thread moved
        # the log into the file and emptied it; all it holds now is the backup's own
        # audit entry, a few pages (a WAL frame is a page and a 24-byte header).
        assert wal.stat().st_size <= 32 + 8 * (4096 + 24) < grown
        assert vault.database.execute("PRAGMA wal_autocheckpoint")[0][0] == every
        assert vault.cases.get(ids[7]).get("child_forenames") == "Qzsavedduring07"
    assert check_copy(outcome[0], PASS) == CASES
