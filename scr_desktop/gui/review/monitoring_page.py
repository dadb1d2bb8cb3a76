"""Actions across every review: by owner agency, overdue first (``000`` 13; ``003`` 1.9).

The list can be narrowed to one owner agency, to chase it for its actions.

Reading the reviews runs off the UI thread, one review built at a time
(:meth:`~scr_desktop.storage.reviews.ReviewRepository.each`); a result that arrives after the
vault locked, or after a newer refresh began, is dropped.  The table is a
view of the rows read (:class:`~.monitoring_model.ActionsModel`), not an item
per cell: a few thousand actions would otherwise hold some 11 MB.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from scr_desktop.domain.review.monitoring import (
    ActionRow,
    action_rows,
    for_owner,
    owner_agencies,
)
from scr_desktop.gui.forms.review.monitoring_page import Ui_MonitoringPage
from scr_desktop.gui.review.monitoring_model import ActionsModel, cells
from scr_desktop.gui.worker import BackgroundOp
from scr_desktop.storage.reviews import ReviewRepository

NO_OWNER = "Owner not yet named"


class MonitoringPage(QWidget):
    """Every open action of every review."""

    open_case = Signal(str)  # case id
    refreshed = Signal()

    def __init__(self, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_MonitoringPage()
        self.form.setupUi(self)
        self._today = today
        self._repo: ReviewRepository | None = None
        self._generation = 0
        self.rows: list[ActionRow] = []  # the rows shown
        self._all: list[ActionRow] = []  # every row read, before the owner filter
        table = self.form.table
        self.model = ActionsModel(self)
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._activated)
        table.doubleClicked.connect(self._activated)
        self.form.include_closed.toggled.connect(lambda _on: self.refresh())
        self.owner = self.form.owner_filter
        self.owner.addItem("Every agency", None)
        self.owner.currentIndexChanged.connect(lambda _i: self._show_owner())
        self.setFocusProxy(table)

    def attach(self, repo: ReviewRepository) -> None:
        """Show the actions of an unlocked vault."""
        self._repo = repo
        self.refresh()

    def detach(self) -> None:
        """Forget everything (the vault is locking)."""
        self._repo = None
        self._generation += 1
        self.rows, self._all = [], []
        self.model.set_rows(self.rows)
        self.form.counts.clear()
        self.owner.blockSignals(True)
        while self.owner.count() > 1:
            self.owner.removeItem(1)
        self.owner.blockSignals(False)

    def refresh(self) -> None:
        """Read every review's actions, off the UI thread."""
        if self._repo is None:
            return
        repo, today = self._repo, self._today()
        include = self.form.include_closed.isChecked()
        self._generation += 1
        generation = self._generation
        self.form.counts.setText("Reading the actions\u2026")

        def done(rows: list[ActionRow]) -> None:
            if generation == self._generation and self._repo is not None:
                self._show(rows)

        def failed(_exc: BaseException) -> None:
            if generation == self._generation and self._repo is not None:
                self.form.counts.setText("\u26a0 The actions could not be read. Lock and "
                                         "unlock the vault, then try again.")

        BackgroundOp(self, f"actions {generation}",
                     lambda: action_rows(repo.each(), today, include_closed=include),
                     success=done, failure=failed).run()

    def _show(self, rows: list[ActionRow]) -> None:
        self._all = rows
        chosen = self.owner.currentData()
        self.owner.blockSignals(True)
        while self.owner.count() > 1:
            self.owner.removeItem(1)
        for agency in owner_agencies(rows):
            self.owner.addItem(agency or NO_OWNER, agency)
        self.owner.setCurrentIndex(max(self.owner.findData(chosen), 0) if chosen is not None
                                   else 0)
        self.owner.blockSignals(False)
        self._show_owner()

    def show_owner(self, agency: str | None) -> None:
        """Show only the actions of ``agency`` (None: every agency), as the list does."""
        self.owner.setCurrentIndex(max(self.owner.findData(agency), 0))

    def _show_owner(self) -> None:
        owner = self.owner.currentData()
        rows = for_owner(self._all, None if owner is None else str(owner))
        self.rows = rows
        self.model.set_rows(rows)
        overdue = sum(row.progress == "overdue" for row in rows)
        noun = "action" if len(rows) == 1 else "actions"
        whose = "" if owner is None else f" for {owner or NO_OWNER.lower()}"
        self.form.counts.setText(f"{len(rows)} {noun}{whose}, {overdue} overdue")
        self.refreshed.emit()

    def cell(self, row: int, column: int) -> str:
        """Return the text shown in one cell of the table."""
        return cells(self.rows[row])[column]

    def _activated(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self.rows):
            self.open_case.emit(self.rows[row].case_id)
