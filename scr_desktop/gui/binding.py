"""Widgets bound to form fields by name, built from the form schema.

:func:`make_editor` returns the right editor for a :class:`FieldSpec`; every
editor has ``value()``, ``set_value()`` and a ``changed`` signal, carries its
field name as ``objectName`` and has an accessible name and description.
Wizard pages are laid out from :mod:`scr_desktop.domain.form`, so a field
added to the schema appears in the wizard without new GUI code.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.domain.form import FieldSpec, FieldValue, Kind
from scr_desktop.gui.placeholder_width import fit_placeholder

_PLACEHOLDERS = {
    Kind.DATE: "dd/mm/yyyy",
    Kind.AGE: "years",
    Kind.PHONE: "e.g. 020 7946 0000",
    Kind.EMAIL: "name@agency.gcsx.gov.uk",
}


class FieldEditor(QWidget):
    """Base for every bound editor."""

    changed = Signal(str)  # the field name

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(spec.name)
        self._loading = False

    def value(self) -> FieldValue:
        """Return the value shown."""
        raise NotImplementedError

    def set_value(self, value: FieldValue) -> None:
        """Show ``value`` without reporting a change."""
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def _show(self, value: FieldValue) -> None:
        raise NotImplementedError

    def _emit(self, *_: Any) -> None:
        if not self._loading:
            self.changed.emit(self.spec.name)

    def focus_target(self) -> QWidget:
        """Return the widget that should take the keyboard focus and be a label's buddy."""
        return self

    def _describe(self, w: QWidget) -> None:
        w.setAccessibleName(self.spec.label)
        desc = self.spec.help
        if self.spec.required:
            desc = f"Required. {desc}".strip()
        w.setAccessibleDescription(desc)
        if self.spec.help:
            w.setToolTip(self.spec.help)


class LineEditor(FieldEditor):
    """One line of text, a date, an age, a phone number or an e-mail."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"{spec.name}__edit")
        self.edit.setPlaceholderText(_PLACEHOLDERS.get(spec.kind, ""))
        if spec.kind is Kind.DATE:
            self.edit.setMaxLength(10)
            self.edit.setMaximumWidth(160)
        elif spec.kind is Kind.AGE:
            self.edit.setMaxLength(2)
            self.edit.setMaximumWidth(80)
        self._describe(self.edit)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit)
        if spec.kind in (Kind.DATE, Kind.AGE):
            lay.addStretch(1)
        self.edit.textChanged.connect(self._emit)
        self.setFocusProxy(self.edit)

    def value(self) -> FieldValue:
        """Return the text as typed."""
        return self.edit.text()

    def _show(self, value: FieldValue) -> None:
        self.edit.setText(str(value))

    def focus_target(self) -> QWidget:
        """Return the line edit."""
        return self.edit


class TextEditor(FieldEditor):
    """Free text over several lines."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName(f"{spec.name}__edit")
        self.edit.setTabChangesFocus(True)
        tall = spec.name in ("case_outline",)
        if tall:
            self.edit.setMinimumHeight(200)
        else:
            self.edit.setFixedHeight(84)
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._describe(self.edit)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit)
        self.edit.textChanged.connect(self._emit)
        self.setFocusProxy(self.edit)

    def value(self) -> FieldValue:
        """Return the text."""
        return self.edit.toPlainText()

    def _show(self, value: FieldValue) -> None:
        self.edit.setPlainText(str(value))

    def focus_target(self) -> QWidget:
        """Return the text edit."""
        return self.edit


class TickEditor(FieldEditor):
    """A tick box; its label is its own text."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.box = QCheckBox(spec.label, self)
        self.box.setObjectName(f"{spec.name}__box")
        self._describe(self.box)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.box)
        lay.addStretch(1)
        self.box.toggled.connect(self._emit)
        self.setFocusProxy(self.box)

    def value(self) -> FieldValue:
        """Return whether the box is ticked."""
        return self.box.isChecked()

    def _show(self, value: FieldValue) -> None:
        self.box.setChecked(bool(value))

    def focus_target(self) -> QWidget:
        """Return the check box."""
        return self.box


class ChoiceEditor(FieldEditor):
    """One of a list; editable when the field also takes free text (ethnicity)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName(f"{spec.name}__combo")
        self.combo.addItem("")
        self.combo.addItems(list(spec.choices))
        self.combo.setEditable(spec.allow_other)
        line = self.combo.lineEdit()
        if spec.allow_other and line is not None:
            line.setPlaceholderText("Choose or type")
            self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self.combo.editTextChanged.connect(self._emit)
        self.combo.currentIndexChanged.connect(self._emit)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._describe(self.combo)
        if line is not None:  # screen readers announce the typing field on its own
            self._describe(line)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.combo)
        lay.addStretch(1)
        self.setFocusProxy(self.combo)

    def value(self) -> FieldValue:
        """Return the chosen or typed text."""
        return self.combo.currentText()

    def _show(self, value: FieldValue) -> None:
        text = str(value)
        index = self.combo.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        elif self.combo.isEditable():
            self.combo.setEditText(text)
        else:
            self.combo.setCurrentIndex(0)

    def focus_target(self) -> QWidget:
        """Return the combo box."""
        return self.combo


