"""Key slots: the vault's random key, wrapped once for each way of opening it.

The vault is encrypted by SQLCipher with a random 256-bit key and a salt
(a *raw* key: SQLCipher's own passphrase derivation is not used).  That
key is kept only wrapped, each wrapping in its own *slot*:

* ``passphrase``: Argon2id (version 19, 64 MiB, 3 passes, 4 lanes, 16-byte
  salt; RFC 9106's second recommended setting) turns the passphrase into a
  256-bit wrapping key.  Only exactly these parameters are accepted on
  read, so a changed key file cannot weaken the derivation.
* ``recovery``: a 128-bit recovery key (see :mod:`.recovery_code`),
  stretched by nothing more than HKDF-SHA256 since it is random already.
* ``escrow``: a random wrapping key sealed with ``age`` to the X25519
  recipient the policy file names (``pyrage``); only the holder of the
  matching identity (IT) can open it.  The app never sees that identity.

Every slot wraps the vault key with AES-256-GCM under its wrapping key; the
associated data binds the vault's id, the slot's id and kind and its
derivation parameters, so a slot cannot be moved to another vault or have
its parameters changed without failing.  A change of passphrase writes a
new passphrase slot and drops the old one; a new recovery key does the same
for the recovery slot.  The vault key itself never changes.

The salt's last 4 bytes are a check on its first 12, so a vault file that
uses key slots can be told from an older one keyed by its passphrase by its
first 16 bytes alone (:func:`uses_key_slots`).
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import keyfile
from .errors import VaultDamaged, VaultError, WrongPassphrase
from .kdf_lock import ARGON2_LOCK
from .recovery_code import format_key, new_key, parse_key
from .slot_key import SlotKey, encode, slot_id

ARGON2_MEMORY_KIB, ARGON2_ITERATIONS, ARGON2_LANES = 65536, 3, 4
ARGON2: dict[str, object] = {"name": "argon2id", "version": 19, "memory_kib": ARGON2_MEMORY_KIB,
                             "iterations": ARGON2_ITERATIONS, "lanes": ARGON2_LANES}
KEY_BYTES = 32
_SALT_TAG = b"scr-desktop key slots salt"


class RecoveryKeyWrong(VaultError):
    """A well-formed recovery key that does not open this vault."""

    code = "recovery_key_wrong"
    default_message = (
        "That recovery key does not open this vault. It may belong to another vault, or "
        "be an older key that was replaced by a newer one. Check the sheet's date and "
        "the vault named on it."
    )


class RememberedKeyStale(VaultError):
    """A remembered slot key names a passphrase slot the vault no longer has."""

    code = "remembered_key_stale"
    default_message = (
        "The passphrase was changed since it was remembered on this device, so what was "
        "remembered no longer opens this vault and has been forgotten. Nothing else was "
        "changed. Type the vault's passphrase."
    )


class NoRecoverySlot(VaultError):
    """The vault has no recovery key (yet)."""

    code = "no_recovery_slot"
    default_message = (
        "This vault has no recovery key yet, so it cannot be opened with one. Ask your "
        "IT service desk whether the vault was escrowed to them."
    )


class EscrowIdentityWrong(VaultError):
    """The identity file does not open any escrow slot of this vault."""

    code = "escrow_identity_wrong"
    default_message = (
        "That identity does not open this vault: the vault was not escrowed to it (or "
        "not escrowed at all). Check that it is the board's escrow identity file."
    )


class EscrowIdentityInvalid(VaultError):
    """The identity file holds no age X25519 identity."""

    code = "escrow_identity_invalid"
    default_message = (
        "That file is not an age identity file: it should hold a line starting "
        "'AGE-SECRET-KEY-1'."
    )


class EscrowRecipientInvalid(VaultError):
    """The policy names an escrow recipient that is not an age X25519 public key."""

    code = "escrow_recipient_invalid"
    default_message = (
        "The escrow key named in the policy file is not an age public key (it should "
        "start 'age1'). The vault has no escrow slot; tell your IT service desk."
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64")
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_salt() -> bytes:
    """Return a salt for a vault that uses key slots (recognisable by its tag)."""
    head = secrets.token_bytes(12)
    return head + hashlib.sha256(_SALT_TAG + head).digest()[:4]


def uses_key_slots(vault_path: Path) -> bool:
    """Return True if the vault file's salt marks it as keyed through key slots."""
    try:
        with Path(vault_path).open("rb") as f:
            head = f.read(16)
    except OSError:
        return False
    return len(head) == 16 and hashlib.sha256(_SALT_TAG + head[:12]).digest()[:4] == head[12:]


