"""The deadlines dashboard: every case's open deadlines, soonest first, overdue ones marked.

It reads the vault's deadlines table (kept up to date by every save) a page
at a time through :class:`~.deadline_model.DeadlineModel`, so showing it
costs one indexed page and one count, however many cases there are.  The
filters (overdue only, a case reference, a kind of deadline) are applied in
SQL to the page and the counts alike.  Opening a row opens its case at the
deadline that was opened.  While the table is recomputed for new rules, the
progress is shown above it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from scr_desktop.gui.deadline_model import COLUMNS, DeadlineModel
from scr_desktop.gui.forms.dashboard_page import Ui_DashboardPage
from scr_desktop.storage.deadlines import DeadlineFilter, DeadlineRow, DeadlineTable
from scr_desktop.storage.errors import VaultError


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
        header = self.table.horizontalHeader()
        for c in range(len(COLUMNS)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self._activated(index.row()))
        self.table.doubleClicked.connect(lambda index: self._activated(index.row()))
        self.setFocusProxy(self.table)

    @property
    def rows(self) -> list[DeadlineRow]:
        """The deadlines fetched so far, in the order shown."""
        return self.model.rows

    def attach(self, table: DeadlineTable) -> None:
        """Show the deadlines of an unlocked vault."""
        self._table = table
        self.refresh()

    def detach(self) -> None:
        """Forget everything (the vault is locking)."""
        self._table = None
        self.model.load(None, self._today(), include_done=False)
        self.counts.clear()
        self.progress.hide()

    def refresh(self) -> None:
        """Show the first page of deadlines as they stand today, and their counts."""
        if self._table is None:
            return
        try:
            self._fill_kinds()
            self.model.load(self._table, self._today(), include_done=self.show_done.isChecked(),
                            match=self.match())
        except VaultError as exc:
            self.model.load(None, self._today(), include_done=False)
            self.counts.setText(f"\u26a0 The deadlines could not be read. {exc.user_message}")
            return
        n, overdue = self.model.counts.listed, self.model.counts.overdue
        self.counts.setText(f"{n} deadline{'' if n == 1 else 's'}, {overdue} overdue")
        self.refreshed.emit()

    def match(self) -> DeadlineFilter:
        """Return the filter the controls set."""
        return DeadlineFilter(overdue_only=self.overdue_only.isChecked(),
                              case_ref=self.case_filter.text(),
                              key=str(self.kind_filter.currentData() or ""))

    def _fill_kinds(self) -> None:
        """List the kinds of deadline the vault holds, keeping the one chosen."""
        assert self._table is not None
        kinds = self._table.kinds()
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
        if 0 <= row < len(self.rows):
            self.open_case.emit(self.rows[row].case_id)
            self.open_deadline.emit(self.rows[row].case_id, self.rows[row].deadline.key)
