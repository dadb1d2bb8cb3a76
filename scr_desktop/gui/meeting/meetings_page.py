"""The meetings page: the list of sub-group meetings and the one being prepared or run.

The main window shows this page in its workspace and calls :meth:`attach`
after unlocking, :meth:`detach` when locking (it saves what is pending and
drops every widget holding case data, the presenter window included, at
once) and :meth:`restore_place` after unlocking again, which reopens the
same meeting on the same tab and case, and the presenter view at the same
question with identifying details hidden.  Changes are saved to the vault
shortly after they are made and whenever the user moves on.  The audit log
records meetings created and changed, every reveal of identifying details
in the presenter view, and every export of minutes (anonymised or not).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QApplication, QListWidgetItem, QWidget

from scr_desktop.domain.meeting import Meeting
from scr_desktop.domain.model import Case
from scr_desktop.gui.clipboard import ClipboardGuard
from scr_desktop.gui.forms.meeting.meetings_page import Ui_MeetingsPage
from scr_desktop.gui.meeting.agencies_editor import add_partner_agencies
from scr_desktop.gui.meeting.common import MeetingContext
from scr_desktop.gui.meeting.meeting_editor import TAB_OUTCOMES, MeetingEditor
from scr_desktop.gui.meeting.minutes_dialog import MinutesDialog
from scr_desktop.gui.meeting.presenter import PresenterView
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.scrolling import scroll_wrap
from scr_desktop.gui.stale_save import save_case
from scr_desktop.storage.awaiting import AwaitingPage, SortKey, awaiting_page
from scr_desktop.storage.errors import CaseNotFound, VaultError

SAVE_AFTER_MS = 800


def _entry_text(title: str, cases: int) -> str:
    """The meetings list's line for one meeting: its title and how many cases it holds."""
    return f"{title} ({cases} case{'s' if cases != 1 else ''})"


