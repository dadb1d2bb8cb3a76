"""A change to the vault's keys and its audit entry are kept together: both or neither.

Each change to the key file (a passphrase change, a passphrase reset through
the recovery key, a new recovery key, an escrow slot added at unlock) is
interrupted at the point between its two writes, the key file saved and the
audit entry not yet committed: by a failure there (the audit write raising,
the key file's replace failing half-way, the commit failing after the key
file was saved) and by ``kill -9`` of a child process held there.  After
reopening, either the change and its entry are both there or neither is,
the vault opens with what the person was told, and the message says what
changed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pyrage
import pytest

from scr_desktop.storage import keyfile
from scr_desktop.storage.attempts import AttemptLimiter
from scr_desktop.storage.audit import AuditLog
from scr_desktop.storage.errors import DiskFull, VaultError, WrongPassphrase
from scr_desktop.storage.keyfile import key_paths
from scr_desktop.storage.keyslots import KeySlots, RecoveryKeyWrong
from scr_desktop.storage.vault import Vault

PASS = "granite lantern orchard velvet"
NEW = "meadow copper thistle harbour"
ACTIONS = {"change": "passphrase change", "reset": "passphrase reset",
           "recovery": "new recovery key", "escrow": "escrow slot added"}


@pytest.fixture
def identity() -> pyrage.x25519.Identity:
    return pyrage.x25519.Identity.generate()


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str]:
    """A vault with a case and a recovery key (no escrow slot), and that key."""
    path = tmp_path / "v.scrvault"
    with Vault.create(path, PASS) as vault:
        case = vault.cases.new_case()
        case.set("child_forenames", "Philippa")
        vault.cases.save(case)
        code = vault.new_recovery_key()
    return path, code


def _open(path: Path, secret: str, tmp_path: Path, **kw: str) -> Vault:
    """Open with a fresh attempts file, so wrong tries here never start a pause."""
    limits = tmp_path / "attempts.json"
    limits.unlink(missing_ok=True)
    return Vault.open(path, secret, limiter=AttemptLimiter(limits), **kw)  # type: ignore[arg-type]


def _count(vault: Vault, action: str) -> int:
    return [e.action for e in vault.audit.entries()].count(action)


def _key_files(path: Path) -> list[bytes]:
    return [p.read_bytes() for p in key_paths(path)]


def _run(op: str, path: Path, code: str, identity: pyrage.x25519.Identity,
         tmp_path: Path) -> None:
    """Make the change ``op`` in this process."""
    if op == "change":
        with _open(path, PASS, tmp_path) as vault:
            vault.change_passphrase(PASS, NEW)
    elif op == "reset":
        Vault.open_with(path, lambda s: s.open_with_recovery_key(code), NEW,
                        how="the recovery key").close()
    elif op == "recovery":
        with _open(path, PASS, tmp_path) as vault:
            vault.keep_recovery_key(vault.draft_recovery_key())
    else:
        _open(path, PASS, tmp_path, escrow=str(identity.to_public())).close()


def _record_new_codes(m: pytest.MonkeyPatch) -> list[str]:
    """Return the list that each recovery key drafted from now on is added to."""
    codes: list[str] = []
    real_draft = Vault.draft_recovery_key

    def draft(vault: Vault) -> object:
        d = real_draft(vault)
        codes.append(d.code)
        return d

    m.setattr(Vault, "draft_recovery_key", draft)
    return codes


def _assert_nothing_changed(op: str, path: Path, code: str, new_code: str,
                            identity: pyrage.x25519.Identity, tmp_path: Path,
                            entries_before: int) -> None:
    """The old passphrase, recovery key and slots still stand, and the log has no entry."""
    if op in ("change", "reset"):
        with pytest.raises(WrongPassphrase):
            _open(path, NEW, tmp_path)
    slots = KeySlots.load(path)
    assert slots.escrow_recipients() == []
    slots.open_with_recovery_key(code)
    if new_code:
        with pytest.raises(RecoveryKeyWrong):
            slots.open_with_recovery_key(new_code)
    with _open(path, PASS, tmp_path) as vault:
        assert _count(vault, ACTIONS[op]) == entries_before
        assert vault.audit.verify() is None
        assert [c.child_name for c in vault.cases.list("")] == ["Philippa"]


def _assert_made_and_audited(op: str, path: Path, code: str, new_code: str,
                             identity: pyrage.x25519.Identity, tmp_path: Path,
                             entries_before: int) -> None:
    """The change stands and the log holds its entry once, also after a second unlock."""
    passphrase = NEW if op in ("change", "reset") else PASS
    if op in ("change", "reset"):
        with pytest.raises(WrongPassphrase):
            _open(path, PASS, tmp_path)
    slots = KeySlots.load(path)
    if op == "recovery":
        slots.open_with_recovery_key(new_code)
        with pytest.raises(RecoveryKeyWrong):
            slots.open_with_recovery_key(code)
    if op == "escrow":
        assert slots.open_with_identity(str(identity))
    for _ in range(2):
        with _open(path, passphrase, tmp_path) as vault:
            assert _count(vault, ACTIONS[op]) == entries_before + 1
            assert vault.audit.verify() is None
            assert [c.child_name for c in vault.cases.list("")] == ["Philippa"]


def _entries_before(path: Path, op: str, tmp_path: Path) -> int:
    with _open(path, PASS, tmp_path) as vault:
        return _count(vault, ACTIONS[op])


# -- a failure between the two writes: nothing changes, and the message says so ----------
NOT_CHANGED = {"change": "The passphrase was not changed",
               "reset": "The passphrase was not reset",
               "recovery": "The new recovery key was not kept, so nothing changed",
               "escrow": "The vault could not be given the escrow slot"}
MADE = {"change": "The vault now opens with the new passphrase only, but",
        "reset": "The vault now opens with the new passphrase, but",
        "recovery": "The new recovery key was kept (the vault opens with it",
        "escrow": "The vault was given the escrow slot the policy names, but it was not "
                  "unlocked"}


def _fail_after_saving(monkeypatch: pytest.MonkeyPatch, path: Path, *, put_back: bool) -> None:
    """The vault's key file is saved, then the disk fills before the audit entry commits;
    without ``put_back`` the old key file cannot be written back either."""
    real = KeySlots.save
    calls: list[int] = []

    def save(self: KeySlots, where: Path) -> None:
        if Path(where) != path:
            return real(self, where)
        calls.append(1)
        if len(calls) == 1:
            real(self, where)
            raise DiskFull()
        if not put_back:
            raise DiskFull()
        return real(self, where)

    monkeypatch.setattr(KeySlots, "save", save)


def _fail_the_second_replace(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The key file's first copy is replaced, the second fails (a full disk) once."""
    real = keyfile._write_atomic
    calls: list[Path] = []

    def write(where: Path, data: bytes) -> None:
        if where == key_paths(path)[1] and not calls:
            calls.append(where)
            raise OSError(28, "No space left on device")
        real(where, data)

    monkeypatch.setattr(keyfile, "_write_atomic", write)


