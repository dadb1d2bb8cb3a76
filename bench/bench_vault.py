"""Benchmark of the encrypted vault against the quality bars of DESIGN 5.

A script, not a test: it builds a vault of 10,000 realistic cases in a
temporary folder, then measures unlock-to-first-page, a list page of 50,
full-text search, opening a case and the autosave of one field.  Absolute
times drift between runs and machines, so each figure is printed next to a
floor measured in the same run with the same stack (the SQLCipher KDF, a
bare indexed query, a bare FTS5 query, a bare WAL commit), with the ratio
and the bar.  Unlock is measured with and without the full page check that
``Vault.open`` runs by default, since that check grows with the file.
Run: ``.venv/bin/python bench/bench_vault.py [--cases N]``.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from scr_desktop.storage.attempts import AttemptLimiter
from scr_desktop.storage.vault import Vault

PASS = "benchmark passphrase of several words"
FORENAMES = ["Olivia", "Amelia", "Isla", "Ava", "Mia", "Noah", "Oliver", "George", "Arthur",
             "Leo", "Muhammad", "Harry", "Freya", "Zoë", "Aarav", "Chidi", "Siobhán", "Kacper"]
SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
            "Patel", "Khan", "Robinson", "Wright", "Thompson", "Evans", "Walker", "O'Connor",
            "Nowak", "Okafor", "Hughes", "Edwards"]
WORDS = [
    "concern", "school", "health", "visitor", "referral", "police", "neglect", "injury",
    "hospital", "bruising", "attendance", "housing", "domestic", "contact", "social", "care",
    "assessment", "plan", "strategy", "meeting", "paediatric", "records", "chronology",
    "missing", "episodes", "mother", "father", "sibling"]


def median_time(fn: Callable[[], object], repeat: int) -> float:
    """Return the median wall time of ``fn`` over ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def build(path: Path, n: int, rng: random.Random) -> list[str]:
    """Create a vault of ``n`` cases; return their ids."""
    ids = []
    with Vault.create(path, PASS) as vault, vault.database.transaction():
        for _ in range(n):
            case = vault.cases.new_case()
            case.set("child_forenames", rng.choice(FORENAMES))
            case.set("child_last_names", rng.choice(SURNAMES))
            case.set("child_address", f"{rng.randint(1, 200)} {rng.choice(SURNAMES)} Road")
            case.set("case_outline", " ".join(rng.choices(WORDS, k=120)))
            vault.cases.save(case)
            ids.append(case.id)
    return ids


def kdf_floor(folder: Path) -> float:
    """Return SQLCipher's key derivation plus the first read of a one-page database."""
    p = folder / "kdf.db"
    c = sqlcipher.connect(str(p), isolation_level=None)
    c.execute("PRAGMA cipher_log_level = NONE")
    c.execute("PRAGMA key = 'x'")
    c.execute("CREATE TABLE t(a)")
    c.close()

    def once() -> None:
        conn = sqlcipher.connect(str(p), isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA key = 'x'")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        conn.close()

    return median_time(once, 5)


def plain_page_floor(folder: Path, n: int) -> float:
    """Return a bare (unencrypted) indexed page of 50 rows out of ``n``."""
    conn = sqlite3.connect(folder / "plain.db")
    conn.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, rev INTEGER, name TEXT, ref TEXT)")
    conn.executemany("INSERT INTO t(rev, name, ref) VALUES (?, ?, ?)",
                     [(i, f"name {i}", f"SCR-{i}") for i in range(n)])
    conn.execute("CREATE INDEX t_rev ON t(rev, name, ref)")
    conn.commit()
    result = median_time(lambda: conn.execute(
        "SELECT id, name, ref FROM t ORDER BY rev DESC LIMIT 50").fetchall(), 200)
    conn.close()
    return result


