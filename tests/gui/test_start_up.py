"""The unlock window is painted with only what it shows, and the rest follows it.

A fresh process starts the application's window as ``scr-desktop`` does and
reports, when the window has been shown and before the warm-up that follows
the first paint, what was loaded to show it:

* none of what only the unlocked window needs is imported: the vault and
  its storage beyond the lock screen's (SQLCipher, key slots, the credential
  store and its backends, cryptography and Argon2), the case model and the
  domain rules, the passphrase strength checker, the wizard and the pages,
  the PDF and spreadsheet libraries;
* PySide has not built its ``Qt`` namespace (about a hundred enum types),
  and no application-wide Python event filter is installed (its first
  events make PySide load every class of every Qt module imported);
* the lock screen built only the page it shows, and the window none of
  its pages.

After the warm-up the tables answer Ctrl+Tab and the toolbar's shortcuts
reach every window, and the case list is built (empty: while the
passphrase is typed, so unlocking does not wait for it); after unlocking
every other page is built when first shown.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from guihelpers import PASSPHRASE, UNLOCK_TIMEOUT, create_vault
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from scr_desktop.gui import input_events
from scr_desktop.gui.case_editor import CaseEditor
from scr_desktop.gui.main_window import MainWindow
from scr_desktop.storage.vault import Vault

NOT_BEFORE_THE_UNLOCK_WINDOW = (
    # the vault, its key slots, the credential store and the cryptography under them
    "scr_desktop.storage.vault", "scr_desktop.storage.connection",
    "scr_desktop.storage.repository", "scr_desktop.storage.keyslots",
    "scr_desktop.storage.keystore", "scr_desktop.storage.migrations",
    "scr_desktop.storage.audit", "sqlcipher3", "keyring", "secretstorage", "cryptography",
    "argon2", "age",
    # the case, its rules and the passphrase strength checker
    "scr_desktop.domain.model", "scr_desktop.domain.framework", "scr_desktop.domain.criteria",
    "scr_desktop.domain.assessment", "scr_desktop.domain.timescales",
    "scr_desktop.domain.passwords", "zxcvbn",
    # the unlocked window: the pages, the wizard, the audit viewer
    "scr_desktop.gui.case_list_page", "scr_desktop.gui.case_list_model",
    "scr_desktop.gui.dashboard_page", "scr_desktop.gui.case_editor", "scr_desktop.gui.wizard",
    "scr_desktop.gui.decision_steps", "scr_desktop.gui.audit_dialog",
    "scr_desktop.gui.meeting", "scr_desktop.gui.review", "scr_desktop.gui.table_keys",
    # documents and spreadsheets
    "reportlab", "pikepdf", "PIL", "openpyxl", "python_calamine", "docx", "holidays",
)

CODE = """
import enum, gc, json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from scr_desktop.gui import input_events
from scr_desktop.gui.app import make_application
from scr_desktop.gui.main_window import MainWindow

app = make_application([])
window = MainWindow(Path(sys.argv[1]))
window.show()


def report():
    try:
        write()
    finally:
        app.quit()


def write():
    lock = window.lock_screen
    qt_enums = [t.__qualname__ for t in gc.get_objects()
                if isinstance(t, enum.EnumMeta) and t.__module__ == "PySide6.QtCore"
                and t.__qualname__.startswith("Qt.")]
    print(json.dumps({
        "modules": sorted(sys.modules),
        "qt_enums": len(qt_enums),
        "input_handlers": len(input_events.handlers()),
        "warmed": window.warmed,
        "pages": {name: getattr(lock, "_" + name, "always built") is not None
                  for name in ("welcome", "create_page", "unlock_page", "recovery_page")},
        "shown": lock.currentWidget().objectName(),
        "workspace_pages": window.workspace.count(),
    }), flush=True)


