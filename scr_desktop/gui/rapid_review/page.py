"""Wizard step: the serious incident notification and the rapid review, for a CSPR case.

Shown for a case whose framework counts deadlines from a notification and
from the rapid review being sent (``wt2023-cspr``).  The record lives on the
case (``case.rapid_review``) and is saved with it by the case editor, so
every change is a revision-checked, audited save of the case; each step
writes the dates and met deadlines the engine counts, so the dashboard's
deadlines follow.  Every section drops what it shows on lock (:meth:`clear`).

Every case's wizard owns this page, but most cases are not CSPR cases, so
its sections are built the first time they are needed (shown, refreshed for
a case it applies to, or asked for), not when the case is opened.  The page
frame and each section's frame are Designer forms (``ui/rapid_review/``); the
page places the sections in its body when it builds them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLayout, QWidget

from scr_desktop.domain.assessment import AssessmentInputError, assess_case
from scr_desktop.domain.dates import format_uk_date
from scr_desktop.domain.decisions import status_after_decision, typed_date_to_iso
from scr_desktop.domain.framework import load_framework
from scr_desktop.domain.meeting import Meeting
from scr_desktop.domain.model import Case
from scr_desktop.domain.rapid_review import (
    RapidReview,
    WorkflowError,
    rapid_review_start,
    record_notification,
    record_panel_response,
    send_to_panel,
    sign_off,
    take_from_meeting,
    timeline,
)
from scr_desktop.domain.routes import uses_rapid_review
from scr_desktop.gui.forms.rapid_review.page import Ui_RapidReviewPage
from scr_desktop.gui.rapid_review.notification_section import NotificationSection
from scr_desktop.gui.rapid_review.review_sections import (
    AgencySection,
    MeetingSection,
    ReportSection,
    SignOffSection,
    TimelineSection,
)

BOARD_NOT_SET = "(the board's name is not set: Vault > Board and partner agencies)"

def has_rapid_review(framework_id: str) -> bool:
    """Return True if the framework counts from a notification and a rapid review sent."""
    return uses_rapid_review(framework_id)


def _typed(text: str, what: str) -> str:
    iso, error = typed_date_to_iso(text)
    if error:
        raise WorkflowError(error)
    if not iso:
        raise WorkflowError(f"Enter {what}.")
    return iso


class RapidReviewPage(QWidget):
    """Notification, agency summaries, meeting, report, sign-off, Panel and timeline."""

    changed = Signal()
    export_requested = Signal()
    notification_export_requested = Signal()
    letter_requested = Signal(int, str)  # row of the agency, summary wanted by (dd/mm/yyyy)

    def __init__(self, case: Case, copy_text: Callable[[str], None],
                 today: Callable[[], date] = date.today, board: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self._today = today
        self.board = board
        self.record = RapidReview.from_dict(case.rapid_review)
        # Returns the vault's meetings; the window sets it (none without a vault).
        self.meetings_source: Callable[[], list[Meeting]] = list
        self.form = Ui_RapidReviewPage()
        self.form.setupUi(self)
        self.not_applicable = self.form.not_applicable
        self.form.scroll.hide()  # until the sections are built
        self.form.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no tab stop without a name
        self._copy_text = copy_text
        self._sections: _Sections | None = None

    # -- the sections, built on first need ---------------------------------------------
    def _built(self) -> _Sections:
        if self._sections is None:
            self._sections = _Sections(self._copy_text, self.form.body, self.form.body_layout)
            self._sections.body.setVisible(has_rapid_review(self.case.framework))
            self.form.scroll.show()
            self._connect()
        return self._sections

    @property
    def body(self) -> QWidget:
        """Return the widget holding every section."""
        return self._built().body

    @property
    def notification(self) -> NotificationSection:
        """Return the notification section."""
        return self._built().notification

    @property
    def agencies(self) -> AgencySection:
        """Return the agencies' summaries section."""
        return self._built().agencies

    @property
    def meeting(self) -> MeetingSection:
        """Return the rapid review meeting section."""
        return self._built().meeting

    @property
    def report(self) -> ReportSection:
        """Return the report section."""
        return self._built().report

    @property
    def signoff(self) -> SignOffSection:
        """Return the sign-off and Panel section."""
        return self._built().signoff

    @property
    def timeline(self) -> TimelineSection:
        """Return the timeline section."""
        return self._built().timeline

    def showEvent(self, event: QShowEvent) -> None:
        """Build the sections before the page is first shown."""
        self._built()
        super().showEvent(event)

    def _connect(self) -> None:
        self.notification.record_requested.connect(self._notify)
        self.notification.anonymised.toggled.connect(lambda _on: self.refresh())
        for section in (self.agencies, self.meeting, self.report):
            section.changed.connect(self._store)
        self.report.export_requested.connect(self.export_requested)
        self.notification.export_requested.connect(self.notification_export_requested)
        self.agencies.letter_requested.connect(self._letter)
        self.meeting.take_requested.connect(self._take_from_meeting)
        self.signoff.sign_requested.connect(self._sign)
        self.signoff.send_requested.connect(self._send)
        self.signoff.response_requested.connect(self._respond)
        self._load()

    def _load(self) -> None:
        for section in (self.agencies, self.meeting, self.report, self.signoff):
            section.load(self.record)
        r = self.record
        self.notification.submitted.setText(_uk(r.notification_submitted_on))
        self.notification.reference.setText(r.notification_reference)
        self.notification.told.setText(_uk(r.partners_told_on))

    def _store(self) -> None:
        self.case.rapid_review = self.record.to_dict()
        self.refresh()
        self.changed.emit()

    def _run(self, label_error: Callable[[str | None], None], step: Callable[[], None]) -> None:
        """Run one recording step; on a refusal show why and change nothing."""
        before = (self.case.to_dict(), self.record.to_dict())
        try:
            step()
        except (WorkflowError, AssessmentInputError) as exc:
            self.case.dates = before[0]["dates"]
            self.case.deadlines_done = before[0]["deadlines_done"]
            self.case.decision = Case.from_dict(before[0]).decision
            self.record = RapidReview.from_dict(before[1])
            label_error(str(exc))
            return
        label_error(None)
        self._load()
        self._store()

    # -- steps ------------------------------------------------------------------------
    def _notify(self, submitted: str, reference: str, told: str) -> None:
        def step() -> None:
            told_iso, error = typed_date_to_iso(told)
            if error:
                raise WorkflowError(error)
            record_notification(self.record, self.case.dates, self.case.deadlines_done,
                                lambda: assess_case(self.case),
                                submitted_on=_typed(submitted, "the date submitted"),
                                reference=reference, partners_told_on=told_iso or "",
                                today=self._today())
        self._run(self.notification.error.show_message, step)

    def _sign(self, partner: str, name: str, when: str) -> None:
        self._run(self.signoff.error.show_message, lambda: sign_off(
            self.record, partner, name, _typed(when, "the date of the sign-off"),
            self._today()))

    def _send(self, when: str) -> None:
        self._run(self.signoff.error.show_message, lambda: send_to_panel(
            self.record, self.case.dates, self.case.deadlines_done, assess_case(self.case),
            _typed(when, "the date it was sent"), self._today()))

    def _respond(self, response: str, received: str, revised: str, revised_on: str) -> None:
        def step() -> None:
            revised_iso = _typed(revised_on, "the date of the revised decision") if revised \
                else ""
            record_panel_response(
                self.record, self.case.decision, self.case.deadlines_done,
                load_framework(self.case.framework).decision_ids, response=response,
                received_on=_typed(received, "the date of the Panel's response"),
                revised_decision=revised, revised_on=revised_iso, today=self._today())
            self.case.status = status_after_decision(self.case)
        self._run(self.signoff.error.show_message, step)

    def _take_from_meeting(self) -> None:
        def step() -> None:
            held = [m for m in self.meetings_source() if m.item(self.case.id) is not None]
            if not held:
                raise WorkflowError("No meeting has this case on its agenda: hold the rapid "
                                    "review meeting in Meetings with this case on the agenda.")
            latest = max(held, key=lambda m: m.date)
            take_from_meeting(self.record, latest, self.case.id)
        self._run(self.meeting.error.show_message, step)

    def _letter(self, row: int) -> None:
        due = next((s for s in self.timeline.steps if s.key == "summaries"), None)
        self.letter_requested.emit(row, format_uk_date(due.target)
                                   if due is not None and due.target else "")

    # -- showing ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the notification fields, the status and the timeline for the case as it is."""
        applies = has_rapid_review(self.case.framework)
        self.not_applicable.setVisible(not applies)
        if not applies:
            if self._sections is not None:
                self._sections.body.setVisible(False)
            return
        self.body.setVisible(True)
        try:
            assessment = assess_case(self.case)
        except (AssessmentInputError, ValueError):
            return
        from scr_desktop.gui import settings

        board = self.board or settings.board_name() or BOARD_NOT_SET
        self.notification.show_fields(self.case, assessment.to_contract(), board)
        r = self.record
        self.notification.status.setText(
            f"Notified on {_uk(r.notification_submitted_on)}, reference "
            f"{r.notification_reference}." if r.notification_submitted_on else
            "Not yet notified." if assessment.notifiable else
            "The answers so far do not make this a notifiable incident.")
        fw = load_framework(self.case.framework)
        self.signoff.set_decisions([(d.id, d.label) for d in fw.decisions])
        start = rapid_review_start(self.case.facts, self.case.dates)
        self.timeline.show_steps(timeline(r, start, self._today()))

    def clear(self) -> None:
        """Drop every value shown (on lock)."""
        self.record = RapidReview()
        if self._sections is None:
            return
        for section in (self.notification, self.agencies, self.meeting, self.report,
                        self.signoff, self.timeline):
            section.clear()


class _Sections:
    """The page's sections, placed in the page's body."""

    def __init__(self, copy_text: Callable[[str], None], body: QWidget,
                 layout: QLayout) -> None:
        self.notification = NotificationSection(copy_text)
        self.agencies = AgencySection()
        self.meeting = MeetingSection()
        self.report = ReportSection()
        self.signoff = SignOffSection()
        self.timeline = TimelineSection()
        self.body = body
        for w in (self.notification, self.agencies, self.meeting, self.report, self.signoff,
                  self.timeline):
            layout.addWidget(w)
            w.show()  # a child added to a shown page is not shown by itself


def _uk(iso: str) -> str:
    from scr_desktop.domain.dates import iso_to_uk

    return iso_to_uk(iso) if iso else ""
