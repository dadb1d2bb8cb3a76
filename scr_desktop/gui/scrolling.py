"""Let a page scroll rather than be clipped on a small or magnified screen (DESIGN section 6).

A window must fit 1280×720 at 100% and 1920×1080 at 200% (960×540 logical
pixels).  :func:`scroll_wrap` puts a page's content in a frameless scroll
area, so the window can shrink below the content's size and the content
scrolls instead.  The scroll area itself takes no keyboard focus (it would
be a tab stop with no name); Tab moves through the content and the area
scrolls the focused field into view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget


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
