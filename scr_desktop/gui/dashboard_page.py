"""The deadlines dashboard: every case's open deadlines, soonest first, overdue ones marked.

Reading and assessing every case runs off the UI thread; a result that
arrives after the vault has locked, or after a newer refresh began, is
dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from scr_desktop.domain.dashboard import DashboardRow, dashboard_rows
from scr_desktop.domain.dates import format_uk_date
from scr_desktop.gui.deadline_style import state_brush, state_text
from scr_desktop.gui.forms.dashboard_page import Ui_DashboardPage
from scr_desktop.gui.worker import BackgroundOp
from scr_desktop.storage.repository import CaseRepository


class DashboardPage(QWidget):
    """Deadlines across all cases."""

    open_case = Signal(str)  # case id
    refreshed = Signal()

    def __init__(self, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.form = Ui_DashboardPage()
        self.form.setupUi(self)
        self._today = today
        self._repo: CaseRepository | None = None
        self._generation = 0
        self.rows: list[DashboardRow] = []
        self.show_done = self.form.show_done
        self.show_done.toggled.connect(lambda _on: self.refresh())
        self.counts = self.form.dashboard_counts
        self.table = self.form.dashboard_table
        header = self.table.horizontalHeader()
        for c in range(self.table.columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.cellActivated.connect(self._activated)
        self.table.cellDoubleClicked.connect(self._activated)
        self.setFocusProxy(self.table)

    def attach(self, repo: CaseRepository) -> None:
        """Show the deadlines of an unlocked vault."""
        self._repo = repo
        self.refresh()

    def detach(self) -> None:
        """Forget everything (the vault is locking)."""
        self._repo = None
        self._generation += 1
        self.rows = []
        self.table.setRowCount(0)
        self.counts.clear()

    def refresh(self) -> None:
        """Recompute every case's deadlines, off the UI thread."""
        if self._repo is None:
            return
        repo = self._repo
        self._generation += 1
        generation = self._generation
        today, include_done = self._today(), self.show_done.isChecked()
        self.counts.setText("Working out the deadlines\u2026")

        def work() -> list[DashboardRow]:
            cases = (repo.get(s.id) for s in repo.list(limit=None))
            return dashboard_rows(cases, today, include_done=include_done)

        def done(rows: list[DashboardRow]) -> None:
            if generation == self._generation and self._repo is not None:
                self._show(rows)

        def failed(exc: BaseException) -> None:
            if generation == self._generation and self._repo is not None:
                self.counts.setText("\u26a0 The deadlines could not be read. Lock and unlock "
                                    "the vault, then try again.")

        # Each refresh has its own name: a newer one supersedes, rather than waits for, the last.
        BackgroundOp(self, f"deadlines {generation}", work, success=done, failure=failed).run()

    def _show(self, rows: list[DashboardRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(self.rows))
        overdue = 0
        for r, row in enumerate(self.rows):
            s = row.deadline
            overdue += s.state == "overdue"
            cells = (format_uk_date(s.due), row.reference, row.child_name or "\u2014", s.label,
                     state_text(s.state, s.text), s.source)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.case_id)
                brush = state_brush(s.state)
                if brush is not None and c == 4:
                    item.setBackground(brush)
                self.table.setItem(r, c, item)
        self.counts.setText(f"{len(self.rows)} deadlines, {overdue} overdue")
        self.refreshed.emit()

    def _activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_case.emit(self.rows[row].case_id)
