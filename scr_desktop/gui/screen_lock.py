"""Hearing the operating system lock the screen or go to sleep, so the vault locks with it.

On Linux :class:`ScreenLockWatcher` listens over D-Bus for the screen saver
becoming active (``ActiveChanged(true)`` from ``org.freedesktop.ScreenSaver``,
used by KDE and others, and ``org.gnome.ScreenSaver``) on the session bus, and
for logind's ``Lock`` of this login session and ``PrepareForSleep(true)`` on
the system bus; each emits :attr:`ScreenLockWatcher.lock_requested`.  It also
locks when Qt reports the application suspended, but never on mere loss of
focus.  A bus or service that is absent is skipped without a word, so the app
runs the same where none of this exists (Windows and macOS are not heard
here: the idle lock and Ctrl+L still apply).  Any program on the user's own
session bus can send these signals; the worst it can do is lock the app.

The window starts the watcher a moment after the case list is shown, not
before unlocking (QtDBus is a megabyte the key derivation need not sit on).
A screen locked in between would send its signal to nobody, so
:meth:`ScreenLockWatcher.check_now` asks, without waiting for the answer,
whether the screen saver is active (``GetActive``) and whether logind says
this session is locked (its ``LockedHint``), and a yes locks as the signal
would have.  Where nothing answers (Windows, macOS, no bus) there is nothing
to ask, as there is nothing to hear.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import SLOT, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVariant
from PySide6.QtGui import QGuiApplication

LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
SCREEN_SAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")


def _slot(signature: str) -> Any:
    """Return the Qt slot reference for ``signature`` (a str; PySide's stubs say bytes)."""
    return SLOT(signature)


def logind_session_path(session_id: str | None) -> str:
    """Return logind's object path for ``session_id`` ("" meaning every session if unknown)."""
    if not session_id:
        return ""
    escaped = []
    for i, ch in enumerate(session_id):
        if ch.isascii() and (ch.isalpha() or (ch.isdigit() and i > 0)):
            escaped.append(ch)
        else:
            escaped.extend(f"_{b:02x}" for b in ch.encode("utf-8"))
    return f"{LOGIND_PATH}/session/{''.join(escaped)}"


class ScreenLockWatcher(QObject):
    """Emits :attr:`lock_requested` when the OS locks the screen or the session, or sleeps."""

    lock_requested = Signal()

    def __init__(self, parent: QObject | None = None, *,
                 session_bus: QDBusConnection | None = None,
                 system_bus: QDBusConnection | None = None) -> None:
        super().__init__(parent)
        self.reason = ""
        self.listening: list[str] = []
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        self._session, self._system = session, system
        if session.isConnected():
            for interface in SCREEN_SAVERS:
                if session.connect("", "", interface, "ActiveChanged", self,
                                   _slot("_screen_saver_changed(bool)")):
                    self.listening.append(interface)
        if system.isConnected():
            path = logind_session_path(os.environ.get("XDG_SESSION_ID"))
            if system.connect(LOGIND, path, f"{LOGIND}.Session", "Lock", self,
                              _slot("_session_locked()")):
                self.listening.append(f"{LOGIND}.Session.Lock")
            if system.connect(LOGIND, LOGIND_PATH, f"{LOGIND}.Manager", "PrepareForSleep", self,
                              _slot("_preparing_for_sleep(bool)")):
                self.listening.append(f"{LOGIND}.Manager.PrepareForSleep")
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state_changed)

    def check_now(self) -> None:
        """Ask whether the screen is locked already; lock when an answer says so.

        The questions are sent without waiting: each answer arrives through the
        event loop, and a service that is absent or does not know the question
        answers with an error, which is ignored.
        """
        if self._session.isConnected():
            for interface in SCREEN_SAVERS:
                path = "/" + interface.replace(".", "/")
                for where in (path, "/ScreenSaver"):
                    self._session.callWithCallback(
                        QDBusMessage.createMethodCall(interface, where, interface, "GetActive"),
                        self, _slot("_screen_saver_changed(bool)"), _slot("_no_answer()"))
        session_id = os.environ.get("XDG_SESSION_ID")
        if self._system.isConnected() and session_id:
            ask = QDBusMessage.createMethodCall(
                LOGIND, logind_session_path(session_id), "org.freedesktop.DBus.Properties",
                "Get")
            ask.setArguments([f"{LOGIND}.Session", "LockedHint"])
            self._system.callWithCallback(ask, self, _slot("_locked_hint(QDBusVariant)"),
                                          _slot("_no_answer()"))

    @Slot()
    def _no_answer(self) -> None:
        """A service that is absent, or does not know the question: nothing to do."""

    @Slot(QDBusVariant)
    def _locked_hint(self, value: QDBusVariant) -> None:
        if value.variant() is True:
            self._request("session locked")

    def _request(self, reason: str) -> None:
        self.reason = reason
        self.lock_requested.emit()

    @Slot(bool)
    def _screen_saver_changed(self, active: bool) -> None:
        if active:
            self._request("screen saver")

    @Slot()
    def _session_locked(self) -> None:
        self._request("session locked")

    @Slot(bool)
    def _preparing_for_sleep(self, sleeping: bool) -> None:
        if sleeping:
            self._request("sleep")

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self._request("application suspended")
