"""Editors for one review record, laid out from its fields (:mod:`...records`).

Each field gets the editor its kind needs (a line, a text box, a choice, a
tick box), a label that is its buddy, an accessible name and, where the
guidance is cited, a tooltip naming the paragraph.  An agency field offers
the board's partner agencies (its settings) as the user types, and still
takes any other name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from scr_desktop.domain.guidance import cite_guidance
from scr_desktop.domain.review.records import BOOL, CHOICE, DATE, LONG, RecordKind, Value
from scr_desktop.gui.review.mnemonics import give_mnemonics

AGENCY_FIELDS = frozenset(("agency", "owner_agency"))


def offer_partner_agencies(line: QLineEdit) -> None:
    """Let ``line`` complete the board's partner agencies (case-insensitively, any part)."""
    from scr_desktop.gui import settings

    names = settings.partner_agencies()
    if not names:
        return
    completer = QCompleter(names, line)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    line.setCompleter(completer)


class RecordForm(QWidget):
    """The fields of one record of ``kind``."""

    edited = Signal(str)  # the field key, on every change made by the user or in code

    def __init__(self, kind: RecordKind, prefix: str, fields: Sequence[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.editors: dict[str, QWidget] = {}
        self._typed = False
        # labels and check boxes, then the buttons that act on the form: each is given an
        # Alt+letter free in the window when the form is first shown (see mnemonics)
        self.labels: list[QLabel | QAbstractButton] = []
        self.buttons: list[QAbstractButton] = []
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in kind.fields:
            if fields is not None and spec.key not in fields:
                continue
            editor: QWidget
            if spec.kind == BOOL:
                editor = QCheckBox(spec.label)
            elif spec.kind == LONG:
                box = QPlainTextEdit()
                box.setTabChangesFocus(True)
                box.setFixedHeight(54)
                editor = box
            elif spec.kind == CHOICE:
                combo = QComboBox()
                for value, text in (spec.choices() if spec.choices else {}).items():
                    combo.addItem(text, value)
                editor = combo
            else:
                line = QLineEdit()
                if spec.kind == DATE:
                    line.setPlaceholderText("dd/mm/yyyy")
                    line.setMaximumWidth(140)
                elif spec.key in AGENCY_FIELDS:
                    offer_partner_agencies(line)
                editor = line
            editor.setObjectName(f"{prefix}_{spec.key}")
            editor.setAccessibleName(spec.label)
            if spec.help:
                editor.setToolTip(cite_guidance(spec.help))
                editor.setAccessibleDescription(cite_guidance(spec.help))
            self.editors[spec.key] = editor
            self._watch(spec.key, editor)
            if spec.kind == BOOL:
                layout.addRow("", editor)
                if isinstance(editor, QCheckBox):
                    self.labels.append(editor)
            else:
                label = QLabel(f"{spec.label}:")
                label.setBuddy(editor)
                layout.addRow(label, editor)
                self.labels.append(label)

    def showEvent(self, event: QShowEvent) -> None:
        """Give the labels and buttons of every form shown with this one their Alt+letters,
        free in this window: the buttons first, as there may not be letters for all."""
        super().showEvent(event)
        window = self.window()
        forms = [f for f in window.findChildren(RecordForm) if f.isVisibleTo(window)]
        give_mnemonics([*(b for f in forms for b in f.buttons),
                        *(label for f in forms for label in f.labels)])

    def holds_input(self) -> bool:
        """Return True if a field was changed since the form was last filled or emptied
        (what is typed into a record not yet added or saved lives only here)."""
        return self._typed

    def _watch(self, key: str, editor: QWidget) -> None:
        def emit(*_args: object) -> None:
            if not self.signalsBlocked():
                self._typed = True
            self.edited.emit(key)
        if isinstance(editor, QCheckBox):
            editor.toggled.connect(emit)
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(emit)
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(emit)
        elif isinstance(editor, QLineEdit):
            editor.textChanged.connect(emit)
        elif isinstance(editor, QListWidget):
            editor.itemChanged.connect(emit)

    def values(self) -> dict[str, Value]:
        """Return what the editors hold, by field."""
        out: dict[str, Value] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                out[key] = editor.isChecked()
            elif isinstance(editor, QPlainTextEdit):
                out[key] = editor.toPlainText()
            elif isinstance(editor, QComboBox):
                out[key] = str(editor.currentData() or "")
            elif isinstance(editor, QLineEdit):
                out[key] = editor.text()
            elif isinstance(editor, QListWidget):
                out[key] = ",".join(_ticked(editor))
        return out

    def set_values(self, record: Mapping[str, Any]) -> None:
        """Show ``record`` in the editors (without announcing edits)."""
        self.blockSignals(True)
        try:
            self._set(record)
        finally:
            self.blockSignals(False)
        self._typed = False

    def _set(self, record: Mapping[str, Any]) -> None:
        for key, editor in self.editors.items():
            value = record.get(key, "")
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(str(value))
            elif isinstance(editor, QComboBox):
                index = editor.findData(str(value))
                editor.setCurrentIndex(max(index, 0))
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value))
            elif isinstance(editor, QListWidget):
                chosen = str(value).split(",")
                for i in range(editor.count()):
                    item = editor.item(i)
                    item.setCheckState(Qt.CheckState.Checked
                                       if item.data(Qt.ItemDataRole.UserRole) in chosen
                                       else Qt.CheckState.Unchecked)

    def clear(self) -> None:
        """Empty every editor."""
        self.set_values(self.kind.empty())

    def use_choices(self, key: str, choices: Mapping[str, str]) -> QComboBox:
        """Offer ``choices`` (value -> label) for text field ``key`` instead of free typing.

        Used where the values are known only at run time (the people of a
        genogram); called again, it refreshes the list and keeps the choice.
        """
        old = self.editors[key]
        if isinstance(old, QComboBox):
            combo = old
            kept = str(combo.currentData() or "")
            combo.blockSignals(True)
            combo.clear()
        else:
            combo = QComboBox()
            combo.setObjectName(old.objectName())
            combo.setAccessibleName(old.accessibleName())
            combo.setToolTip(old.toolTip())
            combo.setAccessibleDescription(old.accessibleDescription())
            layout = self.layout()
            assert isinstance(layout, QFormLayout)
            label = layout.labelForField(old)
            layout.replaceWidget(old, combo)
            if isinstance(label, QLabel):
                label.setBuddy(combo)
            old.deleteLater()
            self.editors[key] = combo
            self._watch(key, combo)
            kept = old.text() if isinstance(old, QLineEdit) else ""
            combo.blockSignals(True)
        for value, text in choices.items():
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(kept), 0))
        combo.blockSignals(False)
        return combo

    def use_multi_choices(self, key: str, choices: Mapping[str, str]) -> QListWidget:
        """Offer ``choices`` as a list of tick boxes for text field ``key``, stored as the
        ticked values joined by commas; called again, it refreshes the list and keeps the
        ticks."""
        old = self.editors[key]
        if isinstance(old, QListWidget):
            box = old
            kept = _ticked(box)
            box.blockSignals(True)
            box.clear()
        else:
            box = QListWidget()
            box.setObjectName(old.objectName())
            box.setAccessibleName(old.accessibleName())
            box.setToolTip(old.toolTip())
            box.setAccessibleDescription(old.accessibleDescription())
            box.setMaximumHeight(130)
            layout = self.layout()
            assert isinstance(layout, QFormLayout)
            label = layout.labelForField(old)
            layout.replaceWidget(old, box)
            if isinstance(label, QLabel):
                label.setBuddy(box)
            old.deleteLater()
            self.editors[key] = box
            self._watch(key, box)
            kept = [v for v in (old.text() if isinstance(old, QLineEdit) else "").split(",") if v]
            box.blockSignals(True)
        for value, text in choices.items():
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in kept
                               else Qt.CheckState.Unchecked)
            box.addItem(item)
        box.blockSignals(False)
        return box

    def editor(self, key: str) -> QWidget:
        """Return the editor of field ``key``."""
        return self.editors[key]


def _ticked(box: QListWidget) -> list[str]:
    """Return the values of the ticked items of ``box``, in order."""
    return [str(box.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(box.count())
            if box.item(i).checkState() == Qt.CheckState.Checked]
