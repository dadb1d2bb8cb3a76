"""Review page: the learning briefing, one page for teams (``000`` 1.3, 10.7)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from scr_desktop.domain.review.records import BRIEFING
from scr_desktop.gui.forms.review.briefing_page import Ui_BriefingPage
from scr_desktop.gui.review.session import ReviewSession
from scr_desktop.gui.review.single_record import SingleRecord


class BriefingPage(QWidget):
    """The case in brief, what happened, what we learned, what to do differently."""

    def __init__(self, session: ReviewSession, export: Callable[[str, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_BriefingPage()
        self.form.setupUi(self)
        self.briefing = SingleRecord(session, BRIEFING, "The briefing",
                                     lambda r: r.briefing, lambda r, v: r.set_briefing(v))
        self.form.content_layout.addWidget(self.briefing)
        self.form.content_layout.addStretch(1)
        self.form.export_button.clicked.connect(lambda: export("briefing", ""))
