"""The main window: the lock screen until unlocked, then the workspace; menus, lock and quit.

The window builds the toolbar and menus, unlocks and locks, and hands the
rest to small parts that receive callables, never the window: the pages
(:mod:`.workspace`), the case in the wizard (:mod:`.case_controller`), the
exports (:mod:`.case_exports`), the audit viewer (:mod:`.audit_viewer`),
what follows the background page check (:mod:`.after_check`), the Vault
menu (:mod:`.vault_actions`) and the settings questions
(:mod:`.settings_prompts`).  The case list is shown as soon as the vault is
unlocked; every page of the file is checked just after, and damage found
then locks the window at once without saving anything held back.

Locking (toolbar, Ctrl+L from any window or dialog, after the idle time, on
the OS screen lock) and quitting run the same teardown (:meth:`MainWindow._teardown`):
save what is pending, destroy the wizard, close every dialog, message box and
window the app opened, empty the list models, clear the clipboard, close the
vault connection and release the instance lock.  Each step is guarded
(:mod:`.teardown`), so one failing step never leaves the vault open; the
idle countdown runs whenever the vault is open.  The window title never
contains personal data.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QToolBar

from scr_desktop import APP_NAME, support_log
from scr_desktop.gui import input_events
from scr_desktop.gui.after_check import AfterCheck
from scr_desktop.gui.audit_viewer import AuditViewer
from scr_desktop.gui.case_controller import CaseController
from scr_desktop.gui.case_exports import CaseExports
from scr_desktop.gui.clipboard import ClipboardGuard
from scr_desktop.gui.idle import IdleWatcher
from scr_desktop.gui.lock_keys import LockKeyFilter
from scr_desktop.gui.lock_screen import LockScreen
from scr_desktop.gui.session import VaultSession
from scr_desktop.gui.teardown import Step, close_windows, run_steps
from scr_desktop.gui.window_size import fit_to_screen
from scr_desktop.gui.workspace import Workspace
from scr_desktop.policy import Policy, effective_idle_minutes
from scr_desktop.storage.attempts import AttemptLimiter
from scr_desktop.storage.errors import VaultDamaged

if TYPE_CHECKING:
    from scr_desktop.domain.model import Case
    from scr_desktop.gui.audit_dialog import AuditDialog
    from scr_desktop.gui.case_editor import CaseEditor
    from scr_desktop.gui.case_list_page import CaseListPage
    from scr_desktop.gui.dashboard_page import DashboardPage
    from scr_desktop.gui.decision_steps import DecisionSteps
    from scr_desktop.gui.export.controller import ExportController
    from scr_desktop.gui.learning.statistics_page import StatisticsPage
    from scr_desktop.gui.learning.themes_step import ThemesStep
    from scr_desktop.gui.meeting.meetings_page import MeetingsPage
    from scr_desktop.gui.review.area import ReviewArea
    from scr_desktop.gui.review.monitoring_page import MonitoringPage
    from scr_desktop.gui.screen_lock import ScreenLockWatcher
    from scr_desktop.gui.table_keys import TableTabFilter
    from scr_desktop.storage.vault import Vault

# The unlocked window's modules are imported this long after the unlock window is painted.
WARM_UP_DELAY_MS = 150


def shortcut_keys(text: str) -> QKeySequence:
    """Return the key sequence written ``text`` (such as "Ctrl+L"), read as the constructor
    reads it (the platform's own text).

    Built with ``fromString`` and given to an action with ``setShortcuts``: the
    constructor's and ``setShortcut``'s other overloads take a ``Qt.Key``, and
    PySide builds the whole ``Qt`` namespace to choose between them (see
    :meth:`MainWindow._warm_up`).
    """
    return QKeySequence.fromString(text, QKeySequence.SequenceFormat.NativeText)


class MainWindow(QMainWindow):
    """The application window."""

    def __init__(self, default_path: Path, *, vault_path: Path | None = None,
                 limiter: AttemptLimiter | None = None, idle_ms: int | None = None,
                 policy: Policy | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.today = today
        self.policy = policy or Policy()
        if idle_ms is None:
            from scr_desktop.gui import settings

            idle_ms = effective_idle_minutes(settings.idle_minutes(), self.policy) * 60_000
        self.setObjectName("main_window")
        self.setWindowTitle(APP_NAME)
        self.session: VaultSession | None = None
        self.clipboard = ClipboardGuard(self, watch_application_copies=True)
        self.screen_lock: ScreenLockWatcher | None = None
        self.limiter = limiter or AttemptLimiter()

        self.lock_screen = LockScreen(default_path, self.limiter, self.policy)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.damaged.connect(lambda: self.lock(save=False))
        from scr_desktop.gui.vault_actions import VaultActions

        self.vault_actions = VaultActions(
            self, status_bar=self.statusBar, vault=lambda: self.vault,
            vault_path=self.vault_path, lock=self.lock,
            allow_unlock=self.lock_screen.setEnabled, policy=self.policy,
            restored=self.lock_screen.show_for, today=self.today,
            save_recovery_sheet=lambda code, name: self.case_exports.export_recovery_sheet(
                code, name))
        self.lock_screen.after_unlock = self.vault_actions.after_unlock
        self.lock_screen.recovery_key_wanted = self.vault_actions.offer_recovery_key
        self.workspace = Workspace(self, vault=self._open_vault, open_case=self.open_case,
                                   new_case=self.new_case, clipboard=self.clipboard,
                                   policy=self.policy, today=today)
        self.case_exports = CaseExports(
            self, vault=lambda: self.vault, clipboard=self.clipboard, policy=self.policy,
            current_case=lambda: self.cases.current_case())
        self.workspace.export_annex = self.case_exports.export_annex
        self.workspace.open_deadline = self._open_deadline
        self.case_exports.go_to_section = self._go_to_section
        self.audit_viewer = AuditViewer(self, self.case_exports.export_audit)
        self.cases = CaseController(
            self, self.workspace, vault=lambda: self.vault, is_open=lambda: not self.is_locked(),
            writes_held=self.vault_checking, copy_text=self.clipboard.copy,
            exports=self.case_exports, show_cases=self.show_cases,
            save_meetings=self.workspace.save_meetings,
            selected_case=self.workspace.selected_case, today=today)
        self.after_check = AfterCheck(
            self, is_current=lambda vault: self._open_vault() is vault,
            save_held=lambda: self.editor.save_held() if self.editor is not None else None,
            deadlines=lambda: self.vault.deadlines,
            progress=self.workspace.show_progress)
        self.lock_screen.checked.connect(self.after_check.checked)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.lock_screen)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)

        self._build_actions()
        self.idle = IdleWatcher(idle_ms, self.lock, self)
        self.lock_keys = LockKeyFilter(self.lock_action.shortcut(), self.lock, self)
        # Tables answer Ctrl+Tab once the case list has been shown (see _start_listening).
        self.table_keys: TableTabFilter | None = None
        self.listening = False  # input in every window is heard (see _start_listening)
        self.warmed = False  # the warm-up after the first paint has run (see _warm_up)
        self._set_unlocked(False)
        self.lock_screen.show_for(vault_path or default_path)
        fit_to_screen(self, QSize(1100, 760))
        QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up)

    def _warm_up(self) -> None:
        """Finish what the unlock window could do without: once, just after it is painted.

        Until then nothing touches PySide's ``Qt`` namespace (building it costs
        as much as a tenth of a bare window's start, see :mod:`.lock_pages`).
        An unlock that comes first (nobody typed a passphrase: a remembered
        one, a test) runs it then.  What the unlocked window alone needs waits
        for the case list to be shown (:meth:`_start_listening`): the key
        derivation at unlock takes 64 MiB on top of whatever is loaded by then.
        """
        if self.warmed:
            return
        self.warmed = True
        from PySide6.QtCore import Qt

        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in self.toolbar.actions():
            a.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.workspace.warm_up()
        self.lock_screen.check_keystore()

    def _start_listening(self) -> None:
        """Hear input in every window and the OS screen lock: once the case list is shown.

        No application-wide Python event filter listens before: the first event
        it is handed for an object of a class PySide has not loaded makes PySide
        load every class of every Qt module imported (1.7 to 2.6 MB, and tens of
        milliseconds), which would be resident when the key is derived, or paid
        in the unlock's time.  So the tables' Ctrl+Tab, the idle countdown's
        input and the lock key from dialogs start here, a moment after the list
        is shown, and stay for the life of the window (the idle and lock keys
        only while unlocked).  The screen-lock watcher starts here too, and asks
        whether the screen is locked already (:meth:`ScreenLockWatcher.check_now`).
        """
        if self.is_locked():
            return
        if self.table_keys is None:
            from scr_desktop.gui.table_keys import TableTabFilter

            self.table_keys = TableTabFilter(self)
            input_events.listen(self.table_keys)
        self.listening = True
        self.idle.arm()
        self.lock_keys.listen(True)
        if self.screen_lock is None:
            from scr_desktop.gui.screen_lock import ScreenLockWatcher

            self.screen_lock = ScreenLockWatcher(self)
            self.screen_lock.lock_requested.connect(self.lock)
            self.screen_lock.check_now()

    # -- what the window shows ------------------------------------------------------
    @property
    def list_page(self) -> CaseListPage:
        """Return the case list (built on first use)."""
        return self.workspace.list_page

    @property
    def dashboard(self) -> DashboardPage:
        """Return the deadlines dashboard (built on first use)."""
        return self.workspace.dashboard

    @property
    def monitoring(self) -> MonitoringPage:
        """Return the actions monitoring page (built on first use)."""
        return self.workspace.monitoring

    @property
    def meetings(self) -> MeetingsPage:
        """Return the meetings page (built on first use)."""
        return self.workspace.meetings

    @property
    def statistics(self) -> StatisticsPage:
        """Return the board statistics page (built on first use)."""
        return self.workspace.statistics

    @property
    def themes_step(self) -> ThemesStep | None:
        """Return the open case's learning themes step, if a case is open."""
        return self.cases.themes_step

    @property
    def exports(self) -> ExportController:
        """Return the export controller (built on first use: it loads the PDF libraries)."""
        return self.case_exports.controller

    @property
    def editor(self) -> CaseEditor | None:
        """Return the wizard of the open case, if one is open."""
        return self.cases.editor

    @property
    def decision_steps(self) -> DecisionSteps | None:
        """Return the open case's decision steps, if a case is open."""
        return self.cases.decision_steps

    @property
    def review_area(self) -> ReviewArea | None:
        """Return the open case's Review area, if it has one."""
        return self.cases.review_area

    # -- actions -----------------------------------------------------------------
    def _build_actions(self) -> None:
        bar = QToolBar("Main")
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)  # its buttons' style and shortcuts' reach are set in _warm_up
        self.addToolBar(bar)
        self.toolbar = bar

        def action(name: str, text: str, shortcut: str, slot: Callable[[], None],
                   tip: str) -> QAction:
            a = QAction(text, self)
            a.setObjectName(name)
            keys = shortcut_keys(shortcut)
            a.setShortcuts([keys])
            a.setToolTip(f"{tip} ({keys.toString()})")
            a.triggered.connect(slot)
            self.addAction(a)
            bar.addAction(a)
            return a

        self.cases_action = action("cases_action", "Referrals", "Ctrl+1",
                                   self.show_cases, "Show the list of referrals")
        self.new_action = action("new_action", "New referral", "Ctrl+N",
                                 self.new_case, "Start a new Case for Consideration")
        self.deadlines_action = action("deadlines_action", "Deadlines", "Ctrl+D",
                                       self.show_dashboard, "Deadlines across all cases")
        self.meetings_action = action("meetings_action", "Meetings", "Ctrl+M",
                                      self.show_meetings, "Plan and run sub-group meetings")
        self.actions_action = action("actions_action", "Actions", "Ctrl+Shift+R",
                                     self.show_monitoring,
                                     "Review actions across all cases, overdue first")
        self.statistics_action = action("statistics_action", "Statistics", "Ctrl+Shift+S",
                                        self.show_statistics,
                                        "The board's statistics for a period, and the annex")
        self.trash_action = action("trash_action", "Deleted cases", "Ctrl+T",
                                   self.show_trash, "Cases you deleted, kept until you empty them")
        self.audit_action = action("audit_action", "Audit log", "Ctrl+Shift+A",
                                   self.show_audit, "Who did what, when, and a check of the chain")
        bar.addSeparator()
        self.lock_action = action("lock_action", "Lock", "Ctrl+L", self.lock,
                                  "Lock now: hide everything and ask for the passphrase")
        menu = self.menuBar().addMenu("&Vault")
        menu.setObjectName("vault_menu")
        self.backup_action = QAction("&Back up to\u2026", self)
        self.backup_action.triggered.connect(self.vault_actions.ask_back_up)
        # Also while locked: a vault that will not open is restored from the lock screen.
        self.restore_action = QAction("&Restore from a backup\u2026", self)
        self.restore_action.setObjectName("restore_action")
        self.restore_action.triggered.connect(self.vault_actions.ask_restore)
        self.passphrase_action = QAction("&Change passphrase\u2026", self)
        self.passphrase_action.triggered.connect(self.vault_actions.ask_change_passphrase)
        self.recovery_action = QAction("New recovery &key\u2026", self)
        self.recovery_action.triggered.connect(self.vault_actions.ask_new_recovery_key)
        for a in (self.backup_action, self.restore_action, self.passphrase_action,
                  self.recovery_action):
            menu.addAction(a)
        case_menu = self.menuBar().addMenu("Cas&e")
        case_menu.setObjectName("case_menu")
        self.export_actions: list[QAction] = []
        for name, text, slot in (
            ("export_form_action", "Export Case for &Consideration (PDF)\u2026",
             lambda: self._export(self.exports.export_case_pdf)),
            ("export_decision_action", "Export &decision record (PDF)\u2026",
             lambda: self._export(self.exports.export_decision_pdf)),
            ("export_notification_action", "&Notify Ofsted, DfE or the National Panel\u2026",
             lambda: self._export(self.exports.export_notification)),
            ("export_rapid_review_action", "Export &rapid review report (PDF)\u2026",
             lambda: self._export(self.exports.export_rapid_review_pdf)),
            ("export_package_action", "Export case &package\u2026",
             lambda: self._export(self.exports.export_package)),
        ):
            a = QAction(text, self)
            a.setObjectName(name)
            a.triggered.connect(slot)
            case_menu.addAction(a)
            self.export_actions.append(a)
        case_menu.addSeparator()
        self.import_action = QAction("&Import case package\u2026", self)
        self.import_action.setObjectName("import_action")
        self.import_action.triggered.connect(self.import_package)
        case_menu.addAction(self.import_action)
        self.idle_action = QAction("&Idle lock time\u2026", self)
        self.idle_action.setObjectName("idle_action")
        self.idle_action.triggered.connect(self.ask_idle_minutes)
        menu.addAction(self.idle_action)
        self.new_framework_action = QAction("&Guidance for new cases\u2026", self)
        self.new_framework_action.setObjectName("new_framework_action")
        self.new_framework_action.triggered.connect(self.ask_framework_for_new_cases)
        menu.addAction(self.new_framework_action)
        self.board_action = QAction("Board and &partner agencies\u2026", self)
        self.board_action.setObjectName("board_action")
        self.board_action.triggered.connect(self._ask_board)
        menu.addAction(self.board_action)
        menu.addSeparator()
        menu.addAction(self.audit_action)
        menu.addAction(self.lock_action)
        menu.addSeparator()
        # Saves, closes the vault and ends the program, as closing the window does.
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setObjectName("quit_action")
        self.quit_action.setShortcuts([shortcut_keys("Ctrl+Q")])
        self.quit_action.triggered.connect(self.close)
        menu.addAction(self.quit_action)
        from scr_desktop.gui.theme import add_view_menu

        self.high_contrast_action = add_view_menu(self)
        self.case_actions = [self.cases_action, self.new_action, self.deadlines_action,
                             self.meetings_action, self.actions_action,
                             self.statistics_action, self.trash_action, self.audit_action,
                             self.lock_action, self.backup_action, self.passphrase_action,
                             self.recovery_action,
                             *self.export_actions, self.import_action,
                             # settings too: nobody at a locked screen renames the board
                             # printed on every document or lengthens the idle lock
                             self.idle_action, self.new_framework_action, self.board_action]

    def _ask_board(self) -> None:
        """Ask for the board's name (its dialog is loaded on first use, not at start-up)."""
        from scr_desktop.gui.board_dialog import run_board_dialog

        run_board_dialog(self)

    def _set_unlocked(self, unlocked: bool) -> None:
        for a in self.case_actions:
            a.setEnabled(unlocked)
        self.toolbar.setVisible(unlocked)
        # Every input event passes through these filters, so they listen only while unlocked
        # (and from a moment after the case list is first shown, see _start_listening).
        if unlocked:
            self.idle.arm(listen=self.listening)
        else:
            self.idle.disarm()
        self.lock_keys.listen(unlocked and self.listening)

    # -- vault -------------------------------------------------------------------
    @property
    def vault(self) -> Vault:
        """Return the unlocked vault (raises if locked)."""
        assert self.session is not None and self.session.vault is not None
        return self.session.vault

    def _unlocked(self, session: VaultSession) -> None:
        self._warm_up()
        self.session = session
        try:
            self.workspace.attach()
        except VaultDamaged as exc:
            self.lock_screen.first_read_damaged(exc)  # it locks and says so, as after the check
            return
        self.stack.setCurrentWidget(self.workspace)
        self._set_unlocked(True)
        self.workspace.resume()
        QTimer.singleShot(WARM_UP_DELAY_MS, self, self.cases.prepare)  # once the list is shown
        if not self.listening or self.screen_lock is None:
            QTimer.singleShot(WARM_UP_DELAY_MS, self, self._start_listening)

    def _open_vault(self) -> Vault | None:
        return self.session.vault if self.session is not None else None

    def vault_checking(self) -> bool:
        """Return True while the open vault's pages are being checked (writes wait)."""
        vault = self._open_vault()
        return vault is not None and bool(vault.writes_held)

    def vault_checked(self) -> bool:
        """Return True once the open vault's pages have all been checked (False if locked)."""
        vault = self._open_vault()
        return vault is not None and not vault.writes_held

    def ask_idle_minutes(self) -> None:
        """Let the user choose the idle time before locking, up to the policy's ceiling."""
        from scr_desktop.gui import settings_prompts

        settings_prompts.ask_idle_minutes(self, self.policy, self.idle,
                                          counting=not self.is_locked())

    def ask_framework_for_new_cases(self) -> None:
        """Let the board choose the guidance framework new cases start under."""
        from scr_desktop.gui import settings_prompts

        settings_prompts.ask_framework_for_new_cases(self)

    def vault_path(self) -> Path:
        """Return the path of the open vault, or of the one the lock screen is for."""
        return self.session.path if self.session is not None else self.lock_screen.path

    def is_locked(self) -> bool:
        """Return True while no vault is open."""
        return self.session is None

    def lock(self, *, save: bool = True) -> None:
        """Save what is pending, close every window, drop what holds case data, close the vault.

        ``save=False`` (the vault was found damaged) drops pending changes unsaved.
        """
        if self.session is None:
            return
        path = self.session.path
        support_log.event("lock")
        self._teardown([
            ("show_lock_screen", lambda: self.stack.setCurrentWidget(self.lock_screen)),
            ("ask_passphrase", lambda: self.lock_screen.show_unlock(path)),
        ], save=save)

    def _teardown(self, then: list[Step], *, save: bool = True) -> list[str]:
        """Run every step of locking (shared by lock and quit), then ``then``; return failures.

        The vault is closed and the idle countdown set right whatever fails on the way.
        """
        def save_editor() -> None:
            if self.editor is not None and save:
                self.editor.save_now()

        def release_session() -> None:
            session, self.session = self.session, None
            if session is not None:
                session.release()

        steps: list[Step] = [
            ("stop_upkeep", self.after_check.stop),
            ("save_editor", save_editor),
            ("detach_meetings", self.workspace.detach_meetings),
            ("close_editor", lambda: self.cases.close_editor(save=False)),
            ("close_audit", self.audit_viewer.close),
            ("close_export_dialogs", self.case_exports.close_dialogs),
            ("close_windows", lambda: close_windows(self)),
            *self.workspace.detach_steps(),
            ("clear_clipboard", self.clipboard.clear_now),
            ("release_session", release_session),
            ("disarm_idle", lambda: self._set_unlocked(False)),
            *then,
            ("drop_case_text", gc.collect),
        ]
        try:
            return run_steps(steps)
        finally:
            # Whatever happened above, a vault still open keeps its idle lock counting.
            if self.session is not None:
                self._set_unlocked(True)

    # -- pages and cases -----------------------------------------------------------------
    def _leave_case(self) -> bool:
        """Close the open case (saved first) to show another page; False if locked or staying."""
        return self.session is not None and self.cases.close_editor(save=True, keep=True)

    def show_cases(self) -> None:
        """Show the referrals list."""
        if self._leave_case():
            self.workspace.show_list(trash=False)

    def show_trash(self) -> None:
        """Show deleted cases."""
        if self._leave_case():
            self.workspace.show_list(trash=True)

    def show_dashboard(self) -> None:
        """Show every case's deadlines."""
        if self._leave_case():
            self.workspace.show_dashboard()

    def show_monitoring(self) -> None:
        """Show every review's actions, overdue first."""
        if self._leave_case():
            self.workspace.show_monitoring()

    def show_statistics(self) -> None:
        """Show the board's statistics for a period."""
        if self._leave_case():
            self.workspace.show_statistics()

    def show_meetings(self) -> None:
        """Show the meetings: plan, agency checks, attendance, outcomes, presenter view."""
        if self._leave_case():
            self.workspace.show_meetings()

    def new_case(self) -> None:
        """Create a referral and open it in the wizard."""
        self.cases.new_case()

    def open_case(self, case_id: str, step: str | None = None) -> None:
        """Open a referral in the wizard (at ``step``, a decision or review step id, if given)."""
        self.cases.open_case(case_id, step)

    def _export(self, export: Callable[[Case], None]) -> None:
        self.case_exports.export_current(export)

    def _open_deadline(self, case_id: str, key: str, step: str) -> None:
        """Open the case on its deadlines step with deadline ``key`` selected."""
        self.open_case(case_id, step=step)
        if self.decision_steps is not None and self.editor is not None \
                and self.editor.case.id == case_id:
            self.decision_steps.deadlines.select(key)

    def _go_to_section(self, case_id: str, key: str) -> None:
        """Open the case (if it is not open) at the form section ``key``."""
        if self.editor is None or self.editor.case.id != case_id:
            self.open_case(case_id)
        if self.editor is not None and self.editor.case.id == case_id:
            self.editor.go_section(key)

    def import_package(self) -> None:
        """Import a case package and open the imported case."""
        self.cases.import_package(lambda: self.list_page.refresh())

    def show_audit(self) -> None:
        """Open the audit log viewer."""
        if self.session is not None:
            self.audit_viewer.open(self.vault.audit, self.vault.audit_anchor_problems)

    @property
    def audit_dialog(self) -> AuditDialog | None:
        """Return the audit log viewer, while it is open."""
        return self.audit_viewer.dialog

    # -- window ------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Save, close the vault and release the instance lock."""
        if not self.cases.may_quit():
            event.ignore()
            return
        def release_lock_screen() -> None:
            if self.lock_screen.session is not None:
                self.lock_screen.session.release()

        self._teardown([("release_instance_lock", release_lock_screen)])
        event.accept()
