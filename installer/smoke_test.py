"""Smoke-test a frozen SCR Desktop folder: the program as users get it, not the source.

Usage::

    python3 installer/smoke_test.py --bundle dist/installer/scr-desktop \
        --python build/installer/venv/bin/python [--timing]

* ``assess`` on every scenario file: the frozen console executable and the
  frozen application executable must print exactly what the source prints
  (``python -m scr_desktop assess`` run from this checkout) - the same
  standard output, standard error and exit status.  ``frameworks`` and
  ``help`` too.  Scenarios come from ``tests/data/scenarios/``; a checkout
  without it falls back to the worked cases beside the repository
  (``../shared/scenarios``), and no scenario at all is a failure.
* ``scr-desktop selftest`` drives the real window offscreen (welcome page,
  new vault, save, reopen, export, audit); the PDF it exports is then opened
  with qpdf, which must report AES-256 (R6), and with poppler's pdftotext,
  which must find the case in it.
* ``--timing`` prints the median start-to-exit time of ``assess`` from
  source and frozen (figures, not a pass mark: the machine is shared).

Only the standard library is used, so any ``python3`` can run it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def scenario_files() -> list[Path]:
    """Return the scenario files: the repository's own, else the shared worked cases."""
    for folder in (ROOT / "tests" / "data" / "scenarios", ROOT.parent / "shared" / "scenarios"):
        files = sorted(folder.glob("*.json"))
        if files:
            print(f"scenarios: {len(files)} from {folder}")
            return files
    raise SystemExit("FAIL: no scenario files (tests/data/scenarios/ is missing or empty)")


def run(cmd: list[str], **kwargs: object) -> tuple[int, str, str]:
    """Run ``cmd`` and return (exit status, stdout, stderr)."""
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False,
                          **kwargs)  # type: ignore[call-overload]
    return done.returncode, done.stdout, done.stderr


class Checker:
    """Count passed and failed checks and print each failure."""

    def __init__(self) -> None:
        self.passed = 0
        self.failed: list[str] = []

    def check(self, ok: bool, what: str) -> bool:
        """Record one check."""
        if ok:
            self.passed += 1
        else:
            self.failed.append(what)
            print(f"FAIL: {what}", file=sys.stderr)
        return ok


def check_commands(bundle: Path, python: str, c: Checker, work: Path) -> None:
    """Frozen headless commands print byte for byte what the source prints."""
    source_env = {**os.environ, "PYTHONPATH": str(ROOT)}
    source = [python, "-m", "scr_desktop"]
    frozen = {"console": [str(bundle / "scr-desktop-cli")], "app": [str(bundle / "scr-desktop")]}
    cases: list[tuple[str, list[str], str | None]] = [("help", ["help"], None),
                                                      ("frameworks", ["frameworks"], None)]
    for path in scenario_files():
        case_file = work / f"{path.stem}.json"
        case = json.loads(path.read_text(encoding="utf-8"))
        case_file.write_text(json.dumps(case["input"]), encoding="utf-8")
        cases.append((path.stem, ["assess", str(case_file)], None))
    first = cases[2][1][1]
    cases.append(("stdin", ["assess", "-"], Path(first).read_text(encoding="utf-8")))
    cases.append(("missing file", ["assess", str(work / "absent.json")], None))
    for name, args, stdin in cases:
        expected = run([*source, *args], cwd=ROOT, env=source_env, input=stdin)
        for kind, exe in frozen.items():
            got = run([*exe, *args], cwd=work, input=stdin)
            c.check(got == expected, f"{kind} executable, {name}: {got!r} != {expected!r}")
    print(f"assess: {len(cases)} commands identical from source, console and app executables"
          if not c.failed else "assess: differences found")


