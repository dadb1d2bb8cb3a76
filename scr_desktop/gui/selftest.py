"""A headless check that an installed copy of the application works end to end.

``scr-desktop selftest --vault FOLDER`` drives the real main window
offscreen through a throw-away vault in ``FOLDER`` (which must be empty or
missing): the welcome page shows; a vault is created; a case is saved; the
window is closed, a new one unlocks the vault and reopens the case; the
Case for Consideration is exported as an encrypted PDF through the Case
menu; the audit log holds the export and its chain is intact.  It writes
``FOLDER/selftest.json`` (each step and whether it passed, the PDF's path
and its password) so that a release script can open the PDF with real
readers, and exits 0 only if every step passed.

The command is for release checks of frozen builds: it is not listed in
``scr-desktop help`` and touches nothing outside ``FOLDER``.  Everything in
the vault is invented.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

PASSPHRASE = "granite lantern orchard velvet"  # noqa: S105 - a throw-away vault
MARKER = "Qzselftest"
SELFTEST_BOARD = "SCR Desktop self-test board"  # answered only if no name is set; removed after
REPORT = "selftest.json"


def _isolate(folder: Path) -> None:
    """Send every per-user file the application might write into ``folder``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        (folder / var.lower()).mkdir(exist_ok=True)
        os.environ[var] = str(folder / var.lower())


class Run:
    """Record each step's outcome; a failed step stops the run."""

    def __init__(self) -> None:
        self.steps: list[dict[str, Any]] = []
        self.facts: dict[str, str] = {}

    def check(self, name: str, ok: bool, detail: str = "") -> None:
        """Record step ``name``; raise if it failed."""
        self.steps.append({"step": name, "ok": bool(ok), "detail": "" if ok else detail})
        if not ok:
            raise AssertionError(f"{name}: {detail}")

    def passed(self) -> bool:
        """Return whether every recorded step passed."""
        return bool(self.steps) and all(s["ok"] for s in self.steps)


Wait = Callable[[], bool]


def _drive(app: Any, journey: Generator[Wait, bool, None], run: Run,
           timeout_s: float = 30.0) -> None:
    """Run ``journey`` on the application's own event loop (no nested loop waits).

    The journey yields a condition whenever it must wait; a timer checks it
    every 20 ms and sends back whether it came true before the time ran out.
    A journey that stops before its end is a failure.
    """
    from PySide6.QtCore import QEvent, QTimer

    timer = QTimer()
    state: dict[str, Any] = {"waiting": None, "since": time.monotonic(), "done": False}

    def finish(exc: BaseException | None = None) -> None:
        timer.stop()
        state["done"] = True
        if exc is not None and run.passed():
            run.steps.append({"step": "unexpected error", "ok": False,
                              "detail": f"{type(exc).__name__}: {exc}"})
        app.quit()

    def tick() -> None:
        waiting = state["waiting"]
        try:
            if waiting is None:
                state["waiting"] = next(journey)
            else:
                ok = bool(waiting())
                if not ok and time.monotonic() - state["since"] < timeout_s:
                    return
                state["waiting"] = journey.send(ok)
            state["since"] = time.monotonic()
        except StopIteration:
            finish()
        except Exception as exc:  # the report says which step failed and why
            finish(exc)

    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # the journey closes a window, then opens another
    timer.timeout.connect(tick)
    timer.start(20)
    app.exec()
    # The journey's windows asked to be deleted; do it now the loop has ended.
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.setQuitOnLastWindowClosed(quit_on_close)
    if not state["done"]:
        run.steps.append({"step": "journey finished", "ok": False,
                          "detail": "the event loop ended before the last step"})