class RawKey(str):
    """A SQLCipher raw key string (``x'...'``), told apart from a passphrase by its type."""


def key_text(key: bytes, salt: bytes) -> RawKey:
    """Return the SQLCipher key string for a raw key with its salt."""
    return RawKey("x'" + key.hex().upper() + salt.hex().upper() + "'")


def copy_key(path: Path, secret: str) -> str:
    """Return what keys the vault file at ``path`` given a passphrase or a :class:`RawKey`.

    A file that uses key slots (or has a key file beside it) is opened through
    its key file, whose problems are raised by name; an older file is keyed
    by the passphrase.
    """
    if isinstance(secret, RawKey) or not (uses_key_slots(path) or keyfile.exists(path)):
        return secret
    slots = KeySlots.load(path)
    key = slots.open_with_passphrase(secret)
    slots.check_salt(path)
    return slots.key_text(key)


def _argon2(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    with ARGON2_LOCK:
        return Argon2id(salt=salt, length=32, iterations=ARGON2_ITERATIONS,
                        lanes=ARGON2_LANES, memory_cost=ARGON2_MEMORY_KIB).derive(
            passphrase.encode("utf-8"))


def _hkdf(secret: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=b"scr-desktop recovery slot").derive(secret)


@dataclass(frozen=True)
class RecoveryDraft:
    """A new recovery key and its slot, not yet kept: it is kept only once the person
    has said they wrote it down or saved its sheet, so a key nobody kept never replaces
    one that was."""

    code: str = field(repr=False)
    slot: dict[str, Any] = field(repr=False)


@dataclass
class KeySlots:
    """The key slots of one vault, as kept in its key file."""

    vault_id: str
    salt: bytes
    slots: list[dict[str, Any]] = field(default_factory=list)
    notice: str = ""
    # The audit entry this key file's last change owes the log (see Vault._save_slots).
    owed: dict[str, Any] | None = field(default=None, compare=False)
    # The remembered form of the passphrase slot's key once known here (never saved).
    opened_with: SlotKey | None = field(default=None, repr=False, compare=False)

    # -- making and reading ------------------------------------------------------
    @classmethod
    def new(cls) -> tuple[KeySlots, bytes]:
        """Return empty slots for a new vault, and the new vault key."""
        return cls(vault_id=secrets.token_hex(16), salt=new_salt()), secrets.token_bytes(KEY_BYTES)

    def to_body(self) -> dict[str, Any]:
        """Return the JSON body of the key file."""
        body: dict[str, Any] = {"vault_id": self.vault_id, "salt": _b64(self.salt),
                                "slots": self.slots, "notice": self.notice}
        if self.owed is not None:
            body["owed"] = self.owed
        return body

    @classmethod
    def from_body(cls, body: dict[str, Any], name: str) -> KeySlots:
        """Read a key file's body, refusing anything this app would not have written."""
        try:
            vault_id = body["vault_id"]
            salt = _unb64(body["salt"])
            slots = body["slots"]
            notice = body.get("notice", "")
            if (not isinstance(vault_id, str) or len(vault_id) != 32 or len(salt) != 16
                    or not isinstance(slots, list) or not isinstance(notice, str)):
                raise ValueError("bad key file")
            for slot in slots:
                _check_slot(slot)
            owed = body.get("owed")
            if owed is not None:
                _check_owed(owed)
        except (KeyError, ValueError, TypeError):
            raise keyfile.KeyFileDamaged(name, code="key_file_invalid") from None
        return cls(vault_id=vault_id, salt=salt, slots=slots, notice=notice, owed=owed)

    @classmethod
    def load(cls, vault_path: Path) -> KeySlots:
        """Read the key slots kept beside the vault at ``vault_path``."""
        return cls.from_body(keyfile.read(vault_path), Path(vault_path).name)

    def save(self, vault_path: Path) -> None:
        """Write the key slots beside the vault at ``vault_path`` (both copies, atomically)."""
        keyfile.write(vault_path, self.to_body())

    def check_salt(self, vault_path: Path) -> None:
        """Raise :class:`VaultDamaged` unless the vault file starts with this vault's salt.

        SQLCipher takes the salt from the raw key and would not notice a
        changed salt in the file, so it is compared here.
        """
        try:
            with Path(vault_path).open("rb") as f:
                head = f.read(16)
        except OSError:
            return
        if head != self.salt:
            raise VaultDamaged(code="vault_salt_damaged")

    def key_text(self, key: bytes) -> RawKey:
        """Return the SQLCipher key string for this vault's key."""
        return key_text(key, self.salt)

    # -- slots -------------------------------------------------------------------
    def kinds(self) -> set[str]:
        """Return the kinds of slot this vault has."""
        return {str(s["kind"]) for s in self.slots}

    def escrow_recipients(self) -> list[str]:
        """Return the age recipients this vault is escrowed to."""
        return [str(s["recipient"]) for s in self.slots if s["kind"] == "escrow"]

    def _aad(self, slot: dict[str, Any]) -> bytes:
        kdf = json.dumps(slot["kdf"], sort_keys=True, separators=(",", ":"))
        return "\x00".join(["scr-desktop key slot 1", self.vault_id, str(slot["id"]),
                            str(slot["kind"]), kdf]).encode("utf-8")

    def _add(self, kind: str, kdf: dict[str, Any], wrapping: bytes, key: bytes,
             **extra: str) -> None:
        slot: dict[str, Any] = {"id": f"{kind}-{secrets.token_hex(4)}", "kind": kind, "kdf": kdf,
                                **extra}
        nonce = secrets.token_bytes(12)
        slot["nonce"] = _b64(nonce)
        slot["wrapped"] = _b64(AESGCM(wrapping).encrypt(nonce, key, self._aad(slot)))
        self.slots.append(slot)

    def _unwrap(self, slot: dict[str, Any], wrapping: bytes) -> bytes | None:
        try:
            key = AESGCM(wrapping).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]),
                                           self._aad(slot))
        except InvalidTag:
            return None
        return key if len(key) == KEY_BYTES else None

    def set_passphrase(self, key: bytes, passphrase: str) -> None:
        """Replace the passphrase slot with one for ``passphrase``."""
        if not passphrase:
            raise ValueError("the passphrase is empty")
        if "\x00" in passphrase:
            raise ValueError("a passphrase cannot contain a NUL character")
        salt = secrets.token_bytes(16)
        wrapping = _argon2(passphrase, salt)
        self.slots = [s for s in self.slots if s["kind"] != "passphrase"]
        self._add("passphrase", {**ARGON2, "salt": _b64(salt)}, wrapping, key)
        self.opened_with = encode(salt, wrapping)

    def set_recovery(self, key: bytes) -> str:
        """Replace the recovery slot with a new recovery key; return it as printed (once)."""
        secret = new_key()
        salt = secrets.token_bytes(16)
        self.slots = [s for s in self.slots if s["kind"] != "recovery"]
        self._add("recovery", {"name": "hkdf-sha256", "salt": _b64(salt)},
                  _hkdf(secret, salt), key)
        return format_key(secret)

    def draft_recovery(self, key: bytes) -> RecoveryDraft:
        """Make a new recovery key without putting it in these slots (see :meth:`keep`)."""
        draft = KeySlots(vault_id=self.vault_id, salt=self.salt)
        code = draft.set_recovery(key)
        return RecoveryDraft(code=code, slot=dict(draft.slots[0]))

    def keep(self, draft: RecoveryDraft) -> None:
        """Put ``draft``'s recovery slot in place of this vault's (or a copy's) recovery slot."""
        self.slots = [s for s in self.slots if s["kind"] != "recovery"] + [dict(draft.slot)]

    def add_escrow(self, key: bytes, recipient: str) -> None:
        """Add a slot that the holder of ``recipient``'s age identity can open."""
        import pyrage

        try:
            public = pyrage.x25519.Recipient.from_str(recipient.strip())
        except (pyrage.RecipientError, ValueError):
            raise EscrowRecipientInvalid() from None
        wrapping = secrets.token_bytes(32)
        sealed = pyrage.encrypt(wrapping, [public])
        self._add("escrow", {"name": "age-x25519", "sealed": _b64(sealed)}, wrapping, key,
                  recipient=recipient.strip())

    def open_with_passphrase(self, passphrase: str) -> bytes:
        """Return the vault key, or raise :class:`WrongPassphrase`.

        A remembered :class:`~.slot_key.SlotKey` opens its slot without Argon2id
        (:meth:`open_with_slot_key`).
        """
        if isinstance(passphrase, SlotKey):
            return self.open_with_slot_key(passphrase)
        for slot in self.slots:
            if slot["kind"] == "passphrase":
                salt = _unb64(slot["kdf"]["salt"])
                wrapping = _argon2(passphrase, salt)
                key = self._unwrap(slot, wrapping)
                if key is not None:
                    self.opened_with = encode(salt, wrapping)
                    return key
        raise WrongPassphrase()

    def open_with_slot_key(self, remembered: SlotKey) -> bytes:
        """Return the vault key for a remembered slot key, without deriving anything.

        Raises :class:`RememberedKeyStale` when no passphrase slot is the one
        it names (the passphrase was changed), and :class:`WrongPassphrase`
        when the slot is there but the key does not open it.
        """
        for slot in self.slots:
            if slot["kind"] == "passphrase" and slot_id(_unb64(slot["kdf"]["salt"])) == \
                    remembered.slot_id:
                key = self._unwrap(slot, remembered.wrapping_key)
                if key is None:
                    raise WrongPassphrase()
                self.opened_with = remembered
                return key
        raise RememberedKeyStale()

    def open_with_recovery_key(self, text: str) -> bytes:
        """Return the vault key for a typed recovery key, or say what is wrong with it."""
        secret = parse_key(text)
        found = False
        for slot in self.slots:
            if slot["kind"] == "recovery":
                found = True
                key = self._unwrap(slot, _hkdf(secret, _unb64(slot["kdf"]["salt"])))
                if key is not None:
                    return key
        raise RecoveryKeyWrong() if found else NoRecoverySlot()

    def open_with_identity(self, identity_text: str) -> bytes:
        """Return the vault key for an age identity file's text, or say why not."""
        import pyrage

        identities = []
        for line in identity_text.splitlines():
            line = line.strip()
            if line.startswith("AGE-SECRET-KEY-1"):
                try:
                    identities.append(pyrage.x25519.Identity.from_str(line))
                except (pyrage.IdentityError, ValueError):
                    raise EscrowIdentityInvalid() from None
        if not identities:
            raise EscrowIdentityInvalid()
        for slot in self.slots:
            if slot["kind"] != "escrow":
                continue
            try:
                wrapping = pyrage.decrypt(_unb64(slot["kdf"]["sealed"]), identities)
            except pyrage.DecryptError:
                continue
            key = self._unwrap(slot, wrapping)
            if key is not None:
                return key
        raise EscrowIdentityWrong()