def main() -> None:
    """Build the vault, measure, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    args = parser.parse_args()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory(prefix="scr-bench-") as tmp:
        folder = Path(tmp)
        os.environ["XDG_DATA_HOME"] = str(folder / "data")
        os.environ["XDG_STATE_HOME"] = str(folder / "state")
        path = folder / "bench.scrvault"
        t = time.perf_counter()
        ids = build(path, args.cases, rng)
        size_mb = path.stat().st_size / 1e6
        print(f"built {args.cases} cases in {time.perf_counter() - t:.1f} s, "
              f"file {size_mb:.1f} MB")
        limiter = AttemptLimiter(folder / "attempts.json")
        kdf = kdf_floor(folder)
        page_floor = plain_page_floor(folder, args.cases)

        def unlock_to_list(verify: bool) -> Callable[[], object]:
            def run() -> None:
                vault = Vault.open(path, PASS, limiter=limiter, verify=verify)
                vault.cases.list(limit=50)
                vault.close()
            return run

        unlock_verified = median_time(unlock_to_list(True), 5)
        unlock_fast = median_time(unlock_to_list(False), 5)
        small_n = max(1, args.cases // 10)
        small = folder / "small.scrvault"
        build(small, small_n, rng)

        def unlock_small() -> None:
            with Vault.open(small, PASS, limiter=limiter) as v:
                v.cases.list(limit=50)

        unlock_small_verified = median_time(unlock_small, 5)

        vault = Vault.open(path, PASS, limiter=limiter)
        conn = vault.database.conn
        vault.cases.list(limit=50)
        middle = args.cases // 2
        list_page = median_time(lambda: vault.cases.list(offset=middle, limit=50), 50)
        list_first = median_time(lambda: vault.cases.list(limit=50), 50)
        count_all = median_time(vault.cases.count, 50)
        fts_floor = median_time(lambda: conn.execute(
            "SELECT rowid FROM cases_fts WHERE cases_fts MATCH '\"okafor\"*' LIMIT 50"
        ).fetchall(), 50)
        search_name = median_time(lambda: vault.cases.list("okafor", limit=50), 50)
        search_text = median_time(lambda: vault.cases.list("bruising chronology", limit=50), 50)
        reference = vault.cases.get(ids[len(ids) // 3]).reference
        search_ref = median_time(lambda: vault.cases.list(reference, limit=50), 50)
        search_count = median_time(lambda: vault.cases.count("okafor"), 50)
        open_case = median_time(lambda: vault.cases.open(rng.choice(ids)), 50)
        get_case = median_time(lambda: vault.cases.get(rng.choice(ids)), 50)
        case = vault.cases.get(ids[42])
        counter = iter(range(1_000_000))

        def autosave() -> None:
            case.set("child_address", f"{next(counter)} Autosave Lane")
            vault.cases.save(case)

        save_one = median_time(autosave, 100)
        conn.execute("CREATE TABLE bench_commit(a INTEGER)")
        conn.execute("INSERT INTO bench_commit VALUES (0)")
        wal_commit = median_time(lambda: conn.execute(
            "UPDATE bench_commit SET a = a + 1"), 100)
        conn.execute("DROP TABLE bench_commit")
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM cases WHERE deleted_at IS NULL"
            " ORDER BY rev DESC LIMIT 50").fetchall()
        vault.close()
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rows = [
        (f"unlock, {args.cases} cases, page check, to list", unlock_verified, kdf, kdf + 0.05),
        (f"unlock, {args.cases} cases, no page check", unlock_fast, kdf, kdf + 0.05),
        (f"unlock, {small_n} cases, page check, to list", unlock_small_verified, kdf,
         kdf + 0.05),
        ("list: first page of 50", list_first, page_floor, 0.05),
        (f"list: page of 50 at offset {middle}", list_page, page_floor, 0.05),
        ("count of all cases", count_all, page_floor, 0.05),
        ("search by name (FTS5), page of 50", search_name, fts_floor, 0.02),
        ("search by text, two common words", search_text, fts_floor, 0.02),
        ("search by reference", search_ref, fts_floor, 0.02),
        ("search count", search_count, fts_floor, 0.02),
        ("open a case (read + audited view)", open_case, get_case, 0.02),
        ("autosave of one field (audited commit)", save_one, wal_commit, 0.005),
    ]
    print(f"\n{'figure':44} {'measured':>10} {'floor':>10} {'ratio':>7} {'bar':>9}  ok")
    for name, value, floor, bar in rows:
        ratio = value / floor if floor else float("nan")
        print(f"{name:44} {value * 1000:8.2f}ms {floor * 1000:8.3f}ms {ratio:7.1f} "
              f"{bar * 1000:7.1f}ms  {'yes' if value <= bar else 'NO'}")
    print("\nfloors: KDF = SQLCipher key + first read of a one-page file; page = bare sqlite3 "
          "indexed page of 50; FTS5 = bare MATCH on this vault; open = unaudited get; "
          "commit = one-row WAL commit on this vault (synchronous=FULL)")
    print(f"list query plan: {' / '.join(str(r[-1]) for r in plan)}")
    print(f"file size: {size_mb:.1f} MB; the page check (HMAC of every page) costs about "
          f"{(unlock_verified - unlock_fast) / size_mb * 1000:.1f} ms per MB")
    print(f"peak memory of this process: {peak_mb:.0f} MB (bar for the whole app: 120 MB)")


if __name__ == "__main__":
    main()
