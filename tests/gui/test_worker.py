"""The one background pattern: callbacks on the UI thread, a re-entrancy guard, a busy box."""

from __future__ import annotations

import platform
import sys
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from scr_desktop.gui import heap, worker
from scr_desktop.gui.worker import BackgroundOp, is_running

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def owner(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    w = QWidget()
    qtbot.addWidget(w)
    return w


def test_success_arrives_on_the_ui_thread_and_the_same_work_cannot_start_twice(
    qtbot, owner: QWidget,
) -> None:
    release = threading.Event()
    got: list[tuple[object, bool]] = []

    def work() -> int:
        assert release.wait(30)
        return 42

    def success(value: int) -> None:
        got.append((value, threading.current_thread() is threading.main_thread()))

    first = BackgroundOp(owner, "count", work, success=success, failure=got.append,
                         busy="Counting\u2026")
    assert first.run()
    assert is_running(owner, "count")
    assert first.progress is not None and first.progress.labelText() == "Counting\u2026"
    assert not BackgroundOp(owner, "count", work, success=success, failure=got.append).run()
    release.set()
    qtbot.waitUntil(lambda: bool(got), timeout=30000)
    assert got == [(42, True)]
    assert not is_running(owner, "count") and first.progress is None
    assert BackgroundOp(owner, "count", lambda: 1, success=success, failure=got.append).run()
    qtbot.waitUntil(lambda: len(got) == 2, timeout=30000)


def test_a_failure_reaches_the_failure_callback(qtbot, owner: QWidget) -> None:
    failures: list[BaseException] = []

    def work() -> None:
        raise ValueError("refused")

    BackgroundOp(owner, "fail", work, success=lambda _v: None, failure=failures.append).run()
    qtbot.waitUntil(lambda: bool(failures), timeout=30000)
    assert isinstance(failures[0], ValueError)
    assert not is_running(owner, "fail")


def test_each_job_gives_its_free_heap_back_on_its_worker_thread_before_delivering(
    qtbot, owner: QWidget, monkeypatch: pytest.MonkeyPatch,
) -> None:
    events: list[tuple[str, bool]] = []
    real = heap.give_back

    def give_back() -> bool:
        events.append(("give back", threading.current_thread() is threading.main_thread()))
        return real()

    def refuse() -> None:
        raise ValueError("refused")

    monkeypatch.setattr(heap, "give_back", give_back)
    BackgroundOp(owner, "work", lambda: 1, success=lambda _v: events.append(("done", True)),
                 failure=lambda _e: None).run()
    qtbot.waitUntil(lambda: ("done", True) in events, timeout=30000)
    BackgroundOp(owner, "fail", refuse, success=lambda _v: None,
                 failure=lambda _e: events.append(("failed", True))).run()
    qtbot.waitUntil(lambda: ("failed", True) in events, timeout=30000)
    assert events == [("give back", False), ("done", True), ("give back", False),
                      ("failed", True)]


def test_a_job_may_leave_its_freed_heap_for_the_next_job_to_give_back(
    qtbot, owner: QWidget, monkeypatch: pytest.MonkeyPatch,
) -> None:
    events: list[str] = []
    monkeypatch.setattr(heap, "give_back", lambda: events.append("give back") or True)
    BackgroundOp(owner, "open", lambda: 1, success=lambda _v: events.append("opened"),
                 failure=lambda _e: None, give_back=False).run()
    qtbot.waitUntil(lambda: "opened" in events, timeout=30000)
    BackgroundOp(owner, "check", lambda: 1, success=lambda _v: events.append("checked"),
                 failure=lambda _e: None).run()
    qtbot.waitUntil(lambda: "checked" in events, timeout=30000)
    assert events == ["opened", "give back", "checked"]

    def refuse() -> None:
        raise ValueError("wrong passphrase")

    events.clear()
    BackgroundOp(owner, "open", refuse, success=lambda _v: None,
                 failure=lambda _e: events.append("refused"), give_back=False).run()
    qtbot.waitUntil(lambda: "refused" in events, timeout=30000)
    assert events == ["give back", "refused"]  # a failure starts no job to give it back


def test_freed_heap_is_given_back_where_the_c_library_can() -> None:
    glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert heap.give_back() is glibc


def test_nothing_is_delivered_to_an_owner_that_has_gone(qtbot) -> None:
    owner = QWidget()
    release, finished = threading.Event(), threading.Event()
    got: list[object] = []

    def work() -> int:
        assert release.wait(30)
        finished.set()
        return 1

    BackgroundOp(owner, "gone", work, success=got.append, failure=got.append).run()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=30000)
    release.set()
    qtbot.waitUntil(finished.is_set, timeout=30000)
    qtbot.waitUntil(lambda: not is_running(owner, "gone"), timeout=30000)
    assert got == []


def test_work_ending_after_the_application_has_gone_reports_to_nobody_and_prints_nothing(
        qtbot, capfd: pytest.CaptureFixture[str]) -> None:
    """A backup stopped by quitting can end once the application's objects are deleted."""
    bridge = worker._Bridge()
    shiboken6.delete(bridge)  # as the application's teardown does to what Python still holds
    for work in (lambda: 1, lambda: 1 / 0):
        worker._Job(work, bridge).run()  # before: RuntimeError, "Signal source has been deleted"
    assert "deleted" not in capfd.readouterr().err


def test_the_application_waits_for_work_under_way_before_it_goes(
        qtbot, owner: QWidget) -> None:
    release = threading.Event()
    BackgroundOp(owner, "late", lambda: release.wait(30), success=lambda _r: None,
                 failure=lambda _e: None).run()
    assert not worker.finish_all(0)
    release.set()
    assert worker.finish_all()
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    qtbot.waitUntil(lambda: not is_running(owner, "late"), timeout=30000)


def test_no_nested_event_loop_waits_anywhere_in_the_application() -> None:
    sources = [p for p in (REPO / "scr_desktop").rglob("*.py") if "forms" not in p.parts]
    waiting = [p.name for p in sources if "QEventLoop" in p.read_text(encoding="utf-8")]
    assert waiting == []
