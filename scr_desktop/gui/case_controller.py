"""The case shown in the wizard: starting, opening, importing, saving and closing it.

Opening a case loads it into the editor (:class:`~.case_editor.CaseEditor`),
built once and kept for case after case while the vault is open
(:meth:`CaseController.close_editor` with ``keep``), and adds its own steps
after the form: the decision steps, the learning themes, the rapid review
step's exports and, when a review has been decided, the Review area
(:mod:`.review.wiring`); each step is built when first shown.  Only one case
is open at a time: a case is closed (saved first) before another opens, and
a case whose save fails is left only if the user agrees to lose the changes.
The editor is built, empty, just after unlocking (:meth:`CaseController.prepare`).
The kept editor keeps only the form's pages while another page is shown:
the steps that belong to the case left (the decision steps, the themes,
the Review area with its chronology and genogram) are destroyed on leaving
it and made afresh when a case is next opened; the editor is loaded with
the next case, or destroyed when the vault locks.
Saves go through :func:`.stale_save.save_case`, so a newer copy in the vault
is merged, never overwritten.

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
    from scr_desktop.gui.rapid_review.page import RapidReviewPage
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
        self._spare: CaseEditor | None = None  # the editor kept for the next case
        self._themes_step: Callable[[], ThemesStep] | None = None

    @property
    def themes_step(self) -> ThemesStep | None:
        """Return the open case's learning themes step (building it), if a case is open."""
        return self._themes_step() if self.editor is not None and self._themes_step else None

    def prepare(self) -> None:
        """Build the wizard, empty, ahead of the first case (called once the list is shown).

        The first case opened is then loaded into it as every later one is.
        """
        if self._is_open() and self.editor is None and self._spare is None:
            from scr_desktop.domain.model import Case
            from scr_desktop.gui.decision_steps import DecisionSteps
            from scr_desktop.gui.learning.themes_step import add_themes_step
            from scr_desktop.gui.review.wiring import open_review_area

            del DecisionSteps, add_themes_step, open_review_area  # imported now, used on opening
            self._spare = self._new_editor(Case())

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
        if not self._is_open() or not self.close_editor(save=True, keep=True):
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
        if not self.close_editor(save=True, keep=True):
            return
        from scr_desktop.gui.decision_steps import DecisionSteps
        from scr_desktop.gui.learning.themes_step import add_themes_step
        from scr_desktop.gui.review.wiring import open_review_area

        editor, self._spare = self._spare, None
        if editor is None:
            editor = self._new_editor(case)
        else:
            editor.load(case)
        self.decision_steps = steps = DecisionSteps(editor, self._copy_text, today=self._today)
        self._themes_step = add_themes_step(editor, lambda: self._vault().stats)
        self.review_area = open_review_area(
            editor, steps, lambda: self._vault().reviews, self._exports.export_review,
            today=self._today, failed=lambda exc: report_error(
                self._parent, "The review of this case could not be read", exc),
            themes=lambda: self._vault().stats.themes(),
            chronology=lambda: self._vault().chronology,
            export_document=self._exports.export_review_document)
        steps.on_rapid_review(lambda page: self._wire_rapid_review(page, steps.case))
        self.editor = editor
        self._workspace.setCurrentWidget(editor)
        current = editor.stack.currentWidget()
        if current is not None:
            current.setFocus()

    def _wire_rapid_review(self, page: RapidReviewPage, case: Case) -> None:
        page.meetings_source = lambda: [self._vault().meetings.get(s.id)
                                        for s in self._vault().meetings.list()]
        self._exports.wire_rapid_review(page, lambda: case)

    def _new_editor(self, case: Case) -> CaseEditor:
        from scr_desktop.gui.case_editor import CaseEditor

        editor = CaseEditor(case, self._save, today=self._today)
        editor.writes_held = self._writes_held
        editor.closed.connect(self._show_cases)
        # The case shown when the save merged: the wizard may show another by the time it runs.
        editor.reloaded.connect(lambda: QTimer.singleShot(
            0, lambda case=editor.case: self._reopen(editor, case)))
        editor.save_failed.connect(
            lambda exc: report_error(self._parent, "Your changes are not saved yet", exc))
        self._workspace.addWidget(editor)
        return editor

    def _reopen(self, editor: CaseEditor, case: Case) -> None:
        """Show the wizard's case afresh at the same step (it took in changes from elsewhere).

        Nothing is done if the wizard has been closed or shows another case since.
        """
        if self.editor is not editor or editor.case is not case or not self._is_open():
            return
        step = editor.current_step()
        if self.close_editor(save=True):  # a new wizard: nothing of the older copy stays
            self._edit(editor.case)
            if self.editor is not None:
                self.editor.go(step)

    def _save(self, case: Case) -> bool:
        """Save the open case (merging a newer version, see :mod:`.stale_save`), then its
        review (refused if the vault holds a newer one); True if the case was brought up
        to date."""
        from scr_desktop.gui.stale_save import save_case

        merged = save_case(self._parent, self._vault().cases, case)
        if self.review_area is not None and self.review_area.case is case:
            self.review_area.save()
        return merged

    def may_quit(self) -> bool:
        """Save the open case; False if that failed and the user chose not to quit."""
        return self.editor is None or self.editor.save_now() or Messages.confirm(
            self._parent, "Changes not saved",
            "Your latest changes could not be saved. Quit anyway and lose them?",
            yes="&Quit and lose them", destructive=True)

    def close_editor(self, *, save: bool, keep: bool = False) -> bool:
        """Close the case wizard, saving first if ``save``; False if the user chose to stay.

        When the save fails the user is asked, as on quitting, before the
        unsaved changes are dropped.  With ``keep`` the editor is kept, to be
        loaded with the next case; without, it is destroyed (and any kept one).
        """
        editor = self.editor
        if editor is not None and save and not editor.save_now() and not Messages.confirm(
            self._parent, "Changes not saved",
            "Your latest changes to this case could not be saved. Leave it anyway and lose "
            "them?", yes="&Leave and lose them", destructive=True,
        ):
            return False
        self.editor = None
        self.decision_steps = None
        self.review_area = None
        self._themes_step = None
        if keep:
            if editor is not None:
                editor.unload()  # the case's own steps go now, not when the next case opens
            self._spare = editor or self._spare
            return True
        for gone in (editor, self._spare):
            if gone is not None:
                self._workspace.removeWidget(gone)
                gone.hide()
                gone.setParent(None)
                gone.deleteLater()
        self._spare = None
        return True
