"""What the meeting widgets share: the open meeting with its cases, and small form helpers.

:class:`MeetingContext` holds the meeting being edited and the cases on its
agenda, and tells the page what to save (``meeting_changed`` and
``case_changed``) so that every widget edits the same objects and nothing
is written outside the vault.  The helpers build agency pick lists and read
dates typed as dd/mm/yyyy.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox

from scr_desktop.domain.dates import DateFormatError, parse_uk_date
from scr_desktop.domain.meeting import AgendaItem, Meeting
from scr_desktop.domain.model import Case


class MeetingContext(QObject):
    """The meeting being edited, the cases on its agenda, and change notices."""

    meeting_changed = Signal()
    case_changed = Signal(str)  # case id
    agenda_changed = Signal()
    agencies_changed = Signal()

    def __init__(self, meeting: Meeting, cases: dict[str, Case],
                 today: Callable[[], date] = date.today, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.cases = cases
        self.today = today

    def touch(self) -> None:
        """Note that the meeting changed."""
        self.meeting_changed.emit()

    def touch_case(self, case_id: str) -> None:
        """Note that a case on the agenda changed."""
        self.case_changed.emit(case_id)

    def items(self) -> list[AgendaItem]:
        """Return the agenda items whose case is loaded."""
        return [i for i in self.meeting.items if i.case_id in self.cases]


def agency_combo(meeting: Meeting, current: str = "", *, blank: str = "") -> QComboBox:
    """Return a pick list of the meeting's agencies (with a blank first entry if ``blank``)."""
    combo = QComboBox()
    if blank:
        combo.addItem(blank, "")
    for a in meeting.agencies:
        combo.addItem(a.label, a.key)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def typed_iso(text: str) -> tuple[str, str]:
    """Return (ISO date or '', message or '') for a date typed as dd/mm/yyyy."""
    if not text.strip():
        return "", ""
    try:
        return parse_uk_date(text).isoformat(), ""
    except DateFormatError as exc:
        return "", str(exc)
