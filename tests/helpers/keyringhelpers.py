"""The real Secret Service keyring for storage tests, and the mark for tests that need it."""

from __future__ import annotations

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import SecretService


def secret_service() -> KeyringBackend | None:
    """Return the Secret Service keyring on the session bus, or None where there is none."""
    try:
        SecretService.Keyring.priority  # noqa: B018 - raises when there is no service
    except RuntimeError:
        return None
    return SecretService.Keyring()


needs_secret_service = pytest.mark.skipif(
    secret_service() is None,
    reason="no Secret Service on the session bus: run under dbus-run-session with "
           "gnome-keyring unlocked (bash scripts/test.sh does this)",
)


def count_derivations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count every Argon2id derivation of a key slot from here on (one item per call)."""
    from scr_desktop.storage import keyslots

    derive = keyslots._argon2
    calls: list[int] = []

    def counted(passphrase: str, salt: bytes) -> bytes:
        calls.append(1)
        return derive(passphrase, salt)

    monkeypatch.setattr(keyslots, "_argon2", counted)
    return calls
