"""Copying case details to the clipboard so that they do not linger there or in its history.

:meth:`ClipboardGuard.copy` puts text on the clipboard marked as secret for
the clipboard managers that honour a mark (KDE's Klipper and others read
``x-kde-passwordManagerHint``; Windows clipboard history and monitors read
``ExcludeClipboardContentFromMonitorProcessing``, ``CanIncludeInClipboardHistory``
and ``CanUploadToCloudClipboard``), then clears it after 30 seconds, but only
if the clipboard still holds that text, so something the user copied since is
left alone.  Optionally it also watches this app's own widgets: text copied
from a field (Ctrl+C, a context menu) is published again with the same marks
and timed out, and text merely selected with the mouse (the X11 PRIMARY
selection, which middle-click pastes anywhere) is cleared on the same timer.
:meth:`ClipboardGuard.clear_now` is for locking and quitting: it also clears
the X11 selection the app owns.  The guard keeps
only a SHA-256 of the copied text, never the text itself.
"""

from __future__ import annotations

import atexit

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
_NO = b"\x00\x00\x00\x00"  # a little-endian DWORD 0, as Windows expects for the "Can..." formats

SECRET_MARKERS: tuple[tuple[str, bytes], ...] = (
    ("x-kde-passwordManagerHint", b"secret"),
    ("ExcludeClipboardContentFromMonitorProcessing", b"\x01\x00\x00\x00"),
    ("CanIncludeInClipboardHistory", _NO),
    ("CanUploadToCloudClipboard", _NO),
)


def clear_secret_copies_at_exit() -> None:
    """Take our secret copies off the clipboard while Python can still free them.

    A copy is a ``QMimeData`` made in Python and owned by the clipboard; left
    there, Qt would free it after the interpreter has shut down, and the text
    would outlive the application.  Registered with :mod:`atexit` on first copy.
    """
    if QGuiApplication.instance() is None:
        return
    board = QGuiApplication.clipboard()
    modes = [QClipboard.Mode.Clipboard]
    if board.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    for mode in modes:
        data = board.mimeData(mode)
        if data is not None and data.hasFormat(SECRET_MARKERS[0][0]):
            board.clear(mode)


_exit_hook_registered = False


def _digest(text: str) -> bytes:
    import hashlib  # on first copy: loading OpenSSL is not needed to show the lock screen

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    """Puts text on the clipboard marked as secret and takes it off again after a delay."""

    cleared = Signal()

    def __init__(self, parent: QObject | None = None, *, clear_after_ms: int = CLEAR_AFTER_MS,
                 watch_application_copies: bool = False) -> None:
        super().__init__(parent)
        self._digest: bytes | None = None
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_now)
        self._watching = watch_application_copies
        if watch_application_copies:
            self._clipboard().dataChanged.connect(self._clipboard_changed)
            self._clipboard().selectionChanged.connect(self._selection_changed)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    @property
    def clear_after_ms(self) -> int:
        """Return how long copied text stays on the clipboard, in milliseconds."""
        return self._timer.interval()

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard, marked as secret, and start the countdown to clear it."""
        global _exit_hook_registered
        if not _exit_hook_registered:
            atexit.register(clear_secret_copies_at_exit)
            _exit_hook_registered = True
        mime = QMimeData()
        mime.setText(text)
        for name, value in SECRET_MARKERS:
            mime.setData(name, value)
        self._busy = True
        try:
            self._clipboard().setMimeData(mime)
        finally:
            self._busy = False
        self._digest = _digest(text)
        self._timer.start()

    def is_pending(self) -> bool:
        """Return True while copied text is waiting to be cleared."""
        return self._timer.isActive()

    def holds_copied_text(self) -> bool:
        """Return True if the clipboard still holds the text this guard last copied."""
        return self._digest is not None and _digest(self._clipboard().text()) == self._digest

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds our text, and any selection this app owns."""
        self._timer.stop()
        clipboard = self._clipboard()
        cleared = False
        self._busy = True
        try:
            if self.holds_copied_text():
                clipboard.clear(QClipboard.Mode.Clipboard)
                cleared = True
            if clipboard.supportsSelection() and clipboard.ownsSelection():
                clipboard.clear(QClipboard.Mode.Selection)
        finally:
            self._busy = False
            self._digest = None
        if cleared:
            self.cleared.emit()

    def _selection_changed(self) -> None:
        """Clear a selection made in this app's widgets after the same delay as a copy."""
        clipboard = self._clipboard()
        if not self._busy and clipboard.supportsSelection() and clipboard.ownsSelection():
            self._timer.start()

    def _clipboard_changed(self) -> None:
        """Time out text copied from one of this app's own widgets."""
        if self._busy:
            return
        clipboard = self._clipboard()
        ours = clipboard.ownsClipboard() or QGuiApplication.focusWindow() is not None
        text = clipboard.text()
        if ours and text:
            data = clipboard.mimeData()
            if data is None or not data.hasFormat(SECRET_MARKERS[0][0]):
                self.copy(text)  # published again with the marks clipboard managers honour
                return
            self._digest = _digest(text)
            self._timer.start()
        elif self._digest is not None and not self.holds_copied_text():
            self._digest = None
            self._timer.stop()
