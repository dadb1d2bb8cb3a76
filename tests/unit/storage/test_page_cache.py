"""The vault's page cache stays small: the whole application's memory bar counts it."""

from __future__ import annotations

import threading
from pathlib import Path

from sqltrace import is_open, traced_connections

from scr_desktop.storage.backup import automatic_backup
from scr_desktop.storage.connection import CACHE_KIB
from scr_desktop.storage.vault import Vault

PASS = "granite lantern orchard velvet"


def test_the_page_cache_is_at_most_8_mb_after_open_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "cache.scrvault"
    with Vault.create(path, PASS) as vault:
        (kib,) = vault.database.execute("PRAGMA cache_size")[0]
        assert -8 * 1024 <= int(kib) < 0  # negative: KiB, not pages
    with Vault.open(path, PASS) as vault:
        assert int(vault.database.execute("PRAGMA cache_size")[0][0]) == int(kib)


def test_after_unlock_the_page_check_and_the_days_backup_one_bounded_connection_is_open(
        tmp_path: Path) -> None:
    """The check runs on the vault's own connection (no second page cache beside it), and
    whatever the backup opened to verify its copy is closed again."""
    path = tmp_path / "v.scrvault"
    with Vault.create(path, PASS) as vault:
        vault.cases.save(vault.cases.new_case())
    with traced_connections() as opened:
        vault = Vault.open(path, PASS, defer_check=True)
        try:
            checker = threading.Thread(target=vault.finish_check)
            checker.start()
            checker.join(60)
            assert not vault.writes_held
            automatic_backup(vault, PASS)
            still_open = [(conn, sql) for conn, sql in opened if is_open(conn)]
            assert [conn for conn, _sql in still_open] == [vault.database.conn]
            checks = [conn for conn, sql in opened
                      if any("cipher_integrity_check" in s for s in sql)]
            assert vault.database.conn in checks
            assert int(vault.database.execute("PRAGMA cache_size")[0][0]) == -CACHE_KIB
        finally:
            vault.close()
