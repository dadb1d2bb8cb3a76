"""The key derivation at unlock runs with only what unlocking and the case list need loaded.

The passphrase slot's Argon2id takes 64 MiB for the moment it runs, on top
of everything the process holds by then, so it sets the application's peak
memory.  A fresh process shows the window, lets the warm-up that follows the
first paint run, and unlocks a vault: when the key is derived the case
list's modules are loaded (the list shows at once) but none of the other
pages' modules; those are imported once the list is shown.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from scr_desktop.gui.workspace import PAGES_WARM_UP, WARM_UP

CODE = """
import json
import sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from scr_desktop.gui.app import make_application
from scr_desktop.gui.main_window import MainWindow
from scr_desktop.gui.messages import Messages
from scr_desktop.storage import keyslots
from scr_desktop.storage.attempts import AttemptLimiter
from scr_desktop.storage.vault import Vault

PASS = "a passphrase of several words for the check"
app = make_application([])
Messages.testing = True
path = Path(sys.argv[1]) / "vault.scrvault"
with Vault.create(path, PASS) as vault:
    vault.cases.save(vault.cases.new_case())
window = MainWindow(path, limiter=AttemptLimiter(path.parent / "attempts.json"),
                    idle_ms=3_600_000)
window.show()
seen = {}
derive = keyslots._argon2


def counted(passphrase, salt):
    seen["at_derivation"] = sorted(sys.modules)
    return derive(passphrase, salt)


keyslots._argon2 = counted


def wait(condition):
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: condition() and loop.quit())
    timer.start()
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()


wait(lambda: window.screen_lock is not None)
window.lock_screen.unlock_page.passphrase.setText(PASS)
window.lock_screen.unlock_page.unlock_button.click()
pages = sys.argv[2].split(",")
wait(lambda: window.list_page.model is not None and window.list_page.model.rowCount() > 0
     and window.vault_checked() and all(name in sys.modules for name in pages))
seen["after_unlock"] = sorted(sys.modules)
print(json.dumps(seen))
"""


def test_the_key_is_derived_before_the_other_pages_modules_are_loaded(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    out = subprocess.run([sys.executable, "-c", CODE, str(tmp_path), ",".join(PAGES_WARM_UP)],
                         capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    at_derivation = set(seen["at_derivation"])
    assert set(WARM_UP) <= at_derivation  # the list is ready to show at once
    assert sorted(set(PAGES_WARM_UP) & at_derivation) == []
    assert set(PAGES_WARM_UP) <= set(seen["after_unlock"])
