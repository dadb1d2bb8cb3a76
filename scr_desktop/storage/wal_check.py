"""Checking the vault's write-ahead log before anything checkpoints it, so no commit is lost.

Committed changes live in ``<vault>-wal`` until a checkpoint copies them into
the vault file.  SQLite replays only the *valid prefix* of the log: the
frames up to the first whose salts or checksum do not match.  A single
damaged byte therefore makes SQLite drop every later transaction without a
word, and the next checkpoint would make the loss permanent.

:func:`check_wal` reads the log as bytes (the page images in it stay
encrypted; nothing is decrypted) and follows SQLite's own rules (the WAL
file format: a 32-byte header, then frames of a 24-byte header and one
page, each carrying the header's two salts and a running checksum):

* a log whose header is damaged, yet which holds frames, is damage;
* a frame of the current log (its salts match the header's) whose checksum
  fails is damage if any later frame of the current log is a commit frame:
  a committed transaction would be dropped.  A failing frame with no commit
  after it is the end of a transaction whose writing was cut short (SQLite
  writes a frame's header and page separately, and syncs the log at each
  commit), so nothing committed is lost;
* frames after the valid prefix that belong to an earlier log (both salts
  differ: SQLite changes both when it restarts the log) are old, already
  checkpointed work, as long as no frame of the current log follows them; a
  frame with one salt changed, or followed by current frames, is damage;
* frames of an uncommitted transaction at the end are not damage: they were
  never committed.

:func:`keep_aside` copies the log, as it is, to an owner-only file beside
the vault before the user is asked what to do; the log itself is left
untouched until they choose.
"""

from __future__ import annotations

import os
import shutil
import struct
from dataclasses import dataclass
from pathlib import Path

from .paths import stamp

WAL_MAGIC_LE = 0x377F0682
WAL_MAGIC_BE = 0x377F0683
HEADER = 32
FRAME_HEADER = 24


@dataclass(frozen=True)
class WalReport:
    """What :func:`check_wal` found: ``damaged`` and, if so, where (frame numbers from 1)."""

    damaged: bool
    frames: int = 0
    valid_frames: int = 0
    first_bad_frame: int | None = None
    reason: str = ""


def wal_path(vault_path: Path) -> Path:
    """Return the path of the vault's write-ahead log."""
    return Path(str(vault_path) + "-wal")


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    """SQLite's WAL checksum over ``data`` (a multiple of 8 bytes), continuing (s0, s1)."""
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1


def check_wal(path: Path) -> WalReport:
    """Check the write-ahead log at ``path`` (a missing or empty log is sound)."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        return WalReport(False)
    if len(data) < HEADER:
        # SQLite writes the header in one piece before any frame; a short file holds no frames.
        return WalReport(False)
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:HEADER])
    if magic not in (WAL_MAGIC_LE, WAL_MAGIC_BE):
        return _bad_header(data, "the log's header is not a write-ahead log header")
    big = magic == WAL_MAGIC_BE
    valid_size = 512 <= page_size <= 65536 and page_size & (page_size - 1) == 0
    if not valid_size:
        return _bad_header(data, "the log's header names an impossible page size")
    if _checksum(data[:24], big, 0, 0) != (c0, c1):
        return _bad_header(data, "the log's header fails its checksum")
    frame_size = FRAME_HEADER + page_size
    frames = (len(data) - HEADER) // frame_size
    s0, s1 = c0, c1
    valid = 0
    for n in range(frames):
        at = HEADER + n * frame_size
        head = data[at:at + FRAME_HEADER]
        _page, _commit, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", head)
        if (f_salt1, f_salt2) != (salt1, salt2):
            earlier = f_salt1 != salt1 and f_salt2 != salt2
            if earlier and _all_old_or_empty(data, at, frame_size, frames - n, salt1, salt2):
                break  # an earlier log's frames: already in the vault file
            return WalReport(True, frames, valid, n + 1,
                             f"frame {n + 1} carries damaged salts")
        s0, s1 = _checksum(head[:8] + data[at + FRAME_HEADER:at + frame_size], big, s0, s1)
        if (s0, s1) != (f0, f1):
            if _commit_after(data, n + 1, frames, frame_size, salt1, salt2):
                return WalReport(True, frames, valid, n + 1,
                                 f"frame {n + 1} fails its checksum, and committed changes "
                                 "come after it")
            break  # the tail of a transaction that was never committed
        valid = n + 1
    return WalReport(False, frames, valid)


def _bad_header(data: bytes, reason: str) -> WalReport:
    # A log with a damaged header is ignored whole by SQLite: damage only if it held frames.
    return WalReport(len(data) > HEADER, 0, 0, None, reason)


def _commit_after(data: bytes, start: int, frames: int, frame_size: int, salt1: int,
                  salt2: int) -> bool:
    for n in range(start, frames):
        at = HEADER + n * frame_size
        _page, commit, f_salt1, f_salt2 = struct.unpack(">4I", data[at:at + 16])
        if (f_salt1, f_salt2) == (salt1, salt2) and commit:
            return True
    return False


def _all_old_or_empty(data: bytes, at: int, frame_size: int, left: int, salt1: int,
                      salt2: int) -> bool:
    """True if no frame from ``at`` on carries the current salts (nothing current is lost)."""
    for n in range(left):
        start = at + n * frame_size
        f_salts = struct.unpack(">2I", data[start + 8:start + 16])
        if f_salts == (salt1, salt2):
            return False
    return True


def keep_aside(vault_path: Path) -> Path:
    """Copy the vault's log, still encrypted, to a new owner-only file beside it; return it."""
    source = wal_path(vault_path)
    target = source.with_name(f"{source.name}.damaged-{stamp()}")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
        shutil.copyfileobj(src, out, 1024 * 1024)
        out.flush()
        os.fsync(out.fileno())
    return target
