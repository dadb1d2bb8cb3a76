"""The OS screen lock reaches the app: signals sent on a real (private) session bus.

These need a D-Bus session bus, as ``scripts/test.sh`` provides by running
the suite under ``dbus-run-session``; without one a bare ``pytest`` skips
them with the reason, and ``scripts/test.sh`` fails them.  logind's ``Lock``
and ``PrepareForSleep`` arrive on the *system* bus, which a test cannot send
on as logind, so only their handlers and the session-path encoding are
tested here.
"""

from __future__ import annotations

import itertools

import pytest
import shiboken6
from PySide6.QtCore import SLOT, ClassInfo, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from scr_desktop.gui.screen_lock import SCREEN_SAVERS, ScreenLockWatcher, logind_session_path

_names = itertools.count()


@pytest.fixture
def session_bus(qapp) -> QDBusConnection:  # type: ignore[no-untyped-def]
    """Return the session bus, or skip when there is none."""
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        pytest.skip("no D-Bus session bus: run under dbus-run-session "
                    "(bash scripts/test.sh does this)")
    return bus


@pytest.fixture
def watcher(qtbot):  # type: ignore[no-untyped-def]
    w = ScreenLockWatcher()
    yield w
    shiboken6.delete(w)


@pytest.fixture
def sender(session_bus):  # type: ignore[no-untyped-def]
    """Return a second connection to the session bus, standing in for the desktop."""
    name = f"scr-test-sender-{next(_names)}"
    bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
    yield bus
    QDBusConnection.disconnectFromBus(name)


def send(bus: QDBusConnection, path: str, interface: str, active: bool) -> None:
    message = QDBusMessage.createSignal(path, interface, "ActiveChanged")
    message.setArguments([active])
    assert bus.send(message)


class Probe(QObject):
    """Receives a ping sent after other signals: once it arrives, they have all been handled."""

    pinged = Signal()

    @Slot()
    def ping(self) -> None:
        self.pinged.emit()


@pytest.fixture
def flush(qtbot, session_bus, sender):  # type: ignore[no-untyped-def]
    """Return a function that waits until every signal sent so far has been delivered."""
    probe = Probe()
    assert session_bus.connect("", "/probe", "org.scrdesktop.Probe", "Ping", probe,
                               SLOT("ping()"))

    arrived: list[bool] = []
    probe.pinged.connect(lambda: arrived.append(True))

    def wait() -> None:
        # The bus may take the match rule a moment after connect() returns, and a ping sent
        # before that is lost: ping again until one arrives.  Signals from one sender keep
        # their order, so any ping arriving means every signal sent before it has arrived.
        arrived.clear()

        def ping_arrived() -> bool:
            if not arrived:
                assert sender.send(QDBusMessage.createSignal("/probe", "org.scrdesktop.Probe",
                                                             "Ping"))
            return bool(arrived)

        qtbot.waitUntil(ping_arrived, timeout=5_000)

    yield wait
    session_bus.disconnect("", "/probe", "org.scrdesktop.Probe", "Ping", probe, SLOT("ping()"))
    shiboken6.delete(probe)


@pytest.mark.parametrize(("path", "interface"), [
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
])
def test_the_screen_saver_starting_requests_a_lock(
        qtbot, watcher, sender, flush, path: str, interface: str) -> None:  # type: ignore[no-untyped-def]
    assert set(watcher.listening) >= set(SCREEN_SAVERS)
    seen: list[str] = []
    watcher.lock_requested.connect(lambda: seen.append(watcher.reason))
    send(sender, path, interface, False)
    flush()
    assert seen == []
    with qtbot.waitSignal(watcher.lock_requested, timeout=5_000):
        send(sender, path, interface, True)
    assert seen == ["screen saver"]


def test_other_signals_on_the_bus_do_not_lock(qtbot, watcher, sender, flush) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    watcher.lock_requested.connect(lambda: seen.append(watcher.reason))
    send(sender, "/org/example/Player", "org.example.Player", True)
    flush()
    assert seen == []


def test_no_bus_means_no_listening_and_no_warning(qtbot) -> None:  # type: ignore[no-untyped-def]
    absent = QDBusConnection("scr-test-never-connected")
    w = ScreenLockWatcher(session_bus=absent, system_bus=absent)
    try:
        assert not absent.isConnected()
        assert w.listening == []
    finally:
        shiboken6.delete(w)


