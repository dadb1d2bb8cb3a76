"""The main window: the lock screen until unlocked, then the case list and the case wizard.

The case list is shown as soon as the vault is unlocked; every page of the
file is checked just after, in the background, and the wizard's autosave
waits for that check (saying so).  Damage found then locks the window at
once without saving anything held back.  Once the check has passed, held
changes are saved and, if the rules have changed since the deadlines table
was computed, it is recomputed in the background.

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
import importlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QToolBar

from scr_desktop import APP_NAME, support_log
from scr_desktop.gui.case_actions import report_error
from scr_desktop.gui.clipboard import ClipboardGuard
from scr_desktop.gui.idle import IdleWatcher
from scr_desktop.gui.lock_keys import LockKeyFilter
from scr_desktop.gui.lock_screen import LockScreen
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.session import VaultSession
from scr_desktop.gui.teardown import Step, alive, close_windows, run_steps
from scr_desktop.policy import Policy, effective_idle_minutes
from scr_desktop.storage.attempts import AttemptLimiter
from scr_desktop.storage.errors import VaultError

if TYPE_CHECKING:
    from scr_desktop.domain.model import Case
    from scr_desktop.gui.audit_dialog import AuditDialog
    from scr_desktop.gui.case_editor import CaseEditor
    from scr_desktop.gui.case_list_page import CaseListPage
    from scr_desktop.gui.dashboard_page import DashboardPage
    from scr_desktop.gui.deadline_upkeep import DeadlineUpkeep
    from scr_desktop.gui.decision_steps import DecisionSteps
    from scr_desktop.gui.export.controller import ExportController
    from scr_desktop.gui.meeting.meetings_page import MeetingsPage
    from scr_desktop.gui.review.area import ReviewArea
    from scr_desktop.gui.review.monitoring_page import MonitoringPage
    from scr_desktop.gui.review.session import ReviewSession
    from scr_desktop.gui.screen_lock import ScreenLockWatcher
    from scr_desktop.storage.vault import Vault

# Modules the unlock window does not need: imported just after it is painted,
# while the user types the passphrase, so the window appears quickly.
WARM_UP = (
    "scr_desktop.storage.vault", "scr_desktop.gui.case_list_page",
    "scr_desktop.gui.case_editor", "scr_desktop.gui.decision_steps",
    "scr_desktop.gui.dashboard_page", "scr_desktop.gui.audit_dialog",
    "scr_desktop.gui.screen_lock", "scr_desktop.gui.meeting.meetings_page",
)
WARM_UP_DELAY_MS = 150

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
        self.editor: CaseEditor | None = None
        self.decision_steps: DecisionSteps | None = None
        self.review_area: ReviewArea | None = None
        self._monitoring: MonitoringPage | None = None
        self.audit_dialog: AuditDialog | None = None
        self.clipboard = ClipboardGuard(self, watch_application_copies=True)
        self.screen_lock: ScreenLockWatcher | None = None
        self._list_page: CaseListPage | None = None
        self._dashboard: DashboardPage | None = None
        self._exports: ExportController | None = None
        self._meetings: MeetingsPage | None = None
        self.limiter = limiter or AttemptLimiter()

        self.lock_screen = LockScreen(default_path, self.limiter, self.policy)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.checked.connect(self._vault_checked)
        self.lock_screen.damaged.connect(lambda: self.lock(save=False))
        self._upkeep: DeadlineUpkeep | None = None
        from scr_desktop.gui.vault_actions import VaultActions

        self.vault_actions = VaultActions(
            self, vault=lambda: self.vault, vault_path=self.vault_path, lock=self.lock,
            allow_unlock=self.lock_screen.setEnabled, policy=self.policy)
        self.lock_screen.after_unlock = self.vault_actions.after_unlock
        self.workspace = QStackedWidget()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.lock_screen)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)

        self._build_actions()
        self.idle = IdleWatcher(idle_ms, self.lock, self)
        self.lock_keys = LockKeyFilter(self.lock_action.shortcut(), self.lock, self)
        self._set_unlocked(False)
        self.lock_screen.show_for(vault_path or default_path)
        self.resize(1100, 760)
        QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up)

    def _warm_up(self) -> None:
        """Load what the unlocked window needs and start listening for the OS screen lock."""
        for name in WARM_UP:
            importlib.import_module(name)
        self.list_page  # noqa: B018 - built now, while the passphrase is typed
        if self.screen_lock is None:
            from scr_desktop.gui.screen_lock import ScreenLockWatcher

            self.screen_lock = ScreenLockWatcher(self)
            self.screen_lock.lock_requested.connect(self.lock)
        self.lock_screen.check_keystore()

    @property
    def list_page(self) -> CaseListPage:
        """Return the case list (built on first use)."""
        if self._list_page is None:
            from scr_desktop.gui.case_actions import CaseActions
            from scr_desktop.gui.case_list_page import CaseListPage

            page = CaseListPage()
            actions = CaseActions(self, lambda: self.vault.cases, page.refresh)
            page.new_case.connect(self.new_case)
            page.open_case.connect(self.open_case)
            page.delete_case.connect(actions.delete)
            page.restore_case.connect(actions.restore)
            page.empty_trash.connect(actions.empty_trash)
            self.workspace.insertWidget(0, page)
            self._list_page = page
        return self._list_page

    @property
    def dashboard(self) -> DashboardPage:
        """Return the deadlines dashboard (built on first use)."""
        if self._dashboard is None:
            from scr_desktop.gui.dashboard_page import DashboardPage
            from scr_desktop.gui.decision_steps import STEP_DEADLINES

            page = DashboardPage(today=self.today)
            page.open_case.connect(lambda cid: self.open_case(cid, step=STEP_DEADLINES))
            self.workspace.addWidget(page)
            self._dashboard = page
        return self._dashboard

    # -- actions -----------------------------------------------------------------
    def _build_actions(self) -> None:
        bar = QToolBar("Main")
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.toolbar = bar

        def action(name: str, text: str, shortcut: str | QKeySequence.StandardKey,
                   slot: Callable[[], None], tip: str) -> QAction:
            a = QAction(text, self)
            a.setObjectName(name)
            a.setShortcut(QKeySequence(shortcut))
            a.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            a.setToolTip(f"{tip} ({QKeySequence(shortcut).toString()})")
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
        self.trash_action = action("trash_action", "Trash", "Ctrl+T",
                                   self.show_trash, "Deleted cases, until the trash is emptied")
        self.audit_action = action("audit_action", "Audit log", "Ctrl+Shift+A",
                                   self.show_audit, "Who did what, when, and a check of the chain")
        bar.addSeparator()
        self.lock_action = action("lock_action", "Lock", "Ctrl+L", self.lock,
                                  "Lock now: hide everything and ask for the passphrase")
        menu = self.menuBar().addMenu("&Vault")
        menu.setObjectName("vault_menu")
        self.backup_action = QAction("&Back up to\u2026", self)
        self.backup_action.triggered.connect(self.vault_actions.ask_back_up)
        self.restore_action = QAction("&Restore from a backup\u2026", self)
        self.restore_action.triggered.connect(self.vault_actions.ask_restore)
        self.passphrase_action = QAction("&Change passphrase\u2026", self)
        self.passphrase_action.triggered.connect(self.vault_actions.ask_change_passphrase)
        self.recovery_action = QAction("New &recovery key\u2026", self)
        self.recovery_action.triggered.connect(self.vault_actions.ask_new_recovery_key)
        for a in (self.backup_action, self.restore_action, self.passphrase_action,
                  self.recovery_action):
            menu.addAction(a)
        case_menu = self.menuBar().addMenu("&Case")
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
        menu.addSeparator()
        menu.addAction(self.audit_action)
        menu.addAction(self.lock_action)
        self.case_actions = [self.cases_action, self.new_action, self.deadlines_action,
                             self.meetings_action, self.actions_action,
                             self.trash_action, self.audit_action, self.lock_action,
                             self.backup_action, self.restore_action, self.passphrase_action,
                             self.recovery_action,
                             *self.export_actions, self.import_action]

    def _set_unlocked(self, unlocked: bool) -> None:
        for a in self.case_actions:
            a.setEnabled(unlocked)
        self.toolbar.setVisible(unlocked)
        app = QApplication.instance()
        # Every input event passes through these filters, so they listen only while unlocked.
        if unlocked:
            self.idle.arm()
            if app is not None:
                app.removeEventFilter(self.lock_keys)
                app.installEventFilter(self.lock_keys)
        else:
            self.idle.disarm()
            if app is not None:
                app.removeEventFilter(self.lock_keys)

    # -- vault -------------------------------------------------------------------
    @property
    def vault(self) -> Vault:
        """Return the unlocked vault (raises if locked)."""
        assert self.session is not None and self.session.vault is not None
        return self.session.vault

    def _unlocked(self, session: VaultSession) -> None:
        self.session = session
        self.list_page.set_trash(False, None)
        self.list_page.attach(self.vault.cases)
        self.workspace.setCurrentWidget(self.list_page)
        self.stack.setCurrentWidget(self.workspace)
        self._set_unlocked(True)
        self.list_page.setFocus()
        if self._meetings is not None:
            self._attach_meetings()
            if self._meetings.has_place():
                self.workspace.setCurrentWidget(self._meetings)
                self._meetings.restore_place()

    def _vault_checked(self, vault: object) -> None:
        """Every page is sound: save what autosave held back, bring the deadlines up to date."""
        if self.session is None or self.session.vault is not vault:
            return
        if self.editor is not None:
            self.editor.save_held()
        from scr_desktop.gui.deadline_upkeep import recompute_if_stale

        try:
            self._upkeep = recompute_if_stale(
                self.vault.deadlines, self, self._deadlines_progress,
                lambda exc: report_error(self, "The deadlines could not be brought up to date", exc)
                if self.session is not None else None)
        except VaultError as exc:
            report_error(self, "The deadlines could not be brought up to date", exc)

    def _deadlines_progress(self, done: int, total: int) -> None:
        if self.session is not None and self._dashboard is not None:
            self._dashboard.show_progress(done, total)

    def vault_checking(self) -> bool:
        """Return True while the open vault's pages are being checked (writes wait)."""
        return self.session is not None and self.session.vault is not None \
            and bool(self.session.vault.writes_held)

    def vault_checked(self) -> bool:
        """Return True once the open vault's pages have all been checked (False if locked)."""
        return self.session is not None and self.session.vault is not None \
            and not self.session.vault.writes_held

    def ask_idle_minutes(self) -> None:
        """Let the user choose the idle time before locking, up to the policy's ceiling."""
        from scr_desktop.gui import settings

        ceiling = self.policy.idle_timeout_max_minutes
        current = self.idle.timer.interval() // 60_000 or 1
        minutes = Messages.ask_int(
            self, "Idle lock time",
            f"Lock after this many minutes without keyboard or mouse use (1 to {ceiling}; "
            "your IT department sets the longest allowed):", min(current, ceiling), 1, ceiling)
        if minutes is None:
            return
        settings.set_idle_minutes(minutes)
        self.idle.timer.setInterval(effective_idle_minutes(minutes, self.policy) * 60_000)
        if not self.is_locked():
            self.idle.timer.start()

    def ask_framework_for_new_cases(self) -> None:
        """Let the board choose the guidance framework new cases start under."""
        from scr_desktop.domain.framework import list_frameworks
        from scr_desktop.gui import settings

        chosen = Messages.ask_choice(
            self, "Guidance for new cases",
            "New cases start under this guidance (each case can still be changed on its "
            "questions step):",
            [(f.id, f.title) for f in list_frameworks()], settings.framework_for_new_cases())
        if chosen is not None:
            settings.set_framework_for_new_cases(chosen)

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
        def stop_upkeep() -> None:
            upkeep, self._upkeep = self._upkeep, None
            if upkeep is not None:
                upkeep.stop()

        def save_editor() -> None:
            if self.editor is not None and save:
                self.editor.save_now()

        def detach_meetings() -> None:
            if self._meetings is not None:
                self._meetings.detach()

        def close_export_dialogs() -> None:
            if self._exports is not None:
                self._exports.close_dialogs()

        def detach_list() -> None:
            if self._list_page is not None:
                self._list_page.detach()

        def detach_dashboard() -> None:
            if self._dashboard is not None:
                self._dashboard.detach()

        def detach_monitoring() -> None:
            if self._monitoring is not None:
                self._monitoring.detach()

        def release_session() -> None:
            session, self.session = self.session, None
            if session is not None:
                session.release()

        steps: list[Step] = [
            ("stop_upkeep", stop_upkeep),
            ("save_editor", save_editor),
            ("detach_meetings", detach_meetings),
            ("close_editor", lambda: self._close_editor(save=False)),
            ("close_audit", self._close_audit),
            ("close_export_dialogs", close_export_dialogs),
            ("close_windows", lambda: close_windows(self)),
            ("detach_list", detach_list),
            ("detach_dashboard", detach_dashboard),
            ("detach_monitoring", detach_monitoring),
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

    # -- cases -------------------------------------------------------------------
    def show_cases(self) -> None:
        """Show the referrals list."""
        if self.session is None:
            return
        if not self._close_editor(save=True):
            return
        self.list_page.set_trash(False, self.vault.cases)
        self.workspace.setCurrentWidget(self.list_page)
        self.list_page.setFocus()

    def show_dashboard(self) -> None:
        """Show every case's deadlines."""
        if self.session is None:
            return
        if not self._close_editor(save=True):
            return
        self.dashboard.attach(self.vault.deadlines)
        self.workspace.setCurrentWidget(self.dashboard)
        self.dashboard.setFocus()

    @property
    def monitoring(self) -> MonitoringPage:
        """Return the actions monitoring page (built on first use)."""
        if self._monitoring is None:
            from scr_desktop.gui.review.area import STEP_ACTIONS
            from scr_desktop.gui.review.monitoring_page import MonitoringPage

            page = MonitoringPage(today=self.today)
            page.open_case.connect(lambda cid: self.open_case(cid, step=STEP_ACTIONS))
            self.workspace.addWidget(page)
            self._monitoring = page
        return self._monitoring

    def show_monitoring(self) -> None:
        """Show every review's actions, overdue first."""
        if self.session is None:
            return
        if not self._close_editor(save=True):
            return
        self.monitoring.attach(self.vault.reviews)
        self.workspace.setCurrentWidget(self.monitoring)
        self.monitoring.setFocus()

    @property
    def meetings(self) -> MeetingsPage:
        """Return the meetings page (built on first use)."""
        if self._meetings is None:
            from scr_desktop.gui.meeting.meetings_page import MeetingsPage

            page = MeetingsPage(today=self.today)
            self.workspace.addWidget(page)
            self._meetings = page
            if self.session is not None:
                self._attach_meetings()
        return self._meetings

    def _attach_meetings(self) -> None:
        if self._meetings is not None:
            self._meetings.attach(self.vault, clipboard=self.clipboard,
                                  min_export_score=self.policy.min_export_password_score)

    def show_meetings(self) -> None:
        """Show the meetings: plan, agency checks, attendance, outcomes, presenter view."""
        if self.session is None:
            return
        if not self._close_editor(save=True):
            return
        self.workspace.setCurrentWidget(self.meetings)
        self.meetings.setFocus()

    @property
    def exports(self) -> ExportController:
        """Return the export controller (built on first use: it loads the PDF libraries)."""
        if self._exports is None:
            from scr_desktop.gui.export.controller import ExportController

            self._exports = ExportController(self, lambda: self.vault, self.clipboard,
                                             self.policy)
        return self._exports

    def current_case(self) -> Case | None:
        """Return the case open in the wizard (saved first), or the one selected in the list."""
        if self.session is None:
            return None
        if self.editor is not None:
            self.editor.save_now()
            return self.editor.case
        if self._list_page is not None and not self._list_page.trash:
            case_id = self._list_page.selected_id()
            if case_id:
                return self.vault.cases.get(case_id)
        return None

    def _export(self, export: Callable[[Case], None]) -> None:
        case = self.current_case()
        if case is None:
            Messages.info(self, "Choose a case first",
                          "Open a case, or select one in the list of referrals, then export it.")
            return
        export(case)

    def import_package(self) -> None:
        """Import a case package and open the imported case."""
        if self.session is None:
            return
        if not self._close_editor(save=True):
            return
        if self._meetings is not None:
            self._meetings.save_now()
        case = self.exports.import_package()
        if case is not None and self.session is not None:
            self.list_page.refresh()
            self.open_case(case.id)

    def show_audit(self) -> None:
        """Open the audit log viewer."""
        if self.session is None:
            return
        self._close_audit()
        from scr_desktop.gui.audit_dialog import AuditDialog

        dialog = AuditDialog(
            self.vault.audit, self,
            export=lambda rows, broken, filtered: self.exports.export_audit_log(
                rows, broken, filtered=filtered),
            anchor_problems=self.vault.audit_anchor_problems)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.audit_dialog = dialog
        # Qt deletes it when it closes (Esc, the close button): forget it then.
        dialog.destroyed.connect(self._audit_destroyed)
        dialog.show()

    def _audit_destroyed(self) -> None:
        if not alive(self.audit_dialog):
            self.audit_dialog = None

    def _close_audit(self) -> None:
        dialog, self.audit_dialog = self.audit_dialog, None
        if alive(dialog):
            assert dialog is not None
            dialog.close()

    def show_trash(self) -> None:
        """Show deleted cases."""
        if self.session is None:
            return
        if not self._close_editor(save=True):
            return
        self.list_page.set_trash(True, self.vault.cases)
        self.workspace.setCurrentWidget(self.list_page)

    def new_case(self) -> None:
        """Create a referral and open it in the wizard."""
        if self.session is None or not self._close_editor(save=True):
            return
        try:
            from scr_desktop.gui import settings

            case = self.vault.cases.new_case(settings.framework_for_new_cases())
        except Exception as exc:
            report_error(self, "Could not start a new referral", exc)
            return
        self._edit(case)

    def open_case(self, case_id: str, step: str | None = None) -> None:
        """Open a referral in the wizard (at ``step``, a decision step id, if given)."""
        if self.session is None:
            return
        if self._meetings is not None:
            self._meetings.save_now()  # else its pending copy would later overwrite the wizard's
        try:
            case = self.vault.cases.open(case_id)
        except Exception as exc:
            report_error(self, "Could not open the case", exc)
            return
        self._edit(case)
        if step is not None and self.review_area is not None and step in self.review_area.index:
            self.review_area.go(step)
        elif step is not None and self.decision_steps is not None:
            self.decision_steps.go(step)

    def _edit(self, case: Case) -> None:
        if not self._close_editor(save=True):
            return
        from scr_desktop.gui.case_editor import CaseEditor
        from scr_desktop.gui.decision_steps import DecisionSteps
        from scr_desktop.gui.review.area import ReviewArea

        editor = CaseEditor(case, self._save_case, today=self.today)
        editor.writes_held = self.vault_checking
        editor.closed.connect(self.show_cases)
        editor.reloaded.connect(lambda: QTimer.singleShot(0, lambda: self._reopen(editor)))
        editor.save_failed.connect(
            lambda exc: report_error(self, "Your changes are not saved yet", exc))
        self.decision_steps = DecisionSteps(editor, self.clipboard.copy, today=self.today)
        try:
            area = ReviewArea(editor, lambda: self.vault.reviews, self._export_review,
                              today=self.today, deadlines=self.decision_steps.deadlines)
        except Exception as exc:
            report_error(self, "The review of this case could not be read", exc)
        else:
            self.review_area = area
            self.decision_steps.decision.changed.connect(area.ensure)
        page = self.decision_steps.rapid_review
        page.meetings_source = lambda: [self.vault.meetings.get(s.id)
                                        for s in self.vault.meetings.list()]
        page.export_requested.connect(lambda: self.exports.export_rapid_review_pdf(editor.case))
        page.notification_export_requested.connect(
            lambda: self.exports.export_incident_notification_pdf(editor.case))
        page.letter_requested.connect(
            lambda row, due: self.exports.export_agency_request_pdf(editor.case, row, due))
        self.editor = editor
        self.workspace.addWidget(editor)
        self.workspace.setCurrentWidget(editor)
        current = editor.stack.currentWidget()
        if current is not None:
            current.setFocus()

    def _reopen(self, editor: CaseEditor) -> None:
        """Show the wizard's case afresh at the same step (it took in changes from elsewhere)."""
        if self.editor is not editor or self.session is None:
            return
        step = editor.current_step()
        if self._close_editor(save=True):
            self._edit(editor.case)
            if self.editor is not None:
                self.editor.go(step)

    def _save_case(self, case: Case) -> bool:
        """Save the open case (merging a newer version, see :mod:`.stale_save`), then its
        review (refused if the vault holds a newer one); True if the case was brought up
        to date."""
        from scr_desktop.gui.stale_save import save_case

        merged = save_case(self, self.vault.cases, case)
        if self.review_area is not None and self.review_area.editor.case is case:
            self.review_area.save()
        return merged

    def _export_review(self, session: ReviewSession, what: str, rid: str) -> None:
        """Export one of the review's documents (see :mod:`scr_desktop.gui.review.exports`)."""
        from scr_desktop.gui.review.exports import export_review_document

        export_review_document(self.exports, session, what, rid)

    def _close_editor(self, *, save: bool) -> bool:
        """Close the case wizard, saving first if ``save``; False if the user chose to stay.

        When the save fails the user is asked, as on quitting, before the
        unsaved changes are dropped.
        """
        editor = self.editor
        if editor is None:
            return True
        if save and not editor.save_now() and not Messages.confirm(
            self, "Changes not saved",
            "Your latest changes to this case could not be saved. Leave it anyway and lose "
            "them?", yes="&Leave and lose them", destructive=True,
        ):
            return False
        self.editor = None
        self.decision_steps = None
        self.review_area = None
        self.workspace.removeWidget(editor)
        editor.hide()
        editor.setParent(None)
        editor.deleteLater()
        return True

    # -- window ------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Save, close the vault and release the instance lock."""
        if self.editor is not None and not self.editor.save_now() and not Messages.confirm(
            self, "Changes not saved",
            "Your latest changes could not be saved. Quit anyway and lose them?",
            yes="&Quit and lose them", destructive=True,
        ):
            event.ignore()
            return
        def release_lock_screen() -> None:
            if self.lock_screen.session is not None:
                self.lock_screen.session.release()

        self._teardown([("release_instance_lock", release_lock_screen)])
        event.accept()
