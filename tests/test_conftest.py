"""The suite's own rules: the core runs without Qt, no quiet skips, no fixed waits, seeded crashes.

Each rule is tried on a small made-up suite run with a copy of this suite's
``tests/conftest.py``, in a separate pytest process.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

CONFTEST = Path(__file__).with_name("conftest.py").read_text(encoding="utf-8")

SKIPPING = """
import pytest

def test_needs_a_service():
    pytest.skip("no Secret Service on the session bus")

@pytest.mark.skipif(True, reason="pdftotext is not installed")
def test_needs_a_reader():
    pass

@pytest.mark.xfail(reason="a known gap", strict=True)
def test_known_gap():
    assert False

def test_runs():
    pass
"""


@pytest.fixture
def suite(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_made_up=SKIPPING)
    return pytester


def test_a_bare_run_may_skip_and_says_why(suite: pytest.Pytester,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SCR_REQUIRE_ALL", raising=False)
    result = suite.runpytest_subprocess("-rs")
    result.assert_outcomes(passed=1, skipped=2, xfailed=1)
    result.stdout.fnmatch_lines(["*no Secret Service on the session bus*"])
    assert result.ret == 0


def test_every_skip_fails_when_every_test_must_run(suite: pytest.Pytester,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCR_REQUIRE_ALL", "1")
    result = suite.runpytest_subprocess()
    # The skip inside the test fails it; the skip marker fails its setup. An expected
    # failure is not a skip and stays as it is.
    result.assert_outcomes(passed=1, failed=1, errors=1, xfailed=1)
    for reason in ("no Secret Service on the session bus", "pdftotext is not installed"):
        result.stdout.fnmatch_lines([f"*SCR_REQUIRE_ALL=1*every test to run: {reason}"])
    assert result.ret != 0


def test_a_module_skipped_whole_fails_too(pytester: pytest.Pytester,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCR_REQUIRE_ALL", "1")
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_whole="""
        import pytest
        pytest.importorskip("a_module_that_is_not_installed")

        def test_never_collected():
            pass
    """)
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*SCR_REQUIRE_ALL=1*a_module_that_is_not_installed*"])
    assert result.ret != 0


def test_the_crash_seed_is_printed_and_repeats_the_same_moments(
        pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_moments="""
        def test_moments(crash_rng):
            print("moments", [round(crash_rng.uniform(0, 1), 6) for _ in range(3)])
    """)
    monkeypatch.setenv("SCR_CRASH_SEED", "12345")
    first = pytester.runpytest_subprocess("-s")
    second = pytester.runpytest_subprocess("-s")
    first.stdout.fnmatch_lines(["crash-test seed: 12345 (repeat with SCR_CRASH_SEED=12345)"])
    moments = [line for line in first.outlines if "moments" in line]
    assert moments and moments == [line for line in second.outlines if "moments" in line]
    monkeypatch.setenv("SCR_CRASH_SEED", "54321")
    other = pytester.runpytest_subprocess("-s")
    assert moments != [line for line in other.outlines if "moments" in line]


def test_the_core_alone_imports_no_qt() -> None:
    """Collect every test ``-m "not gui"`` selects, without pytest-qt, and look for Qt."""
    tests = Path(__file__).resolve().parent
    probe = (
        "import sys, pytest\n"
        "code = pytest.main(['-q', '--co', '-m', 'not gui', '-p', 'no:pytest-qt',\n"
        "                    '-p', 'no:cacheprovider',\n"
        "                    '-W', 'ignore::pytest.PytestConfigWarning', sys.argv[1]])\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print('QT MODULES:', qt)\n"
        "sys.exit(int(code))\n")
    done = subprocess.run([sys.executable, "-c", probe, str(tests)], cwd=tests.parent,
                          capture_output=True, text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "QT MODULES: []" in done.stdout, done.stdout[-3000:]
    assert " selected" in done.stdout or "tests collected" in done.stdout


FIXED_WAIT = re.compile(r"qtbot\.wait\(|\.processEvents\(|\bqWait\(|time\.sleep\(")


def test_gui_tests_wait_on_signals_and_conditions_never_on_the_clock() -> None:
    tests = Path(__file__).resolve().parent
    found = [f"{path.relative_to(tests)}:{number}: {line.strip()}"
             for folder in ("gui", "e2e", "helpers")
             for path in sorted((tests / folder).rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if FIXED_WAIT.search(line)]
    assert found == [], "wait with qtbot.waitSignal or qtbot.waitUntil instead:\n" + "\n".join(
        found)