def test_logind_signals_request_a_lock_only_when_locking(qtbot, watcher) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    watcher.lock_requested.connect(lambda: seen.append(watcher.reason))
    watcher._preparing_for_sleep(False)
    watcher._preparing_for_sleep(True)
    watcher._session_locked()
    assert seen == ["sleep", "session locked"]


def test_suspension_locks_but_losing_focus_does_not(qtbot, watcher) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    watcher.lock_requested.connect(lambda: seen.append(watcher.reason))
    for state in (Qt.ApplicationState.ApplicationInactive, Qt.ApplicationState.ApplicationHidden,
                  Qt.ApplicationState.ApplicationActive, Qt.ApplicationState.ApplicationSuspended):
        watcher._application_state_changed(state)
    assert seen == ["application suspended"]


@pytest.mark.parametrize(("session_id", "path"), [
    ("2", "/org/freedesktop/login1/session/_32"),
    ("c7", "/org/freedesktop/login1/session/c7"),
    ("12", "/org/freedesktop/login1/session/_312"),
    ("a-b", "/org/freedesktop/login1/session/a_2db"),
    ("", ""), (None, ""),
])
def test_the_logind_session_path_is_escaped_as_logind_does(
        session_id: str | None, path: str) -> None:
    assert logind_session_path(session_id) == path


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class FakeScreenSaver(QObject):
    """The desktop's screen saver, answering whether it is active."""

    def __init__(self, active: bool) -> None:
        super().__init__()
        self.active = active
        self.asked = 0

    @Slot(result=bool)
    def GetActive(self) -> bool:
        self.asked += 1
        return self.active


@pytest.fixture
def screen_saver(sender):  # type: ignore[no-untyped-def]
    """Return a function registering a screen saver on the bus that is (or is not) active."""
    made: list[FakeScreenSaver] = []

    def register(active: bool) -> FakeScreenSaver:
        fake = FakeScreenSaver(active)
        made.append(fake)
        assert sender.registerObject("/ScreenSaver", fake,
                                     QDBusConnection.RegisterOption.ExportAllSlots)
        assert sender.registerService("org.freedesktop.ScreenSaver")
        return fake

    yield register
    sender.unregisterService("org.freedesktop.ScreenSaver")
    sender.unregisterObject("/ScreenSaver")
    for fake in made:
        shiboken6.delete(fake)


def test_a_screen_already_locked_when_the_watcher_starts_requests_a_lock(
        qtbot, watcher, screen_saver) -> None:  # type: ignore[no-untyped-def]
    """The screen was locked before anyone listened: asking at the start still locks."""
    screen_saver(True)
    with qtbot.waitSignal(watcher.lock_requested, timeout=5_000):
        watcher.check_now()
    assert watcher.reason == "screen saver"


class HeardWatcher(ScreenLockWatcher):
    """The watcher, noting each answer about the screen saver it receives."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[bool] = []

    @Slot(bool)
    def _screen_saver_changed(self, active: bool) -> None:
        self.answers.append(active)
        super()._screen_saver_changed(active)


def test_a_screen_not_locked_when_the_watcher_starts_does_not_lock(
        qtbot, screen_saver) -> None:  # type: ignore[no-untyped-def]
    screen_saver(False)
    watcher = HeardWatcher()
    try:
        seen: list[str] = []
        watcher.lock_requested.connect(lambda: seen.append(watcher.reason))
        watcher.check_now()
        qtbot.waitUntil(lambda: watcher.answers == [False], timeout=5_000)
        assert seen == []
    finally:
        shiboken6.delete(watcher)


def test_a_screen_locked_before_the_window_listened_locks_it_once_the_list_is_shown(
        qtbot, make_window, vault_path, screen_saver) -> None:  # type: ignore[no-untyped-def]
    """The watcher starts a moment after the case list is shown; a screen locked in
    between (here: before the unlock) is not missed."""
    from guihelpers import PASSPHRASE, UNLOCK_TIMEOUT, unlock

    from scr_desktop.storage.vault import Vault

    Vault.create(vault_path, PASSPHRASE).close()
    screen_saver(True)
    window = make_window(vault_path)
    assert window.screen_lock is None
    unlock(qtbot, window)
    qtbot.waitUntil(window.is_locked, timeout=UNLOCK_TIMEOUT)
    assert window.screen_lock is not None and window.screen_lock.reason == "screen saver"
