"""Agency checks before the meeting: is the family known, what was the involvement, and when.

For each case on the agenda, every agency in the meeting's list reports
whether the child and family are known to it, a summary of its involvement
and a skeleton chronology of date, event and source (3.7 of the
notification process; Case Review Notification Form A).  The overview
table shows at a glance which agencies have made no return, with a sign and
words as well as colour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from scr_desktop.domain.dates import iso_to_uk
from scr_desktop.domain.meeting import (
    KNOWN,
    AgencyCheck,
    AgendaItem,
    ChronologyRow,
    missing_returns,
)
from scr_desktop.gui.forms.meeting.agency_checks import Ui_AgencyChecks
from scr_desktop.gui.meeting.common import MeetingContext, typed_iso

MISSING_FILL = "#fff4ce"


def return_text(check: AgencyCheck) -> str:
    """Return an agency's answer as the overview shows it (a sign and words when missing)."""
    text = KNOWN.get(check.known, check.known)
    return text if check.returned else f"\u26a0 {text}"


class AgencyChecks(QWidget):
    """Every agency's return for each case on the agenda."""

    def __init__(self, ctx: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_AgencyChecks()
        self.form.setupUi(self)
        self.ctx = ctx
        self._loading = False
        self.case_combo = self.form.checks_case
        self.missing = self.form.missing_returns
        self.overview = self.form.checks_overview
        self.overview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.editor = self.form.check_editor
        self.known = self.form.check_known
        for key, label in KNOWN.items():
            self.known.addItem(label, key)
        self.summary = self.form.check_summary
        self.chronology = self.form.check_chronology
        header = self.chronology.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 200)
        self.chronology_error = self.form.check_chronology__error
        self.add_row = self.form.add_chronology
        self.remove_row = self.form.remove_chronology

        self.case_combo.currentIndexChanged.connect(self._case_chosen)
        self.overview.currentCellChanged.connect(lambda r, _c, _pr, _pc: self._agency_chosen(r))
        self.known.currentIndexChanged.connect(self._edited)
        self.summary.textChanged.connect(self._edited)
        self.chronology.itemChanged.connect(self._chronology_edited)
        self.add_row.clicked.connect(self.add_chronology_row)
        self.remove_row.clicked.connect(self._remove_chronology_row)
        ctx.agencies_changed.connect(self.reload)
        self.reload()

    # -- choosing ----------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the agenda (after cases are added or removed)."""
        current = self.case_combo.currentData()
        self.case_combo.blockSignals(True)
        self.case_combo.clear()
        for item in self.ctx.meeting.items:
            self.case_combo.addItem(item.reference, item.case_id)
        self.case_combo.setCurrentIndex(max(self.case_combo.findData(current), 0))
        self.case_combo.blockSignals(False)
        self._case_chosen()

    def item(self) -> AgendaItem | None:
        """Return the agenda item being edited."""
        case_id = self.case_combo.currentData()
        return None if case_id is None else self.ctx.meeting.item(str(case_id))

    def agency_key(self) -> str:
        """Return the key of the agency being edited ('' if none)."""
        row = self.overview.currentRow()
        agencies = self.ctx.meeting.agencies
        return agencies[row].key if 0 <= row < len(agencies) else ""

    def choose(self, case_id: str, agency: str) -> None:
        """Show the return of ``agency`` for ``case_id``."""
        self.case_combo.setCurrentIndex(self.case_combo.findData(case_id))
        keys = [a.key for a in self.ctx.meeting.agencies]
        self.overview.setCurrentCell(keys.index(agency), 0)

    def _case_chosen(self) -> None:
        self._fill_overview()
        self.editor.setEnabled(self.item() is not None)
        if self.item() is not None:
            self.overview.setCurrentCell(max(self.overview.currentRow(), 0), 0)
            self._agency_chosen(self.overview.currentRow())

    def _fill_overview(self) -> None:
        item = self.item()
        agencies = self.ctx.meeting.agencies
        self.overview.setRowCount(len(agencies) if item else 0)
        if item is None:
            self.missing.setText("Add cases to the agenda first (Plan tab).")
            return
        for row, agency in enumerate(agencies):
            check = item.check(agency.key)
            n = len(check.chronology)
            cells = (agency.label, return_text(check),
                     f"{n} entr{'y' if n == 1 else 'ies'}" if n else "None")
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if not check.returned:
                    cell.setBackground(QBrush(QColor(MISSING_FILL)))
                    cell.setForeground(QBrush(QColor("#1a1a1a")))
                self.overview.setItem(row, col, cell)
        missing = missing_returns(self.ctx.meeting, item)
        if missing:
            self.missing.setText(
                f"\u26a0 {len(missing)} of {len(agencies)} agencies have not yet said whether "
                "they know the child and family: " + ", ".join(a.label for a in missing)
                + ". Chase them before the meeting (3.7), or record their answer here.")
        else:
            self.missing.setText("\u2714 Every agency has made a return for this case.")
        self.missing.setAccessibleName(self.missing.text())

    def _agency_chosen(self, row: int) -> None:
        item, key = self.item(), self.agency_key()
        if item is None or not key:
            return
        check = item.check(key)
        self._loading = True
        self.editor.setTitle(f"Return from {self.ctx.meeting.agency_label(key)}")
        self.known.setCurrentIndex(max(self.known.findData(check.known), 0))
        self.summary.setPlainText(check.summary)
        self.chronology.setRowCount(0)
        for entry in check.chronology:
            self._append_row(entry)
        self.chronology_error.show_message(None)
        self._loading = False

    # -- editing -----------------------------------------------------------------------
    def _current(self) -> AgencyCheck | None:
        item, key = self.item(), self.agency_key()
        return None if item is None or not key else item.check(key)

    def _edited(self) -> None:
        check = self._current()
        if self._loading or check is None:
            return
        check.known = str(self.known.currentData())
        check.summary = self.summary.toPlainText()
        self._refresh_row()
        self.ctx.touch()

    def _refresh_row(self) -> None:
        row, check = self.overview.currentRow(), self._current()
        if check is None:
            return
        self._loading = True
        self._fill_overview()
        self.overview.setCurrentCell(row, 0)
        self._loading = False

    def _append_row(self, entry: ChronologyRow) -> None:
        row = self.chronology.rowCount()
        self.chronology.blockSignals(True)
        self.chronology.insertRow(row)
        for col, text in enumerate((iso_to_uk(entry.date) if entry.date else "", entry.event,
                                    entry.source)):
            self.chronology.setItem(row, col, QTableWidgetItem(text))
        self.chronology.blockSignals(False)

    def add_chronology_row(self, entry: ChronologyRow | None = None) -> None:
        """Add a chronology entry for the selected agency and start editing its date."""
        check = self._current()
        if check is None:
            return
        entry = entry if isinstance(entry, ChronologyRow) else ChronologyRow()
        check.chronology.append(entry)
        self._append_row(entry)
        row = self.chronology.rowCount() - 1
        self.chronology.setCurrentCell(row, 0)
        self.chronology.setFocus(Qt.FocusReason.OtherFocusReason)
        self._refresh_row()
        self.ctx.touch()

    def _chronology_edited(self, cell: QTableWidgetItem) -> None:
        check = self._current()
        if self._loading or check is None or cell.row() >= len(check.chronology):
            return
        entry = check.chronology[cell.row()]
        if cell.column() == 0:
            iso, error = typed_iso(cell.text())
            self.chronology_error.show_message(
                f"Row {cell.row() + 1}: {error}" if error else None)
            if error:
                return
            entry.date = iso
        elif cell.column() == 1:
            entry.event = cell.text()
        else:
            entry.source = cell.text()
        self.ctx.touch()

    def _remove_chronology_row(self) -> None:
        check, row = self._current(), self.chronology.currentRow()
        if check is None or not 0 <= row < len(check.chronology):
            return
        del check.chronology[row]
        self.chronology.removeRow(row)
        self._refresh_row()
        self.ctx.touch()
