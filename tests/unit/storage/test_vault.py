"""The vault's life cycle on real SQLCipher files: create, open, close, checks."""

from __future__ import annotations

import stat
import threading
from pathlib import Path

import pytest

from scr_desktop.storage.connection import check_settings
from scr_desktop.storage.errors import (
    VaultClosed,
    VaultExists,
    VaultMissing,
    WrongPassphrase,
)
from scr_desktop.storage.migrations import CURRENT_VERSION
from scr_desktop.storage.paths import default_vault_path
from scr_desktop.storage.vault import Vault

PASS = "tangerine orbit cabinet 42"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "vaults" / "v.scrvault"


def test_create_then_open_round_trip(path: Path) -> None:
    with Vault.create(path, PASS) as vault:
        case = vault.cases.new_case()
        case.set("child_forenames", "Amelia")
        case.set("child_last_names", "Hart")
        case.facts["child_died"] = True
        vault.cases.save(case)
        saved = case.to_dict()
    with Vault.open(path, PASS) as vault:
        again = vault.cases.get(case.id)
        assert again.to_dict() == saved
        assert vault.schema_version == CURRENT_VERSION
        assert vault.integrity_check() == []
        assert [e.action for e in vault.audit.entries()][-1] == "unlock"


def test_new_file_is_owner_only_and_created_folder_is_private(path: Path) -> None:
    Vault.create(path, PASS).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_wal_file_is_owner_only_while_open(path: Path) -> None:
    with Vault.create(path, PASS) as vault:
        vault.cases.new_case()
        wal = Path(str(path) + "-wal")
        assert wal.exists()
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600
        assert not Path(str(path) + "-shm").exists()


def test_create_refuses_an_existing_file_and_leaves_it_alone(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"precious")
    with pytest.raises(VaultExists) as info:
        Vault.create(path, PASS)
    assert path.read_bytes() == b"precious"
    assert info.value.code == "vault_exists"


def test_open_missing_vault_creates_nothing(path: Path) -> None:
    with pytest.raises(VaultMissing):
        Vault.open(path, PASS)
    assert not path.exists()
    assert not path.parent.exists()


def test_settings_are_in_force_on_an_open_vault(path: Path) -> None:
    with Vault.create(path, PASS) as vault:
        conn = vault.database.conn
        check_settings(conn)
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
        assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] in ("1", "ON")
        assert conn.execute("PRAGMA cipher_log_level").fetchone()[0] == "NONE"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert conn.execute("PRAGMA kdf_iter").fetchone()[0] == "256000"
        assert conn.execute("PRAGMA cipher_kdf_algorithm").fetchone()[0] == "PBKDF2_HMAC_SHA512"
        assert conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA512"


def test_a_closed_vault_refuses_further_use(path: Path) -> None:
    vault = Vault.create(path, PASS)
    repo = vault.cases
    vault.close()
    vault.close()
    with pytest.raises(VaultClosed):
        repo.list()
    with pytest.raises(VaultClosed):
        _ = vault.cases
    assert not vault.is_open


def test_open_on_one_thread_use_on_another(path: Path) -> None:
    Vault.create(path, PASS).close()
    box: list[Vault] = []
    worker = threading.Thread(target=lambda: box.append(Vault.open(path, PASS)))
    worker.start()
    worker.join()
    with box[0] as vault:
        vault.cases.new_case()
        assert vault.cases.count() == 1


def test_passphrase_with_quotes_and_unicode(path: Path) -> None:
    odd = "it's \"quoted\" -- ; DROP TABLE cases; £ ünïcødé"
    Vault.create(path, odd).close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "it's")
    Vault.open(path, odd).close()


def test_empty_or_nul_passphrase_is_refused(path: Path) -> None:
    with pytest.raises(ValueError):
        Vault.create(path, "")
    assert not path.exists()
    with pytest.raises(ValueError):
        Vault.create(path, "a\x00b")
    assert not path.exists()


def test_default_path_is_in_the_per_user_data_folder(tmp_path: Path) -> None:
    p = default_vault_path()
    assert p.name == "vault.scrvault"
    assert p.parent.name == "SCR Desktop"


def test_os_errors_are_told_apart(tmp_path: Path) -> None:
    import errno

    from scr_desktop.storage.errors import DiskError, DiskFull, translate

    assert isinstance(translate(OSError(errno.ENOSPC, "x")), DiskFull)
    assert isinstance(translate(OSError(errno.EFBIG, "x")), DiskFull)
    assert isinstance(translate(OSError(errno.EACCES, "x")), DiskError)


def test_sqlite_errors_are_mapped_by_name_not_message() -> None:
    from scr_desktop.storage.errors import (
        DiskError,
        DiskFull,
        VaultDamaged,
        VaultError,
        VaultInUse,
        translate,
    )

    class Fake(Exception):
        def __init__(self, name: str | None, code: int | None, text: str) -> None:
            super().__init__(text)
            self.sqlite_errorname = name
            self.sqlite_errorcode = code

    assert isinstance(translate(Fake("SQLITE_BUSY", 5, "database is corrupt")), VaultInUse)
    assert isinstance(translate(Fake("SQLITE_CORRUPT", 11, "database is locked")), VaultDamaged)
    assert isinstance(translate(Fake("SQLITE_FULL", 13, "")), DiskFull)
    assert isinstance(translate(Fake("SQLITE_IOERR_WRITE", 778, "")), DiskError)
    assert isinstance(translate(Fake(None, 5 | (1 << 8), "")), VaultInUse)
    other = translate(Fake("SQLITE_CONSTRAINT", 19, "UNIQUE constraint failed: secret"))
    assert type(other) is VaultError
    assert "secret" not in other.user_message
    assert other.code == "sqlite_constraint"


def test_paths_with_uri_characters(tmp_path: Path) -> None:
    odd = tmp_path / "a #folder? with 100% & spaces" / "my vault.scrvault"
    with Vault.create(odd, PASS) as vault:
        vault.cases.new_case()
    with Vault.open(odd, PASS) as vault:
        assert vault.cases.count() == 1
    assert sorted(p.name for p in odd.parent.iterdir()) == [
        "my vault.scrvault", "my vault.scrvault.keys", "my vault.scrvault.keys-copy"]