QTimer.singleShot(0, report)
app.exec()
"""


def _start(tmp_path: Path, vault: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", CODE, str(vault)], capture_output=True,
                         text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    result: dict[str, object] = json.loads(out.stdout.splitlines()[-1])
    return result


def _loaded(report: dict[str, object]) -> list[str]:
    modules = report["modules"]
    assert isinstance(modules, list)
    return sorted(name for name in NOT_BEFORE_THE_UNLOCK_WINDOW
                  if any(m == name or m.startswith(name + ".") for m in modules))


def test_the_unlock_window_is_painted_with_only_what_it_shows(tmp_path: Path) -> None:
    path = tmp_path / "vault.scrvault"
    Vault.create(path, "a passphrase of several words for the check").close()
    report = _start(tmp_path, path)
    assert report["warmed"] is False, "reported before the warm-up, as the window is painted"
    assert "PySide6.QtWidgets" in report["modules"]  # type: ignore[operator]
    assert _loaded(report) == []
    assert report["qt_enums"] == 0, "the Qt namespace was built before the first paint"
    assert report["input_handlers"] == 0, "an application-wide Python filter was listening"
    assert report["shown"] == "unlock_page"
    assert report["pages"] == {"welcome": False, "create_page": False, "unlock_page": True,
                               "recovery_page": False}
    assert report["workspace_pages"] == 0


def test_the_first_run_window_is_painted_with_only_what_it_shows(tmp_path: Path) -> None:
    report = _start(tmp_path, tmp_path / "none yet" / "vault.scrvault")
    assert _loaded(report) == []
    assert report["qt_enums"] == 0
    assert report["input_handlers"] == 0
    assert report["shown"] == "welcome_page"
    assert report["pages"] == {"welcome": True, "create_page": False, "unlock_page": False,
                               "recovery_page": False}


def test_after_the_warm_up_tables_and_shortcuts_work_from_every_window(  # type: ignore[no-untyped-def]
        qtbot, make_window, vault_path: Path) -> None:
    window: MainWindow = make_window(vault_path)
    assert window.table_keys is None and window.workspace.count() == 0
    qtbot.waitUntil(lambda: window.warmed)
    # At the lock screen no application-wide filter listens, and no screen-lock watcher
    # (both start once the case list is shown, see test_input_filters_start_once_...).
    assert input_events.handlers() == [] and window.screen_lock is None
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    for action in (window.cases_action, window.lock_action, window.audit_action):
        assert action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    # the shortcuts read as QKeySequence reads them, and named in the tooltips
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert window.cases_action.toolTip().endswith("(Ctrl+1)")


def test_after_unlocking_only_the_case_list_is_built(  # type: ignore[no-untyped-def]
        qtbot, make_window, vault_path: Path) -> None:
    window: MainWindow = make_window(vault_path)
    create_vault(qtbot, window)
    workspace = window.workspace
    pages = [workspace.widget(i) for i in range(workspace.count())]
    # besides the wizard, built empty ahead of the first case
    assert [p for p in pages if not isinstance(p, CaseEditor)] == [window.list_page]
    assert workspace.currentWidget() is window.list_page
    assert (workspace._dashboard, workspace._monitoring, workspace._statistics,
            workspace._meetings) == (None, None, None, None)
    window.show_dashboard()
    assert workspace._dashboard is not None and workspace.currentWidget() is window.dashboard
    assert (workspace._monitoring, workspace._statistics, workspace._meetings) == (None,) * 3


def test_input_filters_and_the_screen_lock_watcher_start_once_the_list_is_shown(  # type: ignore[no-untyped-def]
        qtbot, make_window, vault_path: Path) -> None:
    """Not while the key is derived: the first input event an application-wide filter is
    handed makes PySide load every Qt class, and QtDBus is loaded for the screen lock."""
    window: MainWindow = make_window(vault_path)
    qtbot.waitUntil(lambda: window.warmed)
    qtbot.mouseClick(window.lock_screen.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.lock_screen.create_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirm, PASSPHRASE)
    heard: list[object] = []
    window.lock_screen.unlocked.connect(
        lambda _s: heard.append((list(input_events.handlers()), window.screen_lock)))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(heard), timeout=UNLOCK_TIMEOUT)
    assert heard == [([], None)], "listening before the list was shown"
    qtbot.waitUntil(lambda: window.listening, timeout=UNLOCK_TIMEOUT)
    assert window.workspace.currentWidget() is window.list_page
    assert input_events.handlers() == [window.table_keys, window.idle, window.lock_keys]
    assert window.screen_lock is not None and window.idle.is_counting()
