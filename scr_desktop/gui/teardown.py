"""Locking and quitting: named steps that always run to the end, and closing every window.

A lock must never be left half-done: :func:`run_steps` runs each step of the
teardown in turn, and a step that raises is logged by its name only
(``lock_step_failed: close_audit``; never the error's text, which may quote
case data) while the next step still runs.

Dialogs are never trusted to still exist: Qt deletes a dialog closed with
``WA_DeleteOnClose`` (or by ``deleteLater``) behind Python's back, so
:func:`alive` asks shiboken whether the C++ object is still there before
anything touches it.  :func:`close_windows` closes every top-level window
that belongs to the main window (dialogs, nested dialogs, message boxes,
file and input dialogs, menus, the presenter view), innermost modal first,
so nothing is left on top of the lock screen and every ``exec()`` returns.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QToolTip, QWidget

from scr_desktop import support_log

Step = tuple[str, Callable[[], object]]
# More nested modal dialogs than this is a loop, not a person: stop and sweep the rest.
MAX_NESTED_MODALS = 32


def alive(obj: object) -> bool:
    """Return True if ``obj`` is a Qt object whose C++ side has not been deleted."""
    return obj is not None and shiboken6.isValid(obj)


def run_steps(steps: Sequence[Step], failure_event: str = "lock_step_failed") -> list[str]:
    """Run every step; log each that raises by name and carry on. Return the failed names."""
    failed: list[str] = []
    for name, step in steps:
        try:
            step()
        except Exception:  # one failing step must not stop the lock
            failed.append(name)
            with contextlib.suppress(Exception):  # the log is optional; the lock is not
                support_log.event(failure_event, name)
    return failed


def belongs_to(widget: QWidget, owner: QWidget) -> bool:
    """Return True if ``widget`` is ``owner``'s, or an ownerless window other than a main window."""
    if widget is owner:
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if parent is owner:
            return True
        parent = parent.parentWidget()
    top = widget.window()
    return top is widget and not isinstance(widget, QMainWindow)


def owned_windows(owner: QWidget) -> list[QWidget]:
    """Return every visible top-level window that belongs to ``owner``."""
    return [w for w in QApplication.topLevelWidgets()
            if alive(w) and w.isVisible() and w.isWindow() and belongs_to(w, owner)]


def close_window(window: QWidget) -> None:
    """Close ``window`` for good: a dialog is rejected (ending its ``exec()``), else closed."""
    if not alive(window):
        return
    if isinstance(window, QDialog):
        window.reject()
        if alive(window) and window.isVisible():
            # A dialog that refuses to be rejected (busy writing a file) still leaves the screen.
            QDialog.done(window, QDialog.DialogCode.Rejected)
    else:
        window.close()
    if alive(window) and window.isVisible():
        window.hide()


def close_windows(owner: QWidget) -> None:
    """Close every window ``owner`` opened: the innermost modal dialog first, then the rest."""
    QToolTip.hideText()
    for _ in range(MAX_NESTED_MODALS):
        modal = QApplication.activeModalWidget()
        if modal is None or not alive(modal) or not belongs_to(modal, owner):
            break
        close_window(modal)
        if alive(modal) and modal.isVisible():
            break
    for window in owned_windows(owner):
        close_window(window)
