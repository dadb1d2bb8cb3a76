"""Planning a meeting: its date and type, the chair, the cases on the agenda and who is invited.

Cases awaiting the chair's decision are offered with their sub-group
meeting (3.9) and chair's decision (3.8) due dates, in words as well as
dates; a meeting planned after a case's three-week date says so and
suggests an extraordinary meeting.  Cases are named by reference only:
meeting screens may be on a shared display.  The offer is read a page at a
time (:mod:`scr_desktop.storage.awaiting`): the first page when the planner
opens, the next when the list is scrolled to its end.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from scr_desktop.domain import rapid_review_meeting
from scr_desktop.domain.assessment import AssessmentInputError, assess_case
from scr_desktop.domain.dates import format_uk_date, iso_to_uk
from scr_desktop.domain.meeting import KINDS, Attendance, Candidate
from scr_desktop.domain.model import STATUS_LABELS, Case
from scr_desktop.gui.forms.meeting.planner import Ui_MeetingPlanner
from scr_desktop.gui.meeting.agencies_editor import AgenciesEditor
from scr_desktop.gui.meeting.common import MeetingContext, agency_combo, typed_iso
from scr_desktop.gui.messages import Messages
from scr_desktop.storage.awaiting import AwaitingPage, SortKey

PAGE = 100
# Returns the page of cases awaiting a decision after a sort key (None: from the start).
Candidates = Callable[[SortKey | None, int], AwaitingPage]


def due_words(due: date | None, today: date) -> str:
    """Return a due date with its state in words, e.g. '⚠ 01/12/2026 - OVERDUE'."""
    if due is None:
        return "Not started (no referral date)"
    text = format_uk_date(due)
    if due < today:
        return f"\u26a0 {text} - OVERDUE"
    if due == today:
        return f"\u23f0 {text} - due today"
    return text


class MeetingPlanner(QWidget):
    """Date, type, chair, agenda and invitations of one meeting."""

    def __init__(self, ctx: MeetingContext, candidates: Candidates,
                 load_case: Callable[[str], Case | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._candidates = candidates
        self._load_case = load_case
        self.offered: list[Candidate] = []
        self._after: SortKey | None = None  # where the next page of the offer starts
        self._offer_ended = True
        m = ctx.meeting

        self.form = Ui_MeetingPlanner()
        self.form.setupUi(self)
        self.date = self.form.meeting_date
        self.date.setText(iso_to_uk(m.date) if m.date else "")
        self.date_error = self.form.meeting_date__error
        self.kind = self.form.meeting_kind
        for key, label in KINDS.items():
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(max(self.kind.findData(m.kind), 0))
        self.chair = self.form.meeting_chair
        self.chair.setText(m.chair)

        self.offer = self.form.candidates
        self.offer.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # long headings wrap onto two lines rather than lose both ends in a narrow column
        heading = self.offer.horizontalHeader()
        heading.setDefaultAlignment(
            Qt.AlignmentFlag(Qt.AlignmentFlag.AlignCenter.value | Qt.TextFlag.TextWordWrap.value))
        heading.setMinimumHeight(2 * heading.fontMetrics().lineSpacing() + 8)
        self.add_button = self.form.add_to_agenda
        self.agenda = self.form.agenda
        self.remove_button = self.form.remove_from_agenda
        self.timing = self.form.agenda_timing

        self.invited = self.form.invited
        self.invited.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.invite_button = self.form.invite_member
        self.uninvite_button = self.form.uninvite_member

        self.agencies = AgenciesEditor(ctx)
        self.form.agencies_slot_layout.addWidget(self.agencies)

        self.date.textChanged.connect(self._date_typed)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.chair.textChanged.connect(self._chair_typed)
        self.add_button.clicked.connect(self.add_selected)
        self.offer.verticalScrollBar().valueChanged.connect(self._offer_scrolled)
        self.offer.doubleClicked.connect(lambda _i: self.add_selected())
        self.remove_button.clicked.connect(self.remove_selected)
        self.invite_button.clicked.connect(lambda: self.invite(Attendance()))
        self.uninvite_button.clicked.connect(self._uninvite)
        self.invited.itemChanged.connect(self._invited_edited)
        for person in m.invited:
            self._invited_row(person)
        self.refresh()

    # -- meeting details -------------------------------------------------------------
    def _date_typed(self, text: str) -> None:
        iso, error = typed_iso(text)
        if not error and not iso:
            error = "Enter the date of the meeting as dd/mm/yyyy, for example 24/11/2026."
        self.date_error.show_message(error or None)
        if error:
            return
        self.ctx.meeting.date = iso
        self.ctx.touch()
        self._show_timing()

    def _kind_chosen(self) -> None:
        kind = str(self.kind.currentData())
        if kind == rapid_review_meeting.KIND:
            rapid_review_meeting.prepare(self.ctx.meeting)
            self.agencies.refresh()
            self.ctx.agencies_changed.emit()
        self.ctx.meeting.kind = kind
        self.ctx.touch()

    def _chair_typed(self, text: str) -> None:
        self.ctx.meeting.chair = text
        self.ctx.touch()

    # -- agenda ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the first page of cases awaiting a decision and show the agenda."""
        was = self.offer.currentRow()
        self.offered = []
        self.offer.setRowCount(0)
        self._after, self._offer_ended = None, False
        self.fetch_more()
        while self._offer_ended is False and len(self.offered) <= was:
            self.fetch_more()  # the row the user was on, so the highlight stays there
        if self.offered:
            # Stay where the user was (the case after the one added), not back at the top.
            self.offer.selectRow(min(max(was, 0), len(self.offered) - 1))
        self.agenda.clear()
        for item in self.ctx.meeting.items:
            entry = QListWidgetItem(item.reference)
            entry.setData(Qt.ItemDataRole.UserRole, item.case_id)
            self.agenda.addItem(entry)
        self.add_button.setEnabled(bool(self.offered))
        self.remove_button.setEnabled(bool(self.ctx.meeting.items))
        self._show_timing()

    def can_fetch_more(self) -> bool:
        """Return True while cases awaiting a decision remain unread."""
        return not self._offer_ended

    def fetch_more(self) -> None:
        """Read the next page of the offer (and on, until a row is added or none are left)."""
        today = self.ctx.today()
        on_agenda = {i.case_id for i in self.ctx.meeting.items}
        added = 0
        while not added and not self._offer_ended:
            page = self._candidates(self._after, PAGE)
            self._after = page.after
            self._offer_ended = page.after is None
            new = [c for c in page.candidates if c.case_id not in on_agenda]
            start = len(self.offered)
            self.offered += new
            self.offer.setRowCount(len(self.offered))
            for row, c in enumerate(new, start):
                if c.rapid_review_route:
                    sub_group = "No sub-group meeting: decided after the rapid review"
                    decision = (due_words(c.chair_decision, today) if c.chair_decision
                                else "Not started (no notification date)")
                else:
                    sub_group = due_words(c.subgroup_meeting, today)
                    decision = due_words(c.chair_decision, today)
                cells = (c.reference, STATUS_LABELS.get(c.status, c.status), sub_group,
                         decision)
                for col, text in enumerate(cells):
                    self.offer.setItem(row, col, QTableWidgetItem(text))
            added = len(new)

    def _offer_scrolled(self, value: int) -> None:
        if value >= self.offer.verticalScrollBar().maximum() and self.can_fetch_more():
            self.fetch_more()

    def add_selected(self) -> None:
        """Put the selected offered case on the agenda."""
        row = self.offer.currentRow()
        if not 0 <= row < len(self.offered):
            return
        self.add_case(self.offered[row].case_id)

    def add_case(self, case_id: str) -> None:
        """Put the case ``case_id`` on the agenda."""
        case = self._load_case(case_id)
        if case is None:
            return
        self.ctx.cases[case.id] = case
        self.ctx.meeting.add_case(case)
        self.ctx.touch()
        self.ctx.agenda_changed.emit()
        self.refresh()

    def remove_selected(self) -> None:
        """Take the selected case off the agenda."""
        entry = self.agenda.currentItem()
        if entry is None:
            return
        case_id = str(entry.data(Qt.ItemDataRole.UserRole))
        item = self.ctx.meeting.item(case_id)
        recorded = item is not None and (
            item.actions or item.declarations
            or any(c.returned or c.summary or c.chronology for c in item.checks.values()))
        if recorded and not Messages.confirm(
            self, "Remove from agenda",
            f"The agencies' returns, actions and declarations recorded for {entry.text()} at "
            "this meeting will be deleted with it. Remove it from the agenda anyway?",
            yes="&Remove and delete them", destructive=True,
        ):
            return
        self.ctx.meeting.remove_case(case_id)
        self.ctx.cases.pop(case_id, None)
        self.ctx.touch()
        self.ctx.agenda_changed.emit()
        self.refresh()

    def _show_timing(self) -> None:
        meeting_day = self.ctx.meeting.date
        late = []
        if meeting_day:
            when = date.fromisoformat(meeting_day)
            for item in self.ctx.meeting.items:
                due = self._due(item.case_id)
                if due is not None and when > due:
                    late.append(f"{item.reference} (due {format_uk_date(due)})")
        if late:
            self.timing.setText(
                "\u26a0 This meeting is after the three-week date for " + ", ".join(late)
                + " (3.9). Hold an extraordinary meeting sooner if you can, or record why not.")
        self.timing.setVisible(bool(late))

    def _due(self, case_id: str) -> date | None:
        case = self.ctx.cases.get(case_id)
        if case is None:
            return None
        try:
            d = assess_case(case).deadline("subgroup_meeting")
        except AssessmentInputError:
            return None
        return d.due if d else None

    # -- invitations -----------------------------------------------------------------
    def invite(self, person: Attendance) -> None:
        """Add a row for an invited member."""
        self.ctx.meeting.invited.append(person)
        self._invited_row(person)
        self.invited.setCurrentCell(self.invited.rowCount() - 1, 0)
        self.ctx.touch()

    def _invited_row(self, person: Attendance) -> None:
        row = self.invited.rowCount()
        self.invited.blockSignals(True)
        self.invited.insertRow(row)
        self.invited.setItem(row, 0, QTableWidgetItem(person.name))
        self.invited.setItem(row, 2, QTableWidgetItem(person.role))
        self.invited.blockSignals(False)
        combo = agency_combo(self.ctx.meeting, person.agency, blank="Choose the agency")
        combo.setAccessibleName(f"Agency of invited member {row + 1}")
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._agency_chosen(c))
        self.invited.setCellWidget(row, 1, combo)

    def _row_of(self, widget: QWidget) -> int:
        for row in range(self.invited.rowCount()):
            if self.invited.cellWidget(row, 1) is widget:
                return row
        return -1

    def _agency_chosen(self, combo: QComboBox) -> None:
        row = self._row_of(combo)
        if row >= 0:
            self.ctx.meeting.invited[row].agency = str(combo.currentData())
            self.ctx.touch()

    def _invited_edited(self, cell: QTableWidgetItem) -> None:
        person = self.ctx.meeting.invited[cell.row()]
        if cell.column() == 0:
            person.name = cell.text()
        elif cell.column() == 2:
            person.role = cell.text()
        self.ctx.touch()

    def _uninvite(self) -> None:
        row = self.invited.currentRow()
        if 0 <= row < len(self.ctx.meeting.invited):
            del self.ctx.meeting.invited[row]
            self.invited.removeRow(row)
            self.ctx.touch()
