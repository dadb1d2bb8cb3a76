"""Benchmark of the board's statistics over 10,000 cases, against DESIGN 5 and issue bar 0.5 s.

A script, not a test.  It takes the cached 10,000-case vault of
``bench_app.py`` (upgraded to this schema in a separate process, which also
fills the statistics tables, and that time is printed), tags the cases with
themes and adds review actions as the statistics tables hold them, then
times every figure of the statistics page for a financial year, a calendar
year and a quarter, beside an indexed count of the cases measured in the
same run.

Run: ``.venv/bin/python bench/bench_statistics.py [--runs 5]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_app import PASS, vault_copy  # noqa: E402

BAR_S = 0.5


def _tag(vault: object) -> None:
    """Give the cases themes and their reviews actions, as saves would have written them."""
    from scr_desktop.domain.learning.themes import starting_themes

    rng = random.Random(7)
    themes = list(starting_themes())
    owners = ["Police", "Children's social care", "Health", "Education", "Probation"]
    db = vault.database  # type: ignore[attr-defined]
    with db.transaction() as conn:
        nums = [r[0] for r in conn.execute("SELECT num FROM cases")]
        conn.executemany("INSERT OR IGNORE INTO case_themes(case_num, item, theme)"
                         " VALUES (?, '', ?)",
                         [(n, t) for n in nums for t in rng.sample(themes, rng.randint(0, 3))])
        today = date.today()
        rows = []
        for n in rng.sample(nums, len(nums) // 4):
            for i in range(rng.randint(1, 4)):
                due = today + timedelta(days=rng.randint(-300, 300))
                closed = (due - timedelta(days=rng.randint(0, 30))).isoformat() \
                    if rng.random() < 0.4 else None
                rows.append((n, i, rng.choice(owners), rng.choice(
                    ["not_started", "on_track", "at_risk", "complete"]), due.isoformat(),
                    closed))
        conn.executemany("INSERT OR IGNORE INTO review_actions(case_num, ord, owner, progress,"
                         " due, closed) VALUES (?, ?, ?, ?, ?, ?)", rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from scr_desktop.domain.learning.periods import calendar_year, financial_year, quarter
    from scr_desktop.storage.vault import Vault

    path = vault_copy(10_000, rebuild=False)
    with Vault.open(path, PASS) as vault:
        _tag(vault)
        today = date.today()
        year = today.year
        def count(table: str) -> int:
            return int(vault.database.execute(f"SELECT COUNT(*) FROM {table}")[0][0])

        print(f"statistics over {count('case_stats'):,} cases ({count('case_themes'):,} theme"
              f" tags, {count('review_actions'):,} actions, {count('deadlines'):,} deadlines)")

        def timed(fn: object) -> float:
            times = []
            for _ in range(args.runs):
                t = time.perf_counter()
                fn()  # type: ignore[operator]
                times.append(time.perf_counter() - t)
            return statistics.median(times)

        floor = timed(lambda: vault.database.execute(
            "SELECT COUNT(*) FROM cases WHERE deleted_at IS NULL"))
        print(f"floor: an indexed count of the live cases  {floor * 1000:8.1f} ms")
        for period in (financial_year(year - 1), calendar_year(year - 1), quarter(year, 1)):
            took = timed(lambda p=period: vault.stats.figures(p, today))
            verdict = "within" if took <= BAR_S else "OVER"
            print(f"every figure for {period.label:>10}          {took * 1000:8.1f} ms"
                  f"   bar {BAR_S * 1000:.0f} ms   {verdict}")


if __name__ == "__main__":
    main()
