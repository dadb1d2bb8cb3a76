"""Wizard page: the decision flowchart's questions, laid out from the case's framework file.

Each fact of the framework (abuse or neglect, death, serious harm, custody,
...) becomes a tick box, a list or a number, with its short explanation under
it and a *Source* button that shows the guidance paragraph behind it.  The
eleven helper questions follow.  Answers are recorded through the case's
methods (:meth:`~scr_desktop.domain.model.Case.answer_fact`,
:meth:`~scr_desktop.domain.model.Case.set_question`); the framework itself is
chosen here too.

Under each answer a note says when the rules take it differently from what
was ticked ("Abuse or neglect: known \u2014 implied by 'harm through sexual
abuse' (2.2)") and, when that overrides an answer given, the answer that
implied it says so too; answers that contradict each other get a warning
beside the one the framework names.  The widgets keep what the user chose.

Changing the framework keeps every answer (all frameworks share one
vocabulary of facts) and says which questions the new framework adds, so
that they can be answered before the result is relied on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.domain.derived import derived_facts, derived_note
from scr_desktop.domain.framework import Fact, Framework, cite, list_frameworks, load_framework
from scr_desktop.domain.model import Case
from scr_desktop.gui.binding import ErrorLabel
from scr_desktop.gui.messages import Messages

NOT_KNOWN = -1


class _WrappingLabel(QLabel):
    """A label that wraps and toggles its check box when clicked."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Toggle the box, as clicking a check box's own text would."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.box.toggle()
            self.box.setFocus()
        super().mousePressEvent(event)


def wrapped_check(text: str) -> tuple[QCheckBox, QWidget]:
    """Return a check box whose long text wraps, and the row holding both."""
    box = QCheckBox()
    box.setAccessibleName(text)
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    lay.addWidget(_WrappingLabel(text, box), 1)
    return box, row


