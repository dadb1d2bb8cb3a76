"""Add the decision steps after the form: questions, result, decision, deadlines.

A case whose framework has a serious incident notification and a rapid
review (Child Safeguarding Practice Reviews) also gets the step
"Notification and rapid review", before the decision; a case moved to such
a framework gets it at the end of its steps, until it is next opened.

One evaluator serves every step (:func:`scr_desktop.domain.assessment.assess_case`);
each step writes to the same case and the editor saves it.  Steps are named
by id (:data:`STEP_QUESTIONS`, ...); their titles are for display only.

The questions and result steps are built when first shown (or first asked
for, :attr:`DecisionSteps.facts`, :attr:`DecisionSteps.result`), as the form
pages are: opening a case does not build the flowchart questions.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from scr_desktop.domain.assessment import AssessmentInputError, annotate_answers, assess_case
from scr_desktop.domain.decisions import met_deadlines
from scr_desktop.gui.case_editor import CaseEditor
from scr_desktop.gui.rapid_review.page import RapidReviewPage, has_rapid_review
from scr_desktop.gui.wizard.deadlines_page import DeadlinesPage
from scr_desktop.gui.wizard.decision_page import DecisionPage
from scr_desktop.gui.wizard.facts_page import FactsPage
from scr_desktop.gui.wizard.lazy_step import LazyStep
from scr_desktop.gui.wizard.result_page import ResultPage

STEP_QUESTIONS = "questions"
STEP_RESULT = "result"
STEP_DECISION = "decision"
STEP_DEADLINES = "deadlines"
STEP_RAPID_REVIEW = "rapid_review"
TITLES = {
    STEP_QUESTIONS: "Flowchart questions",
    STEP_RESULT: "Result and flowchart",
    STEP_DECISION: "5. Decision",
    STEP_DEADLINES: "Deadlines",
    STEP_RAPID_REVIEW: "Notification and rapid review",
}


class DecisionSteps:
    """The four steps after the form, kept in step with each other."""

    def __init__(self, editor: CaseEditor, copy_text: Callable[[str], None],
                 today: Callable[[], date] = date.today) -> None:
        case = editor.case
        self.editor = editor
        self._copy_text = copy_text
        self._today = today
        self._facts: FactsPage | None = None
        self._result: ResultPage | None = None
        self._facts_step = LazyStep(self._build_facts)
        self._result_step = LazyStep(self._build_result)
        self.decision = DecisionPage(case, today)
        self.deadlines = DeadlinesPage(case, today)
        self.rapid_review = RapidReviewPage(case, copy_text, today)
        # Owned by the editor (and so torn down with it) even while it is not a step.
        self.rapid_review.setParent(editor)
        self.rapid_review.hide()
        self.index = {
            STEP_QUESTIONS: editor.add_step(TITLES[STEP_QUESTIONS], self._facts_step,
                                            self._enter_questions),
            STEP_RESULT: editor.add_step(TITLES[STEP_RESULT], self._result_step,
                                         self._show_result),
        }
        if has_rapid_review(case.framework):
            self._add_rapid_review()
        self.index[STEP_DECISION] = editor.add_step(TITLES[STEP_DECISION], self.decision,
                                                    self.decision.reload)
        self.index[STEP_DEADLINES] = editor.add_step(TITLES[STEP_DEADLINES], self.deadlines,
                                                     self.deadlines.refresh)
        self.rapid_review.changed.connect(editor.mark_dirty)
        self.decision.changed.connect(editor.mark_dirty)
        self.deadlines.changed.connect(editor.mark_dirty)

    @property
    def facts(self) -> FactsPage:
        """Return the flowchart questions step (building it if it has not been shown)."""
        page = self._facts_step.build()
        assert isinstance(page, FactsPage)
        return page

    @property
    def result(self) -> ResultPage:
        """Return the result step (building it if it has not been shown)."""
        page = self._result_step.build()
        assert isinstance(page, ResultPage)
        return page

    def _build_facts(self) -> FactsPage:
        page = FactsPage(self.editor.case)
        page.framework_changed.connect(self._framework_changed)
        page.changed.connect(self._facts_changed)
        page.framework_changed.connect(self.decision.reload_options)
        self._facts = page
        self._live()
        return page

    def _build_result(self) -> ResultPage:
        self._result = ResultPage(self._copy_text, self._today)
        self._show_result()
        return self._result

    def _add_rapid_review(self) -> None:
        self.index[STEP_RAPID_REVIEW] = self.editor.add_step(
            TITLES[STEP_RAPID_REVIEW], self.rapid_review, self._enter_rapid_review)

    def _enter_rapid_review(self) -> None:
        self.rapid_review.refresh()

    def _framework_changed(self) -> None:
        if has_rapid_review(self.editor.case.framework) and STEP_RAPID_REVIEW not in self.index:
            self._add_rapid_review()

    def go(self, step: str) -> None:
        """Show one of the steps by id (:data:`STEP_QUESTIONS`, ...)."""
        self.editor.go(self.index[step])

    def _enter_questions(self) -> None:
        """Answer, from the form, what the flowchart would ask again (shown as such)."""
        self.facts.take_from_form()
        self._live()

    def _facts_changed(self) -> None:
        self.editor.mark_dirty()
        self._live()
        self._show_result()

    def _live(self) -> None:
        facts = self._facts
        if facts is None:
            return  # worked out when the step is built
        case = self.editor.case
        try:
            notes, problems = annotate_answers(case.framework, case.facts)
        except ValueError:
            notes, problems = {}, {}
        facts.show_notes(notes)
        facts.show_problems(problems)
        try:
            a = assess_case(case)
        except AssessmentInputError as exc:
            facts.show_live(f"\u26a0 The answers cannot be assessed: {exc.message}.")
            return
        met = ", ".join(f.label for f in a.criteria_met) or "no criterion met"
        facts.show_live(f"Result so far: {a.level_label} ({met}).")

    def _show_result(self) -> None:
        result = self._result
        if result is None:
            return  # shown when the step is built
        try:
            a = assess_case(self.editor.case)
        except AssessmentInputError:
            result.clear()
            return
        result.show_assessment(a, met_deadlines(self.editor.case))
