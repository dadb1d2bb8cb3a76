"""The Review area of a case: its pages added to the case's steps once a review is decided.

The area holds the :class:`~.session.ReviewSession`; every change there
marks the case editor dirty, so the review is saved by the editor's one
autosave (and at once on changing step, closing, locking or quitting) with
its revision checked.  Pages are named by id (:data:`STEP_SETUP`, ...); their
titles are for display only.  The pages are children of the editor, so closing the
case or locking the vault destroys them with everything they show.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from scr_desktop.domain.dates import iso_to_uk
from scr_desktop.domain.learning.themes import starting_themes
from scr_desktop.domain.review import vocab
from scr_desktop.domain.review.model import Review
from scr_desktop.gui.case_editor import CaseEditor
from scr_desktop.gui.review.session import ReviewSession
from scr_desktop.gui.wizard.deadlines_page import DeadlinesPage
from scr_desktop.storage.reviews import ReviewRepository

if TYPE_CHECKING:
    from scr_desktop.export.save import Document
    from scr_desktop.storage.chronology import ChronologyRepository

STEP_SETUP = "review_setup"
STEP_AGENCIES = "review_agencies"
STEP_CHRONOLOGY = "review_chronology"
STEP_CONSENT = "review_consent"
STEP_FAMILY = "review_family"
STEP_PROCESSES = "review_processes"
STEP_REPORT = "review_report"
STEP_ACTIONS = "review_actions"
STEP_GENOGRAM = "review_genogram"
STEP_BRIEFING = "review_briefing"
TITLES = {
    STEP_SETUP: "Review: set-up",
    STEP_AGENCIES: "Review: agency contributions",
    STEP_CHRONOLOGY: "Review: integrated chronology",
    STEP_CONSENT: "Review: records and consent",
    STEP_FAMILY: "Review: family and victims",
    STEP_PROCESSES: "Review: parallel processes",
    STEP_REPORT: "Review: report and publication",
    STEP_ACTIONS: "Review: recommendations and actions",
    STEP_GENOGRAM: "Review: genogram",
    STEP_BRIEFING: "Review: learning briefing",
}

Exporter = Callable[[ReviewSession, str, str], None]  # (session, what, record id)
# (session, what, file name, suffix, describe(password, min score, words)): one document
DocumentExporter = Callable[
    [ReviewSession, str, str, str, Callable[[str, int, tuple[str, ...]], "Document"]], None]


def review_decided(decided: str) -> bool:
    """Return True if the chair's decision ``decided`` starts a review."""
    return decided in vocab.review_decisions()


class ReviewArea:
    """The review pages of one open case."""

    def __init__(self, editor: CaseEditor, repo: Callable[[], ReviewRepository],
                 export: Exporter, today: Callable[[], date] = date.today,
                 deadlines: DeadlinesPage | None = None,
                 themes: Callable[[], dict[str, str]] = starting_themes,
                 chronology: Callable[[], ChronologyRepository] | None = None,
                 export_document: DocumentExporter | None = None) -> None:
        self.editor = editor
        self._themes = themes
        self._chronology = chronology
        self._export_document = export_document
        self._repo = repo
        self._export = export
        self._today = today
        self.session: ReviewSession | None = None
        self.pages: dict[str, QWidget] = {}
        self.index: dict[str, int] = {}
        self._dirty = False
        if deadlines is not None:
            deadlines.review = lambda: self.session.review if self.session else None
        review = repo().get(editor.case.id)
        if review is not None:
            self._open(review)
        else:
            self.ensure()

    def ensure(self) -> None:
        """Start the review and add its pages if the decision now calls for one."""
        case = self.editor.case
        started_on = iso_to_uk(case.decision.decision_date or None)
        if self.session is not None:
            review = self.session.review
            if (review.kind, review.started_on) != (case.decision.decided, started_on):
                kind = case.decision.decided
                self.session.apply(lambda r: r.follow_decision(kind, started_on))
            return
        if not review_decided(case.decision.decided):
            return
        review = Review.start(case.id, case.decision.decided, started_on)
        self._dirty = True
        self._open(review)
        self.editor.mark_dirty()

    def _open(self, review: Review) -> None:
        from scr_desktop.gui.review.actions_page import ActionsPage
        from scr_desktop.gui.review.agencies_page import AgenciesPage
        from scr_desktop.gui.review.briefing_page import BriefingPage
        from scr_desktop.gui.review.consent_page import ConsentPage
        from scr_desktop.gui.review.family_page import FamilyPage
        from scr_desktop.gui.review.genogram_page import GenogramPage
        from scr_desktop.gui.review.processes_page import ProcessesPage
        from scr_desktop.gui.review.report_page import ReportPage
        from scr_desktop.gui.review.setup_page import SetupPage

        session = ReviewSession(self.editor.case, review, self._today, self._themes)
        self.session = session
        session.changed.connect(self._changed)

        def export(what: str, rid: str) -> None:
            self._export(session, what, rid)

        self.pages = {
            STEP_SETUP: SetupPage(session),
            STEP_AGENCIES: AgenciesPage(session, export),
        }
        if self._chronology is not None and self._export_document is not None:
            from scr_desktop.gui.review.chronology_page import ChronologyPage

            export_document = self._export_document

            def export_one(what: str, name: str, suffix: str,
                           describe: Callable[[str, int, tuple[str, ...]], Document]) -> None:
                export_document(session, what, name, suffix, describe)

            self.pages[STEP_CHRONOLOGY] = ChronologyPage(session, self._chronology, export_one)
        self.pages |= {
            STEP_CONSENT: ConsentPage(session, export),
            STEP_FAMILY: FamilyPage(session, export),
            STEP_PROCESSES: ProcessesPage(session),
            STEP_REPORT: ReportPage(session, self._add_document, self._read_document,
                                    lambda rid: export("draft", rid)),
            STEP_ACTIONS: ActionsPage(session, export),
            STEP_GENOGRAM: GenogramPage(session, export),
            STEP_BRIEFING: BriefingPage(session, export),
        }
        for step, page in self.pages.items():
            self.index[step] = self.editor.add_step(TITLES[step], page)

    def _add_document(self, name: str, content: bytes) -> str:
        case = self.editor.case
        return self._repo().add_document(case.id, name, content, case_ref=case.reference).id

    def _read_document(self, doc_id: str) -> tuple[str, bytes]:
        return self._repo().open_document(doc_id, case_ref=self.editor.case.reference)

    def _changed(self) -> None:
        self._dirty = True
        self.editor.mark_dirty()

    def go(self, step: str) -> None:
        """Show one of the review's pages by id (:data:`STEP_SETUP`, ...)."""
        self.editor.go(self.index[step])

    def save(self) -> None:
        """Save the review if it changed (the vault checks its revision)."""
        if self.session is None or not self._dirty:
            return
        self._repo().save(self.session.review, case_ref=self.editor.case.reference)
        self._dirty = False
