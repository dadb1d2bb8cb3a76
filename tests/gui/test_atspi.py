"""Every input of the create-vault, wizard and export screens, as a screen reader meets it.

The application runs in its own X server (Xvfb) and D-Bus session with Qt's
AT-SPI bridge on; the system's Python walks the accessibility tree with
pyatspi (the library Orca uses) and reports the role and name of every
showing input (:mod:`atspi_walk`, :mod:`atspi_app`).  Needs Debian's
``xvfb``, ``at-spi2-core`` and ``python3-pyatspi`` (``scripts/setup.sh test``
installs them); under ``scripts/test.sh`` a missing one fails the run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HELPERS = Path(__file__).resolve().parents[1] / "helpers"
# Scripts run as processes of their own (the walker under the system Python, polling the
# accessibility bus with a deadline), not Qt tests.
TOOLS = Path(__file__).resolve().parents[1] / "tools"
ROOT = HELPERS.parents[1]
SYSTEM_PYTHON = Path("/usr/bin/python3")
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")


def _missing() -> str | None:
    for tool in ("xvfb-run", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not LAUNCHER.exists():
        return "at-spi2-core is not installed"
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import pyatspi"],
                           capture_output=True, check=False, timeout=60) \
        if SYSTEM_PYTHON.exists() else None
    if probe is None or probe.returncode != 0:
        return "the system Python has no pyatspi (python3-pyatspi)"
    return None


@pytest.fixture(scope="module")
def screens() -> dict[str, list[list[str]]]:
    reason = _missing()
    if reason is not None:
        pytest.skip(reason)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    run = subprocess.run(
        [shutil.which("xvfb-run") or "xvfb-run", "-a", "dbus-run-session", "--",
         str(SYSTEM_PYTHON), str(TOOLS / "atspi_walk.py"), sys.executable,
         str(TOOLS / "atspi_app.py")],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=250, check=False)
    lines = run.stdout.strip().splitlines()
    assert run.returncode == 0 and lines, run.stderr[-3000:]
    report: dict[str, dict[str, list[list[str]]]] = json.loads(lines[-1])
    return report["screens"]


def test_every_screen_was_walked(screens: dict[str, list[list[str]]]) -> None:
    assert "create-vault" in screens and "export" in screens
    wizard = [name for name in screens if name.startswith("wizard-")]
    assert len(wizard) >= 10, list(screens)
    assert all(screens[name] for name in screens), "a screen showed no input at all"


def test_every_input_has_a_role_and_a_name(screens: dict[str, list[list[str]]]) -> None:
    unnamed = [f"{screen}: {role}" for screen, found in screens.items()
               for role, name in found if not role.strip() or not name.strip()]
    assert not unnamed, unnamed


def test_the_screens_are_announced_as_they_look(screens: dict[str, list[list[str]]]) -> None:
    assert ["password text", "New passphrase"] in screens["create-vault"]
    assert ["check box", "Show what I type"] in screens["create-vault"]
    assert ["text", "Child's forename(s)"] in screens["wizard-2"]
    assert ["combo box", "Ethnicity"] in screens["wizard-2"]
    assert ["text", "Ethnicity"] in screens["wizard-2"]  # its typing field, named too
    assert ["radio button", "Type my own password"] in screens["export"]
    assert ["push button", "Encrypt and save"] in screens["export"]
