"""The GUI suite's own rules: a leaked window fails its test; a hung dialog ends the run.

Each is tried on a small made-up suite, in a separate pytest process, with
this suite's conftest, GUI fixtures and timeout settings.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
SETTINGS = tomllib.loads((TESTS.parent / "pyproject.toml").read_text(encoding="utf-8"))[
    "tool"]["pytest"]["ini_options"]

LEAKING = """
from PySide6.QtWidgets import QDialog, QWidget

KEPT = []


def test_leaves_a_window_open(qtbot):
    w = QWidget()
    w.setWindowTitle("Left open")
    w.show()
    KEPT.append(w)


def test_closes_what_it_opens(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    d = QDialog(w)
    d.setWindowTitle("A child dialog")
    d.show()


def test_a_window_only_python_held_goes_with_the_test(qtbot):
    w = QWidget()
    w.setWindowTitle("Dropped")
    w.show()
"""


def test_a_leaked_window_fails_its_test_by_name(pytester: pytest.Pytester,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(TESTS / "helpers"))
    pytester.makeconftest((TESTS / "conftest.py").read_text(encoding="utf-8")
                          + "\nfrom guifixtures import _no_leaked_widgets  # noqa: E402, F401\n")
    pytester.makepyfile(test_made_up=LEAKING)
    result = pytester.runpytest_subprocess("-o", "qt_api=pyside6", "-o", "markers=gui",
                                           "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, errors=1)
    result.stdout.fnmatch_lines([
        "*ERROR at teardown of test_leaves_a_window_open*",
        "*top-level widgets left after the test: QWidget ('Left open', shown)*",
    ])


def test_a_hung_dialog_ends_the_run_with_its_stack(pytester: pytest.Pytester) -> None:
    assert 0 < SETTINGS["timeout"] <= 600
    pytester.makepyfile(test_hangs="""
        from PySide6.QtWidgets import QDialog


        def test_waits_for_an_answer_nobody_gives(qtbot):
            QDialog().exec()
    """)
    result = pytester.runpytest_subprocess(
        "-o", "qt_api=pyside6", "-o", "timeout=3",
        "-o", f"timeout_method={SETTINGS['timeout_method']}", "-p", "no:cacheprovider",
        timeout=120)
    assert result.ret != 0
    told = result.stdout.str() + result.stderr.str()
    assert "Timeout" in told
    assert "test_waits_for_an_answer_nobody_gives" in told
