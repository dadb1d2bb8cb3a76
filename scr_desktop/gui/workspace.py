"""The unlocked window's pages: the case list (and trash), deadlines, actions and meetings.

Each page is built on first use (the case list while the passphrase is
typed, see :meth:`Workspace.warm_up`) and stacked here beside the case
wizard.  The window hands in what the pages ask for as callables (open a
case at a step, start one, the open vault or None, today's date), the
clipboard and the policy, never itself.  Locking empties each page that was
built through its own named teardown step (:meth:`Workspace.detach_steps`),
so one failing page never keeps another's data on screen.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget

if TYPE_CHECKING:
    from scr_desktop.domain.learning.statistics import BoardStatistics
    from scr_desktop.gui.case_list_page import CaseListPage
    from scr_desktop.gui.clipboard import ClipboardGuard
    from scr_desktop.gui.dashboard_page import DashboardPage
    from scr_desktop.gui.learning.statistics_page import StatisticsPage
    from scr_desktop.gui.meeting.meetings_page import MeetingsPage
    from scr_desktop.gui.review.monitoring_page import MonitoringPage
    from scr_desktop.gui.teardown import Step
    from scr_desktop.policy import Policy
    from scr_desktop.storage.vault import Vault

# Modules the unlock window does not need: imported just after it is painted,
# while the user types the passphrase (:meth:`Workspace.warm_up`), so it appears quickly.
# Only what unlocking and the case list need: the key derivation at unlock takes 64 MiB
# on top of whatever is loaded by then.
WARM_UP = ("scr_desktop.storage.vault", "scr_desktop.gui.case_list_page")
# The other pages' modules: imported once the case list is shown after unlocking
# (:meth:`Workspace.warm_up_pages`), after the key derivation has given its memory back.
PAGES_WARM_UP = (
    "scr_desktop.gui.case_editor", "scr_desktop.gui.decision_steps",
    "scr_desktop.gui.dashboard_page", "scr_desktop.gui.audit_dialog",
    "scr_desktop.gui.meeting.meetings_page",
)
# How long after the case list is shown the other pages' modules are imported.
PAGES_WARM_UP_DELAY_MS = 150


class Workspace(QStackedWidget):
    """The pages of the unlocked window, each built when first shown."""

    def __init__(self, parent: QWidget, *, vault: Callable[[], Vault | None],
                 open_case: Callable[[str, str | None], None], new_case: Callable[[], None],
                 clipboard: ClipboardGuard, policy: Policy,
                 today: Callable[[], date]) -> None:
        super().__init__()
        self._parent = parent  # of the case list's confirmations
        self._vault = vault
        self._open_case = open_case
        self._new_case = new_case
        self._clipboard = clipboard
        self._policy = policy
        self._today = today
        self._list_page: CaseListPage | None = None
        self._dashboard: DashboardPage | None = None
        self._monitoring: MonitoringPage | None = None
        self._statistics: StatisticsPage | None = None
        self._meetings: MeetingsPage | None = None
        # How the statistics page exports its annex; the window sets it.
        self.export_annex: Callable[[BoardStatistics], None] = lambda _figures: None
        # How a deadline clicked on the dashboard is opened (case, deadline key, step).
        self.open_deadline: Callable[[str, str, str], None] = (
            lambda cid, _key, step: self._open_case(cid, step))

    @property
    def list_page(self) -> CaseListPage:
        """Return the case list (built on first use)."""
        if self._list_page is None:
            from scr_desktop.gui.case_actions import CaseActions
            from scr_desktop.gui.case_list_page import CaseListPage

            page = CaseListPage()
            page.today = self._today
            actions = CaseActions(self._parent, lambda: self._open_vault().cases, page.refresh)
            page.new_case.connect(self._new_case)
            page.open_case.connect(lambda cid: self._open_case(cid, None))
            page.delete_case.connect(actions.delete)
            page.restore_case.connect(actions.restore)
            page.empty_trash.connect(actions.empty_trash)
            self.insertWidget(0, page)
            self._list_page = page
        return self._list_page

    @property
    def dashboard(self) -> DashboardPage:
        """Return the deadlines dashboard (built on first use)."""
        if self._dashboard is None:
            from scr_desktop.gui.dashboard_page import DashboardPage
            from scr_desktop.gui.decision_steps import STEP_DEADLINES

            page = DashboardPage(today=self._today)
            page.open_deadline.connect(
                lambda cid, key: self.open_deadline(cid, key, STEP_DEADLINES))
            self.addWidget(page)
            self._dashboard = page
        return self._dashboard

    @property
    def monitoring(self) -> MonitoringPage:
        """Return the actions monitoring page (built on first use)."""
        if self._monitoring is None:
            from scr_desktop.gui.review.area import STEP_ACTIONS
            from scr_desktop.gui.review.monitoring_page import MonitoringPage

            page = MonitoringPage(today=self._today)
            page.open_case.connect(lambda cid: self._open_case(cid, STEP_ACTIONS))
            self.addWidget(page)
            self._monitoring = page
        return self._monitoring

    @property
    def statistics(self) -> StatisticsPage:
        """Return the board statistics page (built on first use)."""
        if self._statistics is None:
            from scr_desktop.gui.learning.statistics_page import StatisticsPage

            page = StatisticsPage(self._today, lambda figures: self.export_annex(figures))
            self.addWidget(page)
            self._statistics = page
        return self._statistics

    @property
    def meetings(self) -> MeetingsPage:
        """Return the meetings page (built on first use, attached if the vault is open)."""
        if self._meetings is None:
            from scr_desktop.gui.meeting.meetings_page import MeetingsPage

            page = MeetingsPage(today=self._today)
            self.addWidget(page)
            self._meetings = page
            self._attach_meetings()
        return self._meetings

    def warm_up(self) -> None:
        """Import what the unlocked window needs and build the case list (while locked)."""
        for name in WARM_UP:
            importlib.import_module(name)
        self.list_page.warm_up()  # built now, while the passphrase is typed

    def warm_up_pages(self) -> None:
        """Import the other pages' modules (once the vault is unlocked and the list shown)."""
        for name in PAGES_WARM_UP:
            importlib.import_module(name)

    def _open_vault(self) -> Vault:
        vault = self._vault()
        assert vault is not None, "the vault is locked"
        return vault

    def _attach_meetings(self) -> None:
        vault = self._vault()
        if self._meetings is not None and vault is not None:
            self._meetings.attach(vault, clipboard=self._clipboard,
                                  min_export_score=self._policy.min_export_password_score)

    # -- showing -----------------------------------------------------------------
    def attach(self) -> None:
        """Fill the case list from the open vault and make it the current page."""
        self.list_page.set_trash(False, None)
        self.list_page.attach(self._open_vault().cases)
        self.setCurrentWidget(self.list_page)
        QTimer.singleShot(PAGES_WARM_UP_DELAY_MS, self, self.warm_up_pages)

    def resume(self) -> None:
        """Give the case list the keyboard, or return to the meetings page where it was left."""
        self.list_page.setFocus()
        if self._meetings is not None:
            self._attach_meetings()
            if self._meetings.has_place():
                self.setCurrentWidget(self._meetings)
                self._meetings.restore_place()

    def show_list(self, *, trash: bool) -> None:
        """Show the referrals, or the trash."""
        self.list_page.set_trash(trash, self._open_vault().cases)
        self.setCurrentWidget(self.list_page)
        if not trash:
            self.list_page.setFocus()

    def show_dashboard(self) -> None:
        """Show every case's deadlines."""
        self.dashboard.attach(self._open_vault().deadlines)
        self._show(self.dashboard)

    def show_monitoring(self) -> None:
        """Show every review's actions, overdue first."""
        self.monitoring.attach(self._open_vault().reviews)
        self._show(self.monitoring)

    def show_statistics(self) -> None:
        """Show the board's statistics for a period."""
        self.statistics.attach(self._open_vault().stats)
        self._show(self.statistics)

    def show_meetings(self) -> None:
        """Show the meetings page."""
        self._show(self.meetings)

    def _show(self, page: QWidget) -> None:
        self.setCurrentWidget(page)
        page.setFocus()

    def selected_case(self) -> str | None:
        """Return the id of the case selected in the list of referrals (not the trash)."""
        if self._list_page is None or self._list_page.trash:
            return None
        return self._list_page.selected_id() or None

    def save_meetings(self) -> None:
        """Save the meetings page's pending changes, if it was built."""
        if self._meetings is not None:
            self._meetings.save_now()

    def show_progress(self, done: int, total: int) -> None:
        """Show the deadlines recomputation's progress on the dashboard (if built and unlocked)."""
        if self._dashboard is not None and self._vault() is not None:
            self._dashboard.show_progress(done, total)

    # -- locking -----------------------------------------------------------------
    def detach_steps(self) -> tuple[Step, Step, Step, Step]:
        """Return the teardown steps that empty the list, dashboard, monitoring and statistics
        pages."""
        def detach_list() -> None:
            if self._list_page is not None:
                self._list_page.detach()

        def detach_dashboard() -> None:
            if self._dashboard is not None:
                self._dashboard.detach()

        def detach_monitoring() -> None:
            if self._monitoring is not None:
                self._monitoring.detach()

        def detach_statistics() -> None:
            if self._statistics is not None:
                self._statistics.detach()

        return (("detach_list", detach_list), ("detach_dashboard", detach_dashboard),
                ("detach_monitoring", detach_monitoring),
                ("detach_statistics", detach_statistics))

    def detach_meetings(self) -> None:
        """Save and empty the meetings page, if it was built."""
        if self._meetings is not None:
            self._meetings.detach()
