"""The case wizard: one step per section, a step list, Back/Next, and autosave.

Every change is written to the case at once and saved to the vault shortly
after (a short debounce keeps typing smooth; one WAL commit takes about a
millisecond).  Pending changes are also saved when the step changes, when
the editor closes and before the vault locks.  While the vault is still
being checked after unlocking (``writes_held``), autosave waits and says so,
and the window saves once the check has passed.  A save that fails (disk
full, say) keeps the change in memory, tells the user once, and is retried
with the next change.  When the saver reports that the case had to be brought
up to date with a version saved elsewhere (see :mod:`scr_desktop.gui.stale_save`),
:attr:`CaseEditor.reloaded` asks the owner to show the case afresh.
Further steps (the decision flowchart, the result, decisions, deadlines) are
added with :meth:`CaseEditor.add_step`.

Each form section's page is built the first time it is shown (or one of its
editors is asked for, :meth:`CaseEditor.editor`), so opening a case builds
one page, not all of them: :attr:`CaseEditor.pages` holds the pages built so
far.  Everything that concerns every section (the step list's ticks, the
summary, saving) is worked out from the case, never from the widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QListWidgetItem,
    QWidget,
)

from scr_desktop.domain.form import SECTIONS, FieldValue, Section
from scr_desktop.domain.model import Case
from scr_desktop.domain.validation import Problem, incomplete_sections, validate
from scr_desktop.gui.forms.case_editor import Ui_CaseEditor
from scr_desktop.gui.scrolling import scroll_wrap
from scr_desktop.gui.wizard.lazy_step import LazyStep
from scr_desktop.gui.wizard.section_page import SectionPage
from scr_desktop.gui.wizard.summary_page import SummaryPage

AUTOSAVE_MS = 300
# The section of each form field, to find the page that edits it.
_SECTION_OF = {spec.name: section for section in SECTIONS for spec in section.fields}
HELD_TEXT = "Checking the vault\u2026 changes will be saved when done"


class CaseEditor(QWidget):
    """Edit one case, step by step."""

    saved = Signal()
    closed = Signal()
    save_failed = Signal(object)  # the exception
    case_changed = Signal()
    reloaded = Signal()  # the save merged in changes made elsewhere: show the case afresh

    def __init__(self, case: Case, saver: Callable[[Case], bool | None],
                 parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.case = case
        self._saver = saver
        self._today = today
        self._dirty = False
        self._failed = False
        self._visited: set[int] = set()
        self._on_enter: dict[int, Callable[[], None]] = {}

        self.form = Ui_CaseEditor()
        self.form.setupUi(self)
        # A step scrolls rather than hold the window larger than a small screen.
        scroll_wrap(self.form.stack, "step_scroll")
        self.heading = self.form.heading
        self.save_state = self.form.save_state
        self.steps = self.form.steps
        self.stack = self.form.stack
        self.back_button = self.form.back_button
        self.next_button = self.form.next_button
        self.close_button = self.form.close_button

        # The section pages built so far; each is built on its first visit.
        self.pages: dict[str, SectionPage] = {}
        self._holders: dict[str, LazyStep] = {}
        for section in SECTIONS:
            holder = LazyStep(partial(self._build_section, section))
            holder.setObjectName(f"step_{section.key}")
            self._holders[section.key] = holder
            self._add(section.title, holder)
        self.summary = SummaryPage()
        self._add("Summary", self.summary)
        self._on_enter[self.stack.indexOf(self.summary)] = self._refresh_summary
        # The form's pages follow the step list in the tab order, before the buttons.
        last: QWidget = self.steps
        chain = self.previousInFocusChain()
        while chain is not None and chain is not self.steps:
            if chain.focusPolicy() != Qt.FocusPolicy.NoFocus:
                last = chain
                break
            chain = chain.previousInFocusChain()
        for button in (self.close_button, self.back_button, self.next_button):
            QWidget.setTabOrder(last, button)
            last = button
        self.back_button.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go(self.stack.currentIndex() + 1))
        self.close_button.clicked.connect(self.close_case)
        self.steps.currentRowChanged.connect(self.go)

        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.next_button.click())
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.back_button.click())

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self._autosave)
        # True while the vault holds writes back (its pages are being checked).
        self.writes_held: Callable[[], bool] = lambda: False

        self._load()
        self._buttons_last()
        self.go(0)

    # -- steps -----------------------------------------------------------------
    def _add(self, title: str, widget: QWidget) -> int:
        index = self.stack.addWidget(widget)
        item = QListWidgetItem(title)
        self.steps.addItem(item)
        return index

    def add_step(self, title: str, widget: QWidget,
                 on_enter: Callable[[], None] | None = None) -> int:
        """Append a step after the form; ``on_enter`` runs each time it is shown."""
        index = self._add(title, widget)
        if on_enter:
            self._on_enter[index] = on_enter
        self._update_buttons()
        self._buttons_last()
        return index

    def _buttons_last(self) -> None:
        """Put Close, Back and Next after every step's fields in the Tab order.

        A step added later, or a row made when a case is opened, joins the end of
        the order, after the buttons; Tab would reach them before the page.
        """
        def inside(widget: QWidget) -> bool:  # a descendant, even in a pop-up of its own
            parent: QWidget | None = widget
            while parent is not None and parent is not self:
                parent = parent.parentWidget()
            return parent is self

        last: QWidget = self.next_button
        widget = self.next_button.nextInFocusChain()
        while widget is not None and widget is not self and inside(widget):
            if widget.window() is self.window() \
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                last = widget
            widget = widget.nextInFocusChain()
        if last is self.next_button:
            return
        QWidget.setTabOrder(last, self.close_button)
        QWidget.setTabOrder(self.close_button, self.back_button)
        QWidget.setTabOrder(self.back_button, self.next_button)

    def go(self, index: int) -> None:
        """Show step ``index`` (saving first)."""
        if not 0 <= index < self.stack.count():
            return
        previous = self.stack.currentIndex()
        if previous != index:
            self._visited.add(previous)
        self.save_now()
        step = self.stack.widget(index)
        if isinstance(step, LazyStep) and step.content() is None:
            step.build()
            self._buttons_last()  # its fields joined the end of the Tab order
        self.stack.setCurrentIndex(index)
        if self.steps.currentRow() != index:
            self.steps.blockSignals(True)
            self.steps.setCurrentRow(index)
            self.steps.blockSignals(False)
        if index in self._on_enter:
            self._on_enter[index]()
        self._refresh_problems()
        self._update_buttons()
        current = self.stack.currentWidget()
        if current is not None and not self.steps.hasFocus():
            # Arrowing through the step list keeps the keyboard in the list.
            current.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_section(self, key: str) -> None:
        """Show the form section ``key`` and put the keyboard in it."""
        self.go(self.stack.indexOf(self._holders[key]))

    def _update_buttons(self) -> None:
        i, n = self.stack.currentIndex(), self.stack.count()
        self.back_button.setEnabled(i > 0)
        self.next_button.setEnabled(i < n - 1)

    def current_step(self) -> int:
        """Return the index of the step shown."""
        return self.stack.currentIndex()

    # -- data ------------------------------------------------------------------
    def _load(self) -> None:
        self._update_heading()
        # A section with anything entered was visited before: its tick or warning shows
        # again when the case is reopened (read from the case: pages are built lazily).
        for section in SECTIONS:
            if any(self.case.get(f.name) not in ("", False, [], None) for f in section.fields):
                self._visited.add(self.stack.indexOf(self._holders[section.key]))
        for page in self.pages.values():
            self._load_page(page)

    def _load_page(self, page: SectionPage) -> None:
        for name, editor in page.editors.items():
            editor.set_value(self.case.get(name))

    def _build_section(self, section: Section) -> SectionPage:
        page = SectionPage(section)
        self._load_page(page)
        page.changed.connect(self._field_changed)
        self.pages[section.key] = page
        return page

    def section_page(self, key: str) -> SectionPage:
        """Return the page of form section ``key``, building it if it has not been shown."""
        holder = self._holders[key]
        fresh = holder.content() is None
        page = holder.build()
        if fresh:
            self._buttons_last()
        assert isinstance(page, SectionPage)
        return page

    def _update_heading(self) -> None:
        name = self.case.child_name() or "(child's name not yet given)"
        self.heading.setText(f"{self.case.reference} \u2014 {name}")

    def editor(self, name: str) -> QWidget:
        """Return the bound editor of form field ``name`` (building its page if need be)."""
        return self.section_page(_SECTION_OF[name].key).editors[name]

    def _field_changed(self, name: str) -> None:
        for page in self.pages.values():
            if name in page.editors:
                value: FieldValue = page.editors[name].value()
                before = self.case.get(name)
                if isinstance(value, list) and len(value) > (
                        len(before) if isinstance(before, list) else 0):
                    self._buttons_last()  # a row was added: it joined the end of the Tab order
                self.case.set(name, value)
                break
        if name in ("child_forenames", "child_last_names"):
            self._update_heading()
        self._dirty = True
        self.save_state.setText("Saving\u2026")
        self._timer.start()
        self._refresh_problems()
        self.case_changed.emit()

    def mark_dirty(self) -> None:
        """Record that a step outside the form changed the case; it is saved shortly."""
        self._dirty = True
        self.save_state.setText("Saving\u2026")
        self._timer.start()
        self.case_changed.emit()

    def _autosave(self) -> None:
        if self._dirty and self.writes_held():
            self.save_state.setText(HELD_TEXT)
            return  # saved by save_held() once the check has passed
        self.save_now()

    def save_held(self) -> None:
        """Save what autosave held back while the vault was being checked."""
        if self._dirty and not self._timer.isActive():
            self.save_now()

    def save_now(self) -> bool:
        """Save pending changes at once; return False if saving failed."""
        self._timer.stop()
        if not self._dirty:
            return True
        try:
            merged = self._saver(self.case)
        except Exception as exc:
            self.save_state.setText("\u26a0 Not saved")
            if not self._failed:
                self._failed = True
                self.save_failed.emit(exc)
            return False
        self._dirty = False
        self._failed = False
        self.save_state.setText("\u2713 Saved")
        self.saved.emit()
        if merged:
            self.reloaded.emit()
        return True

    def has_unsaved(self) -> bool:
        """Return True if a change has not reached the vault."""
        return self._dirty

    # -- validation --------------------------------------------------------------
    def problems(self) -> list[Problem]:
        """Return the referral's problems as of now."""
        return validate(self.case, self._today())

    def _refresh_problems(self) -> None:
        by_section = incomplete_sections(self.case, self._today())
        for i, section in enumerate(SECTIONS):
            visited = self.stack.indexOf(self._holders[section.key]) in self._visited
            page = self.pages.get(section.key)
            if page is not None:
                page.show_problems({p.field: p.message for p in by_section.get(section.key, [])
                                    if visited or not p.missing})
            item = self.steps.item(i)
            if by_section.get(section.key) and visited:
                item.setText(f"\u26a0 {section.title}")
                item.setToolTip("Incomplete or needs checking")
            else:
                item.setText(("\u2713 " if visited else "") + section.title)
                item.setToolTip("")

    def _refresh_summary(self) -> None:
        self.summary.refresh(self.case, incomplete_sections(self.case, self._today()))

    def close_case(self) -> None:
        """Save and close."""
        if self.save_now():
            self.closed.emit()
