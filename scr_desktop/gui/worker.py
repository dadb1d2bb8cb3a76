"""The one way slow work (key derivation, export, backup, import) runs off the UI thread.

:class:`BackgroundOp` is modelled on Anki's ``QueryOp``: it runs a function
on Qt's global thread pool and delivers its result to ``success``, or the
exception it raised to ``failure``, back on the UI thread through queued
signals.  Nothing waits for it: there is no nested event loop, so the window
keeps handling events (and may lock) while the work runs.

* **Re-entrancy guard.** Each operation has a name; while one of that name
  runs for the same owner, :meth:`BackgroundOp.run` refuses another and
  returns False (a double click cannot start two exports).
* **Busy indication.** With ``busy``, a window-modal "Please wait" box with
  that text is shown while the work runs and closed when it ends.
* **Owner.** Nothing is delivered once the owner has been destroyed (a
  dialog closed, or the vault locked, while its work was still running),
  unless ``deliver_always`` is set: then the callbacks run anyway, to close
  what the work opened.
* **Quitting.** :func:`finish_all` lets work under way end (a backup stops
  at once when its vault is closed) before the application's objects go; a
  job that ends after them reports to nobody.

What may run on the UI thread: reading and writing single cases, meetings
and audit entries (one indexed query or one short transaction), and laying
out widgets.  Key derivation, encryption, PDF layout, backups, restores,
whole-vault scans and opening packages run through :class:`BackgroundOp`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from scr_desktop.gui import heap

if TYPE_CHECKING:  # built only when a busy box is first shown, not at start-up
    from PySide6.QtWidgets import QProgressDialog

T = TypeVar("T")


class _Bridge(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], bridge: _Bridge, give_back: bool = True) -> None:
        super().__init__()
        self.fn = fn
        self.bridge = bridge
        self.give_back = give_back

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            heap.give_back()  # a failure starts no job to give it back
            self._deliver(self.bridge.failed, exc)
        else:
            if self.give_back:
                heap.give_back()
            self._deliver(self.bridge.done, result)

    def _deliver(self, signal: Any, value: object) -> None:
        # Once the application has gone (its last window closed while this ran), its
        # objects have been deleted and there is nobody left to tell.
        if shiboken6.isValid(self.bridge):
            signal.emit(value)


# Bridges of operations under way (kept alive until they deliver) and the
# (owner id, name) pairs the re-entrancy guard refuses meanwhile.
_live: set[_Bridge] = set()
_running: set[tuple[int, str]] = set()


def _busy_box(owner: QObject, label: str) -> QProgressDialog | None:
    parent = owner if isinstance(owner, QWidget) else None
    if parent is None:
        return None
    from PySide6.QtCore import Qt  # not at import: the unlock window avoids it (lock_pages)
    from PySide6.QtWidgets import QProgressDialog

    box = QProgressDialog(label, "", 0, 0, parent)
    box.setObjectName("busy_progress")
    box.setWindowTitle("Please wait")
    box.setAccessibleName(label)
    box.setCancelButton(None)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setMinimumDuration(0)
    box.setAutoClose(False)
    box.setAutoReset(False)
    box.show()
    return box


class BackgroundOp(Generic[T]):
    """Run ``op`` off the UI thread; then ``success(result)`` or ``failure(exc)`` on it."""

    def __init__(self, owner: QObject, name: str, op: Callable[[], T], *,
                 success: Callable[[T], None],
                 failure: Callable[[BaseException], None],
                 busy: str | None = None, deliver_always: bool = False,
                 give_back: bool = True) -> None:
        """With ``give_back=False`` the heap memory the work freed is not given back to the
        system before its result is delivered but by the next job that ends (see
        :mod:`.heap`): an unlock, whose page check starts as it is delivered, does not
        keep the case list waiting while the C library walks every heap arena.  A
        failure gives it back before it is reported, as it starts no further job."""
        self.owner = owner
        self.name = name
        self._op = op
        self._success = success
        self._failure = failure
        self._busy = busy
        self._deliver_always = deliver_always
        self._give_back = give_back
        self.progress: QProgressDialog | None = None

    def run(self) -> bool:
        """Start the work; return False (and do nothing) if this op is already running."""
        key = (id(self.owner), self.name)
        if key in _running:
            return False
        _running.add(key)
        bridge = _Bridge()
        _live.add(bridge)
        if self._busy is not None:
            self.progress = _busy_box(self.owner, self._busy)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            _live.discard(bridge)
            _running.discard(key)
            bridge.deleteLater()
            progress, self.progress = self.progress, None
            if progress is not None and shiboken6.isValid(progress):
                progress.close()
                progress.deleteLater()
            if not self._deliver_always and not shiboken6.isValid(self.owner):
                return
            callback(value)

        bridge.done.connect(lambda r: finish(self._success, r))
        bridge.failed.connect(lambda e: finish(self._failure, e))
        QThreadPool.globalInstance().start(_Job(self._op, bridge, self._give_back))
        return True


def finish_all(msecs: int = 30_000) -> bool:
    """Wait (at most ``msecs``) for every job under way; return True if none is left.

    Called once the event loop has ended, before the application object goes:
    a job still running then (a backup stopping because the vault was closed)
    ends while the objects it reports to still exist.
    """
    return bool(QThreadPool.globalInstance().waitForDone(msecs))


def is_running(owner: QObject, name: str) -> bool:
    """Return True while an operation called ``name`` runs for ``owner``."""
    return (id(owner), name) in _running
