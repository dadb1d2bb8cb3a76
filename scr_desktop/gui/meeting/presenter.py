"""The presenter view: the flowchart on a projector, run from the keyboard, names hidden.

A full-screen window in large type, white on black with yellow for the
route and the current answer (each also marked by a sign and a word).  The
chair steps through each case on the agenda and each flowchart question;
answers agreed in the room are recorded at once and the diagram and result
follow them.  Cases are shown by reference and pseudonym, as in the
anonymised export; the child's name, date of birth and address appear only
after the chair presses I and confirms, which is written to the audit log,
and are hidden again on moving to another case.

Keys: Page Down / Page Up next and previous case (what presentation clickers
send); Right, Down, Space or Return next question, Left or Up the previous
one, Home the first; Y / N answer a yes-or-no question, 1-9 choose an
option, digits type a number (Delete: not known); I show or hide
identifying details; Esc leave.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QGuiApplication, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from scr_desktop.domain.anonymise import anonymise_case, child_label
from scr_desktop.domain.assessment import Assessment, AssessmentInputError, assess_case
from scr_desktop.domain.derived import apply_derived, derived_facts, derived_note
from scr_desktop.domain.framework import Fact, load_framework
from scr_desktop.domain.meeting import AgendaItem, missing_returns
from scr_desktop.domain.model import Case
from scr_desktop.gui.flowchart_view import FlowchartView
from scr_desktop.gui.meeting.common import MeetingContext
from scr_desktop.gui.messages import Messages

INK, PAPER, ACCENT, WARN = "#ffffff", "#000000", "#ffd700", "#ff9e9e"
DESIGN_HEIGHT = 1080.0
HIDDEN_BADGE = "\u2298 Identifying details hidden"
SHOWN_BADGE = "\u26a0 IDENTIFYING DETAILS SHOWN"


@dataclass(frozen=True)
class Step:
    """One question of the flowchart: a fact, or a helper question (yes or no)."""

    key: str
    label: str
    help: str
    fact: Fact | None  # None for a helper question


def steps_for(case: Case) -> list[Step]:
    """Return the questions the presenter asks about ``case``, in the framework's order."""
    fw = load_framework(case.framework)
    out = [Step(f.key, f.label, f.help, f) for f in fw.facts]
    out += [Step(q.key, q.label, "A question that helps decide (4.6): a yes suggests a review "
                 "could yield useful lessons.", None) for q in fw.questions]
    return out


