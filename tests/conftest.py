"""Test-wide setup: offscreen Qt by default, GUI tests marked, no quiet skips, seeded crashes.

Tests under ``tests/gui`` and ``tests/e2e`` (and any test using ``qtbot``) get
the ``gui`` marker, so ``pytest -m "not gui"`` runs the Qt-free core alone;
it does not even read those two folders.

A bare ``pytest`` may skip a test whose outside part is missing (no Secret
Service, no session bus, no PDF readers), saying why. ``scripts/checks.sh``
sets ``SCR_REQUIRE_ALL=1``; then every such skip is reported as a failure, so
``scripts/test.sh`` and CI run every test or fail.

The crash tests kill processes at random moments drawn from ``crash_rng``.
Its seed is printed in the report header and in a failing test's output;
``SCR_CRASH_SEED=<seed>`` repeats a run's moments.
"""

from __future__ import annotations

import os
import random
import secrets
from collections.abc import Generator
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]  # the suite's own rules are tested on small made-up suites

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep any per-user files the code under test writes inside the test run.
os.environ.setdefault("SCR_DESKTOP_TEST", "1")

REQUIRE_ALL_ENV = "SCR_REQUIRE_ALL"
CRASH_SEED_ENV = "SCR_CRASH_SEED"
CRASH_SEED = int(os.environ.get(CRASH_SEED_ENV) or secrets.randbits(32))


def pytest_report_header() -> list[str]:
    """Say whether skips are allowed, and which seed the crash tests use."""
    skips = ("every skip fails the run" if os.environ.get(REQUIRE_ALL_ENV) == "1"
             else "skips allowed")
    return [f"{REQUIRE_ALL_ENV}: {skips}",
            f"crash-test seed: {CRASH_SEED} (repeat with {CRASH_SEED_ENV}={CRASH_SEED})"]


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """With ``-m "not gui"`` leave the GUI folders unread, so no Qt module is imported."""
    markexpr = " ".join(str(config.getoption("markexpr", "") or "").split())
    if (markexpr == "not gui" and collection_path.parent == Path(__file__).parent
            and collection_path.name in ("gui", "e2e")):
        return True
    return None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark GUI tests so they can be selected or skipped as a group."""
    for item in items:
        path = str(item.fspath)
        in_gui = any(f"{os.sep}{d}{os.sep}" in path for d in ("gui", "e2e"))
        if in_gui or "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


def _skip_reason(report: pytest.TestReport | pytest.CollectReport) -> str:
    longrepr = report.longrepr
    reason = str(longrepr[2]) if isinstance(longrepr, tuple) and len(longrepr) == 3 \
        else str(longrepr)
    return reason.removeprefix("Skipped: ")


def _refuse_skip(report: pytest.TestReport | pytest.CollectReport) -> None:
    if (os.environ.get(REQUIRE_ALL_ENV) == "1" and report.skipped
            and not hasattr(report, "wasxfail")):
        report.outcome = "failed"
        report.longrepr = (f"skipped, but {REQUIRE_ALL_ENV}=1 (scripts/test.sh) needs every "
                           f"test to run: {_skip_reason(report)}")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
        item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, pytest.TestReport,
                                                                    pytest.TestReport]:
    """Under ``SCR_REQUIRE_ALL=1`` a skipped test is a failed one."""
    report = yield
    _refuse_skip(report)
    return report


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(
        collector: pytest.Collector) -> Generator[None, pytest.CollectReport,
                                                  pytest.CollectReport]:
    """Under ``SCR_REQUIRE_ALL=1`` a module skipped whole is a collection error."""
    report = yield
    _refuse_skip(report)
    return report


@pytest.fixture
def crash_rng(request: pytest.FixtureRequest) -> random.Random:
    """A random source for kill moments: the run's seed, varied by test, printed."""
    print(f"crash-test seed: {CRASH_SEED} (repeat with {CRASH_SEED_ENV}={CRASH_SEED})")
    return random.Random(f"{CRASH_SEED}:{request.node.nodeid}")


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
