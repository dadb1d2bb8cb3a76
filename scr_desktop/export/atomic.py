"""Writing an export to disk all at once or not at all.

:func:`write_atomic` writes the bytes to a hidden temporary file in the
target's own folder (owner-only permissions from the start), flushes and
fsyncs it, renames it over the target with :func:`os.replace` and fsyncs the
folder, so that after a crash or power cut the target is either the old file
or the complete new one, never a torn mix.  On any failure the temporary
file is removed and a :class:`WriteFailed` subclass is raised whose message
says in plain words what happened and what to do.  Messages never contain
the file name, which may itself identify a child.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path


class WriteFailed(OSError):
    """The export could not be saved; ``str(error)`` is a message fit to show the user."""

    default_message = (
        "The file could not be saved because of a problem with the disk or folder. "
        "Nothing was saved. Try again, or choose another folder."
    )

    def __init__(self, message: str | None = None, *, errno_: int | None = None) -> None:
        super().__init__(message or self.default_message)
        self.message = message or self.default_message
        self.os_errno = errno_

    def __str__(self) -> str:
        return self.message


class DiskFull(WriteFailed):
    """There was not enough space to save the export."""

    default_message = (
        "There is not enough space on the disk to save the file. Nothing was saved. "
        "Free some space or choose another drive, then try again."
    )


class NoPermission(WriteFailed):
    """The folder or file cannot be written by this user."""

    default_message = (
        "You do not have permission to save in that folder, or the file is read-only or "
        "open in another program. Nothing was saved. Close the file if it is open, or "
        "choose another folder."
    )


class FolderMissing(WriteFailed):
    """The chosen folder does not exist (for example, a removed USB drive)."""

    default_message = (
        "The folder you chose no longer exists (a removable drive may have been taken "
        "out). Nothing was saved. Choose another folder and try again."
    )


class TargetIsFolder(WriteFailed):
    """The chosen file name is already used by a folder."""

    default_message = (
        "A folder already has that name, so the file could not be saved. Nothing was "
        "saved. Choose a different file name."
    )


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_PERM = {errno.EACCES, errno.EPERM, errno.EROFS, getattr(errno, "ETXTBSY", errno.EACCES)}
_MISSING = {errno.ENOENT, errno.ENOTDIR}


def _translate(exc: OSError, target: Path) -> WriteFailed:
    if isinstance(exc, WriteFailed):
        return exc
    code = exc.errno
    if code in _FULL:
        return DiskFull(errno_=code)
    if isinstance(exc, IsADirectoryError) or code == errno.EISDIR or target.is_dir():
        return TargetIsFolder(errno_=code)
    if isinstance(exc, PermissionError) or code in _PERM:
        return NoPermission(errno_=code)
    if isinstance(exc, FileNotFoundError | NotADirectoryError) or code in _MISSING:
        return FolderMissing(errno_=code)
    return WriteFailed(errno_=code)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.EIO, "short write")
        view = view[written:]


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically and durably, or raise :class:`WriteFailed`.

    The temporary file lives beside ``target`` so the final rename never
    crosses file systems, and is created owner-read/write only.
    """
    target = Path(target)
    folder = target.parent
    if target.is_dir():
        raise TargetIsFolder()
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".scr-export-", suffix=".part", dir=folder)
        try:
            if os.name == "posix":
                os.fchmod(fd, 0o600)
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise _translate(exc, target) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    # The file is complete and in place; a folder that cannot be fsynced (some
    # network shares) does not undo that.
    with contextlib.suppress(OSError):
        _fsync_folder(folder)
