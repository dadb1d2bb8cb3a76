"""``kill -9`` while the upgrade fills the deadlines table: nothing is lost, nothing half-done.

A vault of the schema before the deadlines table is upgraded by a child
process, which is killed at random moments while it computes the table.
Each time the vault must then open (finishing the upgrade if the kill came
first), pass the page check, keep every case exactly as it was, and hold
the same deadlines as a vault upgraded without interruption.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from schemahelpers import downgrade
from vaultfiles import copy_vault

from scr_desktop.storage.migrations import CURRENT_VERSION
from scr_desktop.storage.vault import Vault

PASS = "juniper anchor saffron 63"
CASES = 300
REPEATS = 6

MIGRATOR = textwrap.dedent("""
    import sys
    from pathlib import Path
    from scr_desktop.storage import deadlines
    real = deadlines.fill

    def announcing(conn):
        print("filling", flush=True)
        real(conn)
        print("filled", flush=True)

    deadlines.fill = announcing
    from scr_desktop.storage.vault import Vault
    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
    print("opened", flush=True)
    vault.close()
    print("closed", flush=True)
""")


def _old_vault(path: Path) -> None:
    """Write a vault of CASES cases, then take it back to the schema without deadlines."""
    rng = random.Random(7)
    start = date(2026, 1, 5)
    with Vault.create(path, PASS) as vault, vault.database.transaction():
        for i in range(CASES):
            case = vault.cases.new_case()
            case.set("child_forenames", f"Child {i}")
            aware = start + timedelta(days=rng.randint(0, 90))
            case.set("aware_date", aware.strftime("%d/%m/%Y"))
            case.set("referral_date", aware.strftime("%d/%m/%Y"))
            case.facts = {"abuse_or_neglect": "suspected", "child_died": rng.random() < 0.5,
                          "interagency_concerns": "yes", "age_years": 2}
            vault.cases.save(case)
    with Vault.open(path, PASS) as vault, vault.database.transaction() as conn:
        downgrade(conn, 4)


def _state(path: Path) -> tuple[dict[str, dict[str, object]], list[tuple[object, ...]]]:
    """Open the vault (upgrading it if needed); return its cases and its deadlines table."""
    with Vault.open(path, PASS) as vault:
        assert vault.schema_version == CURRENT_VERSION
        assert vault.integrity_check() == []
        assert vault.audit.verify() is None
        assert vault.deadlines.rules_current()
        cases = {s.id: vault.cases.get(s.id).to_dict() for s in vault.cases.list()}
        rows = vault.database.execute(
            "SELECT c.id, d.key, d.ord, d.label, d.due, d.done, d.source, d.moved, d.note"
            " FROM deadlines d JOIN cases c ON c.num = d.case_num ORDER BY c.id, d.key")
    return cases, [tuple(r) for r in rows]


def _run(path: Path, delay: float | None) -> tuple[list[str], float]:
    """Upgrade ``path`` in a child; kill it ``delay`` s after it starts filling (None: never).

    Returns what the child printed and how long the filling took (if it finished).
    """
    lines: list[str] = []
    started = took = 0.0
    with subprocess.Popen([sys.executable, "-c", MIGRATOR, str(path), PASS],
                          stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line.strip())
            if lines[-1] == "filling":
                started = time.monotonic()
                if delay is not None:
                    time.sleep(delay)
                    os.kill(child.pid, signal.SIGKILL)
                    break
            if lines[-1] == "filled":
                took = time.monotonic() - started
        child.wait(timeout=120)
        lines += [line.strip() for line in child.stdout]
    return lines, took


@pytest.mark.slow
def test_kill_9_while_the_deadlines_table_is_filled_loses_nothing(tmp_path: Path) -> None:
    pristine = tmp_path / "old.scrvault"
    _old_vault(pristine)

    reference = tmp_path / "reference.scrvault"
    copy_vault(pristine, reference)
    lines, took = _run(reference, None)
    assert lines[-1] == "closed"
    expected_cases, expected_rows = _state(reference)
    assert len(expected_cases) == CASES
    assert len(expected_rows) > CASES

    # The kill moments are random; the seed is printed (shown with a failure) and
    # SCR_CRASH_SEED replays a run.
    seed = int(os.environ.get("SCR_CRASH_SEED", str(random.SystemRandom().getrandbits(32))))
    print(f"kill moments seeded with SCR_CRASH_SEED={seed}")
    rng = random.Random(seed)
    for i in range(REPEATS):
        copy = tmp_path / f"run{i}.scrvault"
        copy_vault(pristine, copy)
        delay = rng.uniform(0, took * 1.2)
        _run(copy, delay)
        cases, rows = _state(copy)
        assert cases == expected_cases, f"seed {seed}, kill {delay:.3f} s into the filling"
        assert rows == expected_rows, f"seed {seed}, kill {delay:.3f} s into the filling"
