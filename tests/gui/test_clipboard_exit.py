"""A process that copied a secret leaves the clipboard empty and exits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
from scr_desktop.gui.clipboard import ClipboardGuard
app = QApplication(sys.argv)
guard = ClipboardGuard()
guard.copy("Qzsecretpassword")
assert app.clipboard().text() == "Qzsecretpassword"
"""


def test_exit_after_copy_does_not_crash() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    # Before the exit hook, Qt freed the copy after Python had shut down: SIGSEGV (-11).
    assert done.returncode == 0, done.stderr[-2000:]
