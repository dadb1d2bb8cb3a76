"""A wizard page for one section of the Case for Consideration, laid out from the schema.

A tick that contradicts one already given (fits the SCR criteria, and does not
reach the threshold) is refused: it is taken off again and a message says why.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from scr_desktop.domain.form import CONTRADICTORY_TICKS, Kind, Section, contradiction
from scr_desktop.gui.binding import (
    ErrorLabel,
    FieldEditor,
    GroupEditor,
    add_field_row,
    make_editor,
)
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.wizard.mnemonics import WINDOW_MNEMONICS, with_mnemonic

_PAIRED = {name for pair in CONTRADICTORY_TICKS for name in pair[:2]}


class SectionPage(QWidget):
    """Every field of one section, each with its label (buddy) and its message line."""

    changed = Signal(str)

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"page_{section.key}")
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, ErrorLabel] = {}

        title = QLabel(section.title)
        title.setProperty("role", "pagetitle")
        title.setAccessibleName(f"Section: {section.title}")
        intro = QLabel(section.intro)
        intro.setWordWrap(True)
        intro.setProperty("role", "intro")

        body = QWidget()
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        used: set[str] = set(WINDOW_MNEMONICS)
        for spec in section.fields:
            editor = make_editor(spec, body)
            error = ErrorLabel(spec.name, body)
            self.editors[spec.name] = editor
            self.errors[spec.name] = error
            if spec.name in _PAIRED:
                editor.changed.connect(lambda _n, name=spec.name: self._tick_changed(name))
            else:
                editor.changed.connect(self.changed)
            add_field_row(form, editor, error)
            if spec.kind is Kind.BOOL:
                box = editor.focus_target()
                if isinstance(box, QCheckBox):
                    box.setText(with_mnemonic(spec.label, used))
            else:
                if isinstance(editor, GroupEditor):
                    plain = editor.add_button.text().replace("&", "")
                    editor.add_button.setText(with_mnemonic(plain, used))
                field = error.parentWidget()
                label = form.labelForField(field) if field is not None else None
                if isinstance(label, QLabel):
                    label.setText(with_mnemonic(label.text(), used))

        scroll = QScrollArea()

        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tab stop with no name; Tab scrolls it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(intro)
        lay.addWidget(scroll, 1)
        first = section.fields[0].name
        self.setFocusProxy(self.editors[first])

    def _tick_changed(self, name: str) -> None:
        editor = self.editors[name]
        if editor.value() is True:
            why = contradiction({n: e.value() for n, e in self.editors.items()}, name)
            if why is not None:
                editor.set_value(False)  # shown, not reported: the case never held it
                Messages.error(self, "These reasons contradict each other", why)
                return
        self.changed.emit(name)

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each field's message (``problems`` maps field name to message)."""
        for name, label in self.errors.items():
            label.show_message(problems.get(name))
