"""The presenter view: the flowchart on a projector, run from the keyboard, names hidden.

A full-screen window in large type, white on black with yellow for the
route and the current answer (each also marked by a sign and a word).  The
chair steps through each case on the agenda and each flowchart question;
answers agreed in the room are recorded at once and the diagram and result
follow them.  Cases are shown by reference and pseudonym, as in the
anonymised export; the child's name, date of birth and address appear only
after the chair presses I and confirms, which is written to the audit log,
and are hidden again on moving to another case.

A question nobody has answered marks no option and says "Not yet answered",
with the answer the engine counts it as for the result so far (the framework's
neutral default, as the wizard and the minutes use); "agreed" is said only of
an answer recorded in the case, and a helper question answered no in the room
is recorded as no, so it too reads as answered.

Keys: Page Down / Page Up next and previous case (what presentation clickers
send); Right, Down, Space or Return next question, Left or Up the previous
one, Home the first; Y / N answer a yes-or-no question, 1-9 choose an
option, digits type a number (Delete: not known); I show or hide
identifying details; F the flowchart on a small screen; Esc leave.

The type scales with the screen, and nothing is ever cut off: the head and
the keys take the largest sizes at which they fit the width (the keys on
two rows if need be) and leave the question at least half the height; the
question, its help and its answers then take the largest sizes at which they
fit the rest.  A small screen (below :data:`COMPACT_BELOW`, such as 1366×768
at 200%, 683×384 logical pixels) has no room for the flowchart beside the
question: the question takes the whole width and F puts the flowchart in its
place (and back), rather than squeezing both into type nobody could read
from the back of the room.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
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
NOT_ANSWERED = "\u25cb Not yet answered"
# Below this size (logical pixels) the flowchart takes the question's place on F.
COMPACT_BELOW = QSize(900, 540)
# The sizes the whole look tries, largest first, until everything fits.
FIT_STEPS = tuple(round(1.0 - 0.05 * i, 2) for i in range(15))  # 1.0 down to 0.3
# Before the whole look is made smaller, the question, its help and its answers are.
QUESTION_STEPS = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5)
SMALLEST_PX = 11  # no text is drawn smaller (logical pixels)


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
        self._k = 1.0  # how much smaller than its design the look is drawn on this screen
        self._small = 1.0  # how much smaller a screen below 854×480 draws it to start with
        self.compact = False  # too small for the flowchart beside the question
        self.chart_shown = False  # on a compact screen: the flowchart in the question's place

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
        # The keys, in a bar of their own so that they can be laid out in one row or two.
        self.key_bar = QWidget()
        self.key_bar.setObjectName("presenter_keys")
        self._keys = QGridLayout(self.key_bar)
        self._keys.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("previous_case", "PgUp: case \u25c0", lambda: self.go_case(-1)),
            ("next_case", "PgDn: case \u25b6", lambda: self.go_case(1)),
            ("previous_question", "\u2190 question", lambda: self.go_step(-1)),
            ("next_question", "\u2192 question", lambda: self.go_step(1)),
            ("toggle_identity", "I: show names", self.toggle_identity),
            ("toggle_chart", "F: flowchart", self.toggle_chart),
            ("leave", "Esc: leave", self.close),
        ):
            b = QPushButton(text, self.key_bar)
            b.setObjectName(f"presenter_{name}")
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(slot)
            self.buttons[name] = b
        self.buttons["toggle_chart"].hide()
        self._key_columns = 0

        head = QGridLayout()
        head.addWidget(self.case_title, 0, 0)
        head.addWidget(self.badge, 0, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.identity, 1, 0)
        head.addWidget(self.returns, 1, 1, Qt.AlignmentFlag.AlignRight)
        self.returns.setWordWrap(False)
        self.returns.setMinimumWidth(0)
        head.setColumnStretch(0, 1)
        self._head = head
        self.question_column = QWidget()
        self.question_column.setObjectName("presenter_question_column")
        left = QVBoxLayout(self.question_column)
        left.setContentsMargins(0, 0, 0, 0)
        self._left = left
        left.addWidget(self.progress)
        left.addWidget(self.question)
        left.addWidget(self.help)
        left.addWidget(self.answers)
        left.addStretch(1)
        left.addWidget(self.result)
        body = QHBoxLayout()
        body.addWidget(self.question_column, 2)
        body.addWidget(self.flowchart, 3)
        lay = QVBoxLayout(self)
        self._layout = lay
        lay.addLayout(head)
        lay.addLayout(body, 1)
        lay.addWidget(self.key_bar)
        self._place_keys(len(self.buttons))
        self._apply_look(DESIGN_HEIGHT, DESIGN_HEIGHT * 16 / 9)
        self.show_place()

    # -- look ----------------------------------------------------------------------------
    def _apply_look(self, height: float, width: float | None = None) -> None:
        """Size every text for the window: at 1080 lines the question is 60 px high.

        Below 480 lines or 854 pixels across everything is drawn smaller in
        proportion, then smaller still (:data:`FIT_STEPS`) until everything fits.
        """
        across = float(self.width()) if width is None else width
        self.compact = across < COMPACT_BELOW.width() or height < COMPACT_BELOW.height()
        self._show_body()
        self._u = max(height, 480.0) / DESIGN_HEIGHT
        self._small = min(1.0, height / 480.0, across / 854.0)
        self._fit_all(int(across), FIT_STEPS)

    def _fit_all(self, width: int, steps: tuple[float, ...]) -> None:
        """Draw the whole look at the first of ``steps`` at which everything fits ``width``
        and the window's height (else at the last)."""
        for step in steps:
            self._k = self._small * step
            self._style()
            if self._frame_fits(width) and self._fit_left():
                return

    def _px(self, n: float, floor: float, smallest: int = 1) -> int:
        """The size, in pixels, of what is ``n`` px at 1080 lines (never below ``floor``
        on a screen of 480 lines or more, nor below ``smallest`` on any)."""
        return max(round(max(n * self._u, floor) * self._k), smallest)

    def _style(self) -> None:
        px = self._px

        def fs(n: float, floor: float) -> int:  # a font size: never below SMALLEST_PX
            return self._px(n, floor, SMALLEST_PX)

        self.setStyleSheet(f"""
            QWidget#presenter {{ background: {PAPER}; }}
            QDialog {{ background: {PAPER}; }}
            QLabel {{ color: {INK}; background: transparent; }}
            QLabel#presenter_case {{ font-size: {fs(44, 26)}px; font-weight: 700; }}
            QLabel#presenter_badge {{ font-size: {fs(34, 22)}px; font-weight: 700;
                border: {px(4, 2)}px solid {INK}; padding: {px(6, 4)}px {px(14, 8)}px; }}
            QLabel#presenter_badge[shown="true"] {{ color: {PAPER}; background: {WARN};
                border-color: {WARN}; }}
            QLabel#presenter_identity {{ font-size: {fs(40, 24)}px; }}
            QLabel#presenter_returns {{ font-size: {fs(32, 20)}px; }}
            QLabel#presenter_progress {{ font-size: {fs(32, 20)}px; color: {ACCENT}; }}
            QLabel#presenter_result {{ font-size: {fs(40, 24)}px; font-weight: 700;
                color: {ACCENT}; border-top: {px(3, 2)}px solid {INK};
                padding-top: {px(10, 6)}px; }}
            QPushButton {{ color: {INK}; background: {PAPER}; font-size: {fs(28, 18)}px;
                border: {px(2, 1)}px solid {INK}; padding: {px(8, 4)}px {px(12, 6)}px; }}
            QPushButton:focus, QPushButton:default {{ border-color: {ACCENT}; }}
            QDialog {{ background: {PAPER}; color: {INK}; }}
            QDialog QLabel {{ font-size: {fs(28, 18)}px; }}
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
        font.setPixelSize(fs(21, 16))
        self.flowchart.setFont(font)

    def _place_keys(self, columns: int) -> None:
        """Lay the keys shown out in rows of ``columns``."""
        if columns == self._key_columns:
            return
        shown = [b for b in self.buttons.values() if not b.isHidden()]
        spacing = self._keys.spacing()
        # A grid keeps the columns it once had: the keys get a new one (the old one goes; the
        # buttons stay with the bar).
        shiboken6.delete(self._keys)
        self._keys = QGridLayout(self.key_bar)
        self._keys.setContentsMargins(0, 0, 0, 0)
        self._keys.setSpacing(spacing)
        for i, b in enumerate(shown):
            self._keys.addWidget(b, i // columns, i % columns)
        for column in range(columns):
            self._keys.setColumnStretch(column, 1)
        self._key_columns = columns

    def _frame_fits(self, width: int) -> bool:
        """True if the head and the keys (on one row, else two) fit ``width``."""
        m = self._layout.contentsMargins()
        inner = width - m.left() - m.right()
        shown = sum(1 for b in self.buttons.values() if not b.isHidden())
        for columns in (shown, (shown + 1) // 2):
            self._place_keys(columns)
            if self._keys.minimumSize().width() <= inner:
                break
        else:
            return False
        return self._head.minimumSize().width() <= inner

    def _show_body(self) -> None:
        """Show the question and the flowchart side by side, or on a compact screen the one
        chosen with F."""
        chart = self.buttons["toggle_chart"]
        chart.setVisible(self.compact)
        chart.setText("F: question" if self.chart_shown else "F: flowchart")
        self.question_column.setVisible(not self.compact or not self.chart_shown)
        self.flowchart.setVisible(not self.compact or self.chart_shown)
        # On a compact screen the flowchart has the whole body, less than its usual minimum.
        self.flowchart.setMinimumSize(QSize(1, 1) if self.compact else QSize(0, 0))

    def toggle_chart(self) -> None:
        """On a compact screen, put the flowchart in the question's place, or back."""
        if not self.compact:
            return
        self.chart_shown = not self.chart_shown
        self._show_body()
        self._fit_left()

    def _fit_left(self) -> bool:
        """Shrink the question, its help and the answers together until they fit the column;
        return False if even the smallest sizes do not.

        At 1080 lines they start at 60, 32 and 42 px; the floors (26, 18 and 22 px on any
        screen of 480 lines or more) keep them readable from the back of a room.
        """
        if self.compact and self.chart_shown:
            return True
        lay = self._layout
        lay.activate()
        width = self.question.width()
        if width < 50:
            m = lay.contentsMargins()
            inner = self.width() - m.left() - m.right()
            width = inner if self.compact else int((inner - lay.spacing()) * 2 / 5)
        available = (self.question_column.height() - self.progress.sizeHint().height()
                     - self.result.heightForWidth(width) - 5 * self._left.spacing())
        for factor in QUESTION_STEPS:
            need = 0
            for label, size, floor, bold in ((self.question, 60, 26, True),
                                             (self.help, 32, 18, False),
                                             (self.answers, 42, 22, False)):
                font = label.font()
                font.setPixelSize(max(round(max(size * self._u, floor) * self._k * factor),
                                      SMALLEST_PX))
                font.setBold(bold)
                label.setFont(font)
                need += max(label.heightForWidth(width), 0)
            if need <= available:
                return True
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale the type with the window, so the projector's resolution does not matter."""
        super().resizeEvent(event)
        self._apply_look(float(event.size().height()), float(event.size().width()))

    def show_on_projector(self) -> None:
        """Go full screen on a second screen if there is one, else on this one."""
        screens = QGuiApplication.screens()
        parent = self.parentWidget()
        own = parent.screen() if parent is not None else self.screen()
        target = next((s for s in screens if s is not own), own)
        self.setScreen(target)
        self._apply_look(float(target.geometry().height()), float(target.geometry().width()))
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
        if not self._fit_left():  # a long question: everything smaller, until it fits
            self._fit_all(self.width(), tuple(step for step in FIT_STEPS
                                              if self._small * step < self._k))

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
        """The options of ``step`` with the recorded answer marked.

        Only an answer recorded in the case is marked (\u25b6) and said to be
        agreed; one taken from the form is marked but not called agreed (the
        note under it says where it came from).  A question nobody has answered
        marks nothing and says so, with the default the engine counts it as
        for the result so far, so the room never reads a default as decided.
        """
        fact = step.fact
        answers = case.questions if fact is None else case.facts
        recorded = step.key in answers
        agreed = "   \u2714 agreed" if recorded and not self._taken_from_form(case, step) else ""
        default: object = False if fact is None else fact.default
        current = answers.get(step.key, default)
        if fact is None or fact.type == "bool":
            value = bool(current)
            options = [("Y", "Yes", value), ("N", "No", not value)]
        elif fact.type == "choice":
            options = [(str(i), c.label, c.value == current)
                       for i, c in enumerate(fact.choices[:9], start=1)]
        else:
            if not recorded:
                return (f"{NOT_ANSWERED}: {self._unanswered_means(step)}\n"
                        "Type the number; Delete for not known")
            shown = "Not known" if current is None else str(current)
            return (f"\u25b6 {shown}{agreed}{self._from_form(case, step)}\n"
                    "Type the number; Delete for not known")
        lines = [f"\u25b6 {key}  {label}{agreed}" if on and recorded else f"   {key}  {label}"
                 for key, label, on in options]
        if not recorded:
            lines.append(f"{NOT_ANSWERED}: {self._unanswered_means(step)}")
        return "\n".join(lines) + self._from_form(case, step)

    def _unanswered_means(self, step: Step) -> str:
        """What the result so far takes an unanswered question to be (the engine's default)."""
        default = False if step.fact is None else step.fact.default
        return f"counted as \u2018{self._label(step, default)}\u2019 in the result so far"

    @staticmethod
    def _taken_from_form(case: Case, step: Step) -> bool:
        """True while a fact's recorded answer is the one the form gave (not yet agreed)."""
        if step.fact is None:
            return False
        d = derived_facts(case).get(step.key)
        return d is not None and d.value is not None and case.facts.get(step.key) == d.value

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
            case.answer_question(step.key, bool(value))
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
        elif key == K.Key_F:
            self.toggle_chart()
        elif key in (K.Key_Delete, K.Key_Backspace):
            self.answer("DELETE")
        elif not self.answer(event.text()):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Tell the page the presentation is over."""
        self.revealed = False
        event.accept()
        self.closed.emit()
