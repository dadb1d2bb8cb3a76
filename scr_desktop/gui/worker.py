"""Run slow work (key derivation, export, backup) off the UI thread.

``run_in_background(fn, on_done, on_error)`` runs ``fn`` on Qt's global
thread pool and delivers its result, or the exception it raised, back on the
UI thread through queued signals, in the manner of Anki's ``QueryOp``.  With
``owner``, nothing is delivered once the owner widget has been destroyed (a
window closed while its work was still running).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Bridge(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self.fn = fn
        self.bridge = bridge

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            self.bridge.failed.emit(exc)
        else:
            self.bridge.done.emit(result)


_live: set[_Bridge] = set()


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None],
                      owner: QObject | None = None) -> None:
    """Run ``fn`` in the pool; then ``on_done(result)`` or ``on_error(exc)`` on the UI thread."""
    bridge = _Bridge()
    _live.add(bridge)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _live.discard(bridge)
        bridge.deleteLater()
        if owner is not None and not shiboken6.isValid(owner):
            return
        callback(value)

    bridge.done.connect(lambda r: finish(on_done, r))
    bridge.failed.connect(lambda e: finish(on_error, e))
    QThreadPool.globalInstance().start(_Job(fn, bridge))
