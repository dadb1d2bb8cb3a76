"""Wrong passphrases: a pause that grows, survives a restart, and ends up in the audit log."""

from __future__ import annotations

import itertools
import json
import stat
from pathlib import Path

import pytest

from scr_desktop.storage.attempts import FREE_ATTEMPTS, MAX_DELAY, AttemptLimiter, delay_for
from scr_desktop.storage.errors import TooManyAttempts, WrongPassphrase
from scr_desktop.storage.vault import Vault

PASS = "saffron ladder quartz 5"


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def test_delay_grows_then_stops_growing() -> None:
    delays = [delay_for(n) for n in range(20)]
    assert delays[:FREE_ATTEMPTS] == [0.0] * FREE_ATTEMPTS
    growing = delays[FREE_ATTEMPTS:]
    assert all(b >= a for a, b in itertools.pairwise(growing))
    assert growing[1] > growing[0] > 0
    assert max(delays) == MAX_DELAY


def test_delay_survives_a_new_limiter_and_counts_down(tmp_path: Path) -> None:
    clock = Clock()
    file = tmp_path / "state" / "attempts.json"
    vault = tmp_path / "v.scrvault"
    limiter = AttemptLimiter(file, clock=clock)
    seen = []
    for _ in range(FREE_ATTEMPTS + 3):
        limiter.failed(vault)
        seen.append(AttemptLimiter(file, clock=clock).delay_remaining(vault))
    assert seen[: FREE_ATTEMPTS - 1] == [0.0] * (FREE_ATTEMPTS - 1)
    assert seen[-1] > seen[-2] > seen[-3] > 0
    restarted = AttemptLimiter(file, clock=clock)
    full = restarted.delay_remaining(vault)
    clock.now += full / 2
    assert restarted.delay_remaining(vault) == pytest.approx(full / 2)
    clock.now += full
    assert restarted.delay_remaining(vault) == 0.0
    assert restarted.delay_remaining(tmp_path / "other.scrvault") == 0.0


def test_file_is_private_and_holds_no_path_or_name(tmp_path: Path) -> None:
    file = tmp_path / "state" / "attempts.json"
    vault = tmp_path / "Jane-Doe-cases" / "v.scrvault"
    AttemptLimiter(file).failed(vault)
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    text = file.read_text()
    assert "Jane" not in text and "scrvault" not in text
    json.loads(text)


def test_a_damaged_attempts_file_does_not_stop_unlocking(tmp_path: Path) -> None:
    file = tmp_path / "attempts.json"
    file.write_text("{broken")
    limiter = AttemptLimiter(file)
    assert limiter.delay_remaining(tmp_path / "v") == 0.0
    limiter.failed(tmp_path / "v")
    assert limiter.pending(tmp_path / "v")


def test_open_counts_failures_pauses_and_audits_them_at_next_unlock(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "v.scrvault"
    Vault.create(path, PASS).close()
    limiter = AttemptLimiter(tmp_path / "attempts.json", clock=clock)
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongPassphrase):
            Vault.open(path, "wrong", limiter=limiter)
    with pytest.raises(TooManyAttempts) as info:
        Vault.open(path, PASS, limiter=AttemptLimiter(limiter.path, clock=clock))
    assert info.value.seconds > 0
    assert "Wait" in info.value.user_message
    clock.now += MAX_DELAY
    with Vault.open(path, PASS, limiter=limiter) as vault:
        actions = [e.action for e in vault.audit.entries()]
        assert actions[-(FREE_ATTEMPTS + 1):] == ["failed unlock"] * FREE_ATTEMPTS + ["unlock"]
        assert vault.audit.verify() is None
    assert limiter.pending(path) == []
    assert limiter.delay_remaining(path) == 0.0


def test_default_limiter_lives_in_the_per_user_state_folder(tmp_path: Path) -> None:
    path = tmp_path / "v.scrvault"
    Vault.create(path, PASS).close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "wrong")
    assert AttemptLimiter().pending(path)
    Vault.open(path, PASS).close()
    assert AttemptLimiter().pending(path) == []


def test_failed_unlocks_carry_the_time_they_happened(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "v.scrvault"
    Vault.create(path, PASS).close()
    limiter = AttemptLimiter(tmp_path / "attempts.json", clock=clock)
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "wrong", limiter=limiter)
    expected = limiter.pending(path)
    with Vault.open(path, PASS, limiter=limiter) as vault:
        failed = vault.audit.entries(action="failed unlock")
        assert [e.at for e in failed] == expected
        assert vault.audit.verify() is None


def test_an_unwritable_attempts_file_never_hides_the_real_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    path = tmp_path / "v.scrvault"
    Vault.create(path, PASS).close()
    limiter = AttemptLimiter(blocker / "attempts.json")
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "wrong", limiter=limiter)
    Vault.open(path, PASS, limiter=limiter).close()
