"""The machine-wide policy file: defaults, IT's settings, and safe handling of bad files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from scr_desktop import policy as policy_module
from scr_desktop.policy import (
    DEFAULTS,
    POLICY_ENV,
    STRICTEST,
    Policy,
    effective_idle_minutes,
    load_policy,
    read_policy,
)


@pytest.fixture(autouse=True)
def _no_machine_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the machine-wide location at a file that does not exist yet."""
    machine = tmp_path / "etc" / "policy.json"
    monkeypatch.setattr(policy_module, "machine_policy_path", lambda: machine)
    # The test's own files stand in for root's: the run's user owns the temp folders.
    monkeypatch.setattr(policy_module, "TRUSTED_OWNERS", (0, os.getuid()))
    monkeypatch.delenv(POLICY_ENV, raising=False)
    return machine


def write(path: Path, content: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return path


def test_no_file_gives_the_documented_defaults() -> None:
    p = load_policy()
    assert p == Policy()
    assert (p.idle_timeout_max_minutes, p.keyring_allowed, p.min_export_password_score,
            p.min_vault_passphrase_score, p.default_vault_folder) == (5, True, 4, 4, None)
    assert p.warnings == ()


def test_a_valid_file_is_applied_as_written(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "Shared vaults"
    path = write(tmp_path / "policy.json", {
        "idle_timeout_max_minutes": 15, "keyring_allowed": False,
        "min_export_password_score": 4, "min_vault_passphrase_score": 2,
        "default_vault_folder": str(folder),
    })
    monkeypatch.setenv(POLICY_ENV, str(path))
    p = load_policy()
    assert (p.idle_timeout_max_minutes, p.keyring_allowed, p.min_export_password_score,
            p.min_vault_passphrase_score, p.default_vault_folder) == (15, False, 4, 2, folder)
    assert p.source == path
    assert p.warnings == ()


def test_the_machine_file_is_read_from_its_location(_no_machine_file: Path) -> None:
    write(_no_machine_file, {"idle_timeout_max_minutes": 2})
    assert load_policy().idle_timeout_max_minutes == 2


def test_the_environment_file_can_only_tighten_a_machine_file(
        _no_machine_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(_no_machine_file, {"idle_timeout_max_minutes": 10, "keyring_allowed": False,
                             "min_export_password_score": 3})
    looser = write(tmp_path / "mine.json", {"idle_timeout_max_minutes": 60,
                                            "keyring_allowed": True,
                                            "min_export_password_score": 0})
    monkeypatch.setenv(POLICY_ENV, str(looser))
    p = load_policy()
    assert (p.idle_timeout_max_minutes, p.keyring_allowed, p.min_export_password_score) == (
        10, False, 3)
    tighter = write(tmp_path / "tight.json", {"idle_timeout_max_minutes": 2,
                                              "min_export_password_score": 4})
    monkeypatch.setenv(POLICY_ENV, str(tighter))
    p = load_policy()
    assert (p.idle_timeout_max_minutes, p.min_export_password_score) == (2, 4)


def test_a_missing_environment_file_is_reported_not_fatal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(POLICY_ENV, str(tmp_path / "nowhere.json"))
    p = load_policy()
    assert p.idle_timeout_max_minutes == DEFAULTS.idle_timeout_max_minutes
    assert len(p.warnings) == 1 and POLICY_ENV in p.warnings[0]


@pytest.mark.parametrize("content", [
    "{not json", "[1, 2, 3]", "\"text\"", b"\xff\xfe\x00garbage", "",
])
def test_an_unreadable_file_gives_strict_defaults_and_a_warning(
        tmp_path: Path, content: str | bytes) -> None:
    path = tmp_path / "policy.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, "utf-8")
    p = read_policy(path)
    assert _limits(p) == _limits(STRICTEST)  # the strictest settings, and the words say so
    assert "1 minute" in p.warnings[0]
    assert len(p.warnings) == 1
    assert "policy.json" in p.warnings[0] and "IT" in p.warnings[0]


def test_an_oversized_file_is_not_parsed(tmp_path: Path) -> None:
    path = write(tmp_path / "policy.json", json.dumps({"pad": "x" * 70_000}))
    p = read_policy(path)
    assert p.keyring_allowed is False
    assert "too large" in p.warnings[0]


@pytest.mark.parametrize(("value", "expected"), [
    (0, 1), (-3, 1), (500, 5), ("ten", 5), ("3", 3), (2.5, 2), (None, 5), (True, 5),
    ("nan", 5), (float("nan"), 5),
])
def test_a_bad_idle_ceiling_falls_back_to_the_stricter_value(
        tmp_path: Path, value: object, expected: int) -> None:
    p = read_policy(write(tmp_path / "p.json", {"idle_timeout_max_minutes": value}))
    assert p.idle_timeout_max_minutes == expected
    assert len(p.warnings) == 1 and "idle_timeout_max_minutes" in p.warnings[0]
    assert str(expected) in p.warnings[0]


@pytest.mark.parametrize(("value", "expected"), [
    (9, 4), (-1, 4), ("2", 4), ("4", 4), ("high", 4), (False, 4),
])
def test_a_bad_score_falls_back_to_the_stricter_value(
        tmp_path: Path, value: object, expected: int) -> None:
    p = read_policy(write(tmp_path / "p.json", {"min_export_password_score": value,
                                                "min_vault_passphrase_score": value}))
    assert p.min_export_password_score == expected
    # The vault passphrase's own default is already the top score.
    assert p.min_vault_passphrase_score == max(expected, Policy().min_vault_passphrase_score)
    assert len(p.warnings) == 2


@pytest.mark.parametrize("value", ["yes", 1, "true", None])
def test_keyring_allowed_must_be_a_real_boolean(tmp_path: Path, value: object) -> None:
    p = read_policy(write(tmp_path / "p.json", {"keyring_allowed": value}))
    assert p.keyring_allowed is False
    assert "keyring_allowed" in p.warnings[0]


def test_good_settings_survive_next_to_bad_ones(tmp_path: Path) -> None:
    p = read_policy(write(tmp_path / "p.json", {
        "idle_timeout_max_minutes": 3, "min_export_password_score": "strong",
        "idle_timout": 30, "default_vault_folder": "relative/folder",
    }))
    assert p.idle_timeout_max_minutes == 3
    assert p.min_export_password_score == Policy().min_export_password_score
    assert p.default_vault_folder is None
    assert len(p.warnings) == 3
    assert any("'idle_timout'" in w and "not one SCR Desktop knows" in w for w in p.warnings)


@pytest.mark.parametrize(("user", "ceiling", "expected"), [
    (None, 5, 5), (2, 5, 2), (5, 5, 5), (20, 5, 5), (20, 30, 20), (0, 5, 5), (-4, 10, 10),
])
def test_a_user_setting_can_only_shorten_the_policy(
        user: int | None, ceiling: int, expected: int) -> None:
    assert effective_idle_minutes(user, Policy(idle_timeout_max_minutes=ceiling)) == expected


def _limits(p: Policy) -> tuple[object, ...]:
    return (p.idle_timeout_max_minutes, p.keyring_allowed, p.min_export_password_score,
            p.min_vault_passphrase_score)


def _machine_file(machine: Path, mode: int = 0o644) -> Path:
    write(machine, {"idle_timeout_max_minutes": 60, "keyring_allowed": True,
                    "min_export_password_score": 0})
    machine.chmod(mode)
    machine.parent.chmod(0o755)
    return machine


def test_a_protected_machine_file_is_applied(_no_machine_file: Path) -> None:
    _machine_file(_no_machine_file)
    p = load_policy()
    assert (p.idle_timeout_max_minutes, p.keyring_allowed) == (60, True), p.warnings


def test_a_world_writable_machine_file_gives_the_strictest_settings(
        _no_machine_file: Path) -> None:
    _machine_file(_no_machine_file, 0o666)
    p = load_policy()
    assert _limits(p) == _limits(STRICTEST) and "not trusted" in p.warnings[0]


def test_a_machine_file_in_a_folder_others_can_write_is_not_trusted(
        _no_machine_file: Path) -> None:
    _machine_file(_no_machine_file)
    _no_machine_file.parent.chmod(0o777)
    p = load_policy()
    assert _limits(p) == _limits(STRICTEST) and "folder" in p.warnings[0]


def test_a_machine_file_owned_by_someone_else_is_not_trusted(
        _no_machine_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _machine_file(_no_machine_file)
    monkeypatch.setattr(policy_module, "TRUSTED_OWNERS", (os.getuid() + 4242,))
    assert _limits(load_policy()) == _limits(STRICTEST)


def test_a_symlinked_machine_file_is_not_followed(_no_machine_file: Path,
                                                  tmp_path: Path) -> None:
    real = _machine_file(tmp_path / "real" / "policy.json")
    _no_machine_file.parent.mkdir(parents=True)
    _no_machine_file.symlink_to(real)
    p = load_policy()
    assert _limits(p) == _limits(STRICTEST) and "link" in p.warnings[0]


def test_a_fifo_at_the_path_neither_hangs_nor_loosens(_no_machine_file: Path) -> None:
    _no_machine_file.parent.mkdir(parents=True)
    os.mkfifo(_no_machine_file)
    p = load_policy()  # would block for ever on a plain open()
    assert _limits(p) == _limits(STRICTEST) and "not an ordinary file" in p.warnings[0]


def test_the_escrow_recipient_is_read_and_a_malformed_one_refused(tmp_path: Path) -> None:
    import pyrage

    public = str(pyrage.x25519.Identity.generate().to_public())
    good = read_policy(write(tmp_path / "good.json", {"escrow_recipient": public}))
    assert good.escrow_recipient == public and good.warnings == ()
    bad = read_policy(write(tmp_path / "bad.json", {"escrow_recipient": "AGE-SECRET-KEY-1X"}))
    assert bad.escrow_recipient is None
    assert "escrow_recipient" in bad.warnings[0]
