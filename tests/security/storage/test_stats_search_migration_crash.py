"""``kill -9`` while the upgrade fills the statistics and re-keys the search index: nothing lost.

A vault of the schema before the statistics tables is upgraded by a child
process, which is killed at random moments from the start of the
statistics filling through the step that re-keys the full-text index by the
change order and indexes the list's orders.  Each time the vault must then
open (finishing the upgrade if the kill came first), pass the page check,
keep every case exactly as it was, and hold the same statistics rows, search
results and list orders as a vault upgraded without interruption.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from schemahelpers import downgrade

from scr_desktop.domain.review.model import Review
from scr_desktop.storage import migrations
from scr_desktop.storage.keyfile import key_paths
from scr_desktop.storage.migrations import CURRENT_VERSION
from scr_desktop.storage.repository import SORTS
from scr_desktop.storage.vault import Vault

PASS = "quartz lantern bramble 41"
CASES = 300
REPEATS = 6
WORDS = ["bruising", "school", "chronology", "housing", "police"]

MIGRATOR = textwrap.dedent("""
    import sys
    from pathlib import Path
    from scr_desktop.storage import stats
    real = stats.fill

    def announcing(conn):
        print("filling", flush=True)
        real(conn)

    stats.fill = announcing
    from scr_desktop.storage.vault import Vault
    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
    print("opened", flush=True)
    vault.close()
    print("closed", flush=True)
""")


def _before_stats() -> int:
    """Return the schema version before the step that adds the statistics tables."""
    return next(v for v, step in migrations.STEPS.items() if step is migrations._to_v8) - 1


def _old_vault(path: Path) -> None:
    """Write a vault of CASES cases with reviews, then take it back to before the statistics."""
    rng = random.Random(11)
    start = date(2026, 1, 5)
    with Vault.create(path, PASS) as vault:
        with vault.database.transaction():
            for i in range(CASES):
                case = vault.cases.new_case(rng.choice(["wt2015-scr", "wt2023-cspr"]))
                case.set("child_forenames", f"Child {i}")
                referred = start + timedelta(days=rng.randint(0, 300))
                case.set("referral_date", referred.strftime("%d/%m/%Y"))
                case.set("referrer_agency", rng.choice(["Police", "School", "health", ""]))
                case.set("case_outline", " ".join(rng.choices(WORDS, k=6)))
                case.set_themes(rng.sample(["neglect", "domestic_abuse", "emotional_abuse"],
                                           rng.randint(0, 2)))
                case.facts = {"abuse_or_neglect": "suspected", "child_died": rng.random() < 0.5,
                              "interagency_concerns": "yes", "age_years": 2}
                vault.cases.save(case)
                if i % 4 == 0:
                    review = Review.start(case.id, "scr", referred.strftime("%d/%m/%Y"))
                    rec = review.add("recommendations", {"source": "Overview report",
                                                         "text": f"Rec {i}",
                                                         "themes": "neglect"})
                    review.add_action(rec, {"action": "Act", "owner_agency": "Police",
                                            "due_on": referred.strftime("%d/%m/%Y")})
                    vault.reviews.save(review, case_ref=case.reference)
                if i % 17 == 0:
                    vault.cases.delete(case.id)
        with vault.database.transaction() as conn:
            downgrade(conn, _before_stats())


def _copy(source: Path, target: Path) -> None:
    """Copy a vault with its key file (and the key file's copy) beside it."""
    shutil.copyfile(source, target)
    for key_file, key_target in zip(key_paths(source), key_paths(target), strict=True):
        if key_file.exists():
            shutil.copyfile(key_file, key_target)


def _state(path: Path) -> dict[str, Any]:
    """Open the vault (upgrading it if needed); return what the upgrade must have kept or made."""
    with Vault.open(path, PASS) as vault:
        assert vault.schema_version == CURRENT_VERSION
        assert vault.integrity_check() == []
        assert vault.audit.verify() is None
        db = vault.database
        live = vault.cases.list()
        trash = vault.cases.list(trash=True)
        return {
            "cases": {s.id: vault.cases.get(s.id).to_dict() for s in live + trash},
            "stats": [tuple(r) for r in db.execute(
                "SELECT c.id, s.referred, s.framework, s.decided, s.decided_on, s.review_kind,"
                " s.review_started FROM case_stats s JOIN cases c ON c.num = s.case_num"
                " ORDER BY c.id")],
            "themes": [tuple(r) for r in db.execute(
                "SELECT c.id, t.item, t.theme FROM case_themes t JOIN cases c"
                " ON c.num = t.case_num ORDER BY c.id, t.item, t.theme")],
            "actions": [tuple(r) for r in db.execute(
                "SELECT c.id, a.ord, a.owner, a.progress, a.due FROM review_actions a"
                " JOIN cases c ON c.num = a.case_num ORDER BY c.id, a.ord")],
            "search": {(w, t): [s.id for s in vault.cases.list(w, trash=t)]
                       for w in [*WORDS, "bruising school"] for t in (False, True)},
            "orders": {(s, d): [c.id for c in vault.cases.list(sort=s, descending=d)]
                       for s in SORTS for d in (True, False)},
            "text rows": db.execute("SELECT count(*) FROM cases AS c JOIN cases_fts AS f"
                                    " ON f.rowid = -c.rev")[0][0],
        }


def _run(path: Path, delay: float | None) -> tuple[list[str], float]:
    """Upgrade ``path`` in a child; kill it ``delay`` s after the filling starts (None: never).

    Returns what the child printed and how long the rest of the upgrade took (if it finished).
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
            if lines[-1] == "opened":
                took = time.monotonic() - started
        child.wait(timeout=120)
        lines += [line.strip() for line in child.stdout]
    return lines, took


@pytest.mark.slow
def test_kill_9_while_the_statistics_and_search_index_are_filled_loses_nothing(
        tmp_path: Path) -> None:
    pristine = tmp_path / "old.scrvault"
    _old_vault(pristine)

    reference = tmp_path / "reference.scrvault"
    _copy(pristine, reference)
    lines, took = _run(reference, None)
    assert lines[-1] == "closed"
    expected = _state(reference)
    assert len(expected["cases"]) == CASES
    assert expected["text rows"] == CASES
    assert expected["themes"] and expected["actions"]
    assert len(expected["stats"]) == CASES

    # The kill moments are random; the seed is printed (shown with a failure) and
    # SCR_CRASH_SEED replays a run.
    seed = int(os.environ.get("SCR_CRASH_SEED", str(random.SystemRandom().getrandbits(32))))
    print(f"kill moments seeded with SCR_CRASH_SEED={seed}")
    rng = random.Random(seed)
    for i in range(REPEATS):
        copy = tmp_path / f"run{i}.scrvault"
        _copy(pristine, copy)
        delay = rng.uniform(0, took * 1.2)
        _run(copy, delay)
        assert _state(copy) == expected, f"seed {seed}, kill {delay:.3f} s into the filling"
