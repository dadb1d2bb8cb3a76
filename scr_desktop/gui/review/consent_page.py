"""Review page: records access and consent (``000`` 7.12-7.20)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from scr_desktop.domain.review import vocab
from scr_desktop.domain.review.status import State
from scr_desktop.gui.forms.review.consent_page import Ui_ConsentPage
from scr_desktop.gui.review.record_section import RecordSection
from scr_desktop.gui.review.session import ReviewSession


def consent_state(rec: dict[str, Any]) -> State:
    """Return where a request for records stands, in a sign and words."""
    outcome, decision = rec.get("outcome", ""), rec.get("caldicott", "")
    if decision == "override":
        return State("done", "\u2696", f"Overridden by the Caldicott Guardian "
                     f"{rec.get('caldicott_on', '')}".strip())
    if decision == "not_shared":
        return State("overdue", "\u2716", "Records will not be shared")
    if outcome == "refused":
        return State("due_soon", "\u26a0", "Refused: the Caldicott Guardian to decide")
    if outcome == "pending" or not outcome:
        return State("upcoming", "\u231b", "Awaiting an answer")
    return State("done", "\u2713", vocab.choices("consent_outcomes").get(outcome, outcome))


class ConsentPage(QWidget):
    """Consent and Caldicott decisions per person and record holder."""

    def __init__(self, session: ReviewSession, export: Callable[[str, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ConsentPage()
        self.form.setupUi(self)
        self.section = RecordSection(session, "consents", ["person", "record_holder", "outcome"],
                                     state=consent_state, state_title="Decision")
        self.form.content_layout.addWidget(self.section)
        self.form.content_layout.addStretch(1)
        self.form.annex_button.clicked.connect(lambda: export("annex", ""))