def check_no_qt_in_console(bundle: Path, c: Checker, work: Path) -> None:
    """The console executable loads no Qt library (glibc's loader lists what it loads)."""
    if not sys.platform.startswith("linux"):
        return
    case_file = sorted(work.glob("*.json"))[0]
    log = work / "ld-debug"
    env = {**os.environ, "LD_DEBUG": "files", "LD_DEBUG_OUTPUT": str(log)}
    status, _out, _err = run([str(bundle / "scr-desktop-cli"), "assess", str(case_file)],
                             env=env)
    loaded = "".join(p.read_text(errors="replace") for p in work.glob("ld-debug*"))
    c.check("libpython" in loaded, "console executable: the loader listed no libpython")
    qt = sorted({word.split("/")[-1] for word in loaded.split()
                 if "libQt6" in word or "shiboken6" in word or "pyside6" in word})
    c.check(status == 0 and not qt, f"console executable loads Qt (exit {status}): {qt}")
    for p in work.glob("ld-debug*"):
        p.unlink()


def check_gui(bundle: Path, c: Checker, work: Path) -> None:
    """Drive the frozen window offscreen; open the exported PDF with real readers."""
    folder = work / "selftest"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    status, _out, err = run([str(bundle / "scr-desktop"), "selftest", "--vault", str(folder)],
                            env=env)
    report_file = folder / "selftest.json"
    if not c.check(report_file.is_file(), f"selftest wrote no report (exit {status}): {err}"):
        return
    report = json.loads(report_file.read_text(encoding="utf-8"))
    for step in report["steps"]:
        c.check(step["ok"], f"selftest step {step['step']}: {step['detail']}")
    c.check(status == 0 and report["passed"], f"selftest exit {status}")
    if not report.get("pdf"):
        return
    pdf, password = report["pdf"], report["password"]
    enc = run(["qpdf", "--show-encryption", f"--password={password}", pdf])
    c.check(enc[0] == 0 and "R = 6" in enc[1] and "AESv3" in enc[1],
            f"exported PDF is not AES-256 R6: {enc}")
    locked = run(["qpdf", "--requires-password", pdf])
    c.check(locked[0] == 0, "exported PDF opens without a password")
    text = run(["pdftotext", "-upw", password, pdf, "-"])
    c.check(text[0] == 0 and report["marker"] in text[1] and report["reference"] in text[1],
            "pdftotext does not find the case in the exported PDF")
    print("window: " + ", ".join(s["step"] for s in report["steps"] if s["ok"]) +
          "; PDF R6 opened by qpdf and pdftotext")


def timing(bundle: Path, python: str, work: Path, rounds: int = 15) -> None:
    """Print the median time of one ``assess`` from source and from each executable."""
    case_file = sorted(work.glob("*.json"))[0]
    commands = {
        "source (python -m scr_desktop)": [python, "-m", "scr_desktop"],
        "frozen console (scr-desktop-cli)": [str(bundle / "scr-desktop-cli")],
        "frozen app (scr-desktop)": [str(bundle / "scr-desktop")],
    }
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for label, cmd in commands.items():
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            subprocess.run([*cmd, "assess", str(case_file)], capture_output=True, env=env,
                           cwd=ROOT, check=False)
            times.append(time.perf_counter() - start)
        print(f"assess start-to-exit, median of {rounds}: {label}: "
              f"{statistics.median(times) * 1000:.0f} ms")


def main() -> int:
    """Run every check against the bundle named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, required=True)
    parser.add_argument("--python", required=True, help="Python with the app's dependencies")
    parser.add_argument("--timing", action="store_true")
    parser.add_argument("--only", choices=("assess", "gui"))
    opts = parser.parse_args()
    opts.bundle = opts.bundle.resolve()
    c = Checker()
    with tempfile.TemporaryDirectory(prefix="scr-smoke-") as tmp:
        work = Path(tmp)
        if opts.only in (None, "assess"):
            check_commands(opts.bundle, opts.python, c, work)
            check_no_qt_in_console(opts.bundle, c, work)
            if opts.timing:
                timing(opts.bundle, opts.python, work)
        if opts.only in (None, "gui"):
            check_gui(opts.bundle, c, work)
    print(f"smoke test of {opts.bundle}: {c.passed} checks passed, {len(c.failed)} failed")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
