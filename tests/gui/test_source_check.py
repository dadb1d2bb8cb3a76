"""Modules imported after PySide6 are not read as source and kept in memory.

PySide6's import hook read every module's whole source (to see whether it
mentions PySide6) and :mod:`linecache` kept the text for the life of the
process; the application answers the hook's question without reading.
Checked in a fresh process, where nothing else has filled the line cache.
"""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
import linecache, sys
import scr_desktop.gui.main_window
import scr_desktop.storage.vault
read = [name for name in linecache.cache if name.endswith(".py")]
print(len(read))
print(any(name.endswith("main_window.py") or name.endswith("vault.py") for name in read))
"""


def test_the_application_s_modules_are_not_read_as_source_on_import() -> None:
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                         check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    count, window_read = out.stdout.split()
    assert window_read == "False"
    assert int(count) < 10  # only what was imported before PySide6 itself
