"""``kill -9`` while the passphrase is changed or a backup is written: nothing is lost.

A child process unlocks a small vault (a few hundred KB) and either changes
its passphrase (rewriting the key file's passphrase slot) or writes a
backup, announcing each stage on its stdout.  The parent waits for a stage,
lets the child run on for a random moment and kills it.  Afterwards:

* the vault opens with exactly one of the old and the new passphrase, passes
  SQLCipher's page check and SQLite's integrity check, and holds every case
  committed before, unchanged;
* a file under a backup's own name (and so the automatic
  "before-passphrase-change" backup, once made) is whole: it passes
  :func:`check_copy`, opens with the passphrase it was made with and holds
  every case;
* a copy cut short exists only under a hidden temporary name, and a restore
  from it is refused and leaves the vault folder exactly as it was;
* no file anywhere holds plaintext.

The random delays are calibrated by one uninterrupted run, so the kills
land inside the rekey and the export on a fast or a slow machine alike; they
are drawn from the seeded ``crash_rng`` (``SCR_CRASH_SEED`` repeats a run).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from vaultfiles import copy_vault

from scr_desktop.storage.attempts import AttemptLimiter
from scr_desktop.storage.backup import backup_prefix, restore_from
from scr_desktop.storage.copying import check_copy
from scr_desktop.storage.errors import VaultError, WrongPassphrase
from scr_desktop.storage.paths import backups_dir
from scr_desktop.storage.vault import Vault

FIRST_PASS = "lantern quarry oboe 57"
REPEATS = 12
CASES = 40
MARKER = "Wilhelmina-Quarrendon"

REKEYER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from scr_desktop.storage import vault as vault_mod
    from scr_desktop.storage.keyslots import KeySlots
    from scr_desktop.storage.passphrase_change import change_passphrase

    real_save = KeySlots.save

    def announcing(self, path):
        if path == Path(sys.argv[1]):
            print("rekeying", flush=True)
        real_save(self, path)
        if path == Path(sys.argv[1]):
            print("rekeyed", flush=True)

    KeySlots.save = announcing
    vault = vault_mod.Vault.open(Path(sys.argv[1]), sys.argv[2])
    print("started", flush=True)
    change_passphrase(vault, sys.argv[2], sys.argv[3])
    print("changed", flush=True)
    vault.close()
    print("closed", flush=True)
""")

BACKER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from scr_desktop.storage import backup as backup_mod
    from scr_desktop.storage.vault import Vault

    real_export = backup_mod.copy_snapshot

    def announcing(db, target, passphrase):
        print("exporting", target, flush=True)
        real_export(db, target, passphrase)
        print("exported", flush=True)

    backup_mod.copy_snapshot = announcing
    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
    print("started", flush=True)
    if sys.argv[4] == "auto":
        saved = backup_mod.automatic_backup(vault, sys.argv[3])
    else:
        saved = backup_mod.backup_to(vault, Path(sys.argv[4]), sys.argv[3])
    print("done", saved, flush=True)
    vault.close()
    print("closed", flush=True)
