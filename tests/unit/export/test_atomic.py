"""Atomic, durable writes of exports, and plain-words errors when the disk says no."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

import pytest

from scr_desktop.export import atomic
from scr_desktop.export.atomic import (
    DiskFull,
    FolderMissing,
    NoPermission,
    TargetIsFolder,
    WriteFailed,
    write_atomic,
)


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".scr-export-")]


def test_writes_the_bytes_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "Zoë case.pdf"
    write_atomic(target, b"%PDF-1.7 data")
    assert target.read_bytes() == b"%PDF-1.7 data"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not leftovers(tmp_path)


def test_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "case.pdf"
    target.write_bytes(b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert not leftovers(tmp_path)


def test_disk_full_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "case.pdf"
    target.write_bytes(b"old")

    def full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", full)
    with pytest.raises(DiskFull) as info:
        write_atomic(target, b"new" * 1000)
    assert str(info.value).startswith("There is not enough space")
    assert target.read_bytes() == b"old"
    assert not leftovers(tmp_path)


def test_failure_during_fsync_removes_the_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", broken)
    with pytest.raises(WriteFailed) as info:
        write_atomic(tmp_path / "case.pdf", b"data")
    assert type(info.value) is WriteFailed
    assert "Nothing was saved" in str(info.value)
    assert not (tmp_path / "case.pdf").exists()
    assert not leftovers(tmp_path)


def test_short_writes_are_completed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write

    def dribble(fd: int, data: bytes) -> int:
        return real_write(fd, bytes(data)[:7])

    monkeypatch.setattr(atomic.os, "write", dribble)
    payload = bytes(range(256)) * 10
    write_atomic(tmp_path / "case.pdf", payload)
    assert (tmp_path / "case.pdf").read_bytes() == payload


def test_permission_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with pytest.raises(NoPermission) as info:
        write_atomic(tmp_path / "case.pdf", b"data")
    assert "permission" in str(info.value)


def test_rename_refused_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(src: str, dst: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(NoPermission):
        write_atomic(tmp_path / "case.pdf", b"data")
    assert not leftovers(tmp_path)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FolderMissing) as info:
        write_atomic(tmp_path / "gone" / "case.pdf", b"data")
    assert "no longer exists" in str(info.value)


def test_target_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "case.pdf").mkdir()
    with pytest.raises(TargetIsFolder):
        write_atomic(tmp_path / "case.pdf", b"data")


def test_messages_never_name_the_file(tmp_path: Path) -> None:
    secret_name = "Zoë Łukasiewicz"
    with pytest.raises(WriteFailed) as info:
        write_atomic(tmp_path / "missing" / f"{secret_name}.pdf", b"data")
    assert secret_name not in str(info.value)
    assert secret_name not in repr(info.value.args)


def test_the_temp_file_is_in_the_target_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real = tempfile.mkstemp

    def spy(*args: object, **kwargs: object) -> tuple[int, str]:
        fd, name = real(*args, **kwargs)  # type: ignore[call-overload]
        seen.append(name)
        return fd, name

    monkeypatch.setattr(atomic.tempfile, "mkstemp", spy)
    write_atomic(tmp_path / "case.pdf", b"data")
    assert len(seen) == 1 and Path(seen[0]).parent == tmp_path