def _check_slot(slot: object) -> None:
    """Raise ValueError unless ``slot`` is one this app writes, with its exact parameters."""
    if not isinstance(slot, dict):
        raise ValueError("slot")
    kind, kdf = slot.get("kind"), slot.get("kdf")
    if not isinstance(slot.get("id"), str) or not isinstance(kdf, dict):
        raise ValueError("slot")
    _unb64(slot.get("nonce"))
    _unb64(slot.get("wrapped"))
    if kind == "passphrase":
        if {k: v for k, v in kdf.items() if k != "salt"} != ARGON2:
            raise ValueError("key derivation parameters not accepted")
        if len(_unb64(kdf.get("salt"))) != 16:
            raise ValueError("salt")
    elif kind == "recovery":
        if set(kdf) != {"name", "salt"} or kdf["name"] != "hkdf-sha256":
            raise ValueError("recovery parameters")
        _unb64(kdf["salt"])
    elif kind == "escrow":
        if set(kdf) != {"name", "sealed"} or kdf["name"] != "age-x25519":
            raise ValueError("escrow parameters")
        _unb64(kdf["sealed"])
        if not isinstance(slot.get("recipient"), str):
            raise ValueError("recipient")
    else:
        raise ValueError("slot kind")


OWED_ACTIONS = frozenset({"passphrase change", "passphrase reset", "new recovery key",
                          "escrow slot added"})


def _check_owed(owed: object) -> None:
    """Raise ValueError unless ``owed`` names a key change's audit entry, as this app writes it."""
    if not isinstance(owed, dict) or set(owed) != {"id", "hash", "at", "action", "detail"}:
        raise ValueError("owed")
    if (not isinstance(owed["id"], int) or owed["action"] not in OWED_ACTIONS
            or not all(isinstance(owed[k], str) and len(owed[k]) <= 500
                       for k in ("hash", "at", "detail"))):
        raise ValueError("owed")
