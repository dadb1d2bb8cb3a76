"""The per-device marker of a remembered passphrase: kept with the credential store's entry.

The marker tells the lock screen whether to load the credential store's
library at all before unlocking.  It is written when a passphrase is
remembered, removed when it is forgotten or found missing, never written
when the store refuses, and holds neither the secret nor the folder's name.
The round trips use the real Secret Service (as ``test_keystore.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyringhelpers import needs_secret_service, secret_service

from scr_desktop.policy import Policy
from scr_desktop.storage import remembered
from scr_desktop.storage.keystore import (
    SERVICE,
    KeystoreUnavailable,
    entry_name,
    forget,
    recall,
    remember,
)

SECRET = "granite lantern orchard velvet"
ALLOWED = Policy()




@pytest.fixture(autouse=True)
def _restore_active_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "Jane Doe's documents" / "vault.scrvault"


def test_marks_are_kept_per_vault_and_an_unreadable_file_counts_as_none(
        tmp_path: Path, vault_path: Path) -> None:
    file = tmp_path / "state" / "remembered.json"
    other = vault_path.with_name("other.scrvault")
    assert not remembered.is_marked(vault_path, file)
    remembered.mark(vault_path, file)
    assert remembered.is_marked(vault_path, file) and not remembered.is_marked(other, file)
    assert file.stat().st_mode & 0o077 == 0, "owner-only"
    assert "Jane" not in file.read_text(encoding="utf-8")
    remembered.unmark(vault_path, file)
    assert not remembered.is_marked(vault_path, file)
    remembered.unmark(vault_path, file)  # none to remove: not an error
    file.write_text("{not json", encoding="utf-8")
    assert not remembered.is_marked(vault_path, file)


def test_a_refused_store_leaves_no_mark(vault_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeystoreUnavailable):
        remember(vault_path, SECRET, policy=ALLOWED)
    assert not remembered.is_marked(vault_path)
    with pytest.raises(KeystoreUnavailable):
        remember(vault_path, SECRET, policy=Policy(keyring_allowed=False))
    assert not remembered.is_marked(vault_path)


@pytest.mark.keyring
@needs_secret_service
def test_remembering_marks_and_forgetting_unmarks(vault_path: Path) -> None:
    keyring.set_keyring(secret_service())  # type: ignore[arg-type]
    try:
        remember(vault_path, SECRET, policy=ALLOWED)
        assert remembered.is_marked(vault_path)
        text = remembered.markers_path().read_text(encoding="utf-8")
        assert SECRET not in text and "Jane" not in text and entry_name(vault_path) not in text
        forget(vault_path)
        assert not remembered.is_marked(vault_path)
        assert recall(vault_path, policy=ALLOWED) is None
    finally:
        forget(vault_path)


@pytest.mark.keyring
@needs_secret_service
def test_an_entry_found_missing_removes_its_mark(vault_path: Path) -> None:
    store = secret_service()
    assert store is not None
    keyring.set_keyring(store)
    remember(vault_path, SECRET, policy=ALLOWED)
    store.delete_password(SERVICE, entry_name(vault_path))  # removed outside the application
    assert remembered.is_marked(vault_path)
    assert recall(vault_path, policy=ALLOWED) is None
    assert not remembered.is_marked(vault_path)
