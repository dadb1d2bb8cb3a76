"""What a backup killed part-way leaves in the backups folder is removed, never kept alive.

A child process unlocks a vault and starts the day's backup, whose copy is held
at its first step (``snapshot._on_step`` waits on an event nobody sets); it says
so on its stdout and is killed with SIGKILL.  That leaves the hidden unfinished
copy (under the vault key), its journal and the backup's key file with no backup.
The next automatic backup, and a passphrase change's retiring, remove them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from heldcopy import filled_vault

from scr_desktop.storage.backup import automatic_backup, backup_prefix
from scr_desktop.storage.copying import check_copy
from scr_desktop.storage.errors import WrongPassphrase
from scr_desktop.storage.passphrase_change import change_passphrase, retire_old_passphrase
from scr_desktop.storage.paths import SUFFIX, backups_dir
from scr_desktop.storage.vault import Vault

PASS = "granite lantern orchard velvet"
NEW = "copper meadow lantern quietly"
CASES = 60

CHILD = textwrap.dedent("""
    import sys, threading
    from pathlib import Path
    from scr_desktop.storage import snapshot
    from scr_desktop.storage.backup import automatic_backup
    from scr_desktop.storage.vault import Vault

    started, never = threading.Event(), threading.Event()

    def hold():
        started.set()
        never.wait()

    snapshot._on_step = hold
    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
    threading.Thread(target=automatic_backup, args=(vault, sys.argv[2]), daemon=True).start()
    started.wait()
    print("COPYING", flush=True)
    never.wait()
""")


def _vault(tmp_path: Path) -> Path:
    path = tmp_path / "v.scrvault"
    filled_vault(path, PASS, CASES)
    return path


def _kill_during_the_copy(path: Path) -> list[str]:
    """Run the day's backup in a child, kill it mid-copy; return what it left behind."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), PASS],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=os.environ.copy())
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "COPYING", child.stderr.read() if child.stderr else ""
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.communicate(timeout=120)
    left = sorted(p.name for p in backups_dir().iterdir())
    prefix = backup_prefix(path)
    # What the review found: a hidden copy, its journal, a key file with no backup.
    assert any(n.startswith(f".{prefix}-") and ".partial-" in n for n in left), left
    for side in (".keys", ".keys-copy"):
        assert any(n.endswith(SUFFIX + side) and n.removesuffix(side) not in left
                   for n in left), left
    return left


def _only_whole_backups() -> list[Path]:
    """Assert the folder holds whole backups with their two key files; return the backups."""
    names = {p.name for p in backups_dir().iterdir()}
    backups = sorted(p for p in backups_dir().iterdir() if p.suffix == SUFFIX)
    assert not [n for n in names if n.startswith(".")], names
    assert names == {n for b in backups for n in (b.name, b.name + ".keys",
                                                  b.name + ".keys-copy")}, names
    return backups


def test_the_next_backup_removes_what_a_killed_backup_left(tmp_path: Path) -> None:
    path = _vault(tmp_path)
    left = _kill_during_the_copy(path)
    with Vault.open(path, PASS) as vault:
        made = automatic_backup(vault, PASS)
    assert made.name not in left
    assert _only_whole_backups() == [made]
    assert check_copy(made, PASS) == CASES


def test_after_a_passphrase_change_no_file_a_killed_backup_left_opens_with_the_old_one(
        tmp_path: Path) -> None:
    path = _vault(tmp_path)
    with Vault.open(path, PASS) as vault:
        first = automatic_backup(vault, PASS)
    _kill_during_the_copy(path)
    with Vault.open(path, PASS) as vault:
        change_passphrase(vault, PASS, NEW)
        done, failed = retire_old_passphrase(vault, PASS, NEW)
    assert failed == [] and first in done
    backups = _only_whole_backups()
    assert first in backups and len(backups) == 2
    for backup in backups:
        assert check_copy(backup, NEW) == CASES
        with pytest.raises(WrongPassphrase):
            check_copy(backup, PASS)
