"""An entry removed while it is being read is 'nothing remembered', not an error."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import SecretService

from scr_desktop.policy import Policy
from scr_desktop.storage import keystore

pytestmark = pytest.mark.keyring


class ItemNotFoundException(Exception):
    """Stands for secretstorage's exception of the same name."""


@pytest.fixture
def service() -> SecretService.Keyring:
    try:
        SecretService.Keyring.priority  # noqa: B018 - raises when there is no service
    except RuntimeError:
        pytest.skip("no Secret Service on the session bus (bash scripts/test.sh provides one)")
    return SecretService.Keyring()


def test_recall_and_forget_treat_a_vanished_entry_as_absent(
        service: SecretService.Keyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def vanished(*_args: object) -> None:
        raise ItemNotFoundException("Item does not exist!")

    monkeypatch.setattr(service, "get_password", vanished)
    vault = tmp_path / "vault.scrvault"
    assert keystore.recall(vault, policy=Policy(), backend=service) is None
    keystore.forget(vault, backend=service)


def test_other_failures_are_still_reported(
        service: SecretService.Keyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(*_args: object) -> None:
        raise RuntimeError("locked")

    monkeypatch.setattr(service, "get_password", locked)
    with pytest.raises(keystore.KeystoreUnavailable):
        keystore.recall(tmp_path / "vault.scrvault", policy=Policy(), backend=service)
