"""Find text cut off on screen: a label or button whose words need more room than it has.

:func:`clipped_texts` walks the widgets shown under a root and names, in
words, each label or button whose text does not fit the rectangle it is
given (too wide for a single line, too tall once wrapped, or holding a word
wider than the label itself, which wrapping cannot break).  A label inside a
scroll area counts as fitting only if it also fits the scroll area's view
across (a page that must be scrolled sideways to be read is cut off too).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QWidget


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText or not GuiQt.mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _room_across(widget: QWidget, root: QWidget) -> int:
    """The width ``widget`` has on screen: its own, less what scroll areas hide of it."""
    width = widget.contentsRect().width()
    left = widget.mapTo(root, QPoint(0, 0)).x() + widget.contentsRect().left()
    area: QWidget | None = widget.parentWidget()
    while area is not None and area is not root:
        if isinstance(area, QScrollArea):
            view = area.viewport()
            view_left = view.mapTo(root, QPoint(0, 0)).x()
            width = min(width, view_left + view.width() - left)
        area = area.parentWidget()
    return width


def _label_problem(label: QLabel, root: QWidget) -> str | None:
    text = _plain(label).replace("&&", "\0").replace("&", "").replace("\0", "&") \
        if label.buddy() is not None else _plain(label)
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    metrics = QFontMetrics(label.font())
    room = _room_across(label, root) - 2 * label.margin() - max(label.indent(), 0)
    lines = text.split("\n")
    if not label.wordWrap():
        need = max(metrics.horizontalAdvance(line) for line in lines)
        if need > room + 1:
            return f"{need} px of text in {room} px"
        return None
    longest = max((metrics.horizontalAdvance(word) for line in lines for word in line.split()),
                  default=0)
    if longest > room + 1:
        return f"a word of {longest} px in {room} px"
    need_height = label.heightForWidth(label.width())
    if need_height > label.height() + 1:
        return f"{need_height} px of wrapped text in {label.height()} px"
    return None


def _button_problem(button: QAbstractButton, root: QWidget) -> str | None:
    if not button.text().strip():
        return None
    need = button.sizeHint().width()
    room = min(button.width(), _room_across(button, root) + button.contentsMargins().left()
               + button.contentsMargins().right())
    if need > room + 1:
        return f"needs {need} px, has {room} px"
    return None


def clipped_texts(root: QWidget) -> list[str]:
    """Return, in words, each label and button shown under ``root`` whose text is cut off."""
    found: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget, root)
            text = _plain(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget, root)
            text = widget.text()
        if problem is not None:
            name = widget.objectName() or type(widget).__name__
            found.append(f"{name} {text[:40]!r}: {problem}")
    return found
