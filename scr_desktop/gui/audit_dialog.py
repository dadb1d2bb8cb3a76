"""The audit log viewer: recorded actions filtered by case, action and date, and a chain check.

:class:`AuditDialog` shows the vault's audit log in a table (model/view, over
:meth:`AuditLog.entries`), filtered by case reference (any part of it), by
action, and by a date range typed as dd/mm/yyyy in local time.  "Verify
chain" recomputes the hash chain and says either that the log is intact, with
the number of entries, or exactly which entry no longer matches the one before
it.  It shows only what the log holds: case references, action names and
field names, never case contents.  Close it when the vault locks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLineEdit, QWidget

from scr_desktop.domain.dates import DateFormatError, parse_uk_date
from scr_desktop.gui.forms.audit_dialog import Ui_AuditDialog
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.window_size import fit_to_screen
from scr_desktop.storage.audit import AuditEntry, AuditLog
from scr_desktop.storage.errors import VaultError

ALL_ACTIONS = "All actions"
HEADERS = ("No.", "When", "Action", "Case", "Detail")
_Index = QModelIndex | QPersistentModelIndex


def shown_time(at: str) -> str:
    """Return an ISO time stamp as local dd/mm/yyyy hh:mm:ss (or as stored if unreadable)."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%d/%m/%Y %H:%M:%S")
    except ValueError:
        return at


def _utc_iso(day: date, at: time) -> str | None:
    """Return the local moment ``day`` ``at`` as a UTC ISO string, the log's own format.

    None when that moment lies beyond either end of the calendar, where it
    limits nothing.
    """
    try:
        local = datetime.combine(day, at).astimezone()
        return local.astimezone(UTC).replace(microsecond=0).isoformat()
    except (OverflowError, ValueError, OSError):
        return None


class AuditModel(QAbstractTableModel):
    """A read-only table of audit entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[AuditEntry] = []

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        """Show ``entries`` (oldest first)."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry:
        """Return the entry shown in ``row``."""
        return self._entries[row]

    def row_of(self, entry_id: int) -> int | None:
        """Return the row showing entry ``entry_id``, or None if it is filtered out."""
        for row, e in enumerate(self._entries):
            if e.id == entry_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of entries shown."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text of one cell."""
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self._entries[index.row()]
        return (str(e.id), shown_time(e.at), e.action, e.case_ref, e.detail)[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the column titles."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None


class AuditDialog(QDialog):
    """Browse, filter and verify the vault's audit log."""

    def __init__(self, audit: AuditLog, parent: QWidget | None = None,
                 export: Callable[[list[AuditEntry], int | None, bool], object] | None = None,
                 anchor_problems: Callable[[], list[str]] | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_AuditDialog()
        self.form.setupUi(self)
        fit_to_screen(self, self.size())  # the form's size, as far as the screen allows
        # How the log disagrees with its anchor outside the vault (removed or rewritten entries).
        self.anchor_problems = anchor_problems
        self.audit = audit
        self.model = AuditModel(self)

        self.case_filter = self.form.case_filter
        self.action_filter = self.form.action_filter
        self.date_from = self.form.date_from
        self.date_to = self.form.date_to
        for edit in (self.case_filter, self.date_from, self.date_to):
            edit.returnPressed.connect(self.apply_filters)

        self.apply_button = self.form.apply_button
        self.apply_button.clicked.connect(self.apply_filters)
        self.clear_button = self.form.clear_button
        self.clear_button.clicked.connect(self.clear_filters)
        self.verify_button = self.form.verify_button
        self.verify_button.clicked.connect(self.verify)
        self._export = export
        self.export_button = self.form.export_audit_button
        self.export_button.setEnabled(export is not None)
        self.export_button.clicked.connect(self.export)

        self.filter_problem = self.form.filter_problem
        self.count = self.form.audit_count
        self.verify_result = self.form.verify_result

        self.table = self.form.audit_table
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.form.close_buttons.rejected.connect(self.reject)
        self._load_actions()
        self.apply_filters()

    def _load_actions(self) -> None:
        try:
            actions = sorted({e.action for e in self.audit.entries()})
        except VaultError as exc:
            Messages.error(self, "Could not read the audit log", exc.user_message)
            actions = []
        self.action_filter.clear()
        self.action_filter.addItems([ALL_ACTIONS, *actions])

    def _date(self, edit: QLineEdit, which: str) -> date | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_uk_date(text)
        except DateFormatError as exc:
            raise DateFormatError(f"The {which} date was not used: {exc}") from None

    def apply_filters(self) -> None:
        """Show the entries that match every filter filled in."""
        try:
            start = self._date(self.date_from, "from")
            end = self._date(self.date_to, "to")
        except DateFormatError as exc:
            self.filter_problem.setText(str(exc))
            return
        if start and end and start > end:
            self.filter_problem.setText("The from date is after the to date, so nothing would "
                                        "match. Swap them and apply the filters again.")
            return
        self.filter_problem.clear()
        action = self.action_filter.currentText()
        try:
            entries = self.audit.entries(
                action=None if action in ("", ALL_ACTIONS) else action,
                since=_utc_iso(start, time.min) if start else None,
                until=_utc_iso(end, time.max) if end else None,
            )
            total = len(self.audit.entries())
        except VaultError as exc:
            Messages.error(self, "Could not read the audit log", exc.user_message)
            return
        needle = self.case_filter.text().strip().casefold()
        if needle:
            entries = [e for e in entries if needle in e.case_ref.casefold()]
        self.model.set_entries(entries)
        self.count.setText(f"Showing {len(entries)} of {total} entries.")

    def export(self) -> None:
        """Check the chain, then hand the entries shown to the export (an encrypted PDF)."""
        if self._export is None:
            return
        broken = self.verify()
        entries = [self.model.entry(r) for r in range(self.model.rowCount())]
        filtered = any((self.case_filter.text().strip(), self.date_from.text().strip(),
                        self.date_to.text().strip(), self.action_filter.currentIndex() > 0))
        self._export(entries, broken, filtered)

    def clear_filters(self) -> None:
        """Empty every filter and show the whole log."""
        for edit in (self.case_filter, self.date_from, self.date_to):
            edit.clear()
        self.action_filter.setCurrentIndex(0)
        self.apply_filters()

    def verify(self) -> int | None:
        """Check the hash chain, say what was found, and return the first broken entry's id."""
        try:
            broken = self.audit.verify()
            total = len(self.audit.entries())
            problems = self.anchor_problems() if self.anchor_problems is not None else []
        except VaultError as exc:
            Messages.error(self, "Could not check the audit log", exc.user_message)
            return None
        if broken is None and problems:
            self.verify_result.setText(
                "The entries link up, but the audit log does not match this computer's own "
                "record of it: " + " ".join(problems))
        elif broken is None:
            noun = "entry" if total == 1 else "entries"
            self.verify_result.setText(f"The audit log is intact ({total} {noun})")
        else:
            self.verify_result.setText(f"The audit log has been altered: entry {broken} does not "
                                       "match the one before it." + "".join(
                                           f" {p}" for p in problems))
            row = self.model.row_of(broken)
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        self.verify_result.setAccessibleDescription(self.verify_result.text())
        return broken
