"""The look of the application: the normal or the high-contrast stylesheet.

The user chooses with *View > High contrast*; the choice is kept in the
user's settings file.  Until the user has chosen, the application follows
the operating system's high-contrast setting, read once at start-up:

* Qt's own reading first (``QStyleHints.accessibility().contrastPreference()``,
  Qt 6.10+: Windows' high-contrast mode, macOS "increase contrast", the XDG
  desktop portal's ``org.freedesktop.appearance contrast``);
* on Windows, ``SystemParametersInfoW(SPI_GETHIGHCONTRAST)`` directly;
* on Linux, GNOME's ``org.gnome.desktop.a11y.interface high-contrast`` key,
  read with ``gsettings`` if it is installed (a second at most);
* otherwise, or if none of these can be read, off.
"""

from __future__ import annotations

import shutil
import sys

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow

GSETTINGS_TIMEOUT_S = 1.0


def _windows_high_contrast() -> bool:
    import ctypes
    from ctypes import wintypes

    class HighContrast(ctypes.Structure):
        _fields_ = [("cbSize", wintypes.UINT), ("dwFlags", wintypes.DWORD),
                    ("lpszDefaultScheme", wintypes.LPWSTR)]

    spi_gethighcontrast, hcf_highcontraston = 0x0042, 0x00000001
    info = HighContrast()
    info.cbSize = ctypes.sizeof(HighContrast)
    windll = getattr(ctypes, "windll", None)
    if windll is None or not windll.user32.SystemParametersInfoW(
            spi_gethighcontrast, info.cbSize, ctypes.byref(info), 0):
        return False
    return bool(info.dwFlags & hcf_highcontraston)


def _gnome_high_contrast() -> bool:
    gsettings = shutil.which("gsettings")
    if gsettings is None:
        return False
    import subprocess  # only where gsettings is installed: it costs start-up time

    try:
        out = subprocess.run(
            [gsettings, "get", "org.gnome.desktop.a11y.interface", "high-contrast"],
            capture_output=True, text=True, timeout=GSETTINGS_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return out.returncode == 0 and out.stdout.strip() == "true"


def os_high_contrast() -> bool:
    """Return True if the operating system asks for high contrast (see the module docstring)."""
    from PySide6.QtCore import Qt  # not at import: the unlock window avoids it (lock_pages)

    app = QApplication.instance()
    if isinstance(app, QApplication):
        style_hints = app.styleHints()  # kept: the accessibility hints are its child
        if style_hints.accessibility().contrastPreference() \
                == Qt.ContrastPreference.HighContrast:
            return True
    try:
        if sys.platform == "win32":
            return _windows_high_contrast()
        if sys.platform.startswith("linux"):
            return _gnome_high_contrast()
    except Exception:
        return False
    return False


def load_stylesheet(high_contrast: bool = False) -> str:
    """Return the application stylesheet: the normal one, with the high-contrast one after it
    (its rules win) when ``high_contrast``."""
    from scr_desktop.resources import resource_path

    names = ["app.qss", "high-contrast.qss"] if high_contrast else ["app.qss"]
    return "\n".join(resource_path(f"styles/{n}").read_text(encoding="utf-8") for n in names)


def high_contrast_wanted() -> bool:
    """Return the user's choice, or the operating system's setting if they never chose."""
    from scr_desktop.gui import settings

    chosen = settings.high_contrast()
    return os_high_contrast() if chosen is None else chosen


def apply(high_contrast: bool) -> None:
    """Give the whole application the normal or the high-contrast look."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setStyleSheet(load_stylesheet(high_contrast))
        app.setProperty("high_contrast", high_contrast)


def is_high_contrast() -> bool:
    """Return True if the high-contrast look is on."""
    app = QApplication.instance()
    return bool(app is not None and app.property("high_contrast"))


def add_view_menu(window: QMainWindow) -> QAction:
    """Add the View menu with its *High contrast* switch to ``window``; return the switch."""
    menu = window.menuBar().addMenu("Vie&w")
    menu.setObjectName("view_menu")
    action = QAction("&High contrast", window)
    action.setObjectName("high_contrast_action")
    action.setCheckable(True)
    action.setChecked(is_high_contrast())
    action.setToolTip("Black on white with thick focus rings; remembered for next time")

    def switch(on: bool) -> None:
        from scr_desktop.gui import settings

        apply(on)
        settings.set_high_contrast(on)

    action.toggled.connect(switch)
    menu.addAction(action)
    return action
