"""The key derivation at unlock runs with only what unlocking and the case list need loaded.

The passphrase slot's Argon2id takes 64 MiB for the moment it runs, on top
of everything the process holds by then, so it sets the application's peak
memory.  A fresh process shows the window, lets the warm-up that follows the
first paint run, and unlocks a vault: when the key is derived the case
list's modules are loaded (the list shows at once) but none of the other
pages' modules; those are imported once the list is shown.
"""

from __future__ import annotations

import json
from pathlib import Path

from freshapp import run_fresh

from scr_desktop.gui.workspace import PAGES_WARM_UP, WARM_UP
from scr_desktop.storage.vault import Vault

# The credential store's library and what its plugin discovery loads.
KEYRING = ("keyring", "keyrings", "importlib_metadata", "secretstorage", "jeepney")
PASS = "a passphrase of several words for the check"  # the fresh process's (freshapp)

CODE = """
import json
from scr_desktop.storage import keyslots

with Vault.create(path, PASS) as vault:
    vault.cases.save(vault.cases.new_case())
window = open_window()
seen = {}
derive = keyslots._argon2


def counted(passphrase, salt):
    seen["at_derivation"] = sorted(sys.modules)
    return derive(passphrase, salt)


keyslots._argon2 = counted
pages = sys.argv[2].split(",")
unlock(window, also=lambda: all(name in sys.modules for name in pages))
seen["after_unlock"] = sorted(sys.modules)
print(json.dumps(seen))
"""


def test_the_key_is_derived_before_the_other_pages_modules_are_loaded(tmp_path: Path) -> None:
    out = run_fresh(CODE, tmp_path, ",".join(PAGES_WARM_UP))
    seen = json.loads(out.strip().splitlines()[-1])
    at_derivation = set(seen["at_derivation"])
    assert set(WARM_UP) <= at_derivation  # the list is ready to show at once
    assert sorted(set(PAGES_WARM_UP) & at_derivation) == []
    assert set(PAGES_WARM_UP) <= set(seen["after_unlock"])



AS_A_PERSON_DOES = """
import json
from scr_desktop.policy import Policy
from scr_desktop.storage import keyslots, remembered

if sys.argv[3:] == ["marked"]:
    remembered.mark(path)
window = MainWindow(path, limiter=AttemptLimiter(path.parent / "attempts.json"),
                    idle_ms=3_600_000, policy=Policy(keyring_allowed=sys.argv[2] == "allowed"))
window.show()
seen = {}
derive = keyslots._argon2


def counted(passphrase, salt):
    seen["at_derivation"] = sorted(sys.modules)
    seen["reason"] = window.lock_screen.keystore_reason
    return derive(passphrase, salt)


keyslots._argon2 = counted
# the passphrase is typed once the credential store has been checked
wait(lambda: window.warmed
     and not str(window.lock_screen.keystore_reason).startswith("Checking"))
unlock(window)
print(json.dumps(seen))
"""


def _at_derivation(tmp_path: Path, policy: str,
                   *marked: str) -> tuple[set[str], str | None]:
    """Unlock a vault (made here, not in the fresh process) as a person does; return what
    was imported when the key derivation started, and what the lock screen said of
    remembering the passphrase."""
    with Vault.create(tmp_path / "vault.scrvault", PASS) as vault:
        vault.cases.save(vault.cases.new_case())
    out = run_fresh(AS_A_PERSON_DOES, tmp_path, policy, *marked)
    seen = json.loads(out.strip().splitlines()[-1])
    return set(seen["at_derivation"]), seen["reason"]


def _imported(modules: set[str], package: str) -> bool:
    return any(m == package or m.startswith(package + ".") for m in modules)


def test_the_key_is_derived_without_the_package_metadata_reader(tmp_path: Path) -> None:
    """The deadlines' rules version reads an installed package's version only when asked:
    the standard library's metadata reader is not loaded for unlocking."""
    at_derivation, _reason = _at_derivation(tmp_path, "allowed")
    assert "scr_desktop.storage.deadlines" in at_derivation  # loaded with the vault
    assert not _imported(at_derivation, "importlib.metadata")


def test_where_policy_forbids_remembering_the_keyring_is_never_loaded_to_unlock(
        tmp_path: Path) -> None:
    """The lock screen says "Remember on this device" is forbidden by the policy without
    loading the credential store's library, so the key derivation runs without it."""
    at_derivation, reason = _at_derivation(tmp_path, "forbidden")
    assert reason is not None and "keyring_allowed is false" in reason
    assert "scr_desktop.storage.keystore" in at_derivation  # the check did run
    for package in KEYRING:
        assert not _imported(at_derivation, package), package


def test_unless_a_passphrase_is_remembered_the_keyring_is_not_loaded_to_unlock(
        tmp_path: Path) -> None:
    """No marker says a passphrase is remembered for this vault on this device, and nobody
    ticked "Remember on this device": the box is offered without asking the store."""
    at_derivation, reason = _at_derivation(tmp_path, "allowed")
    assert reason is None
    for package in KEYRING:
        assert not _imported(at_derivation, package), package


def test_where_a_passphrase_is_remembered_the_store_is_asked_before_unlocking(
        tmp_path: Path) -> None:
    """The marker makes the lock screen ask the store (to recall the passphrase); here the
    store is the null keyring, which refuses, so the typed passphrase unlocks."""
    at_derivation, reason = _at_derivation(tmp_path, "allowed", "marked")
    assert reason is not None and "switched off" in reason
    assert _imported(at_derivation, "keyring")
