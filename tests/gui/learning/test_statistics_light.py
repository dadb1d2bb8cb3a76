"""Opening the statistics page loads neither reportlab nor the imaging library: its charts
are painted with Qt, and only exporting the annex needs the PDF layout.

A fresh process unlocks a vault with referrals, decisions and themes in the
current financial year, opens the statistics page from the menu and paints
every chart; then neither library is in ``sys.modules``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CODE = """
import sys
from datetime import date
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from scr_desktop.domain.model import Decision
from scr_desktop.gui.app import make_application
from scr_desktop.gui.main_window import MainWindow
from scr_desktop.gui.messages import Messages
from scr_desktop.storage.attempts import AttemptLimiter
from scr_desktop.storage.vault import Vault

PASS = "a passphrase of several words for the check"
app = make_application([])
Messages.testing = True
path = Path(sys.argv[1]) / "vault.scrvault"
today = date.today().strftime("%d/%m/%Y")
with Vault.create(path, PASS) as vault:
    for n in range(7):
        case = vault.cases.new_case()
        case.set("child_forenames", f"Ann{n}")
        case.set("referral_date", today)
        case.set("aware_date", today)
        case.set_themes(["neglect"] if n % 2 else ["neglect", "domestic_abuse"])
        if n < 4:
            case.decision = Decision(decided="scr", decision_date=date.today().isoformat())
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
before = {"reportlab", "PIL"} & {name.split(".")[0] for name in sys.modules}
window.statistics_action.trigger()
page = window.statistics
QApplication.sendPostedEvents()
page.form.content.grab()  # paint every chart
assert window.workspace.currentWidget() is page
drawn = sorted(key for key, box in page.boxes.items()
               if box.table.rowCount() and box.chart.isVisibleTo(page)
               and box.chart.height() > 40)
print("drawn", " ".join(drawn))
print("before", " ".join(sorted(before)))
print("after", " ".join(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_opening_the_statistics_page_loads_neither_reportlab_nor_pil(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    out = subprocess.run([sys.executable, "-c", CODE, str(tmp_path)], capture_output=True,
                         text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = dict(line.split(" ", 1) if " " in line else (line, "")
                 for line in out.stdout.splitlines())
    # the page really counted and drew: referrals, decisions and themes at least
    assert {"referrals", "decisions", "themes"} <= set(lines["drawn"].split())
    assert lines["before"] == ""
    loaded = set(lines["after"].split())
    assert "sqlcipher3" in loaded and "PySide6" in loaded
    assert sorted(loaded & {"reportlab", "PIL"}) == []
