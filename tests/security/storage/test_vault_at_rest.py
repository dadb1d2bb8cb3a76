"""Nothing personal reaches the disk in plaintext: not the vault, its WAL, nor temp files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest

from scr_desktop.storage.vault import Vault

PASS = "ember quarry lattice 31"


def _files_holding(folder: Path, needles: list[bytes], newer_than: float) -> list[Path]:
    found = []
    for root, _dirs, files in os.walk(folder, onerror=lambda _e: None):
        for name in files:
            p = Path(root) / name
            try:
                if p.is_symlink() or p.stat().st_mtime < newer_than:
                    continue
                data = p.read_bytes()
            except OSError:
                continue
            if any(n in data for n in needles):
                found.append(p)
    return found


def _needles(marker: str) -> list[bytes]:
    return [marker.encode("utf-8"), marker.upper().encode("utf-8"),
            marker.encode("utf-16-le"), marker[:12].encode("utf-8")]


CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from scr_desktop.storage.vault import Vault
    path, passphrase, marker = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    with Vault.create(path, passphrase) as vault:
        for i in range(40):
            case = vault.cases.new_case()
            case.set("child_forenames", marker + "forename")
            case.set("child_last_names", marker.upper())
            case.set("child_address", f"{i} {marker} Street " + "x" * 3000)
            vault.cases.save(case)
        assert vault.cases.count(marker) == 40
        assert len(vault.cases.list(marker[:6])) == 40
        conn = vault.database.conn
        # Work that needs temporary storage: big sorts, an index build, VACUUM.
        conn.execute("SELECT data FROM cases ORDER BY substr(data, 50) DESC").fetchall()
        conn.execute("SELECT DISTINCT data FROM cases").fetchall()
        conn.execute("CREATE TEMP TABLE scratch AS SELECT data FROM cases")
        conn.execute("CREATE INDEX temp.scratch_i ON scratch(data)")
        conn.execute("VACUUM")
        wal = Path(str(path) + "-wal")
        print("WAL", wal.read_bytes().hex() if wal.exists() else "", flush=True)
""")


def test_markers_never_reach_the_disk_in_plaintext(tmp_path: Path) -> None:
    marker = "zq" + uuid.uuid4().hex
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    path = tmp_path / "v.scrvault"
    start = time.time() - 1
    env = dict(os.environ, TMPDIR=str(tmpdir), SQLITE_TMPDIR=str(tmpdir), TMP=str(tmpdir),
               TEMP=str(tmpdir))
    result = subprocess.run([sys.executable, "-c", CHILD, str(path), PASS, marker],
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    wal_hex = result.stdout.split("WAL", 1)[1].strip()
    assert wal_hex, "the WAL should have been seen while the vault was open"
    wal_bytes = bytes.fromhex(wal_hex)
    data = path.read_bytes()
    for needle in _needles(marker):
        assert needle not in data
        assert needle not in wal_bytes
    assert list(tmpdir.iterdir()) == []
    for folder in {Path("/tmp"), Path("/var/tmp"), Path(os.environ.get("TMPDIR", "/tmp"))}:
        if folder.is_dir():
            assert _files_holding(folder, _needles(marker), start) == []
    with Vault.open(path, PASS) as vault:
        assert vault.cases.count(marker) == 40


def test_the_file_is_not_readable_as_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "v.scrvault"
    with Vault.create(path, PASS) as vault:
        vault.cases.new_case()
    head = path.read_bytes()[:100]
    assert not head.startswith(b"SQLite format 3")
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT * FROM sqlite_master").fetchall()
    finally:
        conn.close()


def test_companion_files_are_owner_only_and_no_shm_is_written(tmp_path: Path) -> None:
    path = tmp_path / "v.scrvault"
    with Vault.create(path, PASS) as vault:
        for _ in range(3):
            vault.cases.new_case()
        for p in tmp_path.iterdir():
            assert p.stat().st_mode & 0o077 == 0, p.name
        assert not Path(str(path) + "-shm").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "v.scrvault", "v.scrvault.keys", "v.scrvault.keys-copy"]


def test_the_scan_itself_finds_a_plaintext_marker(tmp_path: Path) -> None:
    marker = "zq" + uuid.uuid4().hex
    planted = tmp_path / "leak.bin"
    planted.write_bytes(b"...." + marker.encode("utf-16-le") + b"....")
    assert _files_holding(tmp_path, _needles(marker), time.time() - 60) == [planted]
