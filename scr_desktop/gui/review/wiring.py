"""Give an opened case its Review area and keep the area in step with the chair's decision.

The area (:class:`~.area.ReviewArea`) reads the case's review, if it has
one, and adds its pages to the wizard; a decision changed later starts or
follows the review.  A review that cannot be read is reported, and the case
still opens without its area.  Everything the area needs comes in as
callables: the review repository, how to export a review document and how
to report an error.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from scr_desktop.gui.case_editor import CaseEditor
from scr_desktop.gui.decision_steps import DecisionSteps
from scr_desktop.gui.review.area import Exporter, ReviewArea
from scr_desktop.storage.reviews import ReviewRepository


def open_review_area(editor: CaseEditor, steps: DecisionSteps,
                     reviews: Callable[[], ReviewRepository], export: Exporter, *,
                     today: Callable[[], date],
                     failed: Callable[[BaseException], None]) -> ReviewArea | None:
    """Return the Review area of the case in ``editor`` (None, after ``failed``, if unreadable)."""
    try:
        area = ReviewArea(editor, reviews, export, today=today, deadlines=steps.deadlines)
    except Exception as exc:
        failed(exc)
        return None
    steps.decision.changed.connect(area.ensure)
    return area
