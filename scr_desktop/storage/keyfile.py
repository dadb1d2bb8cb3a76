"""The vault's key file: where its key slots are kept, beside the vault.

``vault.scrvault`` has ``vault.scrvault.keys`` beside it and a second,
identical copy ``vault.scrvault.keys-copy``.  Each is one header line,
``SCR-DESKTOP-KEYS 1 <length> <sha256>``, then that many bytes of JSON.
The header lets damage be named rather than guessed: a file shorter than
its stated length was truncated, a file whose digest does not match had
bytes changed.  Both copies are written the same way, each atomically (a
new owner-only file in the same folder, flushed, then renamed over the old
one), so a crash leaves each either old or new.  Reading takes the first
copy that is sound and puts a damaged or missing one right from it.

The copy holds the *current* slots, never earlier ones: a key file kept
from before a passphrase change would let the old passphrase open the
vault.  The file holds no personal data, only wrapped keys.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
from pathlib import Path
from typing import Any

from .errors import VaultError, translate

MAGIC = b"SCR-DESKTOP-KEYS"
FORMAT = 1
MAX_SIZE = 1024 * 1024


class KeyFileProblem(VaultError):
    """The key file beside the vault is missing or damaged; the vault is left as it is."""

    code = "key_file_problem"


class KeyFileMissing(KeyFileProblem):
    """Neither copy of the key file is beside the vault."""

    code = "key_file_missing"

    def __init__(self, name: str) -> None:
        super().__init__(
            f"The vault's key file ({name}.keys) is missing from the vault's folder, so the "
            "vault cannot be unlocked. The vault itself has not been changed. Put the key "
            "file back from where it was copied or moved to, or restore your latest backup "
            "(a backup carries its own key file).")


class KeyFileTruncated(KeyFileProblem):
    """The key file ends early (an interrupted copy, a full disk)."""

    code = "key_file_truncated"

    def __init__(self, name: str) -> None:
        super().__init__(
            f"The vault's key file ({name}.keys) is cut short: part of it is missing, "
            "perhaps from an interrupted copy. The vault itself has not been changed. "
            "Copy the key file again from where it came from, or restore your latest backup.")


class KeyFileDamaged(KeyFileProblem):
    """The key file's bytes do not match its checksum (a flipped bit, an edit)."""

    code = "key_file_damaged"

    def __init__(self, name: str, *, code: str | None = None) -> None:
        super().__init__(
            f"The vault's key file ({name}.keys) is damaged: its contents do not match its "
            "checksum. The vault itself has not been changed. Restore the key file from a "
            "copy or restore your latest backup; keep the damaged file for your IT service "
            "desk.", code=code)


def key_paths(vault_path: Path) -> tuple[Path, Path]:
    """Return the key file and its copy for the vault at ``vault_path``."""
    return (Path(str(vault_path) + ".keys"), Path(str(vault_path) + ".keys-copy"))


def encode(body: dict[str, Any]) -> bytes:
    """Return the key file's bytes for ``body``."""
    data = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    header = f"{MAGIC.decode()} {FORMAT} {len(data)} {hashlib.sha256(data).hexdigest()}\n"
    return header.encode("ascii") + data


def decode(raw: bytes, name: str) -> dict[str, Any]:
    """Return the JSON body of a key file, or raise the problem by name."""
    newline = raw.find(b"\n")
    if newline < 0:
        if len(raw) < 200 and (MAGIC.startswith(raw[:len(MAGIC)]) or not raw):
            raise KeyFileTruncated(name)
        raise KeyFileDamaged(name)
    parts = raw[:newline].split(b" ")
    if (len(parts) != 4 or parts[0] != MAGIC or parts[1] != str(FORMAT).encode()
            or not parts[2].isdigit() or len(parts[3]) != 64):
        raise KeyFileDamaged(name, code="key_file_header")
    length = int(parts[2])
    data = raw[newline + 1:]
    if len(data) < length:
        raise KeyFileTruncated(name)
    if len(data) > length or hashlib.sha256(data).hexdigest().encode() != parts[3]:
        raise KeyFileDamaged(name)
    try:
        body = json.loads(data)
    except ValueError:
        raise KeyFileDamaged(name, code="key_file_json") from None
    if not isinstance(body, dict):
        raise KeyFileDamaged(name, code="key_file_json")
    return body


def _read_one(path: Path, name: str) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_SIZE + 1)
    except FileNotFoundError:
        raise KeyFileMissing(name) from None
    except OSError as exc:
        raise translate(exc) from None
    if len(raw) > MAX_SIZE:
        raise KeyFileDamaged(name, code="key_file_size")
    return decode(raw, name)


def read(vault_path: Path) -> dict[str, Any]:
    """Return the key file's body for the vault at ``vault_path``.

    The first sound copy is used, and a missing or damaged other copy is
    rewritten from it.  If neither is sound, the problem with the main key
    file is raised (:class:`KeyFileMissing`, :class:`KeyFileTruncated` or
    :class:`KeyFileDamaged`).
    """
    name = Path(vault_path).name
    main, copy = key_paths(vault_path)
    problem: KeyFileProblem | None = None
    for path, other in ((main, copy), (copy, main)):
        try:
            body = _read_one(path, name)
        except KeyFileProblem as exc:
            problem = problem or exc
            continue
        try:
            if _read_one(other, name) != body:
                raise KeyFileDamaged(name)
        except KeyFileProblem:
            with contextlib.suppress(OSError):
                _write_atomic(other, encode(body))
        return body
    assert problem is not None
    raise problem


def exists(vault_path: Path) -> bool:
    """Return True if either copy of the key file is beside the vault (sound or not)."""
    return any(p.exists() for p in key_paths(vault_path))


def write(vault_path: Path, body: dict[str, Any]) -> None:
    """Write both copies of the key file for the vault at ``vault_path``, each atomically."""
    data = encode(body)
    try:
        for path in key_paths(vault_path):
            _write_atomic(path, data)
    except OSError as exc:
        raise translate(exc) from None


def remove(vault_path: Path) -> None:
    """Remove both copies of the key file (only for a vault this process just failed to make)."""
    for path in key_paths(vault_path):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _write_atomic(path: Path, data: bytes) -> None:
    work = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    fd = os.open(work, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(work, path)
    except BaseException:
        with contextlib.suppress(OSError):
            work.unlink()
        raise
    if os.name == "posix":
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