class MeetingsPage(QWidget):
    """Plan, run and minute sub-group meetings."""

    presenting_changed = Signal(bool)

    def __init__(self, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_MeetingsPage()
        self.form.setupUi(self)
        self._today = today
        self._vault: Any = None
        self._clipboard = ClipboardGuard(self)
        self._min_score = 3
        self.ctx: MeetingContext | None = None
        self.editor: MeetingEditor | None = None
        self.presenter: PresenterView | None = None
        self.minutes: MinutesDialog | None = None
        self._place: dict[str, Any] = {}
        self._dirty_meeting = False
        self._dirty_cases: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_now)

        self.list = self.form.meetings_list
        self.new_button = self.form.new_meeting
        self.heading = self.form.meeting_heading
        self.present_button = self.form.present_meeting
        self.present_action = QAction("Present on the projector", self)
        self.present_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.present_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.present_action.triggered.connect(lambda: self.present())
        self.addAction(self.present_action)
        self.minutes_button = self.form.export_minutes
        self.holder = self.form.holder
        self.placeholder = self.form.meetings_placeholder
        self.right = self.form.right
        scroll_wrap(self.right, "meeting_scroll")

        self.new_button.clicked.connect(self.new_meeting)
        self.list.itemActivated.connect(
            lambda it: self.open_meeting(str(it.data(Qt.ItemDataRole.UserRole))))
        self.present_button.clicked.connect(lambda: self.present())
        self.minutes_button.clicked.connect(self.export_minutes)
        self._show_editor(False)

    # -- the vault -----------------------------------------------------------------------
    def attach(self, vault: Any, *, clipboard: ClipboardGuard | None = None,
               min_export_score: int = 3) -> None:
        """Use ``vault`` (after unlocking); passwords are copied through ``clipboard``."""
        self._vault = vault
        if clipboard is not None:
            self._clipboard = clipboard
        self._min_score = min_export_score
        self.refresh()

    def detach(self) -> None:
        """Save what is pending and drop every widget holding case data (on lock)."""
        if self._vault is None:
            return
        self._remember_place()
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()  # a table cell being typed in hands its text over on losing focus
        if self._vault is not None:
            self.save_now()
        self._close_presenter()
        self._close_minutes()
        self._drop_editor()
        self.list.clear()
        self._vault = None
        self._timer.stop()

    def has_place(self) -> bool:
        """Return True if a meeting was open when the page was last detached."""
        return bool(self._place.get("meeting"))

    def restore_place(self) -> None:
        """After unlocking, return to the meeting, tab, case and presenter question of before."""
        place = self._place
        if self._vault is None or not place.get("meeting"):
            return
        if not self.open_meeting(str(place["meeting"])):
            return
        if self.editor is not None:
            self.editor.go(int(place.get("tab", 0)), str(place.get("case", "")))
        presenter = place.get("presenter")
        if presenter is not None:
            self.present(*presenter)

    def refresh(self) -> None:
        """Re-read the list of meetings."""
        self.list.clear()
        if self._vault is None:
            return
        try:
            summaries = self._vault.meetings.list()
        except VaultError as exc:
            Messages.error(self, "Could not list the meetings", exc.user_message)
            return
        current = self.ctx.meeting.id if self.ctx else None
        for s in summaries:
            when = Meeting(date=s.date, kind=s.kind).title()
            # The open meeting's agenda may not be saved yet: count what it holds now.
            n = len(self.ctx.meeting.items) if self.ctx and s.id == current else s.cases
            entry = QListWidgetItem(_entry_text(when, n))
            entry.setData(Qt.ItemDataRole.UserRole, s.id)
            self.list.addItem(entry)
            if s.id == current:
                self.list.setCurrentItem(entry)

    # -- meetings ------------------------------------------------------------------------
    def new_meeting(self) -> Meeting | None:
        """Create a meeting dated today and open it on the plan tab."""
        if self._vault is None:
            return None
        meeting = Meeting(date=self._today().isoformat())
        try:
            latest = self._vault.meetings.list()
            if latest:
                meeting.agencies = list(self._vault.meetings.get(latest[0].id).agencies)
            else:
                add_partner_agencies(meeting)
            self._vault.meetings.create(meeting)
        except VaultError as exc:
            Messages.error(self, "Could not create the meeting", exc.user_message)
            return None
        self.refresh()
        self.open_meeting(meeting.id)
        if self.editor is not None:
            self.editor.planner.date.setFocus()
        return meeting

    def open_meeting(self, meeting_id: str) -> bool:
        """Open a meeting and the cases on its agenda (each opening is audited as a view)."""
        if self._vault is None:
            return False
        self.save_now()
        try:
            meeting = self._vault.meetings.get(meeting_id)
        except VaultError as exc:
            Messages.error(self, "Could not open the meeting", exc.user_message)
            return False
        cases: dict[str, Case] = {}
        for item in meeting.items:
            case = self._load_case(item.case_id)
            if case is not None:
                cases[case.id] = case
        self._drop_editor()
        self.ctx = MeetingContext(meeting, cases, self._today, self)
        self.ctx.meeting_changed.connect(self._meeting_changed)
        self.ctx.case_changed.connect(self._case_changed)
        self.ctx.agenda_changed.connect(self.refresh)
        self._build_editor()
        self.refresh()
        return True

    def _build_editor(self) -> None:
        assert self.ctx is not None
        self.editor = MeetingEditor(self.ctx, self._candidates, self._load_case)
        self.holder.addWidget(self.editor, 1)
        self._show_editor(True)
        self._meeting_changed(save=False)

    def _load_case(self, case_id: str) -> Case | None:
        try:
            case: Case = self._vault.cases.open(case_id)
        except CaseNotFound:
            return None
        except VaultError as exc:
            Messages.error(self, "Could not open a case on the agenda", exc.user_message)
            return None
        return case

    def _candidates(self, after: SortKey | None, limit: int) -> AwaitingPage:
        if self._vault is None:
            return AwaitingPage([], None)
        try:
            return awaiting_page(self._vault.database, after, limit)
        except VaultError as exc:
            Messages.error(self, "Could not list the cases awaiting a decision",
                           exc.user_message)
            return AwaitingPage([], None)

    def _show_editor(self, on: bool) -> None:
        self.right.setCurrentIndex(1 if on else 0)
        self.present_action.setEnabled(on)
        self.present_button.setEnabled(on)
        self.minutes_button.setEnabled(on)

    def _drop_editor(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            self.holder.removeWidget(editor)
            editor.hide()
            editor.setParent(None)
            editor.deleteLater()
        if self.ctx is not None:
            self.ctx.deleteLater()
        self.ctx = None
        self.heading.clear()
        self._dirty_meeting = False
        self._dirty_cases.clear()
        self._show_editor(False)

    def showEvent(self, event: QShowEvent) -> None:
        """Pick up changes made to the agenda's cases elsewhere (the case wizard) meanwhile."""
        super().showEvent(event)
        self.reload_cases()

    def reload_cases(self) -> bool:
        """Re-read the agenda's cases if they changed in the vault; return True if they had.

        Nothing is re-read while this page has changes of its own to save.
        """
        if self.ctx is None or self.editor is None or self._vault is None:
            return False
        if self.has_unsaved():
            return False
        fresh: dict[str, Case] = {}
        try:
            for case_id in self.ctx.cases:
                fresh[case_id] = self._vault.cases.get(case_id)
        except VaultError:
            return False
        if all(fresh[k].revision == c.revision and fresh[k].to_dict() == c.to_dict()
               for k, c in self.ctx.cases.items()):
            return False
        self.ctx.cases.clear()
        self.ctx.cases.update(fresh)
        self._rebuild_editor()
        return True

    def _rebuild_editor(self) -> None:
        """Show the agenda's cases afresh, on the same tab and case."""
        if self.ctx is None or self.editor is None:
            return
        tab, case_id = self.editor.tabs.currentIndex(), self.editor.current_case()
        self._drop_editor_only()
        self._build_editor()
        if self.editor is not None:
            self.editor.go(tab, case_id)

    # -- saving --------------------------------------------------------------------------
    def _meeting_changed(self, save: bool = True) -> None:
        if self.ctx is not None:
            self.heading.setText(self.ctx.meeting.title())
            # the list names the open meeting as it is now, not as it was last saved
            entry = self.list.currentItem()
            if entry is not None and entry.data(Qt.ItemDataRole.UserRole) == self.ctx.meeting.id:
                entry.setText(_entry_text(self.ctx.meeting.title(), len(self.ctx.meeting.items)))
        if save:
            self._dirty_meeting = True
            self._timer.start()

    def _case_changed(self, case_id: str) -> None:
        self._dirty_cases.add(case_id)
        self._timer.start()

    def has_unsaved(self) -> bool:
        """Return True while changes wait to be written to the vault."""
        return self._dirty_meeting or bool(self._dirty_cases)

    def save_now(self) -> bool:
        """Write pending changes to the vault; return False (after telling the user) on failure."""
        self._timer.stop()
        if self.ctx is None or self._vault is None or not self.has_unsaved():
            return True
        merged = False
        try:
            for case_id in sorted(self._dirty_cases):
                case = self.ctx.cases.get(case_id)
                if case is not None:
                    merged = save_case(self, self._vault.cases, case) or merged
            self._dirty_cases.clear()
            if self._dirty_meeting:
                self._vault.meetings.save(self.ctx.meeting)
                self._dirty_meeting = False
                self.refresh()
        except VaultError as exc:
            Messages.error(self, "Your changes to the meeting are not saved yet",
                           exc.user_message)
            return False
        if merged:  # a case took in changes saved elsewhere: show it afresh, once idle
            QTimer.singleShot(0, self._rebuild_editor)
        return True

    # -- place ---------------------------------------------------------------------------
    def _remember_place(self) -> None:
        if self.ctx is None:
            self._place = {}
            return
        place: dict[str, Any] = {"meeting": self.ctx.meeting.id, "tab": 0, "case": ""}
        if self.editor is not None:
            place["tab"] = self.editor.tabs.currentIndex()
            place["case"] = self.editor.current_case()
        elif self._place.get("meeting") == place["meeting"]:
            place["tab"] = self._place.get("tab", 0)
            place["case"] = self._place.get("case", "")
        place["presenter"] = self.presenter.place() if self.presenter is not None else None
        self._place = place

    # -- presenting ----------------------------------------------------------------------
    def present(self, item_index: int = 0, step_index: int = 0) -> PresenterView | None:
        """Open the presenter view; the editing tabs are closed while it is shown."""
        if self.ctx is None or self._vault is None:
            return None
        if not self.ctx.items():
            Messages.info(self, "Nothing to present",
                          "There are no cases on the agenda. Add cases on the Plan and agenda "
                          "tab, then present the meeting.")
            return None
        self._remember_place()
        self.save_now()
        self._drop_editor_only()
        self.heading.setText("The meeting is on the projector. Press Esc there to come back.")
        view = PresenterView(self.ctx, self._record_reveal, item_index, step_index, self)
        view.closed.connect(self._presenter_closed)
        self.presenter = view
        view.show_on_projector()
        self.presenting_changed.emit(True)
        return view

    def _drop_editor_only(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            self.holder.removeWidget(editor)
            editor.hide()
            editor.setParent(None)
            editor.deleteLater()

    def _record_reveal(self, case: Case) -> bool:
        """Audit a reveal of identifying details; only a recorded reveal goes ahead."""
        if self._vault is None or self.ctx is None:
            return False
        try:
            self._vault.audit.record("reveal identifying details", case_ref=case.reference,
                                     detail=f"presenter view, meeting {self.ctx.meeting.date}")
        except VaultError as exc:
            Messages.error(self, "Identifying details stay hidden",
                           "Showing them could not be recorded in the audit log, so they were "
                           "not shown. " + exc.user_message)
            return False
        return True

    def _presenter_closed(self) -> None:
        view = self.presenter
        if view is None:
            return
        place = view.place()
        self._close_presenter()
        self.save_now()
        if self.ctx is not None:
            items = self.ctx.items()
            case_id = items[place[0]].case_id if items else ""
            self._build_editor()
            if self.editor is not None:
                self.editor.go(TAB_OUTCOMES, case_id)

    def _close_presenter(self) -> None:
        view, self.presenter = self.presenter, None
        if view is None:
            return
        view.closed.disconnect(self._presenter_closed)
        view.hide()
        view.setParent(None)
        view.deleteLater()
        self.presenting_changed.emit(False)

    # -- minutes -------------------------------------------------------------------------
    def export_minutes(self) -> MinutesDialog | None:
        """Open the minutes dialog for the meeting."""
        if self.ctx is None or self._vault is None:
            return None
        self.save_now()
        self._close_minutes()
        dialog = MinutesDialog(self.ctx.meeting, self.ctx.cases, self._vault.audit,
                               self._clipboard, min_score=self._min_score, parent=self)
        self.minutes = dialog
        dialog.finished.connect(lambda _r: self._close_minutes())
        dialog.open()
        return dialog

    def _close_minutes(self) -> None:
        dialog, self.minutes = self.minutes, None
        from scr_desktop.gui.teardown import alive

        if dialog is not None and alive(dialog):
            dialog.finished.disconnect()
            dialog.abandon()
