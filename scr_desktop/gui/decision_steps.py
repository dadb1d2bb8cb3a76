"""Add the decision steps after the form: questions, result, decision, deadlines.

A case whose framework has a serious incident notification and a rapid
review (Child Safeguarding Practice Reviews) also gets the step
"Notification and rapid review", before the decision; a case moved to such
a framework gets it at the end of its steps, until it is next opened.

One evaluator serves every step (:func:`scr_desktop.domain.assessment.assess_case`);
each step writes to the same case and the editor saves it.  Steps are named
by id (:data:`STEP_QUESTIONS`, ...); their titles are for display only.

Every step is built when first shown (or first
asked for: :attr:`DecisionSteps.facts`, :attr:`DecisionSteps.result`,
:attr:`DecisionSteps.decision`, :attr:`DecisionSteps.deadlines`,
:attr:`DecisionSteps.rapid_review`), as the form pages are: opening a case
builds none of them.  What the rest of the window wires to them is handed in
beforehand (:meth:`DecisionSteps.on_decision_changed`,
:meth:`DecisionSteps.on_rapid_review`, :attr:`DecisionSteps.review`) and
connected when the step is built.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from scr_desktop.domain.assessment import AssessmentInputError, annotate_answers, assess_case
from scr_desktop.domain.decisions import met_deadlines
from scr_desktop.domain.review.model import Review
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
        self.case = case  # the editor shows another case once this one is closed
        self.editor = editor
        self._copy_text = copy_text
        self._today = today
        self._facts_step = LazyStep(self._build_facts)
        self._result_step = LazyStep(self._build_result)
        self._decision_step = LazyStep(self._build_decision)
        self._deadlines_step = LazyStep(self._build_deadlines)
        self._decision_changed: list[Callable[[], None]] = []
        # The case's review, once one is running: the deadlines step shows its deadlines.
        self.review: Callable[[], Review | None] | None = None
        self._rapid_review_step = LazyStep(self._build_rapid_review)
        self._rapid_review_wiring: list[Callable[[RapidReviewPage], None]] = []
        # Owned by the editor (and so torn down with the case) even while it is not a step.
        editor.adopt(self._rapid_review_step)
        self.index = {
            STEP_QUESTIONS: editor.add_step(TITLES[STEP_QUESTIONS], self._facts_step,
                                            self._enter_questions),
            STEP_RESULT: editor.add_step(TITLES[STEP_RESULT], self._result_step,
                                         self._show_result),
        }
        if has_rapid_review(case.framework):
            self._add_rapid_review()
        self.index[STEP_DECISION] = editor.add_step(TITLES[STEP_DECISION], self._decision_step,
                                                    lambda: self.decision.reload())
        self.index[STEP_DEADLINES] = editor.add_step(TITLES[STEP_DEADLINES],
                                                     self._deadlines_step,
                                                     lambda: self.deadlines.refresh())

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

    @property
    def decision(self) -> DecisionPage:
        """Return the decision step (building it if it has not been shown)."""
        page = self._decision_step.build()
        assert isinstance(page, DecisionPage)
        return page

    @property
    def deadlines(self) -> DeadlinesPage:
        """Return the deadlines step (building it if it has not been shown)."""
        page = self._deadlines_step.build()
        assert isinstance(page, DeadlinesPage)
        return page

    @property
    def rapid_review(self) -> RapidReviewPage:
        """Return the notification and rapid review step (building it if it has not been shown)."""
        page = self._rapid_review_step.build()
        assert isinstance(page, RapidReviewPage)
        return page

    def on_rapid_review(self, wire: Callable[[RapidReviewPage], None]) -> None:
        """Call ``wire`` with the rapid review step when it is built (now, if it is)."""
        self._rapid_review_wiring.append(wire)
        page = self._rapid_review_step.content()
        if isinstance(page, RapidReviewPage):
            wire(page)

    def _build_rapid_review(self) -> RapidReviewPage:
        page = RapidReviewPage(self.case, self._copy_text, self._today)
        page.changed.connect(self.editor.mark_dirty)
        for wire in self._rapid_review_wiring:
            wire(page)
        return page

    def on_decision_changed(self, slot: Callable[[], None]) -> None:
        """Call ``slot`` whenever the decision step changes the case (once it is built)."""
        self._decision_changed.append(slot)
        page = self._decision_step.content()
        if isinstance(page, DecisionPage):
            page.changed.connect(slot)

    def _build_decision(self) -> DecisionPage:
        page = DecisionPage(self.case, self._today)
        page.changed.connect(self.editor.mark_dirty)
        for slot in self._decision_changed:
            page.changed.connect(slot)
        return page

    def _build_deadlines(self) -> DeadlinesPage:
        page = DeadlinesPage(self.case, self._today)
        page.review = lambda: self.review() if self.review is not None else None
        page.changed.connect(self.editor.mark_dirty)
        return page

    def _reload_decision_options(self) -> None:
        page = self._decision_step.content()
        if isinstance(page, DecisionPage):  # else its options are read when it is built
            page.reload_options()

    def _build_facts(self) -> FactsPage:
        page = FactsPage(self.case)
        page.framework_changed.connect(self._framework_changed)
        page.changed.connect(self._facts_changed)
        page.framework_changed.connect(self._reload_decision_options)
        self._live(page)
        return page

    def _build_result(self) -> ResultPage:
        page = ResultPage(self._copy_text, self._today)
        self._show_result(page)
        return page

    def _add_rapid_review(self) -> None:
        self.index[STEP_RAPID_REVIEW] = self.editor.add_step(
            TITLES[STEP_RAPID_REVIEW], self._rapid_review_step, self._enter_rapid_review)

    def _enter_rapid_review(self) -> None:
        self.rapid_review.refresh()

    def _framework_changed(self) -> None:
        if has_rapid_review(self.case.framework) and STEP_RAPID_REVIEW not in self.index:
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

    def _live(self, built: FactsPage | None = None) -> None:
        facts = built or self._facts_step.content()
        if not isinstance(facts, FactsPage):
            return  # worked out when the step is built
        case = self.case
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

    def _show_result(self, built: ResultPage | None = None) -> None:
        result = built or self._result_step.content()
        if not isinstance(result, ResultPage):
            return  # shown when the step is built
        try:
            a = assess_case(self.case)
        except AssessmentInputError:
            result.clear()
            return
        result.show_assessment(a, met_deadlines(self.case))
