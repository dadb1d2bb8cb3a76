"""Review page: the family and victims communication plan (``000`` 8-9; ``004``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from scr_desktop.gui.forms.review.family_page import Ui_FamilyPage
from scr_desktop.gui.review.record_section import RecordSection
from scr_desktop.gui.review.session import ReviewSession


class FamilyPage(QWidget):
    """Who is told, by whom, how and when; contributions and feedback."""

    def __init__(self, session: ReviewSession, export: Callable[[str, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_FamilyPage()
        self.form.setupUi(self)
        self.section = RecordSection(session, "family",
                                     ["person", "relationship", "told_by", "method",
                                      "planned_on"])
        self.form.content_layout.addWidget(self.section)
        self.form.content_layout.addStretch(1)
        self.form.letter_button.setEnabled(False)
        self.section.selected.connect(lambda rid: self.form.letter_button.setEnabled(bool(rid)))
        self.form.letter_button.clicked.connect(
            lambda: export("family", self.section.current_id()))
