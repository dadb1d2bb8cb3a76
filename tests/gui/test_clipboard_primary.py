"""Text selected in the app (the X11 PRIMARY selection) is cleared like a copy.

PRIMARY exists only on X11, so this runs a small real-Qt program under
``xvfb-run`` (the offscreen platform has no selection).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

SCRIPT = r'''
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication

from scr_desktop.gui.clipboard import ClipboardGuard

app = QApplication([])
board = QGuiApplication.clipboard()
if not board.supportsSelection():
    sys.exit(3)
guard = ClipboardGuard(clear_after_ms=50, watch_application_copies=True)
result = {"held": "", "cleared": False}

def changed():
    if result["held"] and board.text(QClipboard.Mode.Selection) == "":
        result["cleared"] = True
        app.quit()

def select():
    board.setText("Qzchild selected with the mouse", QClipboard.Mode.Selection)
    result["held"] = board.text(QClipboard.Mode.Selection)

board.selectionChanged.connect(changed)
QTimer.singleShot(0, select)
QTimer.singleShot(20_000, app.quit)  # gives up: the selection was never cleared
app.exec()
sys.exit(0 if result["held"] and result["cleared"] else 1)
'''


@pytest.mark.skipif(shutil.which("xvfb-run") is None or not sys.platform.startswith("linux"),
                    reason="needs X11 (xvfb-run)")
def test_an_owned_primary_selection_is_cleared_after_the_delay(tmp_path) -> None:  # type: ignore[no-untyped-def]
    script = tmp_path / "primary.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    done = subprocess.run(["xvfb-run", "-a", sys.executable, str(script)], env=env,
                          capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
