"""The review being edited: every page changes it through here, and hears of each change.

:meth:`ReviewSession.apply` runs one domain method; a refusal
(:class:`~scr_desktop.domain.review.records.ReviewInputError`) comes back as
the message to show, and nothing is changed.  A change is announced with
:attr:`ReviewSession.changed`, which the area turns into an autosave.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal

from scr_desktop.domain.learning.themes import starting_themes
from scr_desktop.domain.model import Case
from scr_desktop.domain.review.model import Review
from scr_desktop.domain.review.records import ReviewInputError


class ReviewSession(QObject):
    """One case's review, shared by its pages."""

    changed = Signal()

    def __init__(self, case: Case, review: Review, today: Callable[[], date],
                 themes: Callable[[], dict[str, str]] = starting_themes) -> None:
        super().__init__()
        self.case = case
        self.review = review
        self.today = today
        self.themes = themes  # the learning themes to tag recommendations with

    def apply(self, change: Callable[[Review], object]) -> str | None:
        """Run ``change`` on the review; return None, or why it was refused."""
        try:
            change(self.review)
        except ReviewInputError as exc:
            return str(exc)
        except KeyError:
            return "That entry is no longer there; choose it again from the list."
        self.changed.emit()
        return None
