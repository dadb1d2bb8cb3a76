"""The recovery key as a person reads, prints and types it.

A recovery key is 128 random bits.  It is written as 8 groups of 5
characters from Crockford's base-32 alphabet (digits and capital letters
without I, L, O and U): each group holds 4 characters of the key and a
check character, and the last 32 bits of the 32 data characters are a
check on the whole key.  Reading is forgiving where it cannot be wrong
(lower case, spaces, dashes, and O, I, L typed for 0, 1, 1) and exact about
mistakes: a group whose check fails is named, so the person knows where to
look.  The checks only catch typing; the key's strength is its 128 random
bits, tried against the recovery slot.
"""

from __future__ import annotations

import hashlib
import secrets

from .errors import VaultError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_SAME = {"O": "0", "I": "1", "L": "1"}
KEY_BYTES = 16
GROUPS = 8
GROUP_DATA = 4


class RecoveryKeyInvalid(VaultError):
    """What was typed is not a well-formed recovery key (a typing mistake)."""

    code = "recovery_key_invalid"
    default_message = (
        "That is not a complete recovery key. A recovery key is 8 groups of 5 letters "
        "and digits, as printed on the recovery sheet; type every group."
    )


def _check_char(chars: str) -> str:
    """Return the Luhn mod 32 check character of ``chars``."""
    factor, total = 2, 0
    for c in reversed(chars):
        addend = factor * _VALUE[c]
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return ALPHABET[(32 - total % 32) % 32]


def _data_chars(key: bytes) -> str:
    digest = hashlib.sha256(b"scr-desktop recovery key\x00" + key).digest()[:4]
    number = int.from_bytes(key + digest, "big")
    chars = []
    for _ in range(GROUPS * GROUP_DATA):
        chars.append(ALPHABET[number % 32])
        number //= 32
    return "".join(reversed(chars))


def new_key() -> bytes:
    """Return a fresh random recovery key."""
    return secrets.token_bytes(KEY_BYTES)


def format_key(key: bytes) -> str:
    """Return ``key`` as its printed form, ``XXXXX-XXXXX-...`` (8 groups)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a recovery key is 16 bytes")
    data = _data_chars(key)
    groups = []
    for i in range(GROUPS):
        part = data[i * GROUP_DATA:(i + 1) * GROUP_DATA]
        groups.append(part + _check_char(part))
    return "-".join(groups)


def parse_key(text: str) -> bytes:
    """Return the key ``text`` spells, or raise :class:`RecoveryKeyInvalid` saying where."""
    cleaned = "".join(c for c in text.upper() if c not in " -\t\r\n")
    cleaned = "".join(_SAME.get(c, c) for c in cleaned)
    bad = sorted({c for c in cleaned if c not in _VALUE})
    if bad:
        raise RecoveryKeyInvalid(
            "A recovery key uses only digits and the letters A to Z (without U); "
            "check what was typed and try again.", code="recovery_key_characters")
    size = GROUPS * (GROUP_DATA + 1)
    if len(cleaned) != size:
        raise RecoveryKeyInvalid(
            f"A recovery key has {size} characters in 8 groups of 5; "
            f"{len(cleaned)} were typed. Check for a missing or extra group.",
            code="recovery_key_length")
    data = []
    for i in range(GROUPS):
        group = cleaned[i * 5:(i + 1) * 5]
        if _check_char(group[:GROUP_DATA]) != group[GROUP_DATA]:
            raise RecoveryKeyInvalid(
                f"Group {i + 1} of the recovery key has a typing mistake; "
                "compare it with the recovery sheet.", code="recovery_key_group")
        data.append(group[:GROUP_DATA])
    number = 0
    for c in "".join(data):
        number = number * 32 + _VALUE[c]
    raw = number.to_bytes(KEY_BYTES + 4, "big")
    key = raw[:KEY_BYTES]
    if _data_chars(key) != "".join(data):
        raise RecoveryKeyInvalid(
            "The recovery key's groups are each well formed but do not fit together; "
            "check that no two groups were swapped.", code="recovery_key_check")
    return key