class FactsPage(QWidget):
    """Every flowchart question of the framework."""

    changed = Signal()
    framework_changed = Signal()

    def __init__(self, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_facts")
        self.case = case
        self.inputs: dict[str, QWidget] = {}
        self.question_boxes: dict[str, QCheckBox] = {}
        self.notes: dict[str, QLabel] = {}
        self.problems: dict[str, ErrorLabel] = {}
        self._rows: dict[str, QWidget] = {}
        self._loading = False

        title = QLabel("Decision flowchart: the questions")
        title.setProperty("role", "pagetitle")
        intro = QLabel(
            "Answer from what is known now; answers can change as agencies report back. "
            "The result, the path through the flowchart and the deadlines follow from these "
            "answers on the next steps."
        )
        intro.setWordWrap(True)
        self.framework_combo = QComboBox()
        self.framework_combo.setObjectName("framework_combo")
        self.framework_combo.setAccessibleName("Guidance framework for this case")
        for info in list_frameworks():
            self.framework_combo.addItem(info.title, info.id)
        fw_label = QLabel("&Guidance:")
        fw_label.setBuddy(self.framework_combo)
        fw_row = QHBoxLayout()
        fw_row.addWidget(fw_label)
        fw_row.addWidget(self.framework_combo, 1)
        self.added = QLabel()
        self.added.setObjectName("added_questions")
        self.added.setWordWrap(True)
        self.added.setTextFormat(Qt.TextFormat.PlainText)
        self.added.setProperty("role", "implied")
        self.added.hide()
        self.live_result = QLabel()
        self.live_result.setObjectName("live_result")
        self.live_result.setWordWrap(True)
        self.live_result.setProperty("role", "caseheading")

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tab stop with no name; Tab scrolls it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)

        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(intro)
        lay.addLayout(fw_row)
        lay.addWidget(self.added)
        lay.addWidget(self.live_result)
        lay.addWidget(scroll, 1)

        idx = self.framework_combo.findData(case.framework)
        self.framework_combo.setCurrentIndex(max(idx, 0))
        self.framework_combo.currentIndexChanged.connect(self._framework_chosen)
        self.setFocusProxy(self.framework_combo)
        self._build()

    @property
    def framework(self) -> Framework:
        """Return the case's framework."""
        return load_framework(self.case.framework)

    def _framework_chosen(self) -> None:
        fw_id = str(self.framework_combo.currentData())
        if fw_id == self.case.framework:
            return
        before = {f.key for f in self.framework.facts}
        self.case.choose_framework(fw_id)
        self._build()
        self.show_added([f for f in self.framework.facts if f.key not in before])
        self.framework_changed.emit()
        self.changed.emit()

    # -- building ------------------------------------------------------------------
    def _clear(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()
                w.deleteLater()
        self.inputs.clear()
        self.question_boxes.clear()
        self.notes.clear()
        self.problems.clear()
        self._rows.clear()

    def _source_button(self, label: str, text: str, citation: str) -> QPushButton:
        button = QPushButton("Source")
        button.setAccessibleName(f"Source of: {label}")
        button.setToolTip(citation)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: Messages.info(self, "Where this comes from", citation, text))
        return button

    def _build(self) -> None:
        self._loading = True
        self._clear()
        fw = self.framework
        facts_box = QGroupBox("The incident")
        form = QFormLayout(facts_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for fact in fw.facts:
            widget = self._input_for(fact)
            self.inputs[fact.key] = widget
            help_label = QLabel(fact.help)
            help_label.setWordWrap(True)
            help_label.setProperty("role", "help")
            help_label.setMinimumWidth(200)
            row = QWidget()
            rlay = QVBoxLayout(row)
            rlay.setContentsMargins(0, 0, 0, 6)
            top = QHBoxLayout()
            top.addWidget(self._rows.get(fact.key, widget), 1)
            top.addWidget(self._source_button(fact.label, fact.help, cite(fact.source)))
            rlay.addLayout(top)
            rlay.addWidget(help_label)
            note = QLabel()
            note.setObjectName(f"note_{fact.key}")
            note.setProperty("role", "implied")
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.hide()
            problem = ErrorLabel(f"fact_{fact.key}")
            rlay.addWidget(note)
            rlay.addWidget(problem)
            self.notes[fact.key] = note
            self.problems[fact.key] = problem
            if fact.type == "bool":
                form.addRow(row)
            else:
                label = QLabel(fact.label)
                label.setWordWrap(True)
                label.setBuddy(widget)
                label.setMinimumWidth(220)
                form.addRow(label, row)
        self.body_layout.addWidget(facts_box)

        q_box = QGroupBox(
            "Questions that help decide (a 'yes' suggests a review could yield lessons)"
        )
        q_lay = QVBoxLayout(q_box)
        for q in fw.questions:
            box, check_row = wrapped_check(q.label)
            box.setObjectName(f"question_{q.key}")
            box.setChecked(bool(self.case.questions.get(q.key, False)))
            box.toggled.connect(lambda on, key=q.key: self._question(key, on))
            line = QHBoxLayout()
            line.addWidget(check_row, 1)
            line.addWidget(self._source_button(q.label, q.label, cite(q.source)))
            holder = QWidget()
            holder.setLayout(line)
            q_lay.addWidget(holder)
            self.question_boxes[q.key] = box
        self.body_layout.addWidget(q_box)
        self.body_layout.addStretch(1)
        self._loading = False

    def _input_for(self, fact: Fact) -> QWidget:
        value = self.case.facts.get(fact.key, fact.default)
        w: QWidget
        if fact.type == "bool":
            box, _row = wrapped_check(fact.label)
            box.setChecked(bool(value))
            box.toggled.connect(lambda on, key=fact.key: self._set(key, bool(on)))
            w = box
            self._rows[fact.key] = _row
        elif fact.type == "choice":
            combo = QComboBox()
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            for c in fact.choices:
                combo.addItem(c.label, c.value)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.currentIndexChanged.connect(
                lambda _i, key=fact.key, c=combo: self._set(key, c.currentData()))
            w = combo
        else:
            spin = QSpinBox()
            spin.setRange(NOT_KNOWN, fact.maximum if fact.maximum is not None else 120)
            spin.setSpecialValueText("Not known")
            spin.setValue(NOT_KNOWN if value is None else int(value))
            spin.setSuffix(" years")
            spin.valueChanged.connect(
                lambda v, key=fact.key: self._set(key, None if v == NOT_KNOWN else int(v)))
            w = spin
        w.setObjectName(f"fact_{fact.key}")
        w.setAccessibleName(fact.label)
        w.setAccessibleDescription(fact.help)
        return w

    # -- answers -------------------------------------------------------------------
    def _set(self, key: str, value: Any) -> None:
        if self._loading:
            return
        self.case.answer_fact(key, value)
        self.changed.emit()

    def _question(self, key: str, on: bool) -> None:
        if self._loading:
            return
        self.case.set_question(key, on)
        self.changed.emit()

    def set_fact(self, key: str, value: Any) -> None:
        """Set an answer through its widget, as a user would."""
        w = self.inputs[key]
        if isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(w.findData(value))
        elif isinstance(w, QSpinBox):
            w.setValue(NOT_KNOWN if value is None else int(value))

    def take_from_form(self) -> None:
        """Set each unanswered fact the form already answers, through its widget."""
        keys = {f.key for f in self.framework.facts}
        for key, value in derived_facts(self.case).items():
            if value.value is not None and key in keys and key not in self.case.facts:
                self.set_fact(key, value.value)

    def show_added(self, added: list[Fact]) -> None:
        """Say which questions a change of framework added (none: say that answers were kept)."""
        title = self.framework.title
        if added:
            names = "; ".join(f.name for f in added)
            text = (f"Every answer is kept. {title} adds {len(added)} "
                    f"question{'s' if len(added) != 1 else ''}: {names}.")
        else:
            text = f"Every answer is kept. {title} asks no new questions."
        self.added.setText(text)
        self.added.setAccessibleName(text)
        self.added.show()

    def show_live(self, text: str) -> None:
        """Show the result so far above the questions."""
        self.live_result.setText(text)

    def show_notes(self, notes: dict[str, list[str]]) -> None:
        """Show, under each answer, what the rules imply about it (nothing: hidden)."""
        for key, label in self.notes.items():
            lines = list(notes.get(key, []))
            from_form = derived_note(self.case, key)
            if from_form:
                lines.append(from_form)
            text = "\n".join(f"\u2139 {line}." if not line.endswith(".") else f"\u2139 {line}"
                             for line in lines)
            label.setText(text)
            label.setAccessibleName(text)
            label.setVisible(bool(lines))

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show answers that contradict one another, beside the answer named."""
        for key, label in self.problems.items():
            label.show_message(problems.get(key))