def _fail_the_audit_write(monkeypatch: pytest.MonkeyPatch, op: str) -> None:
    real = AuditLog.record

    def record(self: AuditLog, action: str, **kw: str) -> None:
        if action == ACTIONS[op]:
            raise DiskFull()
        real(self, action, **kw)

    monkeypatch.setattr(AuditLog, "record", record)


@pytest.mark.parametrize("op", list(ACTIONS))
@pytest.mark.parametrize("fault", ["commit", "replace", "audit"])
def test_a_failure_between_the_key_file_and_its_audit_entry_changes_nothing_and_says_so(
        op: str, fault: str, made: tuple[Path, str], identity: pyrage.x25519.Identity,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, code = made
    before = _entries_before(path, op, tmp_path)
    files = _key_files(path)
    with monkeypatch.context() as m:
        if fault == "commit":
            _fail_after_saving(m, path, put_back=True)
        elif fault == "replace":
            _fail_the_second_replace(m, path)
        else:
            _fail_the_audit_write(m, op)
        new_code = _record_new_codes(m)
        with pytest.raises(VaultError) as caught:
            _run(op, path, code, identity, tmp_path)
    assert caught.value.user_message.startswith(NOT_CHANGED[op]), caught.value.user_message
    assert str(caught.value) == caught.value.user_message
    assert _key_files(path) == files
    _assert_nothing_changed(op, path, code, new_code[0] if new_code else "", identity,
                            tmp_path, before)


@pytest.mark.parametrize("op", list(ACTIONS))
def test_a_change_whose_key_file_could_not_be_put_back_says_so_and_is_audited_at_unlock(
        op: str, made: tuple[Path, str], identity: pyrage.x25519.Identity, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path, code = made
    before = _entries_before(path, op, tmp_path)
    with monkeypatch.context() as m:
        _fail_after_saving(m, path, put_back=False)
        new_code = _record_new_codes(m)
        with pytest.raises(VaultError) as caught:
            _run(op, path, code, identity, tmp_path)
    message = caught.value.user_message
    assert message.startswith(MADE[op]), message
    assert "it is written there at the next unlock" in message
    _assert_made_and_audited(op, path, code, new_code[0] if new_code else "", identity,
                             tmp_path, before)


# -- kill -9 between the two writes --------------------------------------------------------
CHILD = textwrap.dedent("""
    import sys, threading
    from pathlib import Path
    from scr_desktop.storage.keyslots import KeySlots
    from scr_desktop.storage.vault import Vault

    op, path, old, new, extra = sys.argv[1], Path(sys.argv[2]), *sys.argv[3:6]
    real = KeySlots.save

    def held(self, where):
        real(self, where)
        if Path(where) == path:
            print("SAVED", flush=True)
            threading.Event().wait()

    KeySlots.save = held
    if op == "change":
        Vault.open(path, old).change_passphrase(old, new)
    elif op == "reset":
        Vault.open_with(path, lambda s: s.open_with_recovery_key(extra), new,
                        how="the recovery key")
    elif op == "recovery":
        vault = Vault.open(path, old)
        draft = vault.draft_recovery_key()
        print("CODE", draft.code, flush=True)
        vault.keep_recovery_key(draft)
    else:
        Vault.open(path, old, escrow=extra)
    print("NOT HELD", flush=True)
""")


def _kill_between_the_writes(op: str, path: Path, code: str,
                             identity: pyrage.x25519.Identity) -> str:
    """Run ``op`` in a child, kill it once its key file is saved; return a new recovery key."""
    extra = str(identity.to_public()) if op == "escrow" else code
    child = subprocess.Popen([sys.executable, "-c", CHILD, op, str(path), PASS, NEW, extra],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=os.environ.copy())
    new_code = ""
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("CODE "):
                new_code = line.split(" ", 1)[1].strip()
                continue
            assert line.strip() == "SAVED", line
            break
        else:
            pytest.fail(child.stderr.read() if child.stderr else "the child ended")
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.communicate(timeout=120)
    return new_code


@pytest.mark.parametrize("op", list(ACTIONS))
def test_kill_9_between_the_key_file_and_its_audit_entry_leaves_both_after_reopening(
        op: str, made: tuple[Path, str], identity: pyrage.x25519.Identity,
        tmp_path: Path) -> None:
    path, code = made
    before = _entries_before(path, op, tmp_path)
    new_code = _kill_between_the_writes(op, path, code, identity)
    _assert_made_and_audited(op, path, code, new_code, identity, tmp_path, before)
    with _open(path, NEW if op in ("change", "reset") else PASS, tmp_path) as vault:
        late = vault.audit.entries(action=ACTIONS[op])[-1]
        assert "recorded at the next unlock" in late.detail


def test_a_reset_killed_between_the_writes_still_tells_the_person_at_the_next_unlock(
        made: tuple[Path, str], identity: pyrage.x25519.Identity, tmp_path: Path) -> None:
    path, code = made
    _kill_between_the_writes("reset", path, code, identity)
    with _open(path, NEW, tmp_path) as vault:
        assert "recovery key" in vault.take_notice()


def test_a_key_file_naming_an_entry_the_log_has_writes_nothing_more(
        made: tuple[Path, str], tmp_path: Path) -> None:
    path, _code = made
    with _open(path, PASS, tmp_path) as vault:
        vault.change_passphrase(PASS, NEW)
        total = vault.audit.count()
    owed = KeySlots.load(path).owed
    assert owed is not None and owed["action"] == "passphrase change"
    with _open(path, NEW, tmp_path) as vault:
        assert vault.audit.count() == total + 1  # the unlock, nothing else
        assert [e.action for e in vault.audit.entries()][-2:] == ["passphrase change", "unlock"]


def test_a_copy_of_the_vault_never_carries_the_entry_its_key_file_owes(
        made: tuple[Path, str], tmp_path: Path) -> None:
    path, _code = made
    copy = tmp_path / "copy.scrvault"
    with _open(path, PASS, tmp_path) as vault:
        vault.change_passphrase(PASS, NEW)
        vault.copy_to(copy)
    assert KeySlots.load(copy).owed is None
    assert KeySlots.load(path).owed is not None



@pytest.mark.parametrize("put_back", [True, False])
def test_after_a_failed_change_the_open_vault_takes_the_passphrase_its_key_file_holds(
        put_back: bool, made: tuple[Path, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path, _code = made
    with _open(path, PASS, tmp_path) as vault:
        with monkeypatch.context() as m:
            _fail_after_saving(m, path, put_back=put_back)
            with pytest.raises(VaultError):
                vault.change_passphrase(PASS, NEW)
        holds, other = (PASS, NEW) if put_back else (NEW, PASS)
        assert vault.check_passphrase(holds)
        assert not vault.check_passphrase(other)
    with _open(path, holds, tmp_path):
        pass
