"""Tests for scr_desktop/storage/copying.py's flush: the descriptor it opens is one the
platform's ``os.fsync`` accepts (Windows' ``FlushFileBuffers`` needs write access)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scr_desktop.storage.copying import flush_flags, fsync_file


def test_on_windows_the_flushed_file_is_opened_with_write_access(
        monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as m:
        m.setattr(os, "name", "nt")  # only around the choice of flags
        flags = flush_flags()
    assert flags & os.O_RDWR
    assert not flags & (os.O_CREAT | os.O_TRUNC | os.O_APPEND)  # opens, never changes it


def test_on_posix_the_flushed_file_is_opened_for_reading_only_and_flushes(
        tmp_path: Path) -> None:
    assert os.name == "posix"
    assert flush_flags() == os.O_RDONLY
    copy = tmp_path / "copy.scrvault"
    copy.write_bytes(b"\0" * 4096)
    fsync_file(copy)
    assert copy.read_bytes() == b"\0" * 4096
