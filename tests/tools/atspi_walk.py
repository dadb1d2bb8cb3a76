"""Walk the application's accessibility tree through AT-SPI, as a screen reader (Orca) does.

Run with the SYSTEM Python (``/usr/bin/python3``, which has Debian's
``python3-pyatspi``) inside its own X server and D-Bus session::

    xvfb-run -a dbus-run-session -- /usr/bin/python3 atspi_walk.py APP_PYTHON APP_SCRIPT

It starts the accessibility bus (``at-spi-bus-launcher``, which starts
the registry), then the application (``atspi_app.py`` under the project's
interpreter, with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` on the xcb
platform).  At each ``ready NAME`` line from the application it reads every
showing input of the application's windows (role and name, as announced)
and answers with a line so the application moves on.  At the end it
prints one JSON object: ``{"screens": {NAME: [[role, name], ...]}}``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]

APP_NAME = "SCR Desktop"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
INPUT_ROLES = {
    pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_DATE_EDITOR,
}
WAIT_S = 60.0


def find_app() -> object | None:
    """Return the application's accessible, or None if it has not registered yet."""
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        child = desktop.getChildAtIndex(i)
        if child is not None and child.name == APP_NAME:
            return child
    return None


def inputs(node: object, found: list[list[str]], depth: int = 0) -> None:
    """Add [role, name] of every showing input under ``node``."""
    if depth > 60:
        return
    try:
        states = node.getState()  # type: ignore[attr-defined]
        if not states.contains(pyatspi.STATE_SHOWING):
            return
        role = node.getRole()  # type: ignore[attr-defined]
        if role in INPUT_ROLES:
            found.append([node.getRoleName(), node.name or ""])  # type: ignore[attr-defined]
            if role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST):
                return  # its cells and items are not inputs of their own
        for i in range(node.childCount):  # type: ignore[attr-defined]
            child = node.getChildAtIndex(i)  # type: ignore[attr-defined]
            if child is not None:
                inputs(child, found, depth + 1)
    except Exception:
        pass


def main() -> int:
    """Start the bus and the application, walk each screen, print the JSON report."""
    app_python, app_script = sys.argv[1], sys.argv[2]
    launcher = subprocess.Popen([LAUNCHER, "--launch-immediately"])
    env = {**os.environ, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb",
           "QT_ACCESSIBILITY": "1", "NO_AT_BRIDGE": "0"}
    app = subprocess.Popen([app_python, app_script], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, text=True, env=env)
    assert app.stdin is not None and app.stdout is not None
    screens: dict[str, list[list[str]]] = {}
    try:
        for line in app.stdout:
            line = line.strip()
            if line == "done":
                break
            if not line.startswith("ready "):
                continue
            name = line.removeprefix("ready ")
            found: list[list[str]] = []
            deadline = time.monotonic() + WAIT_S
            while True:
                accessible = find_app()
                if accessible is not None:
                    inputs(accessible, found)
                if found or time.monotonic() > deadline:
                    break
                time.sleep(0.2)  # the application registers on the bus in its own time
            screens[name] = found
            app.stdin.write("next\n")
            app.stdin.flush()
    finally:
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
        launcher.terminate()
    print(json.dumps({"screens": screens}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
