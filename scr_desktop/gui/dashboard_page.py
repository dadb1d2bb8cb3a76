"""The deadlines dashboard: every case's open deadlines, soonest first, overdue ones marked.

It reads the vault's deadlines table (kept up to date by every save) a page
at a time through :class:`~.deadline_model.DeadlineModel`, so showing it
costs one indexed page and one count, however many cases there are.  The
filters (overdue only, a case reference, a kind of deadline) are applied in
SQL to the page and the counts alike.  Shown again with nothing written to
the vault since (the connection's count of changed rows is the same), on the
same day and with the same filters, it shows what it holds without reading
anything.  Opening a row opens its case at the deadline that was opened.
While the table is recomputed for new rules, the progress is shown above it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from scr_desktop.gui.deadline_model import DeadlineModel
from scr_desktop.gui.forms.dashboard_page import Ui_DashboardPage
from scr_desktop.gui.table_columns import ColumnShares, EmptyMessage
from scr_desktop.storage.deadlines import DeadlineFilter, DeadlineRow, DeadlineTable
from scr_desktop.storage.errors import VaultError

# What a refresh read from: the table, the day, met ones included, the filter, the changes.
Read = tuple[DeadlineTable, date, bool, DeadlineFilter, int]


class DashboardPage(QWidget):
    """Deadlines across all cases."""

    open_case = Signal(str)  # case id
    open_deadline = Signal(str, str)  # case id, deadline key
    refreshed = Signal()

    def __init__(self, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.form = Ui_DashboardPage()
        self.form.setupUi(self)
        self._today = today
        self._table: DeadlineTable | None = None
        self._read: Read | None = None  # what the rows and counts shown were read from
        self._kinds: list[tuple[str, str]] | None = None  # the kinds listed in the filter
        self.show_done = self.form.show_done
        self.show_done.toggled.connect(lambda _on: self.refresh())
        self.overdue_only = self.form.overdue_only
        self.overdue_only.toggled.connect(lambda _on: self.refresh())
        self.case_filter = self.form.case_filter
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(200)
        self._typing.timeout.connect(self.refresh)
        self.case_filter.textChanged.connect(lambda _t: self._typing.start())
        self.kind_filter = self.form.kind_filter
        self.kind_filter.addItem("Every kind", "")
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.counts = self.form.dashboard_counts
        self.progress = self.form.dashboard_progress
        self.model = DeadlineModel()
        self.table = self.form.dashboard_table
        self.table.setModel(self.model)
        # Child, Deadline, State and Source share what Due and Case leave
        ColumnShares(self.table, fixed=(0, 1), shares={2: 3, 3: 3, 4: 3, 5: 2}).apply()
        self.empty = EmptyMessage(self.table, self._empty_text)
        self.table.activated.connect(lambda index: self._activated(index.row()))
        self.table.doubleClicked.connect(lambda index: self._activated(index.row()))
        self.setFocusProxy(self.table)

    @property
    def rows(self) -> list[DeadlineRow]:
        """The deadlines fetched so far, in the order shown (read again where not kept)."""
        return self.model.rows

    def attach(self, table: DeadlineTable) -> None:
        """Show the deadlines of an unlocked vault (read again only if anything changed)."""
        self._table = table
        self.refresh()

    def detach(self) -> None:
        """Forget everything (the vault is locking)."""
        self._table = None
        self._read = self._kinds = None
        self.model.load(None, self._today(), include_done=False)
        self.counts.clear()
        self.progress.hide()

    def refresh(self) -> None:
        """Show the first page of deadlines as they stand today, and their counts.

        Nothing is read when the rows shown were read from the same table, day and
        filters and nothing has been written to the vault since.
        """
        if self._table is None:
            return
        try:
            table, today, changes = self._table, self._today(), self._table.changes()
            include_done = self.show_done.isChecked()
            if (table, today, include_done, self.match(), changes) != self._read:
                self._read = None
                self._fill_kinds()  # may go back to every kind, if the one chosen is gone
                match = self.match()
                self.model.load(table, today, include_done=include_done, match=match)
                self._read = (table, today, include_done, match, changes)
        except VaultError as exc:
            self._read = None
            self.model.load(None, self._today(), include_done=False)
            self.counts.setText(f"\u26a0 The deadlines could not be read. {exc.user_message}")
            return
        n, overdue = self.model.counts.listed, self.model.counts.overdue
        self.counts.setText(f"{n} deadline{'' if n == 1 else 's'}, {overdue} overdue")
        self.refreshed.emit()

    def _empty_text(self) -> str:
        if self._table is None:
            return ""
        if self.case_filter.text().strip() or self.kind_filter.currentData():
            return "No deadline matches the case or kind chosen."
        if self.overdue_only.isChecked():
            return "Nothing is overdue."
        return "No deadlines to show: a case has deadlines once its decision is recorded."

    def match(self) -> DeadlineFilter:
        """Return the filter the controls set."""
        return DeadlineFilter(overdue_only=self.overdue_only.isChecked(),
                              case_ref=self.case_filter.text(),
                              key=str(self.kind_filter.currentData() or ""))

    def _fill_kinds(self) -> None:
        """List the kinds of deadline the vault holds, keeping the one chosen."""
        assert self._table is not None
        kinds = self._table.kinds()
        if kinds == self._kinds:
            return
        self._kinds = kinds
        chosen = str(self.kind_filter.currentData() or "")
        self.kind_filter.blockSignals(True)
        try:
            self.kind_filter.clear()
            self.kind_filter.addItem("Every kind", "")
            for key, label in kinds:
                self.kind_filter.addItem(label, key)
            self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(chosen), 0))
        finally:
            self.kind_filter.blockSignals(False)

    def show_progress(self, done: int, total: int) -> None:
        """Say how far the recomputation of every case's deadlines for new rules has got."""
        if done >= total:
            self.progress.hide()
            self.refresh()
            return
        self.progress.setText(f"Updating the deadlines for this version's rules: {done} of "
                              f"{total} cases done. Deadlines may change when it finishes.")
        self.progress.show()

    def _activated(self, row: int) -> None:
        found = self.model.row(row)
        if found is not None:
            self.open_case.emit(found.case_id)
            self.open_deadline.emit(found.case_id, found.deadline.key)
