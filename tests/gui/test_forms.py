"""The Designer forms: ui/ and scr_desktop/gui/forms/ in step, named after gui/, accessible.

Every ``ui/a/b.ui`` has its compiled ``scr_desktop/gui/forms/a/b.py`` and the
other way round; each is named after the gui module that composes it
(``gui/a/b.py``, or ``gui/a.py`` for a module holding several forms); every
input a form holds has an accessible name or a buddy label, both in the
``.ui`` file and in the widgets the compiled form builds.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

REPO = Path(__file__).resolve().parents[2]
UI = REPO / "ui"
GUI = REPO / "scr_desktop" / "gui"
FORMS = GUI / "forms"
INPUTS = {"QLineEdit", "QPlainTextEdit", "QTextEdit", "QComboBox", "QSpinBox",
          "QDoubleSpinBox", "QDateEdit", "QTableWidget", "QTableView", "QListWidget",
          "QListView", "QTreeView", "QTreeWidget"}
INPUT_TYPES = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox,
               QAbstractItemView)
UI_FILES = sorted(UI.rglob("*.ui"))


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).with_suffix("").as_posix()


def _build_forms() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_forms", REPO / "scripts" /
                                                  "build_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_ui_file_has_its_compiled_form_and_the_other_way_round() -> None:
    assert UI_FILES, "ui/ holds no forms"
    assert not (UI / "__init__.py").exists()
    designed = {_rel(p, UI) for p in UI_FILES}
    compiled = {_rel(p, FORMS) for p in FORMS.rglob("*.py") if p.name != "__init__.py"}
    assert designed == compiled
    for folder in {p.parent for p in FORMS.rglob("*.py")}:
        assert (folder / "__init__.py").exists(), folder


@pytest.mark.parametrize("ui", UI_FILES, ids=lambda p: _rel(p, UI))
def test_each_form_is_named_after_the_gui_module_that_composes_it(ui: Path) -> None:
    rel = ui.relative_to(UI).with_suffix("")
    module = GUI / rel.with_suffix(".py")
    if not module.exists():
        module = GUI / rel.parent.with_suffix(".py")
    assert module.exists(), f"no gui module named like {rel}"
    top_class = ET.parse(ui).getroot().findtext("class")
    source = module.read_text(encoding="utf-8")
    assert re.search(rf"self\.form = Ui_{top_class}\(\)\n\s+self\.form\.setupUi\(self\)",
                     source), f"{module.name} does not compose Ui_{top_class}"


def test_no_form_is_loaded_from_a_ui_file_at_run_time() -> None:
    for path in (REPO / "scr_desktop").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "loadUiType" not in text and "QUiLoader" not in text, path


@pytest.mark.parametrize("ui", UI_FILES, ids=lambda p: _rel(p, UI))
def test_every_input_in_a_ui_file_has_an_accessible_name_or_a_buddy(ui: Path) -> None:
    root = ET.parse(ui).getroot()
    buddies = {p.findtext("cstring") for p in root.iter("property") if p.get("name") == "buddy"}
    names = {w.get("name") for w in root.iter("widget")}
    assert buddies <= names, f"a buddy names no widget: {buddies - names}"
    unnamed = []
    for widget in root.iter("widget"):
        if widget.get("class") not in INPUTS:
            continue
        accessible = [p.findtext("string") for p in widget.findall("property")
                      if p.get("name") == "accessibleName"]
        if not any(accessible) and widget.get("name") not in buddies:
            unnamed.append(widget.get("name"))
    assert not unnamed, f"inputs with neither an accessible name nor a buddy: {unnamed}"


def _compiled_forms() -> list[str]:
    return sorted("scr_desktop.gui.forms." + _rel(p, FORMS).replace("/", ".")
                  for p in FORMS.rglob("*.py") if p.name != "__init__.py")


@pytest.mark.parametrize("name", _compiled_forms())
def test_every_input_a_compiled_form_builds_is_named_for_screen_readers(qtbot, name: str
                                                                        ) -> None:
    module = importlib.import_module(name)
    (ui_class,) = [v for k, v in vars(module).items() if k.startswith("Ui_")]
    top = ET.parse(UI / (name.removeprefix("scr_desktop.gui.forms.").replace(".", "/")
                         + ".ui")).getroot().find("widget")
    assert top is not None
    host: QWidget = {"QDialog": QDialog, "QGroupBox": QGroupBox}.get(top.get("class", ""),
                                                                     QWidget)()
    qtbot.addWidget(host)
    ui_class().setupUi(host)
    labelled = {label.buddy() for label in host.findChildren(QLabel) if label.buddy()}
    declared = [w.get("name", "") for w in top.iter("widget") if w.get("class") in INPUTS]
    inputs = [host.findChild(QWidget, n) for n in declared]
    assert all(isinstance(w, INPUT_TYPES) for w in inputs), declared
    unnamed = [w.objectName() for w in inputs
               if w is not None and not w.accessibleName() and w not in labelled]
    assert not unnamed, f"{name}: inputs with neither an accessible name nor a buddy: {unnamed}"


def test_the_forms_check_passes_in_step_and_names_each_difference(tmp_path: Path) -> None:
    build_forms = _build_forms()
    fresh = tmp_path / "fresh"
    build_forms.build(fresh)
    assert build_forms.differences(fresh, FORMS) == []

    changed = tmp_path / "changed"
    shutil.copytree(FORMS, changed)
    edited = changed / "passphrase_dialog.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# edited by hand\n",
                      encoding="utf-8")
    (changed / "audit_dialog.py").unlink()
    (changed / "stray.py").write_text("", encoding="utf-8")
    problems = build_forms.differences(fresh, changed)
    assert "differs from its .ui: passphrase_dialog.py" in problems
    assert "missing from the compiled forms: audit_dialog.py" in problems
    assert "not compiled from any .ui: stray.py" in problems
