"""Attendance: who came for which agency, deputies, apologies and written reports.

Members unable to attend nominate a deputy or, at the chair's discretion,
send a written report (3.11 of the notification process).  After every
change the core-agency check runs: if children's social care, health,
education or the police has nobody present, a warning with a sign and words
says which and what to do (8.13 of Working Together 2010); at a rapid
review meeting the check is that each of the three safeguarding partners is
represented.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem, QWidget

from scr_desktop.domain.meeting import ATTENDANCE, Attendance
from scr_desktop.domain.rapid_review_meeting import attendance_warning
from scr_desktop.gui.forms.meeting.attendance import Ui_AttendanceEditor
from scr_desktop.gui.meeting.common import MeetingContext, agency_combo

NAME, ROLE, DEPUTY_FOR = 1, 2, 4


class AttendanceEditor(QWidget):
    """The attendance list of a meeting, with the core-agency check."""

    def __init__(self, ctx: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_AttendanceEditor()
        self.form.setupUi(self)
        self.ctx = ctx
        self.table = self.form.attendance_table
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = self.form.add_attendee
        self.from_invited = self.form.copy_invited
        self.remove_button = self.form.remove_attendee
        self.warning = self.form.core_agency_warning
        self.add_button.clicked.connect(lambda: self.add(Attendance()))
        self.from_invited.clicked.connect(self.copy_invited)
        self.remove_button.clicked.connect(self._remove)
        self.table.itemChanged.connect(self._edited)
        ctx.agencies_changed.connect(self.rebuild)
        self.rebuild()
        ctx.agenda_changed.connect(self.check)  # the cases' guidance decides the citation

    def rebuild(self) -> None:
        """Lay out every row again (after the list of agencies changes)."""
        self.table.setRowCount(0)
        for person in self.ctx.meeting.attendance:
            self._row(person)
        self.check()

    def add(self, person: Attendance) -> None:
        """Add a person to the attendance list."""
        self.ctx.meeting.attendance.append(person)
        self._row(person)
        self.table.setCurrentCell(self.table.rowCount() - 1, NAME)
        self._changed()

    def copy_invited(self) -> None:
        """Add every invited member not yet on the list, as attending."""
        present = {(p.name, p.agency) for p in self.ctx.meeting.attendance}
        for person in self.ctx.meeting.invited:
            if (person.name, person.agency) not in present:
                self.add(Attendance(person.agency, person.name, person.role))

    def _row(self, person: Attendance) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for col, text in ((NAME, person.name), (ROLE, person.role),
                          (DEPUTY_FOR, person.deputy_for)):
            self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.blockSignals(False)
        agency = agency_combo(self.ctx.meeting, person.agency, blank="Choose the agency")
        agency.setAccessibleName(f"Agency of person {row + 1}")
        agency.currentIndexChanged.connect(lambda _i, c=agency: self._combo(c, "agency"))
        status = QComboBox()
        for key, text in ATTENDANCE.items():
            status.addItem(text, key)
        status.setCurrentIndex(max(status.findData(person.status), 0))
        status.setAccessibleName(f"Attendance of person {row + 1}")
        status.currentIndexChanged.connect(lambda _i, c=status: self._combo(c, "status"))
        self.table.setCellWidget(row, 0, agency)
        self.table.setCellWidget(row, 3, status)

    def set_row(self, row: int, *, agency: str | None = None, status: str | None = None) -> None:
        """Choose the agency or attendance of a row through its pick lists, as a user would."""
        for col, value in ((0, agency), (3, status)):
            if value is not None:
                combo = self.table.cellWidget(row, col)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(combo.findData(value))

    def _combo(self, combo: QComboBox, attr: str) -> None:
        for row in range(self.table.rowCount()):
            if combo in (self.table.cellWidget(row, 0), self.table.cellWidget(row, 3)):
                setattr(self.ctx.meeting.attendance[row], attr, str(combo.currentData()))
                self._changed()
                return

    def _edited(self, cell: QTableWidgetItem) -> None:
        person = self.ctx.meeting.attendance[cell.row()]
        attr = {NAME: "name", ROLE: "role", DEPUTY_FOR: "deputy_for"}.get(cell.column())
        if attr:
            setattr(person, attr, cell.text())
            self._changed()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.ctx.meeting.attendance):
            del self.ctx.meeting.attendance[row]
            self.table.removeRow(row)
            self._changed()

    def _changed(self) -> None:
        self.check()
        self.ctx.touch()

    def check(self) -> str:
        """Run the core-agency check and show its warning; return the warning ('' if none)."""
        warning = attendance_warning(self.ctx.meeting,
                                     (c.framework for c in self.ctx.cases.values()))
        self.warning.setText(f"\u26a0 {warning}" if warning else "")
        self.warning.setAccessibleName(f"Warning: {warning}" if warning else "")
        self.warning.setVisible(bool(warning))
        return warning