class GroupEditor(FieldEditor):
    """Any number of rows (siblings, household members), each a line of small fields."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._rows: list[dict[str, QLineEdit]] = []
        self._row_widgets: list[QWidget] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.rows_box = QVBoxLayout()
        outer.addLayout(self.rows_box)
        noun = spec.label.split()[0].rstrip("s").lower() if spec.name == "siblings" else "person"
        self.add_button = QPushButton(f"&Add {noun}", self)
        self.add_button.setObjectName(f"{spec.name}__add")
        self.add_button.setAccessibleName(f"Add a row to {spec.label}")
        self.add_button.clicked.connect(self._add_clicked)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.setFocusProxy(self.add_button)

    def _add_clicked(self) -> None:
        edits = self.add_row()
        self._emit()
        next(iter(edits.values())).setFocus()

    def add_row(self, values: dict[str, str] | None = None) -> dict[str, QLineEdit]:
        """Append a row (optionally filled) and return its edits by sub-field name."""
        index = len(self._rows)
        holder = QWidget(self)
        lay = QHBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        edits: dict[str, QLineEdit] = {}
        for sub in self.spec.subfields:
            edit = QLineEdit(holder)
            edit.setObjectName(f"{self.spec.name}.{index}.{sub.name}")
            edit.setPlaceholderText(sub.label + (" (dd/mm/yyyy)" if sub.kind is Kind.DATE else ""))
            fit_placeholder(edit)  # the placeholder names the column: never cut off
            edit.setAccessibleName(f"{self.spec.label} row {index + 1}: {sub.label}")
            if values:
                edit.setText(values.get(sub.name, ""))
            edit.textChanged.connect(self._emit)
            lay.addWidget(edit, 2 if sub.kind is not Kind.DATE else 1)
            edits[sub.name] = edit
        remove = QPushButton("Remove", holder)
        remove.setObjectName(f"{self.spec.name}.{index}.remove")
        remove.setAccessibleName(f"Remove row {index + 1} of {self.spec.label}")
        remove.clicked.connect(lambda: self._remove(holder))
        lay.addWidget(remove)
        self.rows_box.addWidget(holder)
        self._rows.append(edits)
        self._row_widgets.append(holder)
        return edits

    def _remove(self, holder: QWidget) -> None:
        i = self._row_widgets.index(holder)
        del self._rows[i]
        del self._row_widgets[i]
        holder.hide()
        holder.deleteLater()
        self._emit()
        self.add_button.setFocus()

    def rows(self) -> list[dict[str, QLineEdit]]:
        """Return the row edits."""
        return list(self._rows)

    def value(self) -> FieldValue:
        """Return the rows as dicts."""
        return [{k: e.text() for k, e in row.items()} for row in self._rows]

    def _show(self, value: FieldValue) -> None:
        for holder in self._row_widgets:  # at once: no row of another case lingers
            shiboken6.delete(holder)
        self._rows.clear()
        self._row_widgets.clear()
        for row in value if isinstance(value, list) else []:
            self.add_row(row)


def make_editor(spec: FieldSpec, parent: QWidget | None = None) -> FieldEditor:
    """Return the editor for ``spec``."""
    if spec.kind is Kind.MULTILINE:
        return TextEditor(spec, parent)
    if spec.kind is Kind.BOOL:
        return TickEditor(spec, parent)
    if spec.kind is Kind.CHOICE:
        return ChoiceEditor(spec, parent)
    if spec.kind is Kind.GROUP:
        return GroupEditor(spec, parent)
    return LineEditor(spec, parent)


class ErrorLabel(QLabel):
    """The message under a field: a warning sign and words, never colour alone."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{field}__error")
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_message(self, message: str | None) -> None:
        """Show ``message`` (with a warning sign), or hide when None."""
        if message:
            self.setText(f"\u26a0 {message}")
            self.setAccessibleName(f"Problem: {message}")
            self.show()
        else:
            self.clear()
            self.hide()


def add_field_row(form: QFormLayout, editor: FieldEditor, error: ErrorLabel) -> None:
    """Add an editor and its error label to a form layout, with a buddy label."""
    holder = QWidget()
    lay = QVBoxLayout(holder)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    lay.addWidget(editor)
    lay.addWidget(error)
    if editor.spec.kind is Kind.BOOL:
        form.addRow("", holder)
        return
    text = editor.spec.label + (" *" if editor.spec.required else "")
    label = QLabel(text)
    label.setBuddy(editor.focus_target())
    label.setWordWrap(True)
    label.setMinimumWidth(230)
    form.addRow(label, holder)
