"""Unlocking loads none of the heavy libraries: they are imported when first needed.

The PDF layout (reportlab and the imaging library), PDF encryption
(pikepdf), spreadsheets (openpyxl, calamine), Word files and the bank
holiday package each cost start-up time and memory held for the life of
the process.  A fresh process shows the window, runs the warm-up that
follows the first paint, unlocks a vault and shows the case list: none of
them is loaded by then.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("reportlab", "PIL", "pikepdf", "openpyxl", "python_calamine", "docx", "holidays",
         "msoffcrypto")

CODE = """
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
with Vault.create(path, PASS) as vault:
    case = vault.cases.new_case()
    case.set("child_forenames", "Ann")
    case.set("aware_date", "01/10/2026")
    vault.cases.save(case)
window = MainWindow(path, limiter=AttemptLimiter(path.parent / "attempts.json"),
                    idle_ms=3_600_000)
window.show()


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
wait(lambda: window.list_page.model is not None and window.list_page.model.rowCount() > 0
     and window.vault_checked())
assert window.list_page.model.rowCount() == 1
print(" ".join(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_unlocking_to_the_case_list_loads_no_heavy_library(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    out = subprocess.run([sys.executable, "-c", CODE, str(tmp_path)], capture_output=True,
                         text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    loaded = set(out.stdout.split())
    assert "sqlcipher3" in loaded  # the vault really was opened
    assert sorted(loaded & set(HEAVY)) == []
