"""Locking never fails and hides everything, from whatever state the window is in.

A hypothesis state machine drives the real main window over a real vault:
it opens and closes pages and dialogs (the list, the trash, the dashboard,
a case being typed into, the audit log, the meetings and the presenter view,
the minutes dialog, the idle-time dialog, the export dialogs and the file
dialog, the new recovery key and its sheet's password, an export under way,
the import preview, message boxes, passphrase dialogs, a message box over a
dialog) and locks by each route (Ctrl+L, the
idle timer firing, the OS screen-lock signal, quitting).  After every lock
it checks that the window is locked, that no widget, window title, tooltip or
top-level window holds a case marker, that every dialog and message box is
closed, and, after every unlock, that the idle countdown runs.

Modal dialogs are reached through the app's own code paths: their
``exec()`` runs for real, and the lock is pressed from a timer once the
dialog is the active modal widget (:class:`lockhelpers.ModalDriver`).  A
deterministic test beside the random one covers every pair of "open X, then
lock by Y".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from guihelpers import PASSPHRASE, create_vault, sample_value, unlock
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from lockhelpers import ModalDriver, leaked, open_windows, real_message_boxes
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from scr_desktop import APP_NAME
from scr_desktop.domain.form import FIELDS, Kind
from scr_desktop.domain.model import Case
from scr_desktop.domain.validation import validate
from scr_desktop.export.package import export_package
from scr_desktop.gui.export.import_dialog import ImportDialog
from scr_desktop.gui.export.incomplete_dialog import IncompleteDialog
from scr_desktop.gui.export.notification_dialog import NotificationDialog
from scr_desktop.gui.export.password_dialog import PasswordDialog
from scr_desktop.gui.main_window import MainWindow
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.passphrase_dialog import PassphraseDialog
from scr_desktop.storage.attempts import AttemptLimiter

MARKER = "Qz"  # every identifying value of the test's cases starts with it
PACKAGE_PASSWORD = "lantern-gravel-saffron-quay-mint"
ROUTES = ("ctrl_l", "idle", "screen_lock", "quit")


def _case(n: int) -> Case:
    c = Case(status="referred")
    for name, value in (("child_forenames", f"Qzchild{n}"), ("child_last_names", f"Qzfamily{n}"),
                        ("child_dob", "02/02/2020"), ("referral_date", "18/11/2026"),
                        ("incident_date", "15/11/2026"), ("aware_date", "16/11/2026"),
                        ("child_address", f"{n} Qzroad Street\nLeeds\nLS1 4AB"),
                        ("case_outline", f"Qzoutline of case {n}")):
        c.set(name, value)
    return c


def _complete(c: Case) -> Case:
    """Fill every required field ``c`` still lacks, so exporting it asks nothing more."""
    for _ in range(3):
        for problem in validate(c):
            if FIELDS[problem.field].kind is not Kind.GROUP:
                c.set(problem.field, sample_value(problem.field))  # type: ignore[arg-type]
    assert validate(c) == []
    return c


class LockDriver:
    """The actions, shared by the random and the pairwise tests."""

    def __init__(self, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.tmp_path = tmp_path
        self.vault_path = tmp_path / "vaults" / "vault.scrvault"
        self.limiter = AttemptLimiter(tmp_path / "attempts.json")
        self.windows: list[MainWindow] = []
        self.window = self._new_window()
        create_vault(qtbot, self.window)
        self.case_ids = []
        for n in (1, 2):
            # The first is complete, so its export goes straight to the password; the
            # second is not, so its export first lists what is missing.
            case = _complete(_case(n)) if n == 1 else _case(n)
            self.window.vault.cases.save(case)
            self.case_ids.append(case.id)
        self.package = tmp_path / "one.scrcase"
        self.package.write_bytes(export_package(_case(3), PACKAGE_PASSWORD))
        self.window.show_meetings()
        page = self.window.meetings
        page.new_meeting()
        assert page.editor is not None
        for case_id in self.case_ids:
            page.editor.planner.add_case(case_id)
        self.meeting_id = page.ctx.meeting.id
        self.window.show_cases()
        self.typed = 0
        self.reached: list[str] = []

    def _new_window(self) -> MainWindow:
        w = MainWindow(self.vault_path, limiter=self.limiter)
        self.qtbot.addWidget(w)
        w.show()
        self.windows.append(w)
        return w

    def close_all(self) -> None:
        for w in self.windows:
            w.close()

    # -- unlocking -------------------------------------------------------------------
    def ensure_unlocked(self) -> None:
        if not self.window.isVisible():  # quit: start the application again
            self.window = self._new_window()
        if self.window.is_locked():
            page = self.window.lock_screen.unlock_page
            assert self.window.lock_screen.currentWidget() is page
            assert page.passphrase.text() == "" and not page.passphrase.isReadOnly(), (
                self.reached, page.message.text())
            unlock(self.qtbot, self.window, PASSPHRASE)
        self.check_unlocked()

    def check_unlocked(self) -> None:
        assert not self.window.is_locked()
        assert self.window.idle.is_counting(), "the idle lock must count while unlocked"

    # -- locking ---------------------------------------------------------------------
    def lock_by(self, route: str) -> None:
        """Lock by ``route`` (from wherever the keyboard focus is)."""
        window = self.window
        if route == "ctrl_l":
            target = QApplication.activeModalWidget() or QApplication.focusWidget() or window
            self.qtbot.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        elif route == "idle":
            interval = window.idle.timer.interval()
            window.idle.timer.start(1)
            self.qtbot.waitUntil(window.is_locked, timeout=10_000)
            window.idle.timer.setInterval(interval)
        elif route == "screen_lock":
            self.qtbot.waitUntil(lambda: window.screen_lock is not None, timeout=10_000)
            assert window.screen_lock is not None
            window.screen_lock._screen_saver_changed(True)
        else:
            window.close()

    def lock_later(self, route: str) -> Callable[[QWidget], None]:
        """Return an action that locks by ``route`` from inside a modal dialog."""
        def act(_dialog: QWidget) -> None:
            if route == "idle":
                timer = self.window.idle.timer
                interval = timer.interval()
                timer.timeout.connect(lambda: timer.setInterval(interval),
                                      Qt.ConnectionType.SingleShotConnection)
                timer.start(1)  # fires inside the dialog's exec()
            else:
                self.lock_by(route)

        return act

    def check_locked(self, route: str) -> None:
        window = self.window
        if route == "quit":
            assert not window.isVisible()
        assert window.is_locked()
        assert not window.idle.is_counting()
        assert window.windowTitle() == APP_NAME
        assert open_windows(window) == []
        assert QApplication.activeModalWidget() is None
        self.qtbot.waitUntil(lambda: not leaked((MARKER,)), timeout=5000)
        if route != "quit":
            assert window.stack.currentWidget() is window.lock_screen

    # -- opening things without a modal loop -------------------------------------------
    def open_case_and_type(self) -> None:
        w = self.window
        w.open_case(self.case_ids[0])
        assert w.editor is not None
        w.editor.go(2)
        edit = w.editor.editor("child_forenames").findChild(QLineEdit)
        self.typed += 1
        self.qtbot.keyClicks(edit, f" Qztyped{self.typed}")

    def open_meeting(self) -> None:
        self.window.show_meetings()
        page = self.window.meetings
        if page.ctx is None or page.ctx.meeting.id != self.meeting_id:
            assert page.open_meeting(self.meeting_id)

    def open_presenter(self) -> None:
        self.open_meeting()
        assert self.window.meetings.present() is not None

    def open_minutes(self) -> None:
        self.open_meeting()
        assert self.window.meetings.export_minutes() is not None

    def open_audit(self) -> None:
        self.window.activateWindow()  # shortcuts reach the active window only
        self.qtbot.waitUntil(self.window.isActiveWindow, timeout=5000)
        self.qtbot.keyClick(self.window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                            | Qt.KeyboardModifier.ShiftModifier)
        assert self.window.audit_dialog is not None

    def open_recovery_key(self) -> None:
        """The Vault menu's new recovery key, shown window-modal without a nested loop."""
        dialog = self.window.vault_actions.show_new_recovery_key()
        assert dialog.isVisible()

    def open_and_close_audit(self) -> None:
        self.open_audit()
        dialog = self.window.audit_dialog
        assert dialog is not None
        with self.qtbot.waitSignal(dialog.destroyed, timeout=5000):
            self.qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    # -- modal dialogs: exec() for real, lock from inside ---------------------------------
    def in_modal(self, name: str, kind: type, start: Callable[[], object], route: str,
                 before: Callable[[QWidget], None] | None = None) -> None:
        """Run ``start`` (which sits in a modal ``exec()``) and lock by ``route`` inside it."""
        driver = ModalDriver()

        def act(dialog: QWidget) -> None:
            if before is not None:
                before(dialog)
            self.lock_later(route)(dialog)

        driver.when(lambda w: isinstance(w, kind), act, name)
        start()
        assert not driver.hung, f"{name}: the dialog stayed open after locking by {route}"
        assert driver.done == [name], f"{name}: the dialog never opened"
        self.qtbot.waitUntil(self.window.is_locked, timeout=10_000)
        self.reached.append(name)

    def menu(self, name: str) -> None:
        """Choose the Case menu's item ``name``, as a click would."""
        action = self.window.findChild(QAction, name)
        assert action is not None, name
        action.trigger()

    def with_case_selected(self) -> None:
        self.window.open_case(self.case_ids[0])

    def modal(self, name: str, route: str) -> None:
        w = self.window
        if name == "export_password":
            self.with_case_selected()
            Messages.next_answer(str(self.tmp_path / "out" / "case.pdf"))
            self.in_modal(name, PasswordDialog, lambda: self.menu("export_form_action"), route)
        elif name == "export_running":
            self.with_case_selected()
            (self.tmp_path / "out").mkdir(exist_ok=True)
            Messages.next_answer(str(self.tmp_path / "out" / "running.pdf"))

            def accept_then_lock(dialog: QWidget) -> None:
                QTimer.singleShot(0, lambda: self.lock_later(route)(dialog))
                assert isinstance(dialog, PasswordDialog)
                dialog.accept()

            driver = ModalDriver()
            driver.when(lambda d: isinstance(d, PasswordDialog), accept_then_lock, name)
            self.menu("export_form_action")
            assert driver.done == [name] and not driver.hung
            self.qtbot.waitUntil(w.is_locked, timeout=10_000)
            self.reached.append(name)
        elif name == "export_incomplete":
            self.window.open_case(self.case_ids[1])
            self.in_modal(name, IncompleteDialog, lambda: self.menu("export_form_action"),
                          route)
        elif name == "notification":
            self.with_case_selected()
            self.in_modal(name, NotificationDialog,
                          lambda: self.menu("export_notification_action"), route)
        elif name == "file_dialog":
            self.with_case_selected()
            with real_message_boxes():
                self.in_modal(name, QFileDialog, lambda: self.menu("export_package_action"), route)
        elif name == "import":
            w.show_cases()
            Messages.next_answer(str(self.package))

            def type_password(dialog: QWidget) -> None:
                edit = dialog.findChild(QLineEdit)
                if edit is not None:
                    self.qtbot.keyClicks(edit, "Qzhalf typed")

            self.in_modal(name, ImportDialog, w.import_package, route, before=type_password)
        elif name == "idle_setting":
            with real_message_boxes():
                self.in_modal(name, QInputDialog, w.ask_idle_minutes, route)
        elif name == "message_box":
            w.show_cases()
            with real_message_boxes():
                self.in_modal(name, QMessageBox,
                              lambda: w.list_page.delete_case.emit(self.case_ids[1]), route)
        elif name == "recovery_sheet":
            # The sheet's password, asked from over the recovery key dialog.
            dialog = w.vault_actions.show_new_recovery_key()
            (self.tmp_path / "out").mkdir(exist_ok=True)
            Messages.next_answer(str(self.tmp_path / "out" / "sheet.pdf"))
            button = dialog.findChild(QPushButton, "save_sheet_button")
            assert button is not None
            self.in_modal(name, PasswordDialog, button.click, route)
        elif name == "backup_passphrase":
            self.in_modal(name, PassphraseDialog, w.vault_actions.ask_back_up, route,
                          before=lambda d: self.qtbot.keyClicks(d.findChild(QLineEdit), "Qz"))
        elif name == "box_over_dialog":
            def open_box(dialog: QWidget) -> None:
                inner = ModalDriver()
                inner.when(lambda b: isinstance(b, QMessageBox), self.lock_later(route), "box")
                with real_message_boxes():
                    Messages.error(dialog, "Qzbox", "Qzbox over a dialog")
                assert inner.done == ["box"] and not inner.hung

            driver = ModalDriver()
            driver.when(lambda d: isinstance(d, PassphraseDialog), open_box, name)
            w.vault_actions.ask_change_passphrase()
            assert driver.done == [name] and not driver.hung
            self.qtbot.waitUntil(w.is_locked, timeout=10_000)
            self.reached.append(name)
        else:
            raise AssertionError(name)
        assert QApplication.activeModalWidget() is None or not isinstance(
            QApplication.activeModalWidget(), QDialog)