""")


@dataclass
class Run:
    """What one child printed, and when (seconds after it printed "started")."""

    lines: list[str]
    at: dict[str, float]

    def reached(self, stage: str) -> bool:
        return any(line.split(" ", 1)[0] == stage for line in self.lines)

    def value(self, stage: str) -> str:
        return next(line.split(" ", 1)[1] for line in self.lines
                    if line.split(" ", 1)[0] == stage)


def _child(script: str, *args: str, wait_for: str | None = None,
           delay: float = 0.0) -> Run:
    """Run ``script``; once it prints ``wait_for``, wait ``delay`` seconds and kill it.

    Without ``wait_for`` the child runs to the end.
    """
    lines: list[str] = []
    at: dict[str, float] = {}
    with subprocess.Popen([sys.executable, "-c", script, *args],
                          stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        start = time.monotonic()
        for line in child.stdout:
            lines.append(line.strip())
            stage = lines[-1].split(" ", 1)[0]
            if stage == "started":
                start = time.monotonic()
            at[stage] = time.monotonic() - start
            if stage == wait_for:
                time.sleep(delay)
                os.kill(child.pid, signal.SIGKILL)
                break
        child.wait(timeout=60)
        lines += [line.strip() for line in child.stdout]
    if wait_for is None:
        assert child.returncode == 0, lines
    return Run(lines, at)


def _fill(path: Path) -> dict[str, dict[str, Any]]:
    """Create a vault of a few hundred KB at ``path``; return its cases as dicts."""
    with Vault.create(path, FIRST_PASS) as vault:
        for i in range(CASES):
            case = vault.cases.new_case()
            case.set("child_forenames", f"{MARKER} {i}")
            case.set("case_outline", f"Outline {i}. " + "The family moved twice. " * 300)
            case.set("siblings", [{"name": f"Sibling {i}", "dob": "01/02/2015"}])
            vault.cases.save(case)
        return {s.id: vault.cases.get(s.id).to_dict() for s in vault.cases.list()}


def _open(path: Path, passphrase: str, limits: Path) -> Vault:
    """Open with a fresh attempts file, so repeated wrong tries never start a pause."""
    limits.unlink(missing_ok=True)
    return Vault.open(path, passphrase, limiter=AttemptLimiter(limits))


def _assert_whole(vault: Vault, expected: dict[str, dict[str, Any]]) -> None:
    assert vault.integrity_check() == []
    assert vault.audit.verify() is None
    assert vault.cases.count() == len(expected)
    for case_id, data in expected.items():
        assert vault.cases.get(case_id).to_dict() == data


def _assert_no_plaintext(*folders: Path) -> None:
    for folder in folders:
        for p in folder.rglob("*"):
            if p.is_file():
                data = p.read_bytes()
                assert not data.startswith(b"SQLite format 3"), p.name
                assert MARKER.encode() not in data, p.name
                assert b"The family moved" not in data, p.name


def _new_files(*folders: Path, since: set[Path]) -> set[Path]:
    """Return the files in ``folders`` not in ``since``, leaving out rollback journals and
    key files (a copy's key file is checked with the copy)."""
    found = {p for folder in folders if folder.is_dir() for p in folder.iterdir()
             if p.is_file() and not p.name.endswith("-journal") and ".keys" not in p.name}
    return found - since


def _is_before_change_backup(path: Path, vault_path: Path) -> bool:
    prefix = f"{backup_prefix(vault_path)}-before-passphrase-change-"
    return path.name.startswith(prefix) and path.suffix == ".scrvault"


def _assert_restore_refused(copy: Path, passphrase: str, vault_path: Path) -> None:
    """A restore from ``copy`` is refused and leaves the vault folder exactly as it was."""
    before = vault_path.read_bytes()
    listing = sorted(p.name for p in vault_path.parent.iterdir())
    with pytest.raises(VaultError):
        restore_from(copy, passphrase, vault_path)
    assert vault_path.read_bytes() == before
    assert sorted(p.name for p in vault_path.parent.iterdir()) == listing


def _assert_whole_copy(copy: Path, passphrase: str, limits: Path,
                       expected: dict[str, dict[str, Any]]) -> None:
    """``copy`` passes every check, opens with ``passphrase`` and holds every case."""
    assert check_copy(copy, passphrase) == len(expected)
    spare = copy.with_name(copy.name + "-spare")
    copy_vault(copy, spare)
    try:
        with _open(spare, passphrase, limits) as vault:
            _assert_whole(vault, expected)
    finally:
        spare.unlink()


def _assert_whole_or_left_aside(copy: Path, passphrase: str, vault_path: Path, limits: Path,
                                expected: dict[str, dict[str, Any]]) -> None:
    """A file under a backup's own name is whole; any other is hidden, and whole or refused."""
    if not copy.name.startswith("."):
        _assert_whole_copy(copy, passphrase, limits, expected)
        return
    assert ".partial-" in copy.name
    try:
        check_copy(copy, passphrase)
    except VaultError:
        _assert_restore_refused(copy, passphrase, vault_path)
    else:
        _assert_whole_copy(copy, passphrase, limits, expected)


@pytest.fixture
def vault_path(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "vault" / "v.scrvault"
    _assert_no_plaintext(tmp_path, backups_dir())


@pytest.mark.slow
def test_kill_9_during_a_passphrase_change_keeps_exactly_one_passphrase(
        vault_path: Path, tmp_path: Path, crash_rng: random.Random) -> None:
    expected = _fill(vault_path)
    limits = tmp_path / "attempts.json"
    rng = crash_rng
    current = FIRST_PASS
    # One uninterrupted run measures how long the backup and the rekey take here.
    calibration = _child(REKEYER, str(vault_path), current, "calibration passphrase 0")
    assert calibration.reached("closed")
    current = "calibration passphrase 0"
    whole_time = calibration.at["closed"]
    rekey_time = calibration.at["rekeyed"] - calibration.at["rekeying"]
    for i in range(REPEATS + 1):
        new = f"replacement passphrase {i}"
        before = _new_files(backups_dir(), since=set())
        if i == 0:  # committed, not yet checkpointed: the WAL holds the new key's pages
            run = _child(REKEYER, str(vault_path), current, new, wait_for="rekeyed")
        elif i % 3 == 1:
            run = _child(REKEYER, str(vault_path), current, new, wait_for="started",
                         delay=rng.uniform(0, whole_time))
        elif i % 3 == 2:
            run = _child(REKEYER, str(vault_path), current, new, wait_for="rekeying",
                         delay=rng.uniform(0, rekey_time))
        else:
            run = _child(REKEYER, str(vault_path), current, new, wait_for="rekeying",
                         delay=rng.uniform(0.7 * rekey_time, 1.3 * rekey_time))
        opened = []
        # Trying the wrong passphrase first must not disturb what the right one finds.
        tries = [("old", current), ("new", new)]
        for label, passphrase in (tries if i % 2 == 0 else tries[::-1]):
            try:
                vault = _open(vault_path, passphrase, limits)
            except WrongPassphrase:
                continue
            with vault:
                _assert_whole(vault, expected)
            opened.append(label)
        assert len(opened) == 1, (opened, run.lines)
        if run.reached("rekeyed"):
            assert opened == ["new"], run.lines
        if not run.reached("rekeying"):
            assert opened == ["old"], run.lines

        made = _new_files(backups_dir(), since=before)
        # A change rewrites the key file only, never a page of the vault: no backup first.
        named = [p for p in made if _is_before_change_backup(p, vault_path)]
        assert named == [], run.lines
        for saved in made:
            _assert_whole_or_left_aside(saved, current, vault_path, limits, expected)
        if opened == ["new"]:
            current = new


@pytest.mark.slow
def test_kill_9_during_a_backup_never_harms_the_vault_or_passes_off_half_a_copy(
        vault_path: Path, tmp_path: Path, crash_rng: random.Random) -> None:
    expected = _fill(vault_path)
    limits = tmp_path / "attempts.json"
    out = tmp_path / "out"
    out.mkdir()
    rng = crash_rng
    calibration = _child(BACKER, str(vault_path), FIRST_PASS, "backup words 0",
                         str(out / "calibration.scrvault"))
    _assert_whole_copy(Path(calibration.value("done")), "backup words 0", limits, expected)
    export_time = calibration.at["exported"] - calibration.at["exporting"]
    whole_time = calibration.at["closed"]
    for i in range(1, REPEATS + 1):
        words = f"backup words {i}"
        target = "auto" if i % 3 == 0 else str(out / f"copy-{i}.scrvault")
        before = _new_files(out, backups_dir(), since=set())
        if i % 2:
            run = _child(BACKER, str(vault_path), FIRST_PASS, words, target,
                         wait_for="exporting", delay=rng.uniform(0, export_time))
        else:
            run = _child(BACKER, str(vault_path), FIRST_PASS, words, target,
                         wait_for="started", delay=rng.uniform(0, whole_time))

        with _open(vault_path, FIRST_PASS, limits) as vault:
            _assert_whole(vault, expected)

        made = _new_files(out, backups_dir(), since=before)
        if run.reached("done"):
            assert Path(run.value("done")) in made
        for copy in made:
            _assert_whole_or_left_aside(copy, words, vault_path, limits, expected)
