"""Test-wide setup: offscreen Qt by default, GUI tests marked automatically.

Tests under ``tests/gui`` and ``tests/e2e`` (and any test using ``qtbot``) get the ``gui``
marker, so ``pytest -m "not gui"`` runs the Qt-free core alone.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep any per-user files the code under test writes inside the test run.
os.environ.setdefault("SCR_DESKTOP_TEST", "1")



def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark GUI tests so they can be selected or skipped as a group."""
    for item in items:
        path = str(item.fspath)
        in_gui = any(f"{os.sep}{d}{os.sep}" in path for d in ("gui", "e2e"))
        if in_gui or "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Point per-user data, settings and state folders at a private temp folder."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        if var == "XDG_DATA_HOME" and os.environ.get("SCR_KEEP_XDG_DATA"):
            continue
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
