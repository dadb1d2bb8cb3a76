"""Wizard page: the sub-group's recommendation and the chair's decision (section 5 of the form).

Options come from the case's framework file.  A decision that departs from a
``must`` or ``should always`` result is flagged (a sign and words) and needs
a rationale; recording the decision date starts the decision deadlines.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.domain.assessment import assess_case
from scr_desktop.domain.dates import iso_to_uk
from scr_desktop.domain.decisions import check_decision, typed_date_to_iso
from scr_desktop.domain.framework import load_framework
from scr_desktop.domain.model import Case, Decision
from scr_desktop.gui.binding import ErrorLabel
from scr_desktop.gui.messages import Messages


def _labelled(form: QFormLayout, text: str, widget: QWidget, error: ErrorLabel) -> None:
    label = QLabel(text)
    label.setBuddy(widget)
    label.setMinimumWidth(200)
    holder = QWidget()
    lay = QVBoxLayout(holder)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(widget)
    lay.addWidget(error)
    form.addRow(label, holder)
    widget.setAccessibleName(text.replace("&", "").rstrip(":"))


SUB_GROUP_TITLES = ("5. Decisions of the sub-group and the chair", "Sub-group recommendation",
                    "Chair's decision")
RAPID_REVIEW_TITLES = ("5. Decision after the rapid review", "Recommendation of the rapid review",
                       "The safeguarding partners' decision")


class DecisionPage(QWidget):
    """Recommendation and decision, bound to ``case.decision``."""

    changed = Signal()

    def __init__(self, case: Case, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_decision")
        self.case = case
        self._today = today
        self._loading = True
        title = QLabel()
        title.setProperty("role", "pagetitle")
        self.title = title
        self.errors: dict[str, ErrorLabel] = {}

        self.recommendation = QComboBox()
        self.recommendation.setObjectName("recommendation")
        self.recommendation_notes = QPlainTextEdit()
        self.recommendation_notes.setObjectName("recommendation_notes")
        self.recommendation_notes.setTabChangesFocus(True)
        self.recommendation_notes.setFixedHeight(80)
        self.formal_processes = QLineEdit()
        self.formal_processes.setObjectName("formal_processes")
        self.decided = QComboBox()
        self.decided.setObjectName("decided")
        self.decision_date = QLineEdit()
        self.decision_date.setObjectName("decision_date")
        self.decision_date.setPlaceholderText("dd/mm/yyyy")
        self.decision_date.setMaximumWidth(160)
        self.decided_by = QLineEdit()
        self.decided_by.setObjectName("decided_by")
        self.rationale = QPlainTextEdit()
        self.rationale.setObjectName("rationale")
        self.rationale.setTabChangesFocus(True)
        self.rationale.setMinimumHeight(120)
        self.departure = QLabel()
        self.departure.setObjectName("departure_warning")
        self.departure.setProperty("role", "error")
        self.departure.setWordWrap(True)
        self.departure.hide()

        sub = QGroupBox()
        self.recommendation_box = sub
        f1 = QFormLayout(sub)
        for key, text, w in (
            ("recommendation", "&Recommendation:", self.recommendation),
            ("recommendation_notes", "No&tes and actions needed:", self.recommendation_notes),
            ("formal_processes", "&Formal processes required:", self.formal_processes),
        ):
            self.errors[key] = ErrorLabel(key)
            _labelled(f1, text, w, self.errors[key])
        chair = QGroupBox()
        self.decision_box = chair
        f2 = QFormLayout(chair)
        for key, text, w in (
            ("decided", "&Decision:", self.decided),
            ("decision_date", "Date &of decision:", self.decision_date),
            ("decided_by", "Decided b&y:", self.decided_by),
            ("rationale", "R&ationale:", self.rationale),
        ):
            self.errors[key] = ErrorLabel(key)
            _labelled(f2, text, w, self.errors[key])

        body = QWidget()
        body_lay = QVBoxLayout(body)
        body_lay.addWidget(sub)
        body_lay.addWidget(self.departure)
        body_lay.addWidget(chair)
        body_lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tab stop with no name; Tab scrolls it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(scroll, 1)
        self.setFocusProxy(self.recommendation)

        self.reload_options()
        self._load()
        for signal in (self.recommendation.currentIndexChanged, self.decided.currentIndexChanged,
                       self.recommendation_notes.textChanged, self.formal_processes.textChanged,
                       self.decision_date.textChanged, self.decided_by.textChanged,
                       self.rationale.textChanged):
            signal.connect(self._edited)
        self.decision_date.editingFinished.connect(self._date_finished)
        self._loading = False
        self.refresh()

    def reload_options(self) -> None:
        """Fill the option lists from the case's framework, and name who decides under it."""
        from scr_desktop.gui.rapid_review.page import has_rapid_review

        options = load_framework(self.case.framework).decisions
        # Under the CSPR route the safeguarding partners decide after the rapid review.
        rapid = has_rapid_review(self.case.framework)
        page, recommendation, decision = RAPID_REVIEW_TITLES if rapid else SUB_GROUP_TITLES
        self.title.setText(page)
        self.recommendation_box.setTitle(recommendation)
        self.decision_box.setTitle(decision)
        for combo in (self.recommendation, self.decided):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("Not yet recorded", "")
            for o in options:
                combo.addItem(o.label, o.id)
            combo.blockSignals(False)

    def reload(self) -> None:
        """Show the decision as the case now holds it (another step may have revised it)."""
        self._loading = True
        self._load()
        self._loading = False
        self.refresh()

    def _load(self) -> None:
        d = self.case.decision
        self.recommendation.setCurrentIndex(max(self.recommendation.findData(d.recommendation), 0))
        self.decided.setCurrentIndex(max(self.decided.findData(d.decided), 0))
        self.recommendation_notes.setPlainText(d.recommendation_notes)
        self.formal_processes.setText(d.formal_processes)
        self.decision_date.setText(iso_to_uk(d.decision_date))
        self._committed_date = d.decision_date  # the date as recorded before any editing
        self.decided_by.setText(d.decided_by)
        self.rationale.setPlainText(d.rationale)

    def _edited(self) -> None:
        if self._loading:
            return
        iso, _error = typed_date_to_iso(self.decision_date.text())
        recorded = self._committed_date
        if recorded and iso != recorded:
            # A recorded decision date is a statutory record: it stays until the typing
            # is finished and the change confirmed (see _date_finished).
            iso = recorded
        self.case.record_decision(Decision(
            recommendation=str(self.recommendation.currentData() or ""),
            recommendation_notes=self.recommendation_notes.toPlainText(),
            formal_processes=self.formal_processes.text(),
            decided=str(self.decided.currentData() or ""),
            decision_date=iso or "",
            decided_by=self.decided_by.text(),
            rationale=self.rationale.toPlainText()))
        self.refresh()
        self.changed.emit()

    def _date_finished(self) -> None:
        """Ask before the recorded decision date is replaced or cleared; restore it if not."""
        recorded = self._committed_date
        iso, error = typed_date_to_iso(self.decision_date.text())
        if self._loading or error:
            return
        if not recorded or iso == recorded:
            self._committed_date = self.case.decision.decision_date  # a first entry: kept
            return
        change = (f"Change it to {iso_to_uk(iso)}?" if iso else
                  "Clear it, so the decision has no date?")
        if Messages.confirm(
                self, "Change a recorded date?",
                f"The decision is recorded as made on {iso_to_uk(recorded)}. {change} The "
                "deadlines that count from it move, and the change is recorded in the audit "
                "log.", yes="&Change it", destructive=True):
            d = self.case.decision
            self.case.record_decision(Decision(
                recommendation=d.recommendation, recommendation_notes=d.recommendation_notes,
                formal_processes=d.formal_processes, decided=d.decided, decision_date=iso or "",
                decided_by=d.decided_by, rationale=d.rationale))
            self._committed_date = self.case.decision.decision_date
            self.refresh()
            self.changed.emit()
        else:
            self._loading = True
            self.decision_date.setText(iso_to_uk(recorded))
            self._loading = False
            self.refresh()

    def refresh(self) -> None:
        """Re-check the decision and show its problems and any departure warning."""
        try:
            assessment = assess_case(self.case)
        except ValueError:
            return
        check = check_decision(self.case, assessment, self._today())
        problems = dict(check.problems)
        _iso, typed_error = typed_date_to_iso(self.decision_date.text())
        if typed_error:
            problems["decision_date"] = typed_error
        for key, label in self.errors.items():
            label.show_message(problems.get(key))
        self.departure.setText(f"\u26a0 {check.warning}" if check.departs else "")
        self.departure.setVisible(check.departs)
