"""Check one window as a keyboard and screen-reader user meets it (DESIGN section 6).

:func:`problems` returns, in words, what is wrong with a shown top-level
window: a mnemonic (Alt+letter) used twice among its visible widgets and
menu-bar titles, or twice in one menu; an input with neither an accessible
name nor a buddy label; a table or list that Tab or Ctrl+Tab cannot leave;
a minimum size larger than the smallest screen the design promises; a
window shown larger than its own screen.

The size limit, in device-independent pixels: Qt lays a window out in
logical pixels, and at 200% scaling one logical pixel is two on the screen,
so a 1920×1080 screen at 200% offers 960×540 logical pixels, less than
1366×768 or 1280×720 at 100%.  From each screen we take a taskbar (48
pixels) and a title bar (32), and 16 pixels of frame in width.  The
strictest of the three screens bounds every window's minimum size (its
``minimumSizeHint`` and ``minimumSize``), at whichever scale it is measured:
a window that fits 944×460 logical pixels fits all three.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

TASKBAR, TITLE_BAR, FRAME = 48, 32, 16
SCREENS = {"1366×768 at 100%": (1366, 768, 1.0), "1280×720 at 100%": (1280, 720, 1.0),
           "1920×1080 at 200%": (1920, 1080, 2.0)}


def size_limit() -> QSize:
    """Return the largest minimum size, in logical pixels, that fits every promised screen."""
    fits = [(int(w / scale) - FRAME, int(h / scale) - TASKBAR - TITLE_BAR)
            for w, h, scale in SCREENS.values()]
    return QSize(min(w for w, _ in fits), min(h for _, h in fits))


MNEMONIC = re.compile(r"&(.)")


def mnemonic(text: str) -> str | None:
    """Return the lower-case mnemonic letter of ``text`` ('&&' is a literal '&')."""
    for match in MNEMONIC.finditer(text.replace("&&", "")):
        if match.group(1).strip():
            return match.group(1).lower()
    return None


INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox,
          QAbstractSlider, QAbstractItemView)
# Parts of another widget, which Qt names for screen readers itself (a table's
# header, a scroll area's scroll bars): not inputs of their own.
PARTS = (QHeaderView, QScrollBar)


def _shown(w: QWidget, window: QWidget) -> bool:
    return w.isVisibleTo(window) and w.window() is window


def _named_by_text(w: QWidget) -> bool:
    return isinstance(w, QAbstractButton) and bool(w.text().replace("&", "").strip())


def _is_part_of_another_input(w: QWidget) -> bool:
    """A spin box's own field, or a combo box's pop-up list (an editable combo box's
    typing field is announced on its own by screen readers, so it is not a part)."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox) or (
                isinstance(parent, QComboBox) and not isinstance(w, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return False


def _label(w: QWidget) -> str:
    name = w.accessibleName() or w.objectName() or type(w).__name__
    parent = w.parentWidget()
    where = parent.objectName() if parent is not None else ""
    return f"{type(w).__name__} {name!r}" + (f" in {where!r}" if where else "")


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Return each mnemonic used twice among the window's visible widgets and menus."""
    problems: list[str] = []
    used: dict[str, list[str]] = {}

    def add(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            used.setdefault(letter, []).append(f"{what} {text!r}")

    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text(), "menu")
                menu = action.menu()
                if isinstance(menu, QMenu):
                    problems += _menu_clashes(menu)
    for w in window.findChildren(QWidget):
        if not _shown(w, window):
            continue
        if isinstance(w, QAbstractButton) and not isinstance(w.parentWidget(), QTabBar):
            add(w.text(), "button")
        elif isinstance(w, QLabel) and w.buddy() is not None:
            add(w.text(), "label")
        elif isinstance(w, QGroupBox) and w.isCheckable():
            add(w.title(), "group")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i):
                    add(w.tabText(i), "tab")
    for letter, owners in sorted(used.items()):
        if len(owners) > 1:
            problems.append(f"Alt+{letter.upper()} is used {len(owners)} times: "
                            + ", ".join(owners))
    return problems


