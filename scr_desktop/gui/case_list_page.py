"""The case list: every referral, a search box, and the trash."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from scr_desktop.gui.case_list_model import CaseListModel
from scr_desktop.gui.forms.case_list_page import Ui_CaseListPage
from scr_desktop.gui.table_columns import ColumnShares
from scr_desktop.storage.repository import CaseRepository


class CaseListPage(QWidget):
    """Cases (or the trash) in a table, with search and the actions on them."""

    open_case = Signal(str)  # case id
    new_case = Signal()
    delete_case = Signal(str)
    restore_case = Signal(str)
    empty_trash = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.form = Ui_CaseListPage()
        self.form.setupUi(self)
        self.model: CaseListModel | None = None
        self.trash = False
        self.today: Callable[[], date] = date.today  # the day deadline states are shown for
        self.title = self.form.list_title
        self.search = self.form.search
        self.count = self.form.case_count
        self.table = self.form.case_table
        # Newest change first until a column header is clicked.
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        # Child, Framework, Next deadline and Referring agency share what the rest leave
        self.columns = ColumnShares(self.table, fixed=(0, 2, 3, 4),
                                    shares={1: 3, 5: 2, 6: 3, 7: 2})
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.table.activated.connect(lambda _i: self._open())

        self.new_button = self.form.new_button
        self.open_button = self.form.open_button
        self.delete_button = self.form.delete_button
        self.restore_button = self.form.restore_button
        self.empty_button = self.form.empty_trash_button
        self.new_button.clicked.connect(self.new_case)
        self.open_button.clicked.connect(self._open)
        self.delete_button.clicked.connect(lambda: self._with_selected(self.delete_case))
        self.restore_button.clicked.connect(lambda: self._with_selected(self.restore_case))
        self.empty_button.clicked.connect(self.empty_trash)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.setFocusProxy(self.search)
        self._apply_mode()

    def warm_up(self) -> None:
        """Prepare what measuring the first page's cells needs (while the vault is locked)."""
        self.columns.warm_up("SCR-2026-0123 Referred - awaiting decision 31/12/2026 23:59 \u2014")

    def attach(self, repo: CaseRepository) -> None:
        """Show the cases of an unlocked vault."""
        header = self.table.horizontalHeader()
        # The search and order shown are applied as the model reads its first page, once.
        self.model = CaseListModel(repo, trash=self.trash, today=self.today,
                                   search=self.search.text(),
                                   sort=(header.sortIndicatorSection(),
                                         header.sortIndicatorOrder()))
        self.table.setModel(self.model)
        # Fitted to the first page as the list is shown, then kept (and the user may drag
        # them): columns sized to their contents would measure every cell again after each
        # search or sort, which cost more than reading the page.
        self.columns.apply()
        self._show_count()

    def detach(self) -> None:
        """Drop every row (the vault is locking)."""
        self.search.clear()
        if self.model is not None:
            self.model.clear()
            self.table.setModel(None)
            self.model.deleteLater()
            self.model = None
        self.count.clear()

    def set_trash(self, trash: bool, repo: CaseRepository | None) -> None:
        """Switch between the referrals and the trash.

        Shown again in the same mode over the same vault, the list keeps its model
        and its columns (as the user sized them) and re-reads its first page only."""
        same = (self.model is not None and trash == self.trash
                and repo is not None and self.model.showing(repo))
        self.trash = trash
        self._apply_mode()
        if same:
            self.refresh()
        elif repo is not None:
            self.attach(repo)

    def _apply_mode(self) -> None:
        self.title.setText("Deleted cases" if self.trash else "Referrals")
        self.new_button.setVisible(not self.trash)
        self.open_button.setVisible(not self.trash)
        self.delete_button.setVisible(not self.trash)
        self.restore_button.setVisible(self.trash)
        self.empty_button.setVisible(self.trash)

    def refresh(self) -> None:
        """Re-read the list (after a change)."""
        self._search()

    def _search(self) -> None:
        if self.model is None:
            return
        changed = self.model.set_search(self.search.text())
        # The same rows as shown: the count stands and the case selected among them stays.
        if changed or not self.table.selectionModel().hasSelection():
            self._show_count()

    def _show_count(self) -> None:
        """Say how many cases match, and select the first."""
        if self.model is None:
            return
        n = self.model.total()
        noun = "deleted case" if self.trash else "case"
        if self.model.capped():
            self.count.setText(f"More than {n - 1:,} {noun}s match")  # counted to one past
        else:
            self.count.setText(f"{n} {noun}{'' if n == 1 else 's'}")
        if n:
            self.table.selectRow(0)

    def selected_id(self) -> str | None:
        """Return the id of the selected case, if any."""
        if self.model is None:
            return None
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return str(self.model.data(rows[0], Qt.ItemDataRole.UserRole))

    def _with_selected(self, signal: SignalInstance) -> None:
        case_id = self.selected_id()
        if case_id:
            signal.emit(case_id)

    def _open(self) -> None:
        if not self.trash:
            self._with_selected(self.open_case)