def _journey(folder: Path, run: Run, app: Any) -> Generator[Wait, bool, None]:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog

    from scr_desktop.gui import settings
    from scr_desktop.gui.export.incomplete_dialog import IncompleteDialog
    from scr_desktop.gui.export.password_dialog import PasswordDialog
    from scr_desktop.gui.main_window import MainWindow
    from scr_desktop.gui.messages import Messages
    from scr_desktop.storage.attempts import AttemptLimiter

    Messages.testing = True
    run.check("window icon", not app.windowIcon().isNull(), "the application icon is missing")
    vault_path = folder / "vault.scrvault"
    limiter = AttemptLimiter(folder / "attempts.json")

    window = MainWindow(vault_path, limiter=limiter)
    window.show()
    welcome = window.lock_screen.welcome
    run.check("welcome window", (yield welcome.isVisible),
              "the welcome page did not show")

    welcome.create_button.click()
    page = window.lock_screen.create_page
    page.passphrase.setText(PASSPHRASE)
    page.confirm.setText(PASSPHRASE)
    run.check("passphrase accepted", page.create_button.isEnabled(), page.reason.text())
    page.create_button.click()
    run.check("vault created", (yield lambda: not window.is_locked())
              and vault_path.is_file(), "the vault did not open")

    window.new_action.trigger()
    editor = window.editor
    run.check("case opened", editor is not None, "no case editor")
    assert editor is not None
    editor.editor("child_forenames").edit.setText(MARKER)  # type: ignore[attr-defined]
    editor.editor("referral_date").edit.setText("20/11/2026")  # type: ignore[attr-defined]
    reference = editor.case.reference
    run.check("case saved", editor.save_now() and not editor.has_unsaved(), reference)
    window.close()
    run.check("window closed", (yield lambda: not window.isVisible()), "still open")
    window.deleteLater()

    window = MainWindow(vault_path, limiter=limiter)
    window.show()
    unlock = window.lock_screen.unlock_page
    run.check("unlock page", (yield unlock.isVisible), "the unlock page did not show")
    unlock.passphrase.setText(PASSPHRASE)
    unlock.unlock_button.click()
    run.check("vault reopened", (yield lambda: not window.is_locked()),
              "the vault did not unlock")
    [summary] = window.vault.cases.list()
    window.open_case(summary.id)
    editor = window.editor
    kept = editor is not None and editor.case.get("child_forenames") == MARKER
    run.check("case reopened", kept and summary.reference == reference, summary.reference)

    target = folder / "exported.pdf"
    passwords: list[str] = []

    def answer(dialog: QDialog) -> int:
        dialog.show()
        if isinstance(dialog, IncompleteDialog):  # the journey's referral is not complete
            dialog.send_button.click()
        if isinstance(dialog, PasswordDialog):
            passwords.append(dialog.generated())
            dialog.ok_button.click()
        if dialog.isVisible():
            dialog.reject()
        return int(dialog.result())

    window.exports.run_dialog = answer
    board_was_set = bool(settings.board_name())
    if not board_was_set:  # the first export asks for the board's name
        Messages.next_answer(SELFTEST_BOARD)
    Messages.next_answer(str(target))
    action = window.findChild(QAction, "export_form_action")
    run.check("export menu", action is not None and action.isEnabled(), "no export action")
    assert action is not None
    saved: list[object] = []
    window.exports.finished.connect(saved.append)
    action.trigger()
    # The file is saved off the UI thread and then recorded in the audit log:
    # wait for the export to report it has finished, not for the file alone.
    run.check("pdf exported", (yield lambda: bool(saved)) and saved == [target]
              and target.is_file() and len(passwords) == 1,
              str(Messages.shown[-1:] or "no file"))
    run.facts.update(pdf=str(target), password=passwords[0], reference=reference,
                     marker=MARKER)
    entries = window.vault.audit.entries(action="export")
    run.check("audit entry", any(e.case_ref == reference and str(target) in e.detail
                                 for e in entries), f"{len(entries)} export entries")
    run.check("audit chain intact", window.vault.audit.verify() is None, "the chain is broken")
    if not board_was_set:
        settings.clear_board_name()  # leave the installation's settings as they were
    window.close()
    window.deleteLater()


def main(args: list[str]) -> int:
    """Run the self-test; ``args`` is ``--vault FOLDER``."""
    if len(args) != 2 or args[0] != "--vault":
        sys.stderr.write("usage: scr-desktop selftest --vault EMPTY_FOLDER\n")
        return 2
    folder = Path(args[1]).absolute()
    if folder.exists() and any(folder.iterdir()):
        sys.stderr.write(f"scr-desktop selftest: {folder} is not empty\n")
        return 2
    folder.mkdir(parents=True, exist_ok=True)
    _isolate(folder)
    from scr_desktop.gui.app import make_application

    run = Run()
    app = make_application([])
    _drive(app, _journey(folder, run, app), run)
    report = {"passed": run.passed(), "steps": run.steps, **run.facts}
    (folder / REPORT).write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0 if report["passed"] else 1