MODELESS: dict[str, Callable[[LockDriver], None]] = {
    "cases": lambda d: d.window.show_cases(),
    "trash": lambda d: d.window.show_trash(),
    "dashboard": lambda d: d.window.show_dashboard(),
    "statistics": lambda d: d.window.show_statistics(),
    "case_typed": LockDriver.open_case_and_type,
    "meeting": LockDriver.open_meeting,
    "presenter": LockDriver.open_presenter,
    "minutes": LockDriver.open_minutes,
    "audit_log": LockDriver.open_audit,
    "audit_log_closed": LockDriver.open_and_close_audit,
    "recovery_key": LockDriver.open_recovery_key,
}
MODAL = ("export_password", "export_running", "export_incomplete", "notification",
         "file_dialog", "import",
         "idle_setting", "message_box", "backup_passphrase", "box_over_dialog",
         "recovery_sheet")


@pytest.fixture
def driver(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    d = LockDriver(qtbot, tmp_path)
    yield d
    d.close_all()


@pytest.mark.parametrize("route", ROUTES)
def test_every_page_and_dialog_then_every_lock_route(driver: LockDriver, route: str) -> None:
    """Every pair of "open X, then lock by Y", in turn, in one window."""
    for open_it in MODELESS.values():
        driver.ensure_unlocked()
        open_it(driver)
        driver.lock_by(route)
        driver.check_locked(route)
    for name in MODAL:
        driver.ensure_unlocked()
        driver.modal(name, route)
        driver.check_locked(route)
    assert driver.reached == list(MODAL)
    driver.ensure_unlocked()


def test_random_sequences_of_pages_dialogs_and_locks(qtbot, tmp_path: Path) -> None:
    shared = LockDriver(qtbot, tmp_path)

    class LockMachine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.d = shared
            self.d.ensure_unlocked()
            self.d.window.show_cases()

        @rule(name=st.sampled_from(sorted(MODELESS)))
        def open_page_or_dialog(self, name: str) -> None:
            self.d.ensure_unlocked()
            MODELESS[name](self.d)

        @rule(route=st.sampled_from(ROUTES))
        def lock(self, route: str) -> None:
            self.d.ensure_unlocked()
            self.d.lock_by(route)
            self.d.check_locked(route)

        @rule(name=st.sampled_from(MODAL), route=st.sampled_from(ROUTES))
        def lock_inside_a_modal_dialog(self, name: str, route: str) -> None:
            self.d.ensure_unlocked()
            self.d.modal(name, route)
            self.d.check_locked(route)

        @rule()
        def unlock(self) -> None:
            self.d.ensure_unlocked()

        @invariant()
        def idle_lock_counts_while_unlocked(self) -> None:
            w = self.d.window
            assert w.is_locked() or w.idle.is_counting()

    try:
        run_state_machine_as_test(LockMachine, settings=settings(
            max_examples=4, stateful_step_count=8, deadline=None, derandomize=True,
            suppress_health_check=list(HealthCheck)))
    finally:
        shared.close_all()
