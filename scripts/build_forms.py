"""Compile every Qt Designer form in ui/ into scr_desktop/gui/forms/, deterministically.

``ui/a/b.ui`` becomes ``scr_desktop/gui/forms/a/b.py`` (each folder a package),
compiled by the ``pyside6-uic`` that ships with PySide6-Essentials, then
tidied so the result is typed Python that mypy strict accepts and that
imports only the Qt names it uses (every name imported from PySide6 builds
a type, which start-up pays for):

* the header names the source and drops uic's version line, so a release
  of uic that writes the same code writes the same file;
* ``setupUi`` and ``retranslateUi`` are annotated with the form's top-level
  class (``QWidget``, ``QDialog``, ``QGroupBox``), and the table header items
  uic fetches are asserted present (Qt types them as optional);
* unused names are dropped from uic's PySide6 imports.

Usage: ``python scripts/build_forms.py`` rewrites scr_desktop/gui/forms/;
``python scripts/build_forms.py --check`` compiles into a temporary folder
and exits 1, listing the files, if anything differs from what is committed.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "scr_desktop" / "gui" / "forms"
PACKAGE_DOC = ('"""Python forms compiled from the Qt Designer files in ui/ by '
               'scripts/build_forms.py; do not edit."""\n')


def _uic() -> list[str]:
    """Return the command that runs pyside6-uic from this interpreter's environment."""
    beside = Path(sys.executable).parent / "pyside6-uic"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic was not found: run scripts/setup.sh test first")
    return [found]


def _top_class(ui: Path) -> str:
    """Return the Qt class of the form's top-level widget."""
    widget = ET.parse(ui).getroot().find("widget")
    if widget is None:
        raise SystemExit(f"{ui}: no top-level widget")
    return widget.attrib["class"]


def _trim_imports(source: str) -> str:
    """Drop the names uic imports from PySide6 but the form never uses."""
    tree = ast.parse(source)
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in reversed(tree.body):
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")):
            continue
        keep = sorted({a.name for a in node.names if a.name in used})
        start, end = node.lineno - 1, node.end_lineno or node.lineno
        text = f"from {node.module} import {', '.join(keep)}\n" if keep else ""
        if len(text) > 100:
            text = f"from {node.module} import (\n" + "".join(
                f"    {name},\n" for name in keep) + ")\n"
        lines[start:end] = [text]
    return "".join(lines)


def tidy(source: str, ui_rel: str, top: str) -> str:
    """Return uic's output with a stable header, typed methods and only the imports used."""
    body = source.split("#" * 80 + "\n")[-1]
    body = re.sub(r"^\s*\n", "", body)
    body = re.sub(r"def (setupUi|retranslateUi)\(self, (\w+)\):",
                  rf"def \1(self, \2: {top}) -> None:", body)
    body = re.sub(r"^( +)(___\w+) = (.*HeaderItem\(\d+\))$",
                  r"\1\2 = \3\n\1assert \2 is not None", body, flags=re.MULTILINE)
    body = body.replace("class Ui_", "\n\nclass Ui_", 1)
    body = re.sub(r"\n{3,}class Ui_", "\n\n\nclass Ui_", body)
    if not re.search(rf"\b{top}\b", body.split("class Ui_")[0]):
        body = f"from PySide6.QtWidgets import {top}\n" + body
    header = (f'"""Form compiled from {ui_rel} by scripts/build_forms.py; do not edit: '
              'change the .ui file and rebuild."""\n\n')
    return header + _trim_imports(body).rstrip() + "\n"


def build(out: Path) -> list[Path]:
    """Compile every form into ``out``; return the files written, relative to ``out``."""
    written: list[Path] = []
    for ui in sorted(UI_DIR.rglob("*.ui")):
        rel = ui.relative_to(UI_DIR)
        target = out / rel.with_suffix(".py")
        target.parent.mkdir(parents=True, exist_ok=True)
        result = subprocess.run([*_uic(), "--no-autoconnection", "-g", "python", str(ui)],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"{rel}: pyside6-uic failed:\n{result.stderr}")
        ui_rel = f"ui/{rel.as_posix()}"
        target.write_text(tidy(result.stdout, ui_rel, _top_class(ui)), encoding="utf-8")
        written.append(target.relative_to(out))
    for folder in sorted({p.parent for p in written} | {Path()}):
        package = out / folder / "__init__.py"
        while True:
            package.write_text(PACKAGE_DOC, encoding="utf-8")
            written.append(package.relative_to(out))
            if package.parent == out:
                break
            package = package.parent.parent / "__init__.py"
    return sorted(set(written))


def _files(folder: Path) -> set[Path]:
    return {p.relative_to(folder) for p in folder.rglob("*.py")} if folder.exists() else set()


def differences(fresh: Path, committed: Path) -> list[str]:
    """Return how the forms in ``committed`` differ from a fresh build in ``fresh``."""
    expected, present = _files(fresh), _files(committed)
    problems = [f"missing from the compiled forms: {p}" for p in sorted(expected - present)]
    problems += [f"not compiled from any .ui: {p}" for p in sorted(present - expected)]
    for rel in sorted(expected & present):
        if not filecmp.cmp(fresh / rel, committed / rel, shallow=False):
            problems.append(f"differs from its .ui: {rel}")
            diff = difflib.unified_diff(
                (committed / rel).read_text(encoding="utf-8").splitlines(keepends=True),
                (fresh / rel).read_text(encoding="utf-8").splitlines(keepends=True),
                f"committed/{rel}", f"compiled/{rel}", n=1)
            problems.extend(line.rstrip("\n") for line in list(diff)[:40])
    return problems


def check(committed: Path = FORMS_DIR) -> int:
    """Compile into a temporary folder; return 1 and say what differs from ``committed``."""
    with tempfile.TemporaryDirectory(prefix="scr-forms-") as tmp:
        written = build(Path(tmp))
        problems = differences(Path(tmp), committed)
    if problems:
        print("The compiled forms are out of step with ui/; run "
              "`python scripts/build_forms.py` and commit the result:")
        print("\n".join(problems))
        return 1
    print(f"{len(written)} form files in step with ui/")
    return 0


def main() -> int:
    """Build the forms, or check them with ``--check``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="fail if the committed forms differ from a fresh build")
    args = parser.parse_args()
    if args.check:
        return check()
    if FORMS_DIR.exists():
        shutil.rmtree(FORMS_DIR)
    written = build(FORMS_DIR)
    print(f"wrote {len(written)} files in {FORMS_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
