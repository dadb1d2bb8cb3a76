"""One meeting in tabs: plan and agenda, agency checks, attendance, and outcomes per case.

The tabs share one :class:`~.common.MeetingContext`, so a case added on the
plan tab appears at once in the agency checks and outcomes tabs.  The plan
and the outcome scroll, so the page fits a 1366 x 768 screen.  The
outcomes tab holds one outcome editor at a time, for the case chosen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from scr_desktop.domain.model import Case
from scr_desktop.gui.forms.meeting.meeting_editor import Ui_MeetingEditor
from scr_desktop.gui.meeting.agency_checks import AgencyChecks
from scr_desktop.gui.meeting.attendance import AttendanceEditor
from scr_desktop.gui.meeting.common import MeetingContext
from scr_desktop.gui.meeting.outcome import OutcomeEditor
from scr_desktop.gui.meeting.planner import Candidates, MeetingPlanner

TAB_PLAN, TAB_CHECKS, TAB_ATTENDANCE, TAB_OUTCOMES = range(4)


class MeetingEditor(QWidget):
    """The tabs of one meeting."""

    def __init__(self, ctx: MeetingContext, candidates: Candidates,
                 load_case: Callable[[str], Case | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_MeetingEditor()
        self.form.setupUi(self)
        self.ctx = ctx
        self.planner = MeetingPlanner(ctx, candidates, load_case)
        self.checks = AgencyChecks(ctx)
        self.attendance = AttendanceEditor(ctx)
        self.form.plan_body_layout.addWidget(self.planner)
        self.form.checks_tab_layout.addWidget(self.checks)
        self.form.attendance_tab_layout.addWidget(self.attendance)
        self.outcomes = self.form.outcomes
        self.outcome_case = self.form.outcome_case
        self._outcome_lay = self.form.outcome_body_layout
        self.outcome: OutcomeEditor | None = None
        self.tabs = self.form.meeting_tabs
        ctx.agenda_changed.connect(self._agenda_changed)
        self.outcome_case.currentIndexChanged.connect(self._outcome_case_chosen)
        self._agenda_changed()

    def _agenda_changed(self) -> None:
        self.checks.reload()
        current = self.outcome_case.currentData()
        self.outcome_case.blockSignals(True)
        self.outcome_case.clear()
        for item in self.ctx.items():
            self.outcome_case.addItem(item.reference, item.case_id)
        self.outcome_case.setCurrentIndex(max(self.outcome_case.findData(current), 0))
        self.outcome_case.blockSignals(False)
        self._outcome_case_chosen()

    def show_outcome(self, case_id: str) -> OutcomeEditor | None:
        """Show the outcomes tab for ``case_id`` and return its editor."""
        self.tabs.setCurrentIndex(TAB_OUTCOMES)
        self.outcome_case.setCurrentIndex(self.outcome_case.findData(case_id))
        return self.outcome

    def _outcome_case_chosen(self) -> None:
        case_id = self.outcome_case.currentData()
        if self.outcome is not None:
            if case_id is not None and self.outcome.item.case_id == case_id:
                return
            self._outcome_lay.removeWidget(self.outcome)
            self.outcome.hide()
            self.outcome.setParent(None)
            self.outcome.deleteLater()
            self.outcome = None
        item = None if case_id is None else self.ctx.meeting.item(str(case_id))
        if item is not None and item.case_id in self.ctx.cases:
            self.outcome = OutcomeEditor(self.ctx, item)
            self._outcome_lay.addWidget(self.outcome, 1)

    def current_case(self) -> str:
        """Return the id of the case chosen on the current tab ('' if none)."""
        combo = self.checks.case_combo if self.tabs.currentIndex() == TAB_CHECKS \
            else self.outcome_case
        return str(combo.currentData() or "")

    def go(self, tab: int, case_id: str = "") -> None:
        """Show ``tab`` with ``case_id`` chosen where the tab has a case."""
        self.tabs.setCurrentIndex(tab)
        if not case_id:
            return
        if tab == TAB_CHECKS:
            self.checks.case_combo.setCurrentIndex(
                max(self.checks.case_combo.findData(case_id), 0))
        elif tab == TAB_OUTCOMES:
            self.show_outcome(case_id)