def _menu_clashes(menu: QMenu) -> list[str]:
    used: dict[str, list[str]] = {}
    problems: list[str] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = mnemonic(action.text())
        if letter is not None:
            used.setdefault(letter, []).append(action.text())
        sub = action.menu()
        if isinstance(sub, QMenu):
            problems += _menu_clashes(sub)
    for letter, owners in sorted(used.items()):
        if len(owners) > 1:
            problems.append(f"Alt+{letter.upper()} is used twice in menu "
                            f"{menu.title()!r}: {owners}")
    return problems


def unnamed_inputs(window: QWidget) -> list[str]:
    """Return every visible input with neither an accessible name nor a buddy label."""
    labelled = {label.buddy() for label in window.findChildren(QLabel)
                if label.buddy() is not None}
    return [f"no accessible name or buddy: {_label(w)}"
            for w in window.findChildren(QWidget)
            if isinstance(w, INPUTS) and not isinstance(w, PARTS) and _shown(w, window)
            and not _is_part_of_another_input(w)
            and not w.accessibleName().strip() and w not in labelled
            and not _named_by_text(w)]


def unnamed_tab_stops(window: QWidget) -> list[str]:
    """Return every visible scroll area or frame the Tab key stops on, though it has no name."""
    return [f"unnamed tab stop: {_label(w)}" for w in window.findChildren(QAbstractScrollArea)
            if _shown(w, window) and not isinstance(w, INPUTS)
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.accessibleName().strip()]


def tab_traps(window: QWidget) -> list[str]:
    """Return every visible table or list that Tab or Ctrl+Tab does not leave."""
    problems: list[str] = []
    keep = QApplication.focusWidget()
    for view in window.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView) or not _shown(view, window) or not view.isEnabled() \
                or view.focusPolicy() == Qt.FocusPolicy.NoFocus \
                or _is_part_of_another_input(view):
            continue
        for modifier, name in ((Qt.KeyboardModifier.NoModifier, "Tab"),
                               (Qt.KeyboardModifier.ControlModifier, "Ctrl+Tab")):
            view.setFocus(Qt.FocusReason.TabFocusReason)
            if view.model() is not None and view.model().rowCount() > 0:
                view.setCurrentIndex(view.model().index(0, 0))
            QTest.keyClick(view, Qt.Key.Key_Tab, modifier)
            now = QApplication.focusWidget()
            if now is view or (now is not None and view.isAncestorOf(now)):
                problems.append(f"{name} does not leave {_label(view)}")
    if keep is not None:
        keep.setFocus()
    return problems


def too_large(window: QWidget) -> list[str]:
    """Return a problem if the window cannot shrink to fit the smallest promised screen.

    The window is first given the limit's size (a window may lay itself out
    for its size, as the presenter scales its type), then put back.
    """
    limit = size_limit()
    was = window.size()
    window.resize(limit.boundedTo(was))
    QApplication.sendPostedEvents()  # pending layout and polish, no waiting
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    window.resize(was)
    if hint.width() > limit.width() or hint.height() > limit.height():
        return [f"cannot shrink below {hint.width()}×{hint.height()} logical pixels "
                f"(limit {limit.width()}×{limit.height()})"]
    return []


def larger_than_its_screen(window: QWidget) -> list[str]:
    """Return a problem if the window is shown larger than its screen's available area."""
    screen = window.screen()
    if screen is None:
        return []
    room = screen.availableGeometry().size()
    if window.width() > room.width() or window.height() > room.height():
        return [f"shown at {window.width()}×{window.height()} on a screen of "
                f"{room.width()}×{room.height()}"]
    return []


def problems(window: QWidget, *, keys: bool = True) -> list[str]:
    """Return every problem of the shown top-level ``window`` (see the module docstring)."""
    found = (larger_than_its_screen(window) + mnemonic_clashes(window)
             + unnamed_inputs(window) + unnamed_tab_stops(window) + too_large(window))
    if keys:
        found += tab_traps(window)
    title = window.windowTitle() or window.objectName() or type(window).__name__
    return [f"{title}: {p}" for p in found]
