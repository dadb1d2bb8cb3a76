"""The case shown in the wizard: starting, opening, importing, saving and closing it.

Opening a case builds its editor (:class:`~.case_editor.CaseEditor`), the
decision steps after the form, the rapid review step's exports and, when a
review has been decided, the Review area (:mod:`.review.wiring`).  Only one
case is open at a time: a case is closed (saved first) before another
opens, and a case whose save fails is left only if the user agrees to lose
the changes.  Saves go through :func:`.stale_save.save_case`, so a newer
copy in the vault is merged, never overwritten.

The window hands in where the wizard is shown, the parent of messages and
callables for the rest (the open vault, whether it is open and writable,
copying, the exports, showing the list, saving the meetings page's pending
copy, the case selected in the list); this module never sees the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget

from scr_desktop.gui.case_actions import report_error
from scr_desktop.gui.messages import Messages

if TYPE_CHECKING:
    from scr_desktop.domain.model import Case
    from scr_desktop.gui.case_editor import CaseEditor
    from scr_desktop.gui.case_exports import CaseExports
    from scr_desktop.gui.decision_steps import DecisionSteps
    from scr_desktop.gui.learning.themes_step import ThemesStep
    from scr_desktop.gui.review.area import ReviewArea
    from scr_desktop.storage.vault import Vault


class CaseController:
    """Open one case at a time in the wizard and close it safely."""

    def __init__(self, parent: QWidget, workspace: QStackedWidget, *,
                 vault: Callable[[], Vault], is_open: Callable[[], bool],
                 writes_held: Callable[[], bool], copy_text: Callable[[str], None],
                 exports: CaseExports, show_cases: Callable[[], None],
                 save_meetings: Callable[[], None], selected_case: Callable[[], str | None],
                 today: Callable[[], date]) -> None:
        self._parent = parent
        self._workspace = workspace
        self._vault = vault
        self._is_open = is_open
        self._writes_held = writes_held
        self._copy_text = copy_text
        self._exports = exports
        self._show_cases = show_cases
        self._save_meetings = save_meetings
        self._selected_case = selected_case
        self._today = today
        self.editor: CaseEditor | None = None
        self.decision_steps: DecisionSteps | None = None
        self.review_area: ReviewArea | None = None
        self.themes_step: ThemesStep | None = None

    def current_case(self) -> Case | None:
        """Return the case open in the wizard (saved first), or the one selected in the list."""
        if not self._is_open():
            return None
        if self.editor is not None:
            self.editor.save_now()
            return self.editor.case
        case_id = self._selected_case()
        return self._vault().cases.get(case_id) if case_id else None

    def new_case(self) -> None:
        """Create a referral and open it in the wizard."""
        if not self._is_open() or not self.close_editor(save=True):
            return
        try:
            from scr_desktop.gui import settings

            case = self._vault().cases.new_case(settings.framework_for_new_cases())
        except Exception as exc:
            report_error(self._parent, "Could not start a new referral", exc)
            return
        self._edit(case)

    def open_case(self, case_id: str, step: str | None = None) -> None:
        """Open a referral in the wizard (at ``step``, a decision or review step id, if given)."""
        if not self._is_open():
            return
        self._save_meetings()  # else its pending copy would later overwrite the wizard's
        try:
            case = self._vault().cases.open(case_id)
        except Exception as exc:
            report_error(self._parent, "Could not open the case", exc)
            return
        self._edit(case)
        if step is not None and self.review_area is not None and step in self.review_area.index:
            self.review_area.go(step)
        elif step is not None and self.decision_steps is not None:
            self.decision_steps.go(step)

    def import_package(self, imported: Callable[[], None]) -> None:
        """Import a case package, then call ``imported`` and open the imported case."""
        if not self._is_open() or not self.close_editor(save=True):
            return
        self._save_meetings()
        case = self._exports.controller.import_package()
        if case is not None and self._is_open():
            imported()
            self.open_case(case.id)

    def _edit(self, case: Case) -> None:
        if not self.close_editor(save=True):
            return
        from scr_desktop.gui.case_editor import CaseEditor
        from scr_desktop.gui.decision_steps import DecisionSteps
        from scr_desktop.gui.learning.themes_step import add_themes_step
        from scr_desktop.gui.review.wiring import open_review_area

        editor = CaseEditor(case, self._save, today=self._today)
        editor.writes_held = self._writes_held
        editor.closed.connect(self._show_cases)
        editor.reloaded.connect(lambda: QTimer.singleShot(0, lambda: self._reopen(editor)))
        editor.save_failed.connect(
            lambda exc: report_error(self._parent, "Your changes are not saved yet", exc))
        self.decision_steps = steps = DecisionSteps(editor, self._copy_text, today=self._today)
        self.themes_step = add_themes_step(editor, lambda: self._vault().stats)
        self.review_area = open_review_area(
            editor, steps, lambda: self._vault().reviews, self._exports.export_review,
            today=self._today, failed=lambda exc: report_error(
                self._parent, "The review of this case could not be read", exc),
            themes=lambda: self._vault().stats.themes(),
            chronology=lambda: self._vault().chronology,
            export_document=self._exports.export_review_document)
        page = steps.rapid_review
        page.meetings_source = lambda: [self._vault().meetings.get(s.id)
                                        for s in self._vault().meetings.list()]
        self._exports.wire_rapid_review(page, lambda: editor.case)
        self.editor = editor
        self._workspace.addWidget(editor)
        self._workspace.setCurrentWidget(editor)
        current = editor.stack.currentWidget()
        if current is not None:
            current.setFocus()

    def _reopen(self, editor: CaseEditor) -> None:
        """Show the wizard's case afresh at the same step (it took in changes from elsewhere)."""
        if self.editor is not editor or not self._is_open():
            return
        step = editor.current_step()
        if self.close_editor(save=True):
            self._edit(editor.case)
            if self.editor is not None:
                self.editor.go(step)

    def _save(self, case: Case) -> bool:
        """Save the open case (merging a newer version, see :mod:`.stale_save`), then its
        review (refused if the vault holds a newer one); True if the case was brought up
        to date."""
        from scr_desktop.gui.stale_save import save_case

        merged = save_case(self._parent, self._vault().cases, case)
        if self.review_area is not None and self.review_area.editor.case is case:
            self.review_area.save()
        return merged

    def may_quit(self) -> bool:
        """Save the open case; False if that failed and the user chose not to quit."""
        return self.editor is None or self.editor.save_now() or Messages.confirm(
            self._parent, "Changes not saved",
            "Your latest changes could not be saved. Quit anyway and lose them?",
            yes="&Quit and lose them", destructive=True)

    def close_editor(self, *, save: bool) -> bool:
        """Close the case wizard, saving first if ``save``; False if the user chose to stay.

        When the save fails the user is asked, as on quitting, before the
        unsaved changes are dropped.
        """
        editor = self.editor
        if editor is None:
            return True
        if save and not editor.save_now() and not Messages.confirm(
            self._parent, "Changes not saved",
            "Your latest changes to this case could not be saved. Leave it anyway and lose "
            "them?", yes="&Leave and lose them", destructive=True,
        ):
            return False
        self.editor = None
        self.decision_steps = None
        self.review_area = None
        self._workspace.removeWidget(editor)
        editor.hide()
        editor.setParent(None)
        editor.deleteLater()
        return True
