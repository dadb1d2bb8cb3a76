"""The passphrase slot's wrapping key as "Remember on this device" keeps it.

What the credential store holds for a vault is not the passphrase but the
key Argon2id derived from it for the vault's passphrase slot (32 bytes), as
text: a versioned prefix, an identifier of the slot (a digest of its
Argon2id salt, which names the slot without revealing anything), then the
key in base64.  So a remembered unlock unwraps the slot directly, without
the 64 MiB derivation, and the store never holds a human secret that may be
reused elsewhere.  A change of passphrase writes a new slot with a new salt,
so an entry made for the old slot names a slot that is no longer there and
is recognised as stale before anything is tried.

An entry without the prefix was written by an earlier version: it is the
passphrase itself, used as one (once) and then replaced by the slot's key.
This module has no heavy imports: the lock screen reads it before unlocking.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

PREFIX = "scr-desktop slot key 1:"
KEY_BYTES = 32


class SlotKey(str):
    """A remembered passphrase slot's key (its text), told apart from a passphrase by its type."""

    def __repr__(self) -> str:  # never shown, even by accident
        return "SlotKey(...)"

    @property
    def slot_id(self) -> str:
        """The identifier of the slot this key opens (a digest of its salt)."""
        return self[len(PREFIX):].split(":", 1)[0]

    @property
    def wrapping_key(self) -> bytes:
        """The slot's wrapping key."""
        return base64.b64decode(self.rsplit(":", 1)[1].encode("ascii"), validate=True)


def slot_id(salt: bytes) -> str:
    """Return the identifier of the passphrase slot whose Argon2id salt is ``salt``."""
    return hashlib.sha256(b"scr-desktop passphrase slot\x00" + salt).hexdigest()[:32]


def encode(salt: bytes, wrapping: bytes) -> SlotKey:
    """Return what is remembered for the passphrase slot with ``salt`` and key ``wrapping``."""
    if len(wrapping) != KEY_BYTES:
        raise ValueError("not a slot key")
    return SlotKey(f"{PREFIX}{slot_id(salt)}:{base64.b64encode(wrapping).decode('ascii')}")


def decode(text: str) -> str:
    """Return ``text`` as a :class:`SlotKey` if it is one, else unchanged (a passphrase).

    Text with the prefix that is not a well-formed slot key is returned as a
    :class:`SlotKey` that names no slot, so it is treated as stale, never
    typed into Argon2id as a passphrase.
    """
    if not text.startswith(PREFIX):
        return text
    try:
        key = SlotKey(text)
        if len(key.slot_id) == 32 and len(key.wrapping_key) == KEY_BYTES:
            return key
    except (ValueError, IndexError, binascii.Error, UnicodeEncodeError):
        pass
    return SlotKey(PREFIX + "damaged:")
