"""``scr-desktop recover VAULT --identity FILE``: IT opens a vault through its escrow slot.

The identity file holds the board's age X25519 identity (``AGE-SECRET-KEY-1...``),
kept by IT and never by the application.  The new passphrase is read from the
terminal without echo (twice), or from standard input when that is not a
terminal (one line), never from the command line, where other users and the
shell's history could see it.  The vault is checked page by page, the
passphrase slot is rewritten, the recovery is recorded in the audit log and
the user is told at their next unlock.  Works on a backup file as well as on
the vault (each carries its key file).
"""

from __future__ import annotations

import getpass
import os
import stat
from pathlib import Path
from typing import TextIO

MAX_IDENTITY_BYTES = 64 * 1024


class RecoverUsage(Exception):
    """The command line or the passphrase cannot be used; the message is one line."""


def _read_identity(name: str) -> str:
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise RecoverUsage(f"cannot read the identity file {name!r} ({exc.strerror})") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise RecoverUsage(f"the identity {name!r} is not a regular file")
        data = os.read(fd, MAX_IDENTITY_BYTES + 1)
    finally:
        os.close(fd)
    if len(data) > MAX_IDENTITY_BYTES:
        raise RecoverUsage("the identity file is too large to be an age identity file")
    return data.decode("utf-8", "replace")


def _new_passphrase(stdin: TextIO) -> str:
    if stdin.isatty():
        first = getpass.getpass("New passphrase for the vault: ")
        if getpass.getpass("Type it again: ") != first:
            raise RecoverUsage("the two passphrases differ; nothing was changed")
    else:
        first = stdin.readline().rstrip("\r\n")
    if len(first) < 12:
        raise RecoverUsage("the new passphrase must be at least 12 characters; "
                           "nothing was changed")
    return first


def recover(args: list[str], stdout: TextIO, stdin: TextIO) -> None:
    """Run ``recover VAULT --identity FILE``; raise :class:`RecoverUsage` when it cannot."""
    if len(args) != 3 or args[1] != "--identity":
        raise RecoverUsage("usage: recover VAULT --identity IDENTITY_FILE (the new passphrase "
                           "is asked for, or read from standard input)")
    from .storage.errors import VaultError
    from .storage.vault import Vault

    vault_path, identity_name = Path(args[0]), args[2]
    identity = _read_identity(identity_name)
    passphrase = _new_passphrase(stdin)
    try:
        vault = Vault.open_with(vault_path, lambda slots: slots.open_with_identity(identity),
                                passphrase, how="IT's escrow key")
    except VaultError as exc:
        raise RecoverUsage(exc.user_message) from None
    vault.close()
    stdout.write(f"The passphrase of {vault_path.name} was reset. Give the new passphrase to "
                 "its user; they will be told of the recovery when they next unlock it.\n")
