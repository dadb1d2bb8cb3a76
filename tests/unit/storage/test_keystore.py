"""Remember on this device: a real Secret Service round trip, and every unsafe keyring refused.

The round-trip tests talk to the Secret Service on the session bus (GNOME
Keyring under ``dbus-run-session``, as ``scripts/test.sh`` runs them); where
there is none a bare ``pytest`` skips them with the reason, and
``scripts/test.sh`` fails them (``SCR_REQUIRE_ALL``).  The refusals use the real
fail, chainer and ``keyrings.alt`` plaintext backends.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, chainer, fail
from keyringhelpers import needs_secret_service, secret_service
from keyrings.alt.file import PlaintextKeyring

from scr_desktop.policy import POLICY_ENV, Policy
from scr_desktop.storage import keystore
from scr_desktop.storage.keystore import (
    SERVICE,
    KeystoreUnavailable,
    entry_name,
    forget,
    recall,
    remember,
    secure_backend_problem,
    unavailable_reason,
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


@pytest.fixture
def plaintext(tmp_path: Path) -> PlaintextKeyring:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "plaintext" / "keyring_pass.cfg")  # type: ignore[misc]
    return backend


def test_the_entry_name_hides_the_folder(vault_path: Path) -> None:
    name = entry_name(vault_path)
    assert "Jane" not in name and "vault.scrvault" not in name
    assert name == entry_name(vault_path.parent / ".." / vault_path.parent.name / vault_path.name)
    assert name != entry_name(vault_path.with_name("other.scrvault"))


def test_the_fail_backend_is_refused(vault_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    problem = secure_backend_problem()
    assert problem is not None and "no system keyring" in problem
    with pytest.raises(KeystoreUnavailable) as caught:
        remember(vault_path, SECRET, policy=ALLOWED)
    assert caught.value.user_message == problem
    with pytest.raises(KeystoreUnavailable):
        recall(vault_path, policy=ALLOWED)
    with pytest.raises(KeystoreUnavailable):
        forget(vault_path)


def test_a_plaintext_keyring_is_refused_and_never_written(
        vault_path: Path, plaintext: PlaintextKeyring) -> None:
    keyring.set_keyring(plaintext)
    problem = secure_backend_problem()
    assert problem is not None and "ordinary file" in problem
    with pytest.raises(KeystoreUnavailable) as caught:
        remember(vault_path, SECRET, policy=ALLOWED)
    assert "ordinary file" in caught.value.user_message
    assert "Type your passphrase each time" in caught.value.user_message
    assert not Path(plaintext.file_path).exists()
    with pytest.raises(KeystoreUnavailable):
        recall(vault_path, policy=ALLOWED)


def test_a_plaintext_entry_written_elsewhere_is_never_read(
        vault_path: Path, plaintext: PlaintextKeyring) -> None:
    plaintext.set_password(SERVICE, entry_name(vault_path), SECRET)
    with pytest.raises(KeystoreUnavailable):
        recall(vault_path, policy=ALLOWED, backend=plaintext)


def test_a_null_backend_is_refused() -> None:
    from keyring.backends import null

    problem = secure_backend_problem(null.Keyring())
    assert problem is not None and "switched off" in problem


def test_a_chainer_with_only_file_keyrings_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring.backend, "_limit",
                        lambda kr: type(kr).__module__.startswith("keyrings.alt"))
    chain = chainer.ChainerBackend()
    assert chain.backends, "keyrings.alt should offer at least its plaintext keyring"
    problem = secure_backend_problem(chain)
    assert problem is not None and "ordinary file" in problem


def test_an_empty_chainer_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring.backend, "_limit", lambda kr: False)
    chain = chainer.ChainerBackend()
    assert chain.backends == []
    problem = secure_backend_problem(chain)
    assert problem is not None and "no system keyring" in problem


def test_policy_forbidding_the_keyring_is_named(
        vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    policy_file = tmp_path / "policy.json"
    policy_file.write_text('{"keyring_allowed": false}', "utf-8")
    monkeypatch.setattr("scr_desktop.policy.machine_policy_path", lambda: tmp_path / "none")
    monkeypatch.setenv(POLICY_ENV, str(policy_file))
    with pytest.raises(KeystoreUnavailable) as caught:
        remember(vault_path, SECRET)
    assert "policy" in caught.value.user_message
    assert "keyring_allowed" in caught.value.user_message
    assert caught.value.code == "keystore_forbidden"
    assert recall(vault_path) is None
    assert unavailable_reason() == caught.value.user_message


@pytest.mark.keyring
@needs_secret_service
def test_secret_service_round_trip(vault_path: Path) -> None:
    store = secret_service()
    assert store is not None
    keyring.set_keyring(store)
    assert secure_backend_problem() is None
    assert unavailable_reason(ALLOWED) is None
    forget(vault_path)
    assert recall(vault_path, policy=ALLOWED) is None
    remember(vault_path, SECRET, policy=ALLOWED)
    assert recall(vault_path, policy=ALLOWED) == SECRET
    assert store.get_password(SERVICE, entry_name(vault_path)) == SECRET
    remember(vault_path, SECRET + " changed", policy=ALLOWED)
    assert recall(vault_path, policy=ALLOWED) == SECRET + " changed"
    forget(vault_path)
    assert recall(vault_path, policy=ALLOWED) is None
    forget(vault_path)


@pytest.mark.keyring
@needs_secret_service
def test_the_stored_entry_names_no_folder(vault_path: Path) -> None:
    import secretstorage

    keyring.set_keyring(secret_service())  # type: ignore[arg-type]
    remember(vault_path, SECRET, policy=ALLOWED)
    try:
        with secretstorage.dbus_init() as bus:
            items = list(secretstorage.search_items(bus, {"service": SERVICE}))
            assert items
            for item in items:
                described = item.get_label() + repr(item.get_attributes())
                assert "Jane" not in described and str(vault_path.parent) not in described
    finally:
        forget(vault_path)


@pytest.mark.keyring
@needs_secret_service
def test_a_chainer_uses_only_its_protected_store(
        vault_path: Path, plaintext: PlaintextKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring.backend, "_limit", lambda kr: isinstance(
        kr, SecretService.Keyring | PlaintextKeyring))
    chain = chainer.ChainerBackend()
    assert secure_backend_problem(chain) is None
    try:
        remember(vault_path, SECRET, policy=ALLOWED, backend=chain)
        assert recall(vault_path, policy=ALLOWED, backend=chain) == SECRET
        assert secret_service().get_password(  # type: ignore[union-attr]
            SERVICE, entry_name(vault_path)) == SECRET
        for backend in chain.backends:
            if isinstance(backend, PlaintextKeyring):
                assert backend.get_password(SERVICE, entry_name(vault_path)) is None
    finally:
        forget(vault_path, backend=chain)


def test_the_module_refuses_unknown_backends() -> None:
    class HomeMade(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("must not be called")

        def delete_password(self, service: str, username: str) -> None:
            return None

    problem = secure_backend_problem(HomeMade())
    assert problem is not None and "not one SCR Desktop knows" in problem
    assert "keyring.backends.SecretService.Keyring" in keystore.SECURE_BACKENDS
