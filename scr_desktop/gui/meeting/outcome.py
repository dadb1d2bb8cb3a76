"""Recording the outcome for each case: recommendation, decision, actions and declarations.

The sub-group's recommendation and the chair's decision with its rationale
are recorded with the same page the case wizard uses
(:class:`~scr_desktop.gui.wizard.decision_page.DecisionPage`), so the same
checks apply (a decision departing from a *must* result needs a rationale).
Every change is applied to the case with
:func:`~scr_desktop.domain.meeting.apply_outcome`, which marks the sub-group
and decision deadlines met and starts the decision deadlines.  Actions
(owner agency, due date) and declarations of interest belong to the
meeting's agenda item.  At a rapid review meeting the case's agency
summaries are shown above the decision, and the outcome also brings the
meeting's date, attendance and agency returns onto the case's rapid review
(:func:`~scr_desktop.domain.rapid_review_meeting.apply_rapid_review_outcome`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem, QWidget

from scr_desktop.domain import rapid_review_meeting as rrm
from scr_desktop.domain.assessment import AssessmentInputError, assess_case
from scr_desktop.domain.dates import iso_to_uk
from scr_desktop.domain.meeting import Action, AgendaItem, Declaration, apply_outcome
from scr_desktop.gui.forms.meeting.outcome import Ui_OutcomeEditor
from scr_desktop.gui.meeting.common import MeetingContext, agency_combo, typed_iso
from scr_desktop.gui.wizard.decision_page import DecisionPage


class OutcomeEditor(QWidget):
    """The outcome of one case on the agenda."""

    def __init__(self, ctx: MeetingContext, item: AgendaItem,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item = item
        self.case = ctx.cases[item.case_id]
        # Made before the form so that Tab reaches the decision before the tables below it.
        self.decision = DecisionPage(self.case, today=ctx.today)
        self.decision.setParent(self)
        self.form = Ui_OutcomeEditor()
        self.form.setupUi(self)
        self.setObjectName(f"outcome_{item.case_id}")
        self.form.decision_slot_layout.addWidget(self.decision)
        self.decision.changed.connect(self._decision_changed)
        self.result = self.form.outcome_result
        self.summaries = self.form.rapid_review_summaries
        self.summaries.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.form.rapid_review_box.setVisible(rrm.is_rapid_review(ctx.meeting))
        self.show_result()
        self.show_summaries()

        self.actions_table = self.form.actions_table
        header = self.actions_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.actions_error = self.form.actions__error
        self.add_action = self.form.add_action
        self.declarations = self.form.declarations_table
        self.declarations.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.add_declaration = self.form.add_declaration

        self.add_action.clicked.connect(lambda: self.add(Action()))
        self.add_declaration.clicked.connect(lambda: self.declare(Declaration()))
        self.actions_table.itemChanged.connect(self._action_edited)
        self.declarations.itemChanged.connect(self._declaration_edited)
        for action in item.actions:
            self._action_row(action)
        for declaration in item.declarations:
            self._declaration_row(declaration)

    def show_result(self) -> None:
        """Show what the flowchart says for this case, next to the decision."""
        try:
            label = assess_case(self.case).level_label
        except AssessmentInputError:
            label = "cannot be worked out from the answers held"
        self.result.setText(f"Flowchart result for {self.case.reference}: {label}")

    def show_summaries(self) -> None:
        """Show the case's agency summaries (at a rapid review meeting)."""
        if not rrm.is_rapid_review(self.ctx.meeting):
            return
        rows = rrm.agency_summaries(self.case, self.ctx.meeting)
        self.summaries.setRowCount(len(rows))
        for r, row in enumerate(rows):
            received = iso_to_uk(row.received_on) if row.received_on else "not yet received"
            for c, text in enumerate((row.agency, received, row.summary, row.source)):
                self.summaries.setItem(r, c, QTableWidgetItem(text))
        self.summaries.resizeRowsToContents()

    def _decision_changed(self) -> None:
        if rrm.is_rapid_review(self.ctx.meeting):
            rrm.apply_rapid_review_outcome(self.case, self.ctx.meeting)
        else:
            apply_outcome(self.case, self.ctx.meeting)
        self.item.discussed = True
        self.ctx.touch_case(self.case.id)
        self.ctx.touch()

    # -- actions -----------------------------------------------------------------------
    def add(self, action: Action) -> None:
        """Add an action agreed for this case."""
        self.item.actions.append(action)
        self._action_row(action)
        self.actions_table.setCurrentCell(self.actions_table.rowCount() - 1, 0)
        self.ctx.touch()

    def _action_row(self, action: Action) -> None:
        row = self.actions_table.rowCount()
        self.actions_table.blockSignals(True)
        self.actions_table.insertRow(row)
        self.actions_table.setItem(row, 0, QTableWidgetItem(action.text))
        self.actions_table.setItem(row, 2, QTableWidgetItem(iso_to_uk(action.due) if action.due
                                                      else ""))
        self.actions_table.blockSignals(False)
        owner = agency_combo(self.ctx.meeting, action.owner, blank="Choose the owner")
        owner.setAccessibleName(f"Owner of action {row + 1}")
        owner.currentIndexChanged.connect(lambda _i, c=owner: self._owner(c))
        self.actions_table.setCellWidget(row, 1, owner)

    def set_owner(self, row: int, agency: str) -> None:
        """Choose the owner agency of action ``row`` through its pick list."""
        combo = self.actions_table.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(agency))

    def _owner(self, combo: QComboBox) -> None:
        for row in range(self.actions_table.rowCount()):
            if self.actions_table.cellWidget(row, 1) is combo:
                self.item.actions[row].owner = str(combo.currentData())
                self.ctx.touch()

    def _action_edited(self, cell: QTableWidgetItem) -> None:
        action = self.item.actions[cell.row()]
        if cell.column() == 0:
            action.text = cell.text()
        elif cell.column() == 2:
            iso, error = typed_iso(cell.text())
            self.actions_error.show_message(f"Action {cell.row() + 1}: {error}" if error
                                            else None)
            if error:
                return
            action.due = iso
        self.ctx.touch()

    # -- declarations ------------------------------------------------------------------
    def declare(self, declaration: Declaration) -> None:
        """Add a declaration of interest for this case."""
        self.item.declarations.append(declaration)
        self._declaration_row(declaration)
        self.declarations.setCurrentCell(self.declarations.rowCount() - 1, 0)
        self.ctx.touch()

    def _declaration_row(self, declaration: Declaration) -> None:
        row = self.declarations.rowCount()
        self.declarations.blockSignals(True)
        self.declarations.insertRow(row)
        self.declarations.setItem(row, 0, QTableWidgetItem(declaration.name))
        self.declarations.setItem(row, 2, QTableWidgetItem(declaration.interest))
        self.declarations.blockSignals(False)
        agency = agency_combo(self.ctx.meeting, declaration.agency, blank="Choose the agency")
        agency.setAccessibleName(f"Agency of declaration {row + 1}")
        agency.currentIndexChanged.connect(lambda _i, c=agency: self._declared_agency(c))
        self.declarations.setCellWidget(row, 1, agency)

    def _declared_agency(self, combo: QComboBox) -> None:
        for row in range(self.declarations.rowCount()):
            if self.declarations.cellWidget(row, 1) is combo:
                self.item.declarations[row].agency = str(combo.currentData())
                self.ctx.touch()

    def _declaration_edited(self, cell: QTableWidgetItem) -> None:
        declaration = self.item.declarations[cell.row()]
        if cell.column() == 0:
            declaration.name = cell.text()
        elif cell.column() == 2:
            declaration.interest = cell.text()
        self.ctx.touch()
