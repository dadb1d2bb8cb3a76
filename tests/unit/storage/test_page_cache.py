"""The vault's page cache stays small: the whole application's memory bar counts it."""

from __future__ import annotations

from pathlib import Path

from scr_desktop.storage.vault import Vault

PASS = "granite lantern orchard velvet"


def test_the_page_cache_is_at_most_8_mb_after_open_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "cache.scrvault"
    with Vault.create(path, PASS) as vault:
        (kib,) = vault.database.execute("PRAGMA cache_size")[0]
        assert -8 * 1024 <= int(kib) < 0  # negative: KiB, not pages
    with Vault.open(path, PASS) as vault:
        assert int(vault.database.execute("PRAGMA cache_size")[0][0]) == int(kib)