def _label(name: str, *, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setMinimumWidth(1)
    return label


class PresenterView(QWidget):
    """The full-screen presenter view of one meeting."""

    closed = Signal()

    def __init__(self, ctx: MeetingContext, reveal_audit: Callable[[Case], bool],
                 item_index: int = 0, step_index: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenter")
        self.setWindowTitle(f"{ctx.meeting.kind_title()}: presenter view")
        self.setAccessibleName("Presenter view")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Whatever the screen, the window takes it whole; the type scales to fit (resizeEvent).
        self.setMinimumSize(320, 240)
        self.ctx = ctx
        self._reveal_audit = reveal_audit
        self.revealed = False
        self.item_index = item_index
        self.step_index = step_index
        self._digits = ""
        self._u = 1.0

        self.badge = _label("presenter_badge", wrap=False)
        self.case_title = _label("presenter_case")
        self.identity = _label("presenter_identity")
        self.returns = _label("presenter_returns")
        self.progress = _label("presenter_progress", wrap=False)
        self.question = _label("presenter_question")
        self.help = _label("presenter_help")
        self.answers = _label("presenter_answers")
        self.result = _label("presenter_result")
        self.flowchart = FlowchartView()
        self.flowchart.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        keys = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("previous_case", "PgUp: case \u25c0", lambda: self.go_case(-1)),
            ("next_case", "PgDn: case \u25b6", lambda: self.go_case(1)),
            ("previous_question", "\u2190 question", lambda: self.go_step(-1)),
            ("next_question", "\u2192 question", lambda: self.go_step(1)),
            ("toggle_identity", "I: show names", self.toggle_identity),
            ("leave", "Esc: leave", self.close),
        ):
            b = QPushButton(text)
            b.setObjectName(f"presenter_{name}")
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(slot)
            keys.addWidget(b)
            self.buttons[name] = b

        head = QGridLayout()
        head.addWidget(self.case_title, 0, 0)
        head.addWidget(self.badge, 0, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.identity, 1, 0)
        head.addWidget(self.returns, 1, 1, Qt.AlignmentFlag.AlignRight)
        self.returns.setWordWrap(False)
        self.returns.setMinimumWidth(0)
        head.setColumnStretch(0, 1)
        left = QVBoxLayout()
        left.addWidget(self.progress)
        left.addWidget(self.question)
        left.addWidget(self.help)
        left.addWidget(self.answers)
        left.addStretch(1)
        left.addWidget(self.result)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self.flowchart, 3)
        lay = QVBoxLayout(self)
        self._layout = lay
        lay.addLayout(head)
        lay.addLayout(body, 1)
        lay.addLayout(keys)
        self._apply_look(DESIGN_HEIGHT)
        self.show_place()

    # -- look ----------------------------------------------------------------------------
    def _apply_look(self, height: float) -> None:
        """Size every text for the window: at 1080 lines the question is 60 px high."""
        u = max(height, 480.0) / DESIGN_HEIGHT

        def px(n: float, floor: float) -> int:
            return round(max(n * u, floor))

        self._u = u
        self.setStyleSheet(f"""
            QWidget#presenter {{ background: {PAPER}; }}
            QDialog {{ background: {PAPER}; }}
            QLabel {{ color: {INK}; background: transparent; }}
            QLabel#presenter_case {{ font-size: {px(44, 26)}px; font-weight: 700; }}
            QLabel#presenter_badge {{ font-size: {px(34, 22)}px; font-weight: 700;
                border: {px(4, 2)}px solid {INK}; padding: {px(6, 4)}px {px(14, 8)}px; }}
            QLabel#presenter_badge[shown="true"] {{ color: {PAPER}; background: {WARN};
                border-color: {WARN}; }}
            QLabel#presenter_identity {{ font-size: {px(40, 24)}px; }}
            QLabel#presenter_returns {{ font-size: {px(32, 20)}px; }}
            QLabel#presenter_progress {{ font-size: {px(32, 20)}px; color: {ACCENT}; }}
            QLabel#presenter_result {{ font-size: {px(40, 24)}px; font-weight: 700;
                color: {ACCENT}; border-top: {px(3, 2)}px solid {INK};
                padding-top: {px(10, 6)}px; }}
            QPushButton {{ color: {INK}; background: {PAPER}; font-size: {px(28, 18)}px;
                border: {px(2, 1)}px solid {INK}; padding: {px(8, 4)}px {px(12, 6)}px; }}
            QPushButton:focus, QPushButton:default {{ border-color: {ACCENT}; }}
            QDialog {{ background: {PAPER}; color: {INK}; }}
            QDialog QLabel {{ font-size: {px(28, 18)}px; }}
            QDialog QLineEdit, QDialog QSpinBox, QDialog QComboBox, QDialog QTextEdit,
            QDialog QPlainTextEdit {{ color: {INK}; background: {PAPER};
                border: {px(2, 1)}px solid {INK}; selection-background-color: {ACCENT};
                selection-color: {PAPER}; }}
        """)
        pal = self.flowchart.palette()
        for role, colour in ((QPalette.ColorRole.Window, PAPER), (QPalette.ColorRole.Base, PAPER),
                             (QPalette.ColorRole.WindowText, INK), (QPalette.ColorRole.Text, INK),
                             (QPalette.ColorRole.Highlight, ACCENT),
                             (QPalette.ColorRole.HighlightedText, PAPER),
                             (QPalette.ColorRole.PlaceholderText, "#b0b0b0")):
            pal.setColor(role, QColor(colour))
        self.flowchart.setPalette(pal)
        self.flowchart.setAutoFillBackground(True)
        margin = px(24, 12)
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self._layout.setSpacing(px(12, 6))
        font = self.flowchart.font()
        font.setPixelSize(px(21, 16))
        self.flowchart.setFont(font)
        self._fit_left()

    def _fit_left(self) -> None:
        """Shrink the question, its help and the answers together until they fit the column.

        At 1080 lines they start at 60, 32 and 42 px; the floors (26, 18 and 22 px at
        any size) keep them readable from the back of a room.
        """
        lay = self._layout
        lay.activate()
        width = self.question.width()
        if width < 50:
            m = lay.contentsMargins()
            width = int((self.width() - m.left() - m.right() - lay.spacing()) * 2 / 5)
        available = (self.flowchart.height() - self.progress.sizeHint().height()
                     - self.result.heightForWidth(width) - 5 * lay.spacing())
        for factor in (1.0, 0.9, 0.8, 0.7, 0.6, 0.5):
            need = 0
            for label, size, floor, bold in ((self.question, 60, 26, True),
                                             (self.help, 32, 18, False),
                                             (self.answers, 42, 22, False)):
                font = label.font()
                font.setPixelSize(round(max(size * self._u * factor, floor)))
                font.setBold(bold)
                label.setFont(font)
                need += max(label.heightForWidth(width), 0)
            if need <= available:
                return

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale the type with the window, so the projector's resolution does not matter."""
        super().resizeEvent(event)
        self._apply_look(float(event.size().height()))

    def show_on_projector(self) -> None:
        """Go full screen on a second screen if there is one, else on this one."""
        screens = QGuiApplication.screens()
        parent = self.parentWidget()
        own = parent.screen() if parent is not None else self.screen()
        target = next((s for s in screens if s is not own), own)
        self.setScreen(target)
        self._apply_look(float(target.geometry().height()))
        self.setGeometry(target.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    # -- where we are --------------------------------------------------------------------
    def items(self) -> list[AgendaItem]:
        """Return the agenda items being presented."""
        return self.ctx.items()

    def case(self) -> Case | None:
        """Return the case on screen."""
        items = self.items()
        if not items:
            return None
        self.item_index = min(max(self.item_index, 0), len(items) - 1)
        return self.ctx.cases[items[self.item_index].case_id]

    def steps(self) -> list[Step]:
        """Return the questions for the case on screen."""
        case = self.case()
        return steps_for(case) if case else []

    def place(self) -> tuple[int, int]:
        """Return (case index, question index), to come back to the same place."""
        return self.item_index, self.step_index

    def go_case(self, delta: int) -> None:
        """Move to the next (1) or previous (-1) case; identifying details are hidden again."""
        n = len(self.items())
        if not n:
            return
        new = min(max(self.item_index + delta, 0), n - 1)
        if new != self.item_index:
            self.item_index, self.step_index, self.revealed = new, 0, False
        self._digits = ""
        self.show_place()

    def go_step(self, delta: int) -> None:
        """Move to the next (1) or previous (-1) question."""
        n = len(self.steps())
        if n:
            self.step_index = min(max(self.step_index + delta, 0), n - 1)
        self._digits = ""
        self.show_place()

    # -- showing -------------------------------------------------------------------------
    def show_place(self) -> None:
        """Show the current case and question, the result so far and the diagram."""
        case, items = self.case(), self.items()
        if case is None:
            self.case_title.setText("No cases on the agenda")
            for label in (self.identity, self.returns, self.progress, self.question, self.help,
                          self.answers, self.result):
                label.clear()
            self.flowchart.set_assessment(None)
            return
        self.item_index = min(self.item_index, len(items) - 1)
        item = items[self.item_index]
        fw_facts = {f.key for f in load_framework(case.framework).facts}
        if apply_derived(case, fw_facts):  # what the form already says is not asked again
            self.ctx.touch_case(case.id)
        self.case_title.setText(f"Case {self.item_index + 1} of {len(items)}: {case.reference}")
        self._show_identity(case)
        missing = missing_returns(self.ctx.meeting, item)
        total = len(self.ctx.meeting.agencies)
        self.returns.setText(f"Agency returns: {total - len(missing)} of {total}"
                             + (f"  \u26a0 {len(missing)} missing" if missing else "  \u2714"))
        steps = self.steps()
        self.step_index = min(self.step_index, len(steps) - 1)
        step = steps[self.step_index]
        self.progress.setText(f"Question {self.step_index + 1} of {len(steps)}")
        self.question.setText(step.label)
        self.help.setText(step.help)
        assessment = self._assess(case)
        notes = assessment.answer_notes().get(step.key, []) if assessment is not None else []
        # what the engine takes this answer to be when another answer implies it (never silent)
        self.answers.setText(self._answer_text(case, step)
                             + "".join(f"\n\u26a0 {note}" for note in notes))
        self.answers.setAccessibleName("Answers: " + self.answers.text().replace("\n", "; "))
        self._show_result(assessment)
        self._fit_left()

    def _show_identity(self, case: Case) -> None:
        if self.revealed:
            parts = [case.child_name() or "Name not recorded",
                     f"born {case.get('child_dob')}" if str(case.get("child_dob")).strip()
                     else "date of birth not recorded",
                     ", ".join(line.strip() for line in str(case.get("child_address"))
                               .splitlines() if line.strip()) or "address not recorded"]
            self.identity.setText(" \u00b7 ".join(parts))
            self.badge.setText(SHOWN_BADGE)
            self.buttons["toggle_identity"].setText("I: hide names")
        else:
            # Lettered by place on the whole agenda, as the minutes letter it.
            child = child_label(next((n for n, i in enumerate(self.ctx.meeting.items)
                                      if i.case_id == case.id), self.item_index))
            anon = anonymise_case(case, child)
            age = str(anon.get("child_dob")).strip()
            if not age and str(anon.get("child_age")).strip():
                age = f"aged {str(anon.get('child_age')).strip()}"
            self.identity.setText(f"{child}, {age}" if age else child)
            self.badge.setText(HIDDEN_BADGE)
            self.buttons["toggle_identity"].setText("I: show names")
        self.badge.setProperty("shown", self.revealed)
        self.badge.style().unpolish(self.badge)
        self.badge.style().polish(self.badge)
        self.badge.setAccessibleName(self.badge.text())

    def _answer_text(self, case: Case, step: Step) -> str:
        fact = step.fact
        if fact is None or fact.type == "bool":
            value = (bool(case.questions.get(step.key, False)) if fact is None
                     else bool(case.facts.get(step.key, fact.default)))
            options = [("Y", "Yes", value), ("N", "No", not value)]
        elif fact.type == "choice":
            current = case.facts.get(step.key, fact.default)
            options = [(str(i), c.label, c.value == current)
                       for i, c in enumerate(fact.choices[:9], start=1)]
        else:
            value = case.facts.get(step.key, fact.default)
            shown = "Not known" if value is None else str(value)
            return (f"\u25b6 {shown}   \u2714 agreed{self._from_form(case, step)}\n"
                    "Type the number; Delete for not known")
        lines = [f"\u25b6 {key}  {label}   \u2714 agreed" if on else f"   {key}  {label}"
                 for key, label, on in options]
        return "\n".join(lines) + self._from_form(case, step)

    @staticmethod
    def _from_form(case: Case, step: Step) -> str:
        note = derived_note(case, step.key) if step.fact is not None else ""
        return f"\n\u2139 {note}" if note else ""

    @staticmethod
    def _assess(case: Case) -> Assessment | None:
        try:
            return assess_case(case)
        except AssessmentInputError:
            return None

    def _show_result(self, assessment: Assessment | None) -> None:
        if assessment is None:
            self.result.setText("Result: the answers held cannot be assessed.")
            self.flowchart.set_assessment(None)
            return
        self.result.setText(f"Result so far: {assessment.level_label}")
        met = "; ".join(f.label for f in assessment.criteria_met) or "none"
        self.result.setAccessibleDescription(f"Criteria met: {met}. The flowchart shows each.")
        self.flowchart.set_assessment(assessment)

    # -- answering -----------------------------------------------------------------------
    def answer(self, key_text: str) -> bool:
        """Record the answer typed as ``key_text`` (Y, N, a digit); return True if it applied.

        An answer already recorded changes only once the chair confirms the
        new one (old and new shown), so a stray key cannot undo what the room
        agreed; a number being typed digit by digit is one answer.
        """
        case, steps = self.case(), self.steps()
        if case is None:
            return False
        step = steps[self.step_index]
        fact = step.fact
        k = key_text.upper()
        typing = bool(self._digits)
        value: object
        if fact is None or fact.type == "bool":
            if k not in ("Y", "N"):
                return False
            value = k == "Y"
        elif fact.type == "choice":
            if not k.isdigit() or not 1 <= int(k) <= min(len(fact.choices), 9):
                return False
            value = fact.choices[int(k) - 1].value
        elif k == "DELETE":
            value, digits = None, ""
        elif k.isdigit():
            digits = (self._digits + k)[-3:]
            value = int(digits)
            if fact.maximum is not None and value > fact.maximum:
                digits, value = k, int(k)
        else:
            return False
        if not typing and not self._agreed_change(case, step, value):
            self.show_place()
            return True
        if fact is None:
            case.set_question(step.key, bool(value))
        else:
            if fact.type not in ("bool", "choice"):
                self._digits = digits
            case.answer_fact(step.key, value)
        self.ctx.touch_case(case.id)
        self.show_place()
        return True

    def _agreed_change(self, case: Case, step: Step, value: object) -> bool:
        """Return True if ``value`` may be recorded: nothing recorded yet, the same answer, or
        the chair confirms replacing the recorded one."""
        old: object
        if step.fact is None:
            if step.key not in case.questions or bool(case.questions[step.key]) == value:
                return True
            old = case.questions[step.key]
        else:
            old = case.facts.get(step.key)
            if old is None or old == value:
                return True
            form = derived_facts(case).get(step.key)
            if form is not None and form.value == old:
                return True  # taken from the form, not yet agreed by the meeting
        return Messages.confirm(
            self, "Change an agreed answer",
            f"{step.label}\n\nRecorded answer: {self._label(step, old)}\n"
            f"New answer: {self._label(step, value)}\n\nChange the answer the meeting "
            "agreed?", yes="&Change it", no="&Keep it", destructive=True)

    @staticmethod
    def _label(step: Step, value: object) -> str:
        fact = step.fact
        if value is None:
            return "Not known"
        if fact is None or fact.type == "bool":
            return "Yes" if value else "No"
        if fact.type == "choice":
            return next((c.label for c in fact.choices if c.value == value), str(value))
        return str(value)

    def toggle_identity(self) -> None:
        """Hide identifying details at once, or show them after confirmation (audited)."""
        case = self.case()
        if case is None:
            return
        if self.revealed:
            self.revealed = False
        elif Messages.confirm(
            self, "Show identifying details",
            f"Show the name, date of birth and address of the child in {case.reference} on "
            "this screen? Everyone who can see the screen will see them, and this will be "
            "recorded in the audit log. They are hidden again when you move to another case.",
            yes="&Show them", destructive=True,
        ):
            self.revealed = self._reveal_audit(case)
        self.show_place()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Drive the meeting from the keyboard (see the module notes for the keys)."""
        key, mods = event.key(), event.modifiers()
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
            return
        K = Qt.Key
        keyed = {K.Key_PageDown: (1, 0), K.Key_PageUp: (-1, 0), K.Key_Right: (0, 1),
                 K.Key_Down: (0, 1), K.Key_Space: (0, 1), K.Key_Return: (0, 1),
                 K.Key_Enter: (0, 1), K.Key_Left: (0, -1), K.Key_Up: (0, -1)}
        moves = {k.value: move for k, move in keyed.items()}  # event.key() is a plain int
        if key in moves:
            dc, ds = moves[key]
            if dc:
                self.go_case(dc)
            else:
                self.go_step(ds)
        elif key == K.Key_Home:
            self.step_index = 0
            self.show_place()
        elif key == K.Key_Escape:
            self.close()
        elif key == K.Key_I:
            self.toggle_identity()
        elif key in (K.Key_Delete, K.Key_Backspace):
            self.answer("DELETE")
        elif not self.answer(event.text()):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Tell the page the presentation is over."""
        self.revealed = False
        event.accept()
        self.closed.emit()
