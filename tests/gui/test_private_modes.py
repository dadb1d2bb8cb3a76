"""The state folder is owner-only (0700) and the instance lock file owner-only (0600)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from scr_desktop import support_log
from scr_desktop.gui.session import VaultSession

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_the_state_folder_made_for_the_support_log_is_owner_only() -> None:
    state = Path(os.environ["XDG_STATE_HOME"])
    old = os.umask(0o022)
    try:
        path = support_log.configure()
    finally:
        os.umask(old)
        support_log.close()
    folder = path.parent
    while folder != state:
        assert _mode(folder) == 0o700, folder
        folder = folder.parent


def test_the_instance_lock_file_is_owner_only(tmp_path: Path) -> None:
    session = VaultSession(tmp_path / "vault.scrvault")
    old = os.umask(0o022)
    try:
        session.acquire()
    finally:
        os.umask(old)
    try:
        assert _mode(tmp_path / "vault.scrvault.lock") == 0o600
    finally:
        session.release()
