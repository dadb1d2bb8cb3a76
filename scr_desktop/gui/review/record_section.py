"""A list of review records on a page: a table, the selected record's fields, and buttons.

Choosing a row shows it in the fields below; *Add as new* adds what the
fields hold, *Save changes* changes the chosen row, *Remove* removes it
after a confirmation.  A refusal by the review's rules is shown under the
buttons with a sign and words, and what was typed stays in the fields.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Signal
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

from scr_desktop.domain.review.records import BOOL, CHOICE, DATE, LISTS, RecordKind
from scr_desktop.domain.review.status import State
from scr_desktop.gui.binding import ErrorLabel
from scr_desktop.gui.deadline_style import state_brush
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.review.record_form import RecordForm
from scr_desktop.gui.review.session import ReviewSession

StateOf = Callable[[dict[str, Any]], State]


class RecordSection(QGroupBox):
    """The records of one kind, editable."""

    selected = Signal(str)  # record id, or "" when none

    def __init__(self, session: ReviewSession, kind: str, columns: Sequence[str], *,
                 state: StateOf | None = None, state_title: str = "State",
                 title: str | None = None, shown: Mapping[str, Callable[[str], str]] | None = None,
                 parent: QWidget | None = None) -> None:
        spec = LISTS[kind]
        self._shown = dict(shown or {})  # column -> how its stored value is shown
        super().__init__(title or spec.title, parent)
        self.setObjectName(f"{kind}_section")
        self.session = session
        self.kind = kind
        self.columns = list(columns)
        self._state = state
        self.ids: list[str] = []
        headers = [spec.by_key[c].label for c in self.columns]
        if state is not None:
            headers.append(state_title)
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName(f"{kind}_table")
        self.table.setAccessibleName(f"{spec.title}: one row each")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.form = RecordForm(spec, kind)
        self.add_button = QPushButton("Add as new")
        self.save_button = QPushButton("Save changes")
        self.remove_button = QPushButton("Remove")
        for name, button in (("add", self.add_button), ("save", self.save_button),
                             ("remove", self.remove_button)):
            button.setObjectName(f"{kind}_{name}")
            button.setAccessibleName(f"{button.text()} ({spec.title.lower()})")
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.error = ErrorLabel(kind)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(self.form)
        lay.addLayout(buttons)
        lay.addWidget(self.error)
        session.changed.connect(self.refresh)
        self.refresh()

    # -- showing ----------------------------------------------------------------
    def refresh(self) -> None:
        """Show the records as the review holds them, keeping the chosen row."""
        chosen = self.current_id()
        records = self.session.review.records(self.kind)
        spec = LISTS[self.kind]
        self.ids = [str(r["id"]) for r in records]
        self.table.blockSignals(True)
        self.table.setRowCount(len(records))
        for row, rec in enumerate(records):
            for col, key in enumerate(self.columns):
                field = spec.by_key[key]
                value = rec.get(key, "")
                if key in self._shown:
                    text = self._shown[key](str(value))
                elif field.kind == BOOL:
                    text = "\u2713 Yes" if value else "\u2014 No"
                elif field.kind == CHOICE and field.choices is not None:
                    text = field.choices().get(str(value), str(value))
                else:
                    text = str(value).splitlines()[0] if str(value) else ""
                self.table.setItem(row, col, QTableWidgetItem(text))
            if self._state is not None:
                state = self._state(rec)
                item = QTableWidgetItem(state.shown)
                brush = state_brush(state.key)
                if brush is not None:
                    item.setBackground(brush)
                self.table.setItem(row, len(self.columns), item)
        if chosen in self.ids:
            self.table.selectRow(self.ids.index(chosen))
        self.table.blockSignals(False)
        fit_height(self.table)
        self._update_buttons()

    def current_id(self) -> str:
        """Return the id of the chosen record ('' when none)."""
        row = self.table.currentRow()
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not 0 <= row < len(self.ids):
            return ""
        return self.ids[row]

    def choose(self, rid: str) -> None:
        """Choose the record ``rid``."""
        if rid in self.ids:
            self.table.selectRow(self.ids.index(rid))

    def _chosen(self) -> None:
        rid = self.current_id()
        if rid:
            self.form.set_values(self.session.review.record(self.kind, rid))
        self.error.show_message(None)
        self._update_buttons()
        self.selected.emit(rid)

    def _update_buttons(self) -> None:
        has = bool(self.current_id())
        self.save_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    # -- changing ---------------------------------------------------------------
    def add(self) -> str:
        """Add what the fields hold as a new record; return its id ('' if refused)."""
        added: list[str] = []
        problem = self.session.apply(lambda r: added.append(r.add(self.kind,
                                                                    self.form.values())))
        self.error.show_message(problem)
        if problem is None and added:
            self.choose(added[0])
            return added[0]
        return ""

    def save(self) -> bool:
        """Save the fields into the chosen record; return False if refused.

        A date already recorded changes only after the user confirms it (the
        change is audited by the vault).
        """
        rid = self.current_id()
        if not rid:
            return False
        values = self.form.values()
        if not confirm_date_changes(self, LISTS[self.kind], self.session.review.record(
                self.kind, rid), values):
            return False
        problem = self.session.apply(lambda r: r.update(self.kind, rid, self.form.values()))
        self.error.show_message(problem)
        return problem is None

    def remove(self) -> None:
        """Remove the chosen record after asking."""
        rid = self.current_id()
        if not rid or not Messages.confirm(
                self, "Remove this entry?", "Remove the chosen entry from the review? The "
                "change is recorded in the audit log.", yes="&Remove", destructive=True):
            return
        self.session.apply(lambda r: r.remove(self.kind, rid))
        self.form.clear()


def confirm_date_changes(parent: QWidget, kind: RecordKind, old: dict[str, Any],
                         new: dict[str, Any]) -> bool:
    """Ask before a recorded date changes; return True to go ahead (or if none changes)."""
    changed = [(f.label, str(old[f.key]).strip(), str(new.get(f.key, "")).strip())
               for f in kind.fields if f.kind == DATE and str(old.get(f.key, "")).strip()
               and str(new.get(f.key, "")).strip() != str(old[f.key]).strip()]
    return ask_date_changes(parent, changed)


def ask_date_changes(parent: QWidget, changed: list[tuple[str, str, str]]) -> bool:
    """Ask whether to change recorded dates, showing each (label, old, new); True to go on."""
    if not changed:
        return True
    lines = "\n".join(f"{label}: {was} \u2192 {now or 'no date'}" for label, was, now in changed)
    return Messages.confirm(
        parent, "Change a recorded date?",
        f"You are changing a date already recorded:\n{lines}\nChange it? The change is "
        "recorded in the audit log.", yes="&Change it")


def fit_height(table: QTableWidget, *, least: int = 2, most: int = 6) -> None:
    """Size ``table`` to its rows (between ``least`` and ``most`` rows; it scrolls beyond)."""
    rows = min(max(table.rowCount(), least), most)
    row_height = table.verticalHeader().defaultSectionSize()
    frame = 2 * table.frameWidth()
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows * row_height
                         + frame + 2)
