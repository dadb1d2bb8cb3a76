"""Remember on this device: keeping a vault's passphrase slot key in the OS's key store.

What is stored is not the passphrase but the key Argon2id derived from it
for the vault's passphrase slot, tagged with a version and the slot's
identifier (:mod:`.slot_key`).  A remembered unlock unwraps that slot with
it, so no Argon2id runs (nor takes its 64 MiB), and the store holds no human
secret that may be reused elsewhere.  The passphrase keeps working whatever
happens to the entry: losing or forgetting it never loses the vault.  The
key opens this vault's passphrase slot, and the backups whose key files
carry that same slot (the backups this app keeps, and any copy made while
the passphrase was the same), as the passphrase did; it does not open a
copy given a passphrase of its own.  A change of passphrase makes a new
slot, so the old key opens nothing made afterwards: the caller must
remember the new slot's key (:func:`remember`) or forget the entry (:func:`forget`), and
an entry for a slot that is gone is stale (forgotten at the unlock, and the
passphrase asked for).  An entry from an earlier version, the passphrase
itself, is still used once as a passphrase and then replaced by the key.

The risk is that anyone who can read the user's unlocked credential store
(malware running as that user, or someone who knows the login password) can
read the key and open the vault and those backups; that is why the feature
is off unless the user asks, can be forbidden by the machine policy
(``keyring_allowed``), and is refused unless the store is one the operating
system protects: the Secret Service (GNOME Keyring, KeePassXC), KWallet,
libsecret, the Windows Credential Manager or the macOS Keychain.  The fail
and null backends and every ``keyrings.alt`` backend (plaintext or weakly
encrypted files) are refused, and a chained keyring is used only through the
first protected store behind it, so a secret never falls through to a file.
Entries are filed under the service "SCR Desktop" with a user name derived
from a SHA-256 of the vault's resolved path, so the store does not show
which folder (or whose home folder) holds the vault; the hash hides the
name but is not a secret.

The ``keyring`` package (with its plugin discovery and the metadata readers
under it, some 5 MB) is imported only when a store is asked for: where the
machine policy forbids remembering, the lock screen's check says so without
it, so it is not resident when the key derivation at unlock takes its 64 MiB
(it is loaded after the unlock, to forget an entry remembered before the
policy forbade it).  Elsewhere the lock screen asks the store only where a
marker (:mod:`.remembered`, written by :func:`remember`, removed by
:func:`forget` and by :func:`recall` finding nothing) says a key is
remembered for the vault, or when the person ticks "Remember on this device".
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from scr_desktop.policy import Policy, load_policy

from . import remembered
from .errors import VaultError
from .slot_key import decode

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "SCR Desktop"

# Protected stores, by module and class name (matched exactly, so a subclass is not trusted).
SECURE_BACKENDS = frozenset({
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.macOS.Keyring",
})

_ADVICE = ("Type your passphrase each time instead; the vault is not affected. To use this "
           "feature, ask your IT service desk to set up the system keyring.")
_NO_KEYRING = ("This computer has no system keyring that SCR Desktop can use, so the "
               f"passphrase cannot be remembered here. {_ADVICE}")


class KeystoreUnavailable(VaultError):
    """The passphrase could not be remembered, recalled or forgotten on this device."""

    code = "keystore_unavailable"
    default_message = (
        "The passphrase could not be remembered on this device because the system "
        "keyring did not respond. Your vault is not affected and your passphrase still "
        "opens it. Try again later, or type your passphrase each time."
    )


def _name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _problem_with(backend: KeyringBackend) -> str | None:
    """Return why ``backend`` (not a chainer) is unsafe, or None if it is a protected store."""
    name = _name(backend)
    if name in SECURE_BACKENDS:
        return None
    if name.startswith("keyring.backends.fail."):
        return _NO_KEYRING
    if name.startswith("keyring.backends.null."):
        return ("The keyring on this computer is switched off, so the passphrase cannot be "
                f"remembered here. {_ADVICE}")
    if name.startswith("keyrings.alt."):
        return ("The only keyring on this computer keeps secrets in an ordinary file that "
                "anyone with the laptop could read, so SCR Desktop will not store the "
                f"passphrase there. {_ADVICE}")
    return ("The keyring on this computer is not one SCR Desktop knows to be protected by "
            f"the operating system, so the passphrase is not stored there. {_ADVICE}")


def _secure_backend(backend: KeyringBackend | None = None) -> tuple[KeyringBackend | None, str]:
    """Return the protected store to use (or None) and, when None, the reason."""
    import keyring
    from keyring.backends.chainer import ChainerBackend

    active = backend if backend is not None else keyring.get_keyring()
    if isinstance(active, ChainerBackend):
        chained = list(active.backends)
        for candidate in chained:
            if _problem_with(candidate) is None:
                return candidate, ""
        reason = _problem_with(chained[0]) if chained else None
        return None, reason or _NO_KEYRING
    reason = _problem_with(active)
    return (active, "") if reason is None else (None, reason)


def secure_backend_problem(backend: KeyringBackend | None = None) -> str | None:
    """Return None if the active keyring (or ``backend``) is a protected store, else why not."""
    store, reason = _secure_backend(backend)
    return None if store is not None else reason


def policy_problem(policy: Policy) -> str | None:
    """Return why the machine policy forbids remembering passphrases, or None if it allows it."""
    if policy.keyring_allowed:
        return None
    where = f" ({policy.source})" if policy.source is not None else ""
    return ("Your organisation's SCR Desktop policy file"
            f"{where} does not allow passphrases to be remembered on this device "
            "(keyring_allowed is false). Type your passphrase each time; the vault is "
            "not affected.")


def unavailable_reason(policy: Policy | None = None,
                       backend: KeyringBackend | None = None) -> str | None:
    """Return why "Remember on this device" cannot be offered now, or None if it can."""
    return policy_problem(policy or load_policy()) or secure_backend_problem(backend)


def entry_name(vault_path: Path) -> str:
    """Return the credential-store user name for the vault at ``vault_path``."""
    resolved = str(Path(vault_path).expanduser().resolve())
    return "vault-" + hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:40]


def _store(backend: KeyringBackend | None) -> KeyringBackend:
    store, reason = _secure_backend(backend)
    if store is None:
        raise KeystoreUnavailable(reason)
    return store


def remember(vault_path: Path, secret: str, *, policy: Policy | None = None,
             backend: KeyringBackend | None = None) -> None:
    """Store ``secret`` for the vault at ``vault_path`` in the protected credential store."""
    if not secret:
        raise ValueError("there is nothing to remember")
    refusal = policy_problem(policy or load_policy())
    if refusal is not None:
        raise KeystoreUnavailable(refusal, code="keystore_forbidden")
    store = _store(backend)
    try:
        store.set_password(SERVICE, entry_name(vault_path), secret)
    except Exception as exc:  # any keyring failure is reported, never a crash
        raise KeystoreUnavailable(
            "The passphrase could not be remembered on this device: the system keyring "
            "refused to store it (it may be locked). Your vault is not affected and your "
            "passphrase still opens it. Unlock the keyring and try again, or type your "
            "passphrase each time.", code=f"keystore_{type(exc).__name__.lower()}",
        ) from None
    with contextlib.suppress(OSError):  # without the marker it is only not recalled at start
        remembered.mark(vault_path)


def recall(vault_path: Path, *, policy: Policy | None = None,
           backend: KeyringBackend | None = None) -> str | None:
    """Return the remembered secret for the vault, or None if there is none or policy forbids it.

    A slot key is returned as a :class:`~.slot_key.SlotKey`; an entry without
    its prefix (from an earlier version) as the passphrase it is.
    """
    if policy_problem(policy or load_policy()) is not None:
        return None
    store = _store(backend)
    try:
        secret = store.get_password(SERVICE, entry_name(vault_path))
    except Exception as exc:  # any keyring failure is reported, never a crash
        if _vanished(exc):
            _unmark(vault_path)
            return None
        raise KeystoreUnavailable(
            "The remembered passphrase could not be read from the system keyring (it may be "
            "locked). Your vault is not affected: type your passphrase to unlock it.",
            code=f"keystore_{type(exc).__name__.lower()}",
        ) from None
    if not secret:
        _unmark(vault_path)
        return None
    return decode(secret)


def _unmark(vault_path: Path) -> None:
    with contextlib.suppress(OSError):  # a marker left behind only makes the store be asked
        remembered.unmark(vault_path)


def _vanished(exc: BaseException) -> bool:
    """Return True when an entry was removed between the store's search and its read."""
    return type(exc).__name__ == "ItemNotFoundException"


def forget(vault_path: Path, *, backend: KeyringBackend | None = None) -> None:
    """Remove the remembered secret for the vault; doing so when there is none is not an error."""
    from keyring.errors import PasswordDeleteError

    store = _store(backend)
    name = entry_name(vault_path)
    try:
        if store.get_password(SERVICE, name) is not None:
            store.delete_password(SERVICE, name)
    except PasswordDeleteError:
        pass
    except Exception as exc:  # any keyring failure is reported, never a crash
        if not _vanished(exc):
            raise KeystoreUnavailable(
                "The remembered passphrase could not be removed from the system keyring (it "
                "may be locked). Unlock the keyring and try again; until then this device can "
                "still unlock the vault without the passphrase being typed.",
                code=f"keystore_{type(exc).__name__.lower()}",
            ) from None
    _unmark(vault_path)
