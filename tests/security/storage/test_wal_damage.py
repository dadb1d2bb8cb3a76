"""A damaged write-ahead log is reported, kept and never truncated; restoring the backup works.

A real vault, 30 cases saved by another process that is then killed with
SIGKILL (so every change is still in the ``-wal``), one byte flipped in it.
"""

from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from scr_desktop.storage.backup import automatic_backup, restore_from
from scr_desktop.storage.errors import WalDamaged
from scr_desktop.storage.vault import Vault
from scr_desktop.storage.wal_check import FRAME_HEADER, HEADER, check_wal, wal_path

PASS = "osprey tundra clarinet 12"
CASES = 30

SAVE_THEN_DIE = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from scr_desktop.storage.vault import Vault
    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
    for i in range(int(sys.argv[3])):
        case = vault.cases.new_case()
        case.set("child_forenames", f"Saved{i}")
        vault.cases.save(case)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def crashed(tmp_path: Path) -> tuple[Path, Path]:
    """A vault with one case and a backup of it, then 30 cases saved and the writer killed."""
    path = tmp_path / "v.scrvault"
    with Vault.create(path, PASS) as vault:
        case = vault.cases.new_case()
        case.set("child_forenames", "BeforeBackup")
        vault.cases.save(case)
        backup = automatic_backup(vault, PASS)
    child = subprocess.run([sys.executable, "-c", SAVE_THEN_DIE, str(path), PASS, str(CASES)],
                           timeout=300, check=False)
    assert child.returncode == -signal.SIGKILL
    assert wal_path(path).stat().st_size > HEADER
    return path, backup


def test_an_undamaged_log_after_a_kill_loses_nothing(crashed: tuple[Path, Path]) -> None:
    path, _ = crashed
    assert not check_wal(wal_path(path)).damaged
    with Vault.open(path, PASS) as vault:
        assert vault.cases.count() == CASES + 1


def test_one_flipped_byte_is_reported_kept_and_the_backup_restores(
        crashed: tuple[Path, Path]) -> None:
    path, backup = crashed
    wal = wal_path(path)
    data = bytearray(wal.read_bytes())
    data[HEADER + FRAME_HEADER + 100] ^= 0x01  # inside the first frame's (encrypted) page
    wal.write_bytes(bytes(data))
    vault_before, wal_before = _digest(path), _digest(wal)

    for _ in range(2):  # asking again changes nothing either
        with pytest.raises(WalDamaged) as refused:
            Vault.open(path, PASS)
        assert "Recent changes to the vault could not be read back" in refused.value.user_message
        assert "Restore your latest backup" in refused.value.user_message
        assert _digest(path) == vault_before and _digest(wal) == wal_before
    kept = sorted(path.parent.glob(f"{wal.name}.damaged-*"))
    assert kept and all(_digest(k) == wal_before for k in kept)
    assert all(k.stat().st_mode & 0o077 == 0 for k in kept)

    replaced = restore_from(backup, PASS, path)
    assert replaced is not None
    assert _digest(Path(str(replaced) + "-wal")) == wal_before  # the damaged log goes with it
    with Vault.open(path, PASS) as vault:
        assert [s.child_name for s in vault.cases.list()] == ["BeforeBackup"]
