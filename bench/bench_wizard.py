"""Benchmark of opening cases in the wizard and of autosave, in the real window, against DESIGN 5.

A script, not a test.  Over a vault of realistic cases (built once with
``bench_app.build`` and kept in the same cache folder), it opens the REAL
main window offscreen, unlocks it and prints, beside the floor measured in
the same run (one WAL commit):

* open a case, the audited read alone (the storage layer);
* open the first case after unlocking (the wizard is built, empty, just
  after the list is shown, and the case loaded into it; a checkout without
  that builds it on opening);
* open a case when no wizard is kept (the wizard built anew, as the first
  case did before);
* open another case while one is open, and after going back to the list
  (the wizard is kept and the next case loaded into it);
* autosave of one field: a text field (name and address are searched, so the
  search index changes too), a date that moves the case's deadlines, and a
  tick (nothing searched or counted changes).

Each time is the median of several, taken in wall time and in the process's
CPU time: on a shared machine the wall time also counts the time other
processes held the CPU, which CPU time does not.  Each open includes the
events that follow it (layout and painting), as a user would wait for them.

``--compare TREE`` runs the same measurement alternately over this tree and
another checkout (``TREE``, for instance ``git archive main`` unpacked) in
separate processes, so both meet the same load, and prints them side by side.

Run: ``.venv/bin/python bench/bench_wizard.py [--cases 2000] [--rounds 3] [--compare DIR]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

Figure = tuple[float, float]  # (wall, cpu) seconds
BARS = {"open: audited read": 0.02, "open: first case after unlocking": 0.02,
        "open: a case, the wizard built anew": 0.02,
        "open: next case, a case open": 0.02, "open: next case, from the list": 0.02,
        "autosave: a text field": 0.005, "autosave: a date moving deadlines": 0.005,
        "autosave: a tick": 0.005}


def timed(fn: Callable[[], object], repeat: int) -> Figure:
    """Return the median wall and CPU time of ``fn`` in seconds."""
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        cpus.append(time.process_time() - c)
        walls.append(time.perf_counter() - w)
    return statistics.median(walls), statistics.median(cpus)


def vault_copy(cases: int, tree: Path) -> Path:
    """Return a working copy of a cached vault of ``cases`` cases (built if missing)."""
    sys.path.insert(0, str(HERE))
    from bench_app import CACHE, build

    from scr_desktop.storage.migrations import CURRENT_VERSION

    CACHE.mkdir(exist_ok=True)
    cached = CACHE / f"wizard-{cases}-v{CURRENT_VERSION}.scrvault"
    if not cached.exists():
        t = time.perf_counter()
        build(cached, cases)
        print(f"built {cases} cases in {time.perf_counter() - t:.0f} s, cached in {CACHE}",
              file=sys.stderr)
    target = Path(tempfile.mkdtemp(prefix="scr-bench-wizard-")) / "vault.scrvault"
    shutil.copyfile(cached, target)
    return target


def measure(path: Path, repeat: int) -> dict[str, Figure]:
    """Drive the real window over the vault at ``path``; return each figure by name."""
    from bench_app import PASS, wait
    from PySide6.QtWidgets import QApplication

    from scr_desktop.gui.app import make_application
    from scr_desktop.gui.case_editor import CaseEditor
    from scr_desktop.gui.main_window import MainWindow
    from scr_desktop.gui.messages import Messages
    from scr_desktop.storage.attempts import AttemptLimiter

    make_application([])
    Messages.testing = True
    w = MainWindow(path, limiter=AttemptLimiter(path.parent / "attempts.json"))
    w.show()
    QApplication.processEvents()
    wait(lambda: w.warmed
         and not str(w.lock_screen.keystore_reason).startswith("Checking"))
    w.lock_screen.unlock_page.passphrase.setText(PASS)
    w.lock_screen.unlock_page.unlock_button.click()
    wait(lambda: w.list_page.model is not None and w.list_page.model.rowCount() > 0)
    wait(lambda: bool(getattr(w, "vault_checked", lambda: True)()))
    vault = w.vault
    conn = vault.database.conn
    ids = [s.id for s in vault.cases.list(limit=200)]
    rng = random.Random(5)
    out: dict[str, Figure] = {}

    conn.execute("CREATE TABLE bench_commit(a INTEGER)")
    conn.execute("INSERT INTO bench_commit VALUES (0)")
    out["floor: one WAL commit"] = timed(
        lambda: conn.execute("UPDATE bench_commit SET a = a + 1"), 50)
    conn.execute("DROP TABLE bench_commit")
    out["open: audited read"] = timed(lambda: vault.cases.open(rng.choice(ids)), 20)

    def first() -> None:
        w.open_case(rng.choice(ids))
        QApplication.processEvents()

    # Let the work that follows unlocking finish (the page check's result, the day's
    # automatic backup, which reads on the UI thread wait for); a checkout that builds no
    # wizard ahead waits in vain.
    from scr_desktop.gui import worker

    end, settled = time.perf_counter() + 3.0, time.perf_counter() + 1.0
    wait(lambda: not worker._live)
    while time.perf_counter() < settled or (
            time.perf_counter() < end and w.findChild(CaseEditor) is None):
        QApplication.processEvents()
        time.sleep(0.001)
    out["open: first case after unlocking"] = timed(first, 1)

    firsts = []
    for _ in range(max(3, repeat // 2)):
        w.cases.close_editor(save=True)  # no wizard kept: the next open builds it
        QApplication.sendPostedEvents()
        firsts.append(timed(first, 1))
    out["open: a case, the wizard built anew"] = (statistics.median(f[0] for f in firsts),
                                            statistics.median(f[1] for f in firsts))
    out["open: next case, a case open"] = timed(first, repeat)

    from_list = []
    for _ in range(repeat):
        w.show_cases()
        QApplication.processEvents()
        from_list.append(timed(first, 1))
    out["open: next case, from the list"] = (statistics.median(f[0] for f in from_list),
                                            statistics.median(f[1] for f in from_list))

    editor = w.editor
    counter = iter(range(1_000_000))

    def text() -> None:
        editor.case.set("child_address", f"{next(counter)} Autosave Lane")
        editor.mark_dirty()
        editor.save_now()

    def moved() -> None:
        editor.case.set("aware_date", f"{next(counter) % 28 + 1:02d}/01/2026")
        editor.mark_dirty()
        editor.save_now()

    def tick() -> None:
        editor.case.set("status_disability", not editor.case.get("status_disability"))
        editor.mark_dirty()
        editor.save_now()

    out["autosave: a text field"] = timed(text, 50)
    out["autosave: a date moving deadlines"] = timed(moved, 50)
    out["autosave: a tick"] = timed(tick, 50)
    w.close()
    return out


def child(tree: Path, path: Path, repeat: int) -> None:
    """Measure with the package of ``tree``; print the figures as JSON."""
    sys.path.insert(0, str(HERE))
    import bench_app  # noqa: F401 - first: it puts this tree on the path, then ``tree`` goes before

    sys.path.insert(0, str(tree))
    import scr_desktop

    assert Path(scr_desktop.__file__).resolve().is_relative_to(tree.resolve())
    figures = measure(path, repeat)
    print(json.dumps(figures))
    sys.stdout.flush()
    os._exit(0)  # skip Qt teardown of a large window; nothing is left to save


def run(tree: Path, path: Path, repeat: int) -> dict[str, Figure]:
    """Measure in a fresh process with the package of ``tree``."""
    home = tempfile.mkdtemp(prefix="scr-bench-home-")
    env = dict(os.environ, **{k: home for k in ("XDG_DATA_HOME", "XDG_STATE_HOME",
                                                "XDG_CONFIG_HOME")})
    work = Path(tempfile.mkdtemp(prefix="scr-bench-wizard-")) / "vault.scrvault"
    shutil.copyfile(path, work)
    try:
        done = subprocess.run([sys.executable, __file__, "--child", str(tree), str(work),
                               str(repeat)], capture_output=True, text=True, env=env,
                              check=True)
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)
        shutil.rmtree(home, ignore_errors=True)
    result: dict[str, list[float]] = json.loads(done.stdout.strip().splitlines()[-1])
    return {k: (v[0], v[1]) for k, v in result.items()}


def combine(runs: list[dict[str, Figure]]) -> dict[str, Figure]:
    """Return the median of each figure over several runs."""
    return {k: (statistics.median(r[k][0] for r in runs), statistics.median(r[k][1] for r in runs))
            for k in runs[0]}


def main() -> int:
    """Print the figures (and those of another tree beside them, with ``--compare``)."""
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3, help="processes per tree")
    parser.add_argument("--repeat", type=int, default=15, help="opens timed per process")
    parser.add_argument("--compare", type=Path, help="another checkout, measured alternately")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    path = vault_copy(args.cases, ROOT)
    trees = [ROOT] + ([args.compare.resolve()] if args.compare else [])
    runs: dict[Path, list[dict[str, Figure]]] = {t: [] for t in trees}
    for i in range(args.rounds):
        for tree in trees if i % 2 == 0 else trees[::-1]:
            runs[tree].append(run(tree, path, args.repeat))
            print(f"  .. round {i + 1} done for {tree}", file=sys.stderr, flush=True)
    shutil.rmtree(path.parent, ignore_errors=True)
    load = os.getloadavg()
    print(f"\n{args.cases} cases; {args.rounds} processes per tree; load average "
          f"{load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} cores")
    head = f"{'figure (ms, wall / CPU)':36}"
    for tree in trees:
        head += f" {('this tree' if tree == ROOT else tree.name)[:22]:>22}"
    print(head + f" {'floor':>15} {'bar':>6}  within (wall / CPU)")
    figures = {t: combine(r) for t, r in runs.items()}
    floor = figures[ROOT]["floor: one WAL commit"]
    for name in figures[ROOT]:
        line = f"{name:36}"
        for tree in trees:
            wall, cpu = figures[tree][name]
            line += f" {wall * 1000:10.1f} / {cpu * 1000:7.1f}"
        bar = BARS.get(name)
        wall, cpu = figures[ROOT][name]
        within = ("" if bar is None else
                  f"{'yes' if wall <= bar else 'no'} / {'yes' if cpu <= bar else 'no'}")
        line += f" {floor[0] * 1000:6.1f} / {floor[1] * 1000:5.1f}"
        line += f" {bar * 1000 if bar else 0:6.0f}  {within}"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
