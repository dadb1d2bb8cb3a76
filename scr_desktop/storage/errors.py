"""Everything that can go wrong with the vault, as exceptions the user can act on.

Each error carries :attr:`VaultError.user_message` (plain words: what
happened, why, and what to do next, shown to the user as it is) and
:attr:`VaultError.code` (a short stable name for logs).  Neither ever holds
personal data, file contents or SQL.  :func:`translate` turns an exception
from SQLCipher into one of these classes by the SQLite result code's *name*
(``sqlite_errorname``), never by reading the message text.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

try:
    import resource
except ImportError:  # Windows has no per-process file-size limit
    resource = None  # type: ignore[assignment]


class VaultError(Exception):
    """Base class: a problem with the vault that the user must be told about."""

    code = "vault_error"
    default_message = (
        "Something went wrong while reading or writing your case vault. "
        "Nothing has been deleted. Close the app, open it again and try once more; "
        "if it happens again, contact your IT service desk."
    )

    def __init__(self, user_message: str | None = None, *, code: str | None = None) -> None:
        self.user_message = user_message or self.default_message
        if code is not None:
            self.code = code
        super().__init__(self.user_message)


class WrongPassphrase(VaultError):
    """The passphrase does not unlock this vault."""

    code = "wrong_passphrase"
    default_message = (
        "That passphrase does not unlock this vault. Check Caps Lock and the keyboard "
        "layout, then type it again."
    )
    # Said only after repeated tries (see the lock screen): a mistyped passphrase is far
    # likelier than a damaged file, and the first wrong try should not alarm anyone.
    repeated_hint = (
        "Unlocking now waits a little longer after each wrong passphrase. If you are "
        "certain the passphrase is right, the start of the file may be damaged: restore "
        "your latest backup (Vault menu, Restore from a backup)."
    )


class TooManyAttempts(VaultError):
    """Unlocking is paused for a while after repeated wrong passphrases."""

    code = "too_many_attempts"

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        whole = max(1, round(seconds))
        super().__init__(
            "The wrong passphrase was typed several times, so unlocking is paused to "
            f"protect the vault. Wait {whole} second{'s' if whole != 1 else ''} and try again."
        )


class VaultInUse(VaultError):
    """Another program (usually another copy of this app) has the vault open."""

    code = "vault_in_use"
    default_message = (
        "The vault is open in another window or by another program, so it cannot be "
        "opened here. Close the other copy of SCR Desktop (check every user session "
        "on this computer) and try again."
    )


class VaultDamaged(VaultError):
    """The vault file is damaged: it failed a check, or part of it is missing."""

    code = "vault_damaged"
    default_message = (
        "The vault file is damaged: part of it could not be read back correctly. "
        "The app has not changed the file. Do not delete it: restore your latest "
        "backup, and keep the damaged file for your IT service desk."
    )


class DiskFull(VaultError):
    """There is no room left to write."""

    code = "disk_full"
    default_message = (
        "The disk is full, so your last change could not be saved. Everything saved "
        "before it is safe. Free some space (or ask your IT service desk), then save again."
    )


class DiskError(VaultError):
    """The operating system refused to read or write the file."""

    code = "disk_error"
    default_message = (
        "The computer could not read or write the vault file (a disk or permissions "
        "problem). Everything saved before is safe. Check that the drive is connected "
        "and that you may write to the folder, then try again."
    )


class VaultMissing(VaultError):
    """There is no vault file where one was expected."""

    code = "vault_missing"
    default_message = (
        "There is no vault at that location. If it was moved, choose its new location; "
        "otherwise restore it from a backup or create a new vault."
    )


class VaultExists(VaultError):
    """A new vault was asked for where a file already exists."""

    code = "vault_exists"
    default_message = (
        "A file already exists at that location, so a new vault was not created there "
        "and the existing file was left untouched. Open it instead, or choose another location."
    )


class VaultTooNew(VaultError):
    """The vault was written by a newer version of the app."""

    code = "vault_too_new"
    default_message = (
        "This vault was last used by a newer version of SCR Desktop and cannot be opened "
        "by this one. The file has not been changed. Install the newer version."
    )


class VaultClosed(VaultError):
    """The vault has been locked or closed; unlock it again to continue."""

    code = "vault_closed"
    default_message = "The vault is locked. Unlock it again to continue."


class UnstorableText(VaultError):
    """Some text holds a lone surrogate (half of a character pair) that UTF-8 cannot store."""

    code = "unstorable_text"

    def __init__(self, field_label: str | None = None) -> None:
        where = f"the field \u201c{field_label}\u201d" if field_label else "this case"
        super().__init__(
            f"Some text in {where} contains a broken character (half of a character pair, "
            "usually left by copying part of an emoji or symbol from another program), so "
            "the case could not be saved. Everything saved before is safe. Delete the text "
            "you last pasted there and type it again; the case will then be saved."
        )


class StaleCase(VaultError):
    """The case was saved elsewhere since this copy was read; saving it would overwrite that."""

    code = "stale_case"
    default_message = (
        "This case was changed somewhere else (in another part of SCR Desktop) since you "
        "opened it, so your latest changes were not saved over it. Nothing has been lost."
    )


class CaseNotFound(VaultError, KeyError):
    """No case with that id is in the vault."""

    code = "case_not_found"
    default_message = (
        "That case is no longer in the vault. It may have been removed permanently "
        "from Deleted cases. Refresh the case list."
    )

    def __str__(self) -> str:
        return self.user_message


_NAME_TO_CLASS: dict[str, type[VaultError]] = {
    "SQLITE_NOTADB": VaultDamaged,
    "SQLITE_CORRUPT": VaultDamaged,
    "SQLITE_BUSY": VaultInUse,
    "SQLITE_LOCKED": VaultInUse,
    "SQLITE_FULL": DiskFull,
    "SQLITE_IOERR": DiskError,
    "SQLITE_CANTOPEN": DiskError,
    "SQLITE_PERM": DiskError,
    "SQLITE_READONLY": DiskError,
    "SQLITE_NOLFS": DiskError,
}

_CODE_TO_NAME = {
    26: "SQLITE_NOTADB", 11: "SQLITE_CORRUPT", 5: "SQLITE_BUSY", 6: "SQLITE_LOCKED",
    13: "SQLITE_FULL", 10: "SQLITE_IOERR", 14: "SQLITE_CANTOPEN", 3: "SQLITE_PERM",
    8: "SQLITE_READONLY", 22: "SQLITE_NOLFS",
}


def sqlite_error_name(exc: BaseException) -> str | None:
    """Return the primary SQLite result-code name of ``exc`` (``SQLITE_BUSY``...), if any."""
    name = getattr(exc, "sqlite_errorname", None)
    if isinstance(name, str) and name.startswith("SQLITE_"):
        parts = name.split("_")
        return "_".join(parts[:2])
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _CODE_TO_NAME.get(code & 0xFF)
    return None


def no_room_to_write(paths: list[Path]) -> bool:
    """Return True if the volume holding ``paths`` is full or a file hit the size limit.

    SQLite reports ``ENOSPC`` as ``SQLITE_FULL`` but ``EFBIG`` (the per-process
    file-size limit, or a file system's largest file) as ``SQLITE_IOERR``; this
    looks at the facts on disk to tell the user the real reason.
    """
    soft = -1
    if resource is not None:
        limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        soft = -1 if limit == resource.RLIM_INFINITY else limit
    for p in paths:
        try:
            if soft >= 0 and p.exists() and p.stat().st_size + 65536 >= soft:
                return True
            free = shutil.disk_usage(p if p.is_dir() else p.parent).free
        except OSError:
            continue
        if free < 1024 * 1024:
            return True
    return False


def translate(exc: BaseException, *, files: list[Path] | None = None) -> VaultError:
    """Return the :class:`VaultError` that explains the SQLCipher exception ``exc``."""
    if isinstance(exc, VaultError):
        return exc
    if isinstance(exc, OSError):
        no_room = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
        return DiskFull() if exc.errno in no_room else DiskError()
    name = sqlite_error_name(exc)
    cls = _NAME_TO_CLASS.get(name or "")
    if cls is DiskError and name == "SQLITE_IOERR" and files and no_room_to_write(files):
        cls = DiskFull
    if cls is None:
        return VaultError(code=(name or type(exc).__name__).lower())
    return cls()


class CaseDamaged(VaultError):
    """What is stored for one case cannot be read as a case; the rest of the vault is fine."""

    code = "case_damaged"
    default_message = (
        "This case could not be read: what is stored for it is not a case as SCR Desktop "
        "writes one (it may have come from a damaged or altered case package). Every other "
        "case is unaffected and nothing has been changed. Restore the case from your latest "
        "backup, or ask your IT service desk for help."
    )


class WalDamaged(VaultDamaged):
    """The vault's write-ahead log is damaged: opening it would drop committed changes."""

    code = "wal_damaged"
    default_message = (
        "Recent changes to the vault could not be read back: the file that holds them "
        "until they are written into the vault is damaged, and opening the vault now would "
        "lose them without a trace. Nothing has been changed, and a copy of that file has "
        "been kept beside the vault for your IT service desk. Restore your latest backup, "
        "or contact your IT service desk before doing anything else."
    )
