"""The agencies asked about each case: the board's own list, each with the core group it counts as.

Boards differ: several health trusts, a youth offending service, a local
housing association.  The list starts from the standard one (children's
social care, each health trust, police, education, probation, housing,
others); agencies can be added, each saying which core group of 8.13 it
counts towards, if any, and removed once nobody has made a return for it.
A new meeting starts from the list of the latest meeting; the board's
first meeting adds the partner agencies named in the board's settings.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QGroupBox, QWidget

from scr_desktop.domain.meeting import CORE_GROUPS, Agency, Meeting
from scr_desktop.gui.forms.meeting.agencies_editor import Ui_AgenciesEditor
from scr_desktop.gui.meeting.common import MeetingContext


def agency_key(label: str, taken: set[str]) -> str:
    """Return a key for a new agency made from its label, unlike any key in ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_") or "agency"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


def add_partner_agencies(meeting: Meeting) -> None:
    """Add the board's partner agencies (its settings) that ``meeting`` does not list yet."""
    from scr_desktop.gui import settings

    for label in settings.partner_agencies():
        if all(a.label.casefold() != label.casefold() for a in meeting.agencies):
            meeting.agencies.append(
                Agency(agency_key(label, {a.key for a in meeting.agencies}), label))


class AgenciesEditor(QGroupBox):
    """Add and remove the agencies of one meeting."""

    def __init__(self, ctx: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_AgenciesEditor()
        self.form.setupUi(self)
        self.ctx = ctx
        self.list = self.form.agencies_list
        self.label = self.form.new_agency_label
        self.group = self.form.new_agency_group
        self.group.addItem("None of them", "")
        for key, text in CORE_GROUPS.items():
            self.group.addItem(text, key)
        self.add_button = self.form.add_agency
        self.remove_button = self.form.remove_agency
        self.error = self.form.agencies__error
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.label.returnPressed.connect(self.add)
        self.refresh()

    def refresh(self) -> None:
        """Show the meeting's agencies."""
        self.list.clear()
        for a in self.ctx.meeting.agencies:
            group = CORE_GROUPS.get(a.group)
            self.list.addItem(f"{a.label} (counts as {group})" if group and group != a.label
                              else a.label)

    def add(self) -> None:
        """Add the agency typed in the field."""
        label = " ".join(self.label.text().split())
        agencies = self.ctx.meeting.agencies
        if not label:
            self.error.show_message("Type the agency's name, then add it.")
            return
        if any(a.label.casefold() == label.casefold() for a in agencies):
            self.error.show_message(f"{label} is already on the list.")
            return
        key = agency_key(label, {a.key for a in agencies})
        agencies.append(Agency(key, label, str(self.group.currentData())))
        self.error.show_message(None)
        self.label.clear()
        self._changed()

    def remove_selected(self) -> None:
        """Remove the selected agency, unless a return has been recorded for it."""
        row = self.list.currentRow()
        agencies = self.ctx.meeting.agencies
        if not 0 <= row < len(agencies):
            return
        agency = agencies[row]
        used = any(agency.key in i.checks and (i.checks[agency.key].returned
                                               or i.checks[agency.key].summary
                                               or i.checks[agency.key].chronology)
                   for i in self.ctx.meeting.items)
        used = used or any(p.agency == agency.key for p in self.ctx.meeting.attendance)
        if used:
            self.error.show_message(
                f"{agency.label} cannot be removed: a return or an attendance is recorded "
                "for it. Clear those first if it was added by mistake.")
            return
        del agencies[row]
        for item in self.ctx.meeting.items:
            item.checks.pop(agency.key, None)
        self.error.show_message(None)
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.ctx.agencies_changed.emit()
        self.ctx.touch()
