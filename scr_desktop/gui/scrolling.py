"""Let a page scroll rather than be clipped on a small or magnified screen (DESIGN section 6).

A window must fit 1280×720 at 100% and 1920×1080 at 200% (960×540 logical
pixels).  :func:`scroll_wrap` puts a page's content in a frameless scroll
area, so the window can shrink below the content's size and the content
scrolls instead.  The scroll area itself takes no keyboard focus (it would
be a tab stop with no name); Tab moves through the content and the area
scrolls the focused field into view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

OWN_POLICY = "ownVerticalPolicy"
OWN_ACROSS = "ownHorizontalPolicy"


def make_scroll_area(content: QWidget, name: str) -> QScrollArea:
    """Return a frameless scroll area, named ``name``, showing ``content`` at full width."""
    area = _area(name)
    area.setWidget(content)
    return area


def _area(name: str) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


def scroll_wrap(content: QWidget, name: str) -> QScrollArea:
    """Replace ``content`` in its parent's layout by a scroll area holding it; return the area."""
    parent = content.parentWidget()
    layout: QLayout | None = parent.layout() if parent is not None else None
    area = _area(name)
    if layout is not None:
        layout.replaceWidget(content, area, Qt.FindChildOption.FindChildrenRecursively)
    area.setWidget(content)
    return area


class StepStack(QStackedWidget):
    """A stack of steps in a scroll area, as tall for a width as the step shown.

    A stacked widget gives the height for a width of its tallest page, hidden
    ones included, and a scroll area holding it asks for that height; a short
    step would then scroll into blank space.
    """

    def heightForWidth(self, width: int) -> int:
        """Return the shown step's height for ``width`` (-1: it has none)."""
        page = self.currentWidget()
        if page is None or not page.hasHeightForWidth():
            return -1
        frame = 2 * self.frameWidth()
        return page.heightForWidth(width - frame) + frame


def size_to_current(stack: QStackedWidget) -> Callable[[], None]:
    """Let ``stack`` (in a scroll area) be as tall and as wide as its current page, not its
    tallest or widest.

    A stacked widget asks for the height of its tallest page, so in a scroll
    area a short page would scroll into blank space; and it keeps the minimum
    width of its widest page, so on a narrow screen every page would scroll
    sideways for the sake of one.  A page not shown has its size policy set to
    Ignored both ways, which the stack leaves out of its size.
    Returns the update, to call again when a page is added.
    """

    def show() -> None:
        current = stack.currentIndex()
        for i in range(stack.count()):
            page = stack.widget(i)
            if page is None:
                continue
            policy = page.sizePolicy()
            own = page.property(OWN_POLICY)
            if own is None:
                own = policy.verticalPolicy()
                page.setProperty(OWN_POLICY, own)
            across = page.property(OWN_ACROSS)
            if across is None:
                across = policy.horizontalPolicy()
                page.setProperty(OWN_ACROSS, across)
            policy.setVerticalPolicy(own if i == current else QSizePolicy.Policy.Ignored)
            policy.setHorizontalPolicy(across if i == current else QSizePolicy.Policy.Ignored)
            page.setSizePolicy(policy)
        stack.updateGeometry()
        viewport = stack.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):  # resize the stack to the page now, not later
            QApplication.sendEvent(area, QEvent(QEvent.Type.LayoutRequest))

    stack.currentChanged.connect(lambda _index: show())
    show()
    return show


def leave_out(page: QWidget) -> None:
    """Leave ``page``, just added to a stack of :func:`size_to_current` and not shown, out of
    the stack's size, as the update would, without laying out the page shown again.

    Opening a case adds a handful of steps after the form: the stack's size, that of the
    page shown, does not change, and laying that page out for each step added was most of
    what adding them cost.
    """
    policy = page.sizePolicy()
    if page.property(OWN_POLICY) is None:
        page.setProperty(OWN_POLICY, policy.verticalPolicy())
    if page.property(OWN_ACROSS) is None:
        page.setProperty(OWN_ACROSS, policy.horizontalPolicy())
    policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    page.setSizePolicy(policy)
