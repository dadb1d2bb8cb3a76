"""The audit log viewer: recorded actions filtered by case, action and date, and a chain check.

:class:`AuditDialog` shows the vault's audit log in a table, filtered by case
reference (any part of it), by action, and by a date range typed as
dd/mm/yyyy in local time.  The table's model pages over the log
(:meth:`AuditLog.page`, ``fetchMore`` as the view scrolls) and the filters
and counts are SQL, so a long log is never read whole to be shown.  "Verify
chain" recomputes the hash chain and says either that the log is intact, with
the number of entries, or exactly which entry no longer matches the one before
it.  It shows only what the log holds: case references, action names and
field names, never case contents.  Close it when the vault locks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLineEdit, QWidget

from scr_desktop.domain.audit_words import readable_detail
from scr_desktop.domain.dates import DateFormatError, parse_uk_date
from scr_desktop.gui.forms.audit_dialog import Ui_AuditDialog
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.window_size import fit_to_screen
from scr_desktop.storage.audit import AuditEntry, AuditFilter, AuditLog
from scr_desktop.storage.errors import VaultError

ALL_ACTIONS = "All actions"
HEADERS = ("No.", "When", "Action", "Case", "Detail")
PAGE = 100
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
    """A read-only table of the entries matching a filter, fetched a page at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._audit: AuditLog | None = None
        self._match = AuditFilter()
        self._entries: list[AuditEntry] = []
        self._total = 0  # entries matching, counted in SQL

    def load(self, audit: AuditLog, match: AuditFilter) -> None:
        """Show the first page of the entries of ``audit`` matching ``match`` (oldest first)."""
        total = audit.count(match)
        first = audit.page(match, limit=PAGE)
        self.beginResetModel()
        self._audit, self._match, self._total, self._entries = audit, match, total, first
        self.endResetModel()

    @property
    def audit_filter(self) -> AuditFilter:
        """Return the filter the entries shown match."""
        return self._match

    def total(self) -> int:
        """Return how many entries match the filter (fetched or not)."""
        return self._total

    def entry(self, row: int) -> AuditEntry:
        """Return the entry shown in ``row``."""
        return self._entries[row]

    def row_of(self, entry_id: int) -> int | None:
        """Return the row of entry ``entry_id`` (fetching up to it), or None if filtered out."""
        if self._audit is None:
            return None
        row = self._audit.position(self._match, entry_id)
        if row is None:
            return None
        while row >= len(self._entries) and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return row if row < len(self._entries) else None

    def canFetchMore(self, parent: _Index) -> bool:
        """Return True while matching entries remain unfetched."""
        return not parent.isValid() and len(self._entries) < self._total

    def fetchMore(self, parent: _Index) -> None:
        """Fetch the next page, paging on from the last entry's id."""
        if parent.isValid() or self._audit is None or not self._entries:
            return
        more = self._audit.page(self._match, after_id=self._entries[-1].id, limit=PAGE)
        if not more:
            self._total = len(self._entries)
            return
        start = len(self._entries)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._entries += more
        self.endInsertRows()

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
        return (str(e.id), shown_time(e.at), e.action, e.case_ref,
                readable_detail(e.detail))[index.column()]

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
        self.check_file_button = self.form.check_file_button
        self.check_file_button.clicked.connect(self.check_file)
        self._checking = False
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

    def _filter(self) -> AuditFilter:
        """Return the filter as typed; raise DateFormatError on an unusable date."""
        start = self._date(self.date_from, "from")
        end = self._date(self.date_to, "to")
        if start and end and start > end:
            raise DateFormatError("The from date is after the to date, so nothing would "
                                  "match. Swap them and apply the filters again.")
        action = self.action_filter.currentText()
        return AuditFilter(
            case_contains=self.case_filter.text().strip(),
            action=None if action in ("", ALL_ACTIONS) else action,
            since=_utc_iso(start, time.min) if start else None,
            until=_utc_iso(end, time.max) if end else None,
        )

    def _load_actions(self) -> None:
        try:
            actions = self.audit.actions()
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
            match = self._filter()
        except DateFormatError as exc:
            self.filter_problem.setText(str(exc))
            return
        self.filter_problem.clear()
        try:
            self.model.load(self.audit, match)
            total = self.audit.count()
        except VaultError as exc:
            Messages.error(self, "Could not read the audit log", exc.user_message)
            return
        self.count.setText(f"Showing {self.model.total()} of {total} entries.")

    def export(self) -> None:
        """Check the chain, then hand the entries shown to the export (an encrypted PDF)."""
        if self._export is None:
            return
        broken = self.verify()
        m = self.model.audit_filter
        try:
            entries = self.audit.entries(case_contains=m.case_contains, action=m.action,
                                         since=m.since, until=m.until)
        except VaultError as exc:
            Messages.error(self, "Could not read the audit log", exc.user_message)
            return
        filtered = any((self.case_filter.text().strip(), self.date_from.text().strip(),
                        self.date_to.text().strip(), self.action_filter.currentIndex() > 0))
        self._export(entries, broken, filtered)

    def clear_filters(self) -> None:
        """Empty every filter and show the whole log."""
        for edit in (self.case_filter, self.date_from, self.date_to):
            edit.clear()
        self.action_filter.setCurrentIndex(0)
        self.apply_filters()

    def check_file(self) -> None:
        """Check the log against the anchor an exported PDF, Office file or package carries."""
        if self._checking:
            return
        chosen = Messages.open_file(self, "Choose an exported file", "",
                                    "Exports (*.pdf *.docx *.xlsx *.scrcase);;All files (*)")
        if not chosen:
            return
        password = Messages.ask_password(self, "The file's password",
                                         "The password the file was protected with:")
        if not password:
            return
        from pathlib import Path

        from scr_desktop.export.carried import NoAnchor, check_against, file_anchor
        from scr_desktop.gui.worker import BackgroundOp

        name = Path(chosen).name
        self._checking = True
        self.verify_result.setText(f"Checking the log against {name}\u2026")

        def done(problems: list[str]) -> None:
            self._checking = False
            if problems:
                text = f"\u26a0 The audit log does not match {name}: " + " ".join(problems)
            else:
                text = (f"\u2713 The audit log still holds the entry {name} recorded when it "
                        "was made.")
            self._say(text)

        def failed(exc: BaseException) -> None:
            self._checking = False
            if isinstance(exc, NoAnchor):
                self._say(f"{name} could not be checked: {exc}.")
            elif isinstance(exc, OSError):
                self._say(f"{name} could not be read from the disk.")
            elif isinstance(exc, VaultError):
                self._say(exc.user_message)
            else:
                self._say(f"{name} could not be checked.")

        BackgroundOp(self, "check export",
                     lambda: check_against(self.audit, file_anchor(Path(chosen), password)),
                     success=done, failure=failed).run()

    def _say(self, text: str) -> None:
        if shiboken6.isValid(self):
            self.verify_result.setText(text)
            self.verify_result.setAccessibleDescription(text)

    def verify(self) -> int | None:
        """Check the hash chain, say what was found, and return the first broken entry's id."""
        try:
            broken = self.audit.verify()
            total = self.audit.count()
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
