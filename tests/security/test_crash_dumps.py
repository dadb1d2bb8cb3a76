"""The running application cannot leave a core dump: non-dumpable, core limit 0.

The core limit is read from outside, in ``/proc/PID/limits``; whether the
process is dumpable is read back by the process itself with
``prctl(PR_GET_DUMPABLE)`` (``/proc/PID/status`` lists it only on some
kernels) and entered in its support log by name.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
START_TIMEOUT_S = 60


def _status(pid: int) -> dict[str, str]:
    lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    return dict(line.split(":\t", 1) for line in lines if ":\t" in line)


def _core_limit(pid: int) -> str:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            return " ".join(line.split()[4:6])
    raise AssertionError("no core limit listed")


def test_the_real_app_process_is_not_dumpable_and_writes_no_core(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        (tmp_path / var).mkdir()
        env[var] = str(tmp_path / var)
    log = tmp_path / "XDG_STATE_HOME" / "SCR Desktop" / "log" / "support.log"
    proc = subprocess.Popen([sys.executable, "-m", "scr_desktop", "--vault",
                             str(tmp_path / "v" / "vault.scrvault")], env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        # The support log's "start" entry is written once the window has been painted.
        while not (log.exists() and " start" in log.read_text()):
            assert proc.poll() is None, "the application exited"
            assert time.monotonic() < deadline, "the application did not start"
            time.sleep(0.05)
        assert _core_limit(proc.pid) == "0 0"
        status = _status(proc.pid)
        if "Dumpable" in status:  # not every kernel lists it
            assert status["Dumpable"].strip() == "0"
        # The process itself read prctl(PR_GET_DUMPABLE) back as 0 before logging this.
        text = log.read_text()
        assert "hardened: no_core_files" in text and "hardened: not_dumpable" in text
    finally:
        proc.terminate()
        proc.wait(timeout=30)
