"""Review page: agency contributions (``000`` 7.2-7.9, 7.19; ``002`` 8.32-8.37).

The table shows every agency's state at a glance, overdue with a sign and a
word as well as colour.  A report not clearly signed off is returned with
its reason, and the return is recorded (7.7).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QWidget

from scr_desktop.domain.review.status import agency_state
from scr_desktop.gui.binding import ErrorLabel
from scr_desktop.gui.forms.review.agencies_page import Ui_AgenciesPage
from scr_desktop.gui.review.record_section import RecordSection
from scr_desktop.gui.review.session import ReviewSession


class AgenciesPage(QWidget):
    """Every agency's report, from request to sign-off."""

    def __init__(self, session: ReviewSession, export: Callable[[str, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_AgenciesPage()
        self.form.setupUi(self)
        self.session = session
        started = session.review.started_on
        self.section = RecordSection(
            session, "agencies", ["agency", "kind", "author"], state_title="Where it stands",
            state=lambda rec: agency_state(rec, started, session.today()))
        returns = QGroupBox("Return the chosen report")
        self.returned_on = QLineEdit()
        self.returned_on.setObjectName("returned_on")
        self.returned_on.setPlaceholderText("dd/mm/yyyy")
        self.returned_on.setAccessibleName("Returned on")
        self.return_reason = QLineEdit()
        self.return_reason.setObjectName("return_reason")
        self.return_reason.setAccessibleName("Why the report went back")
        self.return_error = ErrorLabel("return")
        lay = QFormLayout(returns)
        lay.addRow("Returned on:", self.returned_on)
        lay.addRow("Why:", self.return_reason)
        lay.addRow(self.return_error)
        self.form.content_layout.addWidget(self.section)
        self.form.content_layout.addWidget(returns)
        self.form.content_layout.addStretch(1)
        self.form.return_button.clicked.connect(self.return_report)
        self.form.terms_button.clicked.connect(lambda: self._export(export, "terms"))
        self.form.imr_button.clicked.connect(lambda: self._export(export, "imr"))
        self.section.selected.connect(lambda _rid: self._show_returns())
        session.changed.connect(self._show_returns)
        self._show_returns()

    def _show_returns(self) -> None:
        rid = self.section.current_id()
        has = bool(rid)
        for button in (self.form.return_button, self.form.terms_button, self.form.imr_button):
            button.setEnabled(has)
        if not rid:
            self.form.status.setText("Choose an agency to return its report or send its "
                                     "letters.")
            return
        rec = self.session.review.record("agencies", rid)
        lines = [f"\u21a9 Returned {r['on']}: {r['reason']}" for r in rec["returns"]]
        self.form.status.setText("\n".join(lines) or "No return recorded for this agency.")

    def return_report(self) -> None:
        """Return the chosen agency's report, recording the date and the reason."""
        rid = self.section.current_id()
        if not rid:
            return
        on, why = self.returned_on.text(), self.return_reason.text()
        problem = self.session.apply(lambda r: r.return_report(rid, on, why))
        self.return_error.show_message(problem)
        if problem is None:
            self.returned_on.clear()
            self.return_reason.clear()
            self.section.form.set_values(self.session.review.record("agencies", rid))

    def _export(self, export: Callable[[str, str], None], what: str) -> None:
        rid = self.section.current_id()
        if rid:
            export(what, rid)
