"""Key slots: unlock and passphrase-change costs, beside SQLCipher's own passphrase KDF.

A script, not a test.  It prints:

* the passphrase slot's Argon2id (64 MiB, 3 passes, 4 lanes) alone, and a
  whole unlock of a small vault through it, beside the floor of the old
  scheme: SQLCipher's PBKDF2-HMAC-SHA512 (256,000 iterations) and first read;
* a passphrase change on a vault of ``--cases`` cases (10,000 by default):
  before, ``PRAGMA rekey`` of a passphrase-keyed copy (every page rewritten);
  now, rewrapping the passphrase slot (one small file written twice).

Usage: ``.venv/bin/python bench/bench_keyslots.py [--cases N]``.
"""

from __future__ import annotations

import argparse
import random
import secrets
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_vault import PASS, build, kdf_floor, median_time

from scr_desktop.storage.connection import run_secret, sql_string
from scr_desktop.storage.copying import export_encrypted
from scr_desktop.storage.keyslots import _argon2
from scr_desktop.storage.vault import Vault


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="scr-bench-slots-") as tmp:
        folder = Path(tmp)
        floor = kdf_floor(folder)
        argon = median_time(lambda: _argon2(PASS, secrets.token_bytes(16)), 5)
        small = folder / "small.scrvault"
        Vault.create(small, PASS).close()
        unlock = median_time(lambda: Vault.open(small, PASS).close(), 5)
        print(f"old KDF floor (PBKDF2-HMAC-SHA512 256,000 + first read): {floor * 1000:7.1f} ms")
        print(f"Argon2id 64 MiB, t=3, p=4 alone:                          {argon * 1000:7.1f} ms")
        print(f"unlock of a small vault through the passphrase slot:       {unlock * 1000:7.1f} ms")

        big = folder / "big.scrvault"
        started = time.perf_counter()
        build(big, args.cases, random.Random(1))
        print(f"built {args.cases} cases in {time.perf_counter() - started:.0f} s "
              f"({big.stat().st_size / 1e6:.0f} MB)")
        legacy = folder / "legacy.scrvault"
        with Vault.open(big, PASS) as vault:
            export_encrypted(vault.database, legacy, PASS)
        from sqlcipher3 import dbapi2 as sqlcipher

        conn = sqlcipher.connect(str(legacy), isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")
        run_secret(conn, "PRAGMA key = " + sql_string(PASS))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        t = time.perf_counter()
        run_secret(conn, "PRAGMA rekey = " + sql_string("another passphrase entirely"))
        rekey = time.perf_counter() - t
        conn.close()
        with Vault.open(big, PASS) as vault:
            t = time.perf_counter()
            vault.change_passphrase(PASS, "another passphrase entirely")
            rewrap = time.perf_counter() - t
        print(f"passphrase change, {args.cases} cases, before (PRAGMA rekey): "
              f"{rekey * 1000:9.1f} ms")
        print(f"passphrase change, {args.cases} cases, now (rewrap one slot): "
              f"{rewrap * 1000:9.1f} ms (of which Argon2id {argon * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
