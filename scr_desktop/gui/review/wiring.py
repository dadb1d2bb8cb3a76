"""Give an opened case its Review area and keep the area in step with the chair's decision.

The area (:class:`~.area.ReviewArea`) reads the case's review, if it has
one, and adds its pages to the wizard; a decision changed later starts or
follows the review.  A review that cannot be read is reported, and the case
still opens without its area.  Everything the area needs comes in as
callables: the review repository, how to export a review document and how
to report an error, the board's learning themes and the chronology.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from scr_desktop.domain.learning.themes import starting_themes
from scr_desktop.gui.case_editor import CaseEditor
from scr_desktop.gui.decision_steps import DecisionSteps
from scr_desktop.gui.review.area import DocumentExporter, Exporter, ReviewArea
from scr_desktop.storage.chronology import ChronologyRepository
from scr_desktop.storage.reviews import ReviewRepository


def open_review_area(editor: CaseEditor, steps: DecisionSteps,
                     reviews: Callable[[], ReviewRepository], export: Exporter, *,
                     today: Callable[[], date],
                     failed: Callable[[BaseException], None],
                     themes: Callable[[], dict[str, str]] = starting_themes,
                     chronology: Callable[[], ChronologyRepository] | None = None,
                     export_document: DocumentExporter | None = None) -> ReviewArea | None:
    """Return the Review area of the case in ``editor`` (None, after ``failed``, if unreadable)."""
    try:
        area = ReviewArea(editor, reviews, export, today=today, deadlines=steps.deadlines,
                          themes=themes, chronology=chronology,
                          export_document=export_document)
    except Exception as exc:
        failed(exc)
        return None
    steps.decision.changed.connect(area.ensure)
    return area
