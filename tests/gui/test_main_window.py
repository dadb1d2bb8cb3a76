"""The main window: the Case menu hands the right case on; leaving unsaved changes asks first;
the parts it hands work to never see the window itself."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from guihelpers import create_vault
from PySide6.QtCore import Qt

import scr_desktop.gui
from scr_desktop.domain.model import Case
from scr_desktop.gui.main_window import MainWindow
from scr_desktop.gui.messages import Messages
from scr_desktop.storage.attempts import AttemptLimiter
from scr_desktop.storage.errors import DiskError


def test_menu_exports_the_open_or_selected_case(qtbot, make_window, vault_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    calls: list[tuple[str, str]] = []
    for what in ("export_case_pdf", "export_decision_pdf", "export_notification",
                 "export_package"):
        monkeypatch.setattr(window.exports, what,
                            lambda case, what=what: calls.append((what, case.reference)))
    Messages.reset()
    window.export_actions[0].trigger()
    assert calls == [] and Messages.shown[-1].title == "Choose a case first"

    qtbot.mouseClick(window.list_page.new_button, Qt.MouseButton.LeftButton)
    reference = window.editor.case.reference
    for action in window.export_actions:
        action.trigger()
    assert calls == [("export_case_pdf", reference), ("export_decision_pdf", reference),
                     ("export_notification", reference), ("export_package", reference)]

    window.show_cases()
    window.list_page.table.selectRow(0)
    calls.clear()
    window.export_actions[0].trigger()
    assert calls == [("export_case_pdf", reference)]
    # Locked: every case action is disabled.
    window.lock()
    assert not any(a.isEnabled() for a in [*window.export_actions, window.import_action])


def test_meetings_action_shows_the_meetings_page(qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    window.meetings_action.trigger()
    assert window.workspace.currentWidget() is window.meetings
    window.lock()
    assert window.is_locked() and not window.meetings_action.isEnabled()


# Leaving a case whose changes could not be saved asks first, as quitting does.

@pytest.fixture
def window(qtbot, tmp_path: Path, vault_path: Path):  # type: ignore[no-untyped-def]
    w = MainWindow(vault_path, limiter=AttemptLimiter(tmp_path / "attempts.json"))
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def _open_with_failing_disk(qtbot, window, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    repo = window.vault.cases

    def full_disk(_case: Case) -> None:
        raise DiskError()

    monkeypatch.setattr(repo, "save", full_disk)
    window.open_case(case.id)
    assert window.editor is not None
    qtbot.keyClicks(window.editor.editor("case_outline").focus_target(), "Qzoutline typed")
    assert not window.editor.save_now()
    return case.id


@pytest.mark.parametrize("leave", ["show_cases", "show_dashboard", "show_meetings",
                                   "show_trash", "new_case"])
def test_declining_to_lose_unsaved_changes_keeps_the_case_open(qtbot, window, monkeypatch,
                                                               leave: str) -> None:
    _open_with_failing_disk(qtbot, window, monkeypatch)
    editor = window.editor
    Messages.next_answer(False)
    getattr(window, leave)()
    assert window.editor is editor
    assert window.workspace.currentWidget() is editor
    assert editor.case.get("case_outline") == "Qzoutline typed"
    assert any(s.title == "Changes not saved" for s in Messages.shown)


def test_agreeing_to_lose_them_leaves_the_case(qtbot, window, monkeypatch) -> None:
    _open_with_failing_disk(qtbot, window, monkeypatch)
    Messages.next_answer(True)
    window.show_cases()
    assert window.editor is None
    assert window.workspace.currentWidget() is window.list_page


def test_locking_never_waits_for_an_answer(qtbot, window, monkeypatch) -> None:
    _open_with_failing_disk(qtbot, window, monkeypatch)
    window.lock()
    assert window.is_locked() and window.editor is None


GUI = Path(scr_desktop.gui.__file__).parent
PARTS = ("workspace", "case_controller", "case_exports", "audit_viewer", "after_check",
         "settings_prompts", "vault_actions", "case_actions", "review/wiring")


@pytest.mark.parametrize("part", PARTS)
def test_the_window_s_parts_receive_callables_never_the_window(part: str) -> None:
    tree = ast.parse((GUI / f"{part}.py").read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                for alias in node.names} | {
        node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not imported & {"MainWindow", "QMainWindow", "scr_desktop.gui.main_window"}
    annotations = [ast.unparse(arg.annotation) for node in ast.walk(tree)
                   if isinstance(node, ast.FunctionDef)
                   for arg in node.args.args + node.args.kwonlyargs if arg.annotation]
    assert not [a for a in annotations if "MainWindow" in a]


def test_actions_connect_to_methods_not_to_names() -> None:
    source = (GUI / "main_window.py").read_text(encoding="utf-8")
    assert "getattr(" not in source
