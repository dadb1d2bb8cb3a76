"""Running the real window in a fresh process, to see what a person's session loads.

What a process has imported (``sys.modules``) can only be read honestly in a
process that started for the purpose: the test run itself has imported
everything.  :func:`run_fresh` runs ``code`` after :data:`PRELUDE` in a new
Python, with its own home folders and the null keyring, and returns what it
printed.  The prelude makes the application and offers:

* ``PASS`` and ``path``, the vault to create (in the folder given first);
* ``open_window()``, the real main window shown over ``path``;
* ``wait(condition)``, running the event loop until ``condition()`` holds;
* ``unlock(window, also=...)``, typing ``PASS`` and waiting for the case
  list, the background page check and anything ``also`` asks for.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PRELUDE = """
import sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from scr_desktop.gui.app import make_application
from scr_desktop.gui.main_window import MainWindow
from scr_desktop.gui.messages import Messages
from scr_desktop.storage.attempts import AttemptLimiter
from scr_desktop.storage.vault import Vault

PASS = "a passphrase of several words for the check"
app = make_application([])
Messages.testing = True
path = Path(sys.argv[1]) / "vault.scrvault"


def open_window():
    window = MainWindow(path, limiter=AttemptLimiter(path.parent / "attempts.json"),
                        idle_ms=3_600_000)
    window.show()
    return window


def wait(condition):
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: condition() and loop.quit())
    timer.start()
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()


def unlock(window, also=lambda: True):
    wait(lambda: window.warmed)
    window.lock_screen.unlock_page.passphrase.setText(PASS)
    window.lock_screen.unlock_page.unlock_button.click()
    wait(lambda: window.list_page.model is not None and window.list_page.model.rowCount() > 0
         and window.vault_checked() and also())
"""


def run_fresh(code: str, folder: Path, *args: str) -> str:
    """Run ``code`` after the prelude in a fresh process over ``folder``; return its output.

    Fails the test with the end of its error output if the process fails.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(folder),
           "XDG_DATA_HOME": str(folder), "XDG_STATE_HOME": str(folder),
           "XDG_CONFIG_HOME": str(folder),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    out = subprocess.run([sys.executable, "-c", PRELUDE + code, str(folder), *args],
                         capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout
