"""One window per vault: a live holder is named; a lock left by a crash is recovered."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from scr_desktop.gui.session import InstanceLocked, VaultSession

HOLDER = """
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1] + ".lock")
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("locked", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def holder(tmp_path: Path):  # type: ignore[no-untyped-def]
    vault = tmp_path / "vault.scrvault"
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(vault)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        yield vault, proc
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def test_a_live_holder_is_named(holder) -> None:  # type: ignore[no-untyped-def]
    vault, proc = holder
    session = VaultSession(vault)
    with pytest.raises(InstanceLocked) as info:
        session.acquire()
    assert info.value.pid == proc.pid
    assert f"process {proc.pid}" in info.value.user_message


def test_a_lock_left_by_a_killed_process_is_recovered(holder) -> None:  # type: ignore[no-untyped-def]
    vault, proc = holder
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert Path(str(vault) + ".lock").exists()  # the crash left its lock file behind
    session = VaultSession(vault)
    session.acquire()
    session.release()
