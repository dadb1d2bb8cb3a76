"""Review page: recommendations and their actions (``000`` 13, 7.7-7.8; ``003`` 1.9)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.domain.review import vocab
from scr_desktop.domain.review.records import ACTIONS
from scr_desktop.domain.review.status import action_state
from scr_desktop.gui.binding import ErrorLabel
from scr_desktop.gui.deadline_style import state_brush
from scr_desktop.gui.forms.review.actions_page import Ui_ActionsPage
from scr_desktop.gui.review.record_form import RecordForm
from scr_desktop.gui.review.record_section import (
    RecordSection,
    confirm_date_changes,
    fit_height,
)
from scr_desktop.gui.review.session import ReviewSession

COLUMNS = ("Action", "Owner agency", "Due on", "Progress")


class ActionsPage(QWidget):
    """Each recommendation with its actions and their progress."""

    def __init__(self, session: ReviewSession, export: Callable[[str, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ActionsPage()
        self.form.setupUi(self)
        self.session = session
        self.recommendations = RecordSection(session, "recommendations", ["source", "text"])
        self.recommendations.form.use_multi_choices("themes", session.themes())
        self.action_ids: list[str] = []
        box = QGroupBox("Actions of the chosen recommendation")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("actions_table")
        self.table.setAccessibleName("Actions of the chosen recommendation")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.action_form = RecordForm(ACTIONS, "action")
        self.add_action = QPushButton("Add action")
        self.add_action.setObjectName("action_add")
        self.save_action = QPushButton("Save action")
        self.save_action.setObjectName("action_save")
        self.add_action.clicked.connect(self.add)
        self.save_action.clicked.connect(self.save)
        self.error = ErrorLabel("action")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_action)
        buttons.addWidget(self.save_action)
        buttons.addStretch(1)
        lay = QVBoxLayout(box)
        lay.addWidget(self.table)
        lay.addWidget(self.action_form)
        lay.addLayout(buttons)
        lay.addWidget(self.error)
        self.form.content_layout.addWidget(self.recommendations)
        self.form.content_layout.addWidget(box)
        self.form.content_layout.addStretch(1)
        self.form.plan_button.clicked.connect(lambda: export("plan", ""))
        self.recommendations.selected.connect(lambda _rid: self.refresh())
        session.changed.connect(self.refresh)
        self.refresh()

    def _recommendation(self) -> str:
        return self.recommendations.current_id()

    def current_action(self) -> str:
        """Return the id of the chosen action ('' when none)."""
        row = self.table.currentRow()
        chosen = self.table.selectionModel().selectedRows()
        return self.action_ids[row] if chosen and 0 <= row < len(self.action_ids) else ""

    def refresh(self) -> None:
        """Show the chosen recommendation's actions."""
        keep = self.current_action()
        rid = self._recommendation()
        actions = self.session.review.record("recommendations", rid)["actions"] if rid else []
        today = self.session.today()
        self.action_ids = [a["id"] for a in actions]
        progress = vocab.choices("progress")
        self.table.blockSignals(True)
        self.table.setRowCount(len(actions))
        for row, action in enumerate(actions):
            state = action_state(action, today)
            cells = (action["action"].splitlines()[0] if action["action"] else "",
                     action["owner_agency"], action["due_on"],
                     f"{state.sign} {progress.get(action['progress'], '')}"
                     + (" \u2014 OVERDUE" if state.key == "overdue" else ""))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3 and (brush := state_brush(state.key)) is not None:
                    item.setBackground(brush)
                self.table.setItem(row, col, item)
        if keep in self.action_ids:
            self.table.selectRow(self.action_ids.index(keep))
        self.table.blockSignals(False)
        fit_height(self.table)
        has = bool(rid)
        self.add_action.setEnabled(has)
        self.save_action.setEnabled(bool(self.current_action()))

    def _chosen(self) -> None:
        rid, aid = self._recommendation(), self.current_action()
        if rid and aid:
            action = next(a for a in self.session.review.record("recommendations", rid)
                          ["actions"] if a["id"] == aid)
            self.action_form.set_values(action)
        self.save_action.setEnabled(bool(aid))

    def add(self) -> str:
        """Add the action in the fields to the chosen recommendation; return its id."""
        rid = self._recommendation()
        if not rid:
            return ""
        added: list[str] = []
        problem = self.session.apply(lambda r: added.append(
            r.add_action(rid, self.action_form.values())))
        self.error.show_message(problem)
        if added:
            self.table.selectRow(self.action_ids.index(added[0]))
            return added[0]
        return ""

    def save(self) -> bool:
        """Save the fields into the chosen action."""
        rid, aid = self._recommendation(), self.current_action()
        if not (rid and aid):
            return False
        old = next(a for a in self.session.review.record("recommendations", rid)["actions"]
                   if a["id"] == aid)
        if not confirm_date_changes(self, ACTIONS, old, self.action_form.values()):
            return False
        problem = self.session.apply(lambda r: r.update_action(rid, aid,
                                                               self.action_form.values()))
        self.error.show_message(problem)
        return problem is None
