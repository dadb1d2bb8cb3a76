"""The machine-wide policy file that IT uses to set limits every user of this computer gets.

The file is JSON, one object, at ``/etc/scr-desktop/policy.json`` on Linux and
at ``policy.json`` in ``platformdirs.site_config_dir("SCR Desktop")`` elsewhere
(``C:\\ProgramData\\SCR Desktop`` on Windows, ``/Library/Application
Support/SCR Desktop`` on macOS).  Its keys are ``idle_timeout_max_minutes``
(1-60: the longest idle time before the app locks; a user's own setting can
only shorten it), ``keyring_allowed`` (whether "Remember on this device" may
be used), ``min_export_password_score`` and ``min_vault_passphrase_score``
(zxcvbn scores 0-4), ``default_vault_folder`` (an absolute path) and
``escrow_recipient`` (the board's age public key for the escrow slot).  The
variable ``SCR_DESKTOP_POLICY`` names another file, for tests and trials: when
no machine-wide file exists it is used as written, and when one does it can
only make the machine-wide policy stricter, so a user cannot loosen what IT
set.  Loading never raises: a missing file gives the defaults, a bad value
gives the stricter of what it seems to ask for and the default, and a file
that cannot be read or parsed gives the strictest settings (:data:`STRICTEST`),
with a warning in plain words for each problem.

The machine-wide file is trusted only if it deserves it: opened without
following a symlink and without blocking (a FIFO cannot hang start-up), it
must be a regular file (checked with ``fstat`` on the open file, so it
cannot be swapped between check and read) owned by root and writable by no
one else, in folders owned by root and writable by no one else (a
root-owned sticky folder such as ``/tmp`` excepted).  Otherwise the
strictest settings apply and the user is told why.  On Windows the file must
be a regular file; its ACL is left to the ProgramData folder's defaults,
which let only Administrators write there.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs

POLICY_ENV = "SCR_DESKTOP_POLICY"
LINUX_POLICY_PATH = Path("/etc/scr-desktop/policy.json")
MAX_FILE_BYTES = 64 * 1024
IDLE_RANGE = (1, 60)
SCORE_RANGE = (0, 4)

KNOWN_KEYS = frozenset({
    "idle_timeout_max_minutes", "keyring_allowed", "min_export_password_score",
    "min_vault_passphrase_score", "default_vault_folder", "escrow_recipient",
})
# An age X25519 public key: "age1" and 58 bech32 characters.
AGE_RECIPIENT = re.compile(r"age1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}")


@dataclass(frozen=True)
class Policy:
    """The limits in force on this computer, and any problems found reading them."""

    idle_timeout_max_minutes: int = 5
    keyring_allowed: bool = True
    min_export_password_score: int = 4
    min_vault_passphrase_score: int = 4
    default_vault_folder: Path | None = None
    source: Path | None = None
    warnings: tuple[str, ...] = field(default=(), compare=False)
    # The board's public escrow key (age X25519); every vault gets a slot wrapped to it.
    escrow_recipient: str | None = None


DEFAULTS = Policy()
# What applies when the policy file cannot be trusted, read or parsed.
STRICTEST = Policy(idle_timeout_max_minutes=1, keyring_allowed=False,
                   min_export_password_score=4, min_vault_passphrase_score=4)
STRICTEST_WORDS = ("the strictest settings are in force (the app locks after 1 minute idle, "
                   "passwords and passphrases must be of the strongest kind, and passphrases "
                   "are not remembered on this device)")
TRUSTED_OWNERS = (0,)  # root


def machine_policy_path() -> Path:
    """Return where IT puts the machine-wide policy file on this operating system."""
    if sys.platform.startswith("linux"):
        return LINUX_POLICY_PATH
    return Path(platformdirs.site_config_dir("SCR Desktop", appauthor=False)) / "policy.json"


def load_policy() -> Policy:
    """Return the policy in force; never raises (problems become :attr:`Policy.warnings`)."""
    machine_file = machine_policy_path()
    override = os.environ.get(POLICY_ENV, "").strip()
    machine = read_policy(machine_file, machine=True) if _exists(machine_file) else None
    if not override:
        return machine or DEFAULTS
    env_file = Path(override)
    if not _exists(env_file):
        note = (f"The policy file named by {POLICY_ENV} was not found, so it was ignored. "
                "Check the path in that variable.")
        base = machine or DEFAULTS
        return replace(base, warnings=(*base.warnings, note))
    trial = read_policy(env_file)
    if machine is None:
        return trial
    return stricter(machine, trial)


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return True


def _untrusted_folder(path: Path) -> Path | None:
    """Return the first folder above ``path`` that someone other than root could change."""
    for folder in path.parents:
        try:
            st = os.stat(folder)
        except OSError:
            return folder
        sticky = bool(st.st_mode & stat.S_ISVTX)
        if st.st_uid not in TRUSTED_OWNERS or (st.st_mode & 0o022 and not sticky):
            return folder
    return None


def _read_file(path: Path, *, machine: bool) -> bytes | str:
    """Return the file's bytes, or a warning saying why it is not read or not trusted."""
    name = path.name
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return (f"The policy file {name} could not be opened (it may be a link, or "
                f"unreadable), so {STRICTEST_WORDS}. Ask IT to check it.")
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return (f"The policy file {name} is not an ordinary file, so {STRICTEST_WORDS}. "
                    "Ask IT to replace it.")
        if machine and os.name == "posix":
            if st.st_uid not in TRUSTED_OWNERS or st.st_mode & 0o022:
                return (f"The policy file {name} could be changed by someone other than the "
                        f"administrator, so it is not trusted and {STRICTEST_WORDS}. Ask IT "
                        "to make it owned by root and writable by no one else.")
            folder = _untrusted_folder(path)
            if folder is not None:
                return (f"The folder {folder} holding the policy file could be changed by "
                        f"someone other than the administrator, so {STRICTEST_WORDS}. Ask IT "
                        "to make it owned by root and writable by no one else.")
        chunks, size = [], 0
        while size <= MAX_FILE_BYTES:
            chunk = os.read(fd, MAX_FILE_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    except OSError:
        return (f"The policy file {name} could not be read, so {STRICTEST_WORDS}. "
                "Ask IT to check it.")
    finally:
        os.close(fd)


def read_policy(path: Path, *, machine: bool = False) -> Policy:
    """Return the policy written in ``path`` (see the module docstring for the rules).

    ``machine`` marks the machine-wide file, which must also be owned and
    protected by root to be trusted.
    """
    name = path.name
    raw = _read_file(path, machine=machine)
    if isinstance(raw, str):
        return _unreadable(path, raw)
    if len(raw) > MAX_FILE_BYTES:
        return _unreadable(path, f"The policy file {name} is too large to be a policy, so "
                           f"{STRICTEST_WORDS}. Ask IT to check it.")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return _unreadable(path, f"The policy file {name} is not valid JSON, so "
                           f"{STRICTEST_WORDS}. Ask IT to correct it.")
    if not isinstance(data, dict):
        return _unreadable(path, f"The policy file {name} does not hold a JSON object, so "
                           f"{STRICTEST_WORDS}. Ask IT to correct it.")
    return _from_mapping(data, path)


def _unreadable(path: Path, warning: str) -> Policy:
    return replace(STRICTEST, source=path, warnings=(warning,))


def _from_mapping(data: dict[str, Any], path: Path) -> Policy:
    warnings: list[str] = []
    for key in sorted(set(data) - KNOWN_KEYS):
        warnings.append(f"The policy setting {key!r} is not one SCR Desktop knows, so it "
                        "was ignored. Check its spelling.")
    idle = DEFAULTS.idle_timeout_max_minutes
    if "idle_timeout_max_minutes" in data:
        idle = _number(data["idle_timeout_max_minutes"], "idle_timeout_max_minutes",
                       IDLE_RANGE, idle, lower_is_stricter=True, warnings=warnings)
    keyring_allowed = DEFAULTS.keyring_allowed
    if "keyring_allowed" in data:
        value = data["keyring_allowed"]
        if isinstance(value, bool):
            keyring_allowed = value
        else:
            keyring_allowed = False
            warnings.append("The policy setting 'keyring_allowed' should be true or false; "
                            "it was not, so remembering passphrases is not allowed.")
    export_score = DEFAULTS.min_export_password_score
    if "min_export_password_score" in data:
        export_score = _number(data["min_export_password_score"], "min_export_password_score",
                               SCORE_RANGE, export_score, lower_is_stricter=False,
                               warnings=warnings)
    vault_score = DEFAULTS.min_vault_passphrase_score
    if "min_vault_passphrase_score" in data:
        vault_score = _number(data["min_vault_passphrase_score"], "min_vault_passphrase_score",
                              SCORE_RANGE, vault_score, lower_is_stricter=False,
                              warnings=warnings)
    folder = None
    if "default_vault_folder" in data:
        folder = _folder(data["default_vault_folder"], warnings)
    escrow = None
    if "escrow_recipient" in data:
        value = data["escrow_recipient"]
        if isinstance(value, str) and AGE_RECIPIENT.fullmatch(value.strip()):
            escrow = value.strip()
        else:
            warnings.append("The policy setting 'escrow_recipient' should be the board's age "
                            "public key (starting 'age1'); it was not, so vaults are not "
                            "escrowed. Ask IT to correct it.")
    return Policy(idle, keyring_allowed, export_score, vault_score, folder, path,
                  tuple(warnings), escrow_recipient=escrow)


def _number(value: object, key: str, bounds: tuple[int, int], default: int, *,
            lower_is_stricter: bool, warnings: list[str]) -> int:
    """Return ``value`` if it is a whole number in ``bounds``; else the stricter fallback."""
    low, high = bounds
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    parsed: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        parsed = float(value)
    elif isinstance(value, str):
        try:
            parsed = float(value.strip())
        except ValueError:
            parsed = None
    if parsed is None or parsed != parsed:  # NaN compares unequal to itself
        chosen = default
    else:
        clamped = int(min(max(parsed, low), high))
        chosen = min(clamped, default) if lower_is_stricter else max(clamped, default)
    warnings.append(f"The policy setting {key!r} should be a whole number from {low} to "
                    f"{high}; it was not, so {chosen} is in force.")
    return chosen


def _folder(value: object, warnings: list[str]) -> Path | None:
    if isinstance(value, str) and value.strip():
        path = Path(os.path.expandvars(value.strip())).expanduser()
        if path.is_absolute():
            return path
    warnings.append("The policy setting 'default_vault_folder' should be an absolute folder "
                    "path; it was not, so the usual folder is used.")
    return None


def stricter(a: Policy, b: Policy) -> Policy:
    """Return a policy at least as strict as both ``a`` and ``b`` (folder and source from ``a``)."""
    return Policy(
        idle_timeout_max_minutes=min(a.idle_timeout_max_minutes, b.idle_timeout_max_minutes),
        keyring_allowed=a.keyring_allowed and b.keyring_allowed,
        min_export_password_score=max(a.min_export_password_score, b.min_export_password_score),
        min_vault_passphrase_score=max(a.min_vault_passphrase_score,
                                       b.min_vault_passphrase_score),
        default_vault_folder=a.default_vault_folder,
        source=a.source,
        escrow_recipient=a.escrow_recipient,
        warnings=(*a.warnings, *b.warnings),
    )


def effective_idle_minutes(user_setting: int | None, policy: Policy) -> int:
    """Return the idle time to use: the user's choice if set and shorter, else the policy's."""
    ceiling = policy.idle_timeout_max_minutes
    if user_setting is None or isinstance(user_setting, bool) or user_setting < 1:
        return ceiling
    return min(user_setting, ceiling)
