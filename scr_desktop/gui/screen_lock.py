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
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import SLOT, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection
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
