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

One editor serves case after case (:meth:`CaseEditor.load`): the form's
first page is kept and every field is set from the next case (an empty
field cleared), while the form's other pages and the steps added after the
form, which belong to one case, are destroyed when the case is left
(:meth:`CaseEditor.unload`); the owner adds the next case's own.

Each form section's page is built the first time it is shown (or one of its
editors is asked for, :meth:`CaseEditor.editor`), so opening a case builds
one page, not all of them: :attr:`CaseEditor.pages` holds the pages built so
far.  The steps after the form are built the same way, and released
again, since a reviewed case's steps hold some 20 MB between them: the last
:data:`KEEP_LEFT` of them the user moved on from stay built, older ones are
destroyed (after saving) and built afresh from the case if shown again,
unless they hold something typed (a record not yet added, say).  Leaving
the case destroys them all, and the form's pages but the first
(:meth:`CaseEditor.unload`).  Everything that
concerns every section (the step list's ticks, the summary, saving) is
worked out from the case, never from the widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QListWidgetItem,
    QScrollArea,
    QWidget,
)

from scr_desktop.domain.form import SECTIONS, FieldValue, Section
from scr_desktop.domain.model import Case
from scr_desktop.domain.validation import Problem, incomplete_sections, validate
from scr_desktop.gui import memory
from scr_desktop.gui.forms.case_editor import Ui_CaseEditor
from scr_desktop.gui.reflow import reflow, step_list_width
from scr_desktop.gui.scrolling import leave_out, scroll_wrap, size_to_current
from scr_desktop.gui.wizard.lazy_step import LazyStep
from scr_desktop.gui.wizard.section_page import SectionPage
from scr_desktop.gui.wizard.summary_page import SummaryPage

AUTOSAVE_MS = 300
# How many of the case's own steps stay built after the user has moved on from them (the
# last ones shown, so going back is instant); older ones are released and built again.
KEEP_LEFT = 2
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
        self._loading = False
        # Widgets of the case shown that are not steps (yet); destroyed with its steps.
        self._owned: list[QWidget] = []
        # The case's own steps built by showing them, the most recently shown last.
        self._shown: list[LazyStep] = []

        self.form = Ui_CaseEditor()
        self.form.setupUi(self)
        # A step scrolls rather than hold the window larger than a small screen.
        self._scroll = scroll_wrap(self.form.stack, "step_scroll")
        self._fit_stack = size_to_current(self.form.stack)  # a short step: no blank scroll
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
        if index == self.stack.currentIndex():
            self._fit_stack()
        else:  # the page shown keeps its size: it is not laid out again
            leave_out(widget)
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
        if not isinstance(widget, LazyStep) or widget.content() is not None:
            self._buttons_last()  # else nothing joined the Tab order until it is built
        return index

    def adopt(self, widget: QWidget) -> None:
        """Make ``widget`` a hidden child of the editor, destroyed when another case is loaded."""
        widget.setParent(self)
        widget.hide()
        self._owned.append(widget)

    def load(self, case: Case) -> None:
        """Show ``case`` instead of the case shown (saved or given up by the caller).

        The steps added after the form, and the widgets adopted with them, are
        destroyed; every field of the form pages already built is set from
        ``case``, so nothing of the previous case stays on screen or reaches a save.
        """
        self.unload()
        self.case = case
        self._dirty = False
        self._failed = False
        self._visited = set()
        self.save_state.clear()
        self._loading = True
        try:
            self._load()
        finally:
            self._loading = False
        self.summary.clear()
        self.go(0)

    def unload(self) -> None:
        """Destroy the steps added after the form and the widgets adopted with them.

        Called when the case is left (saved or given up by the caller) and
        before the next case is loaded: those steps belong to one case and
        hold most of the wizard's memory (the Review area, its chronology
        and genogram), which is then handed back to the system
        (:mod:`.memory`).  Of the form's pages the first, shown when a case
        opens, is kept for the next case; the others are built again when shown.
        """
        self._timer.stop()
        first = self.stack.indexOf(self.summary) + 1
        gone: list[QWidget] = []
        # Taking the current row out of the step list moves it to the row before, which
        # would go to (and build) that step: every released step would be built again on
        # the way out, only to be destroyed.
        self.steps.blockSignals(True)
        try:
            for i in range(self.stack.count() - 1, first - 1, -1):
                step = self.stack.widget(i)
                if step is not None:
                    self.stack.removeWidget(step)
                    gone.append(step)
                self.steps.takeItem(i)
        finally:
            self.steps.blockSignals(False)
        gone += [w for w in self._owned if w not in gone]
        self._owned.clear()
        self._on_enter = {i: f for i, f in self._on_enter.items() if i < first}
        self._shown.clear()
        for widget in gone:
            if shiboken6.isValid(widget):
                shiboken6.delete(widget)
        # Of the form's pages only the first, shown on opening, is kept for the next case;
        # the others hold nothing the case lacks (each field is written to it at once).
        for key in list(self.pages)[:]:
            if key != SECTIONS[0].key and self._holders[key].release(now=True):
                del self.pages[key]
                gone.append(self._holders[key])
        if gone:
            memory.give_back_soon()
        self._update_buttons()

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
        self._reflow()
        self._release_left(step)
        if self.steps.currentRow() != index:
            self.steps.blockSignals(True)
            self.steps.setCurrentRow(index)
            self.steps.blockSignals(False)
        if index in self._on_enter:
            self._on_enter[index]()
        self._refresh_problems()
        self._update_buttons()
        # Lay the step out now (one built on this first visit is not yet): the step scroll
        # takes its height at once, and the field given the keyboard is where it shows.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        current = self.stack.currentWidget()
        if current is not None and not self.steps.hasFocus():
            # Arrowing through the step list keeps the keyboard in the list.
            current.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reflow(self) -> None:
        """Lay the step shown out for the width it has (fields under labels when narrow)."""
        current = self.stack.currentWidget()
        if current is not None:
            reflow(current, self._scroll.viewport().width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On a narrow window the step list gives the page some of its width."""
        width = step_list_width(event.size().width())
        if self.steps.width() != width or self.steps.maximumWidth() != width:
            self.steps.setFixedWidth(width)
        super().resizeEvent(event)
        self._reflow()

    def _release_left(self, current: QWidget | None) -> None:
        """Release the case's own steps left longest ago, beyond the last few shown.

        Only the steps after the form are released (the form's pages stay
        until the case is left), only once the case is saved, and never one
        holding what the user typed (:meth:`LazyStep.holds_input`): such a
        step stays built until the case is left, as before.
        """
        first = self.stack.indexOf(self.summary) + 1
        if isinstance(current, LazyStep) and self.stack.indexOf(current) >= first:
            if current in self._shown:
                self._shown.remove(current)
            self._shown.append(current)
        left = [s for s in self._shown if s is not current]
        released = False
        for step in left[:max(0, len(left) - KEEP_LEFT)]:
            if self._dirty or step.holds_input():
                continue  # kept: a failed save, or something typed that only it holds
            self._shown.remove(step)
            released = step.release() or released
        if released:
            memory.give_back_soon()

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
        # the next case is shown from the top of its step, not where the last one was left
        scroll = self.findChild(QScrollArea, "step_scroll")
        if scroll is not None:
            scroll.verticalScrollBar().setValue(0)

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
        if self._loading:
            return  # a field set from the case being loaded, not a change
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
