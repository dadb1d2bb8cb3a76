"""The timeline: a lane per agency, an entry per mark, key practice episodes as diamonds.

Drawn from the same layout as the PDF's timeline
(:func:`scr_desktop.domain.chronology.timeline.layout`).  It zooms
(Ctrl++ and Ctrl+-, Ctrl+0 to fit, or Ctrl and the mouse wheel) and is
navigable by keyboard: Left and Right move to the previous and next entry
in date order, Up and Down to the nearest entry in the lane above or below,
Home and End to the first and last (a click on a mark chooses it too); the
current entry is outlined, kept in view, and described in the view's
accessible description and by :attr:`TimelineView.current_changed`.  Key practice episodes differ by
shape (a diamond) as well as colour.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from scr_desktop.domain.chronology.entry import Entry
from scr_desktop.domain.chronology.timeline import TimelineLayout, layout

LANE_H = 36.0
LABEL_W = 150.0
BASE_W = 1200.0
KEY_COLOUR = QColor("#B00020")
MARK_COLOUR = QColor("#1F4E79")


def describe(entry: Entry) -> str:
    """An entry in words, for the accessible description and the status line."""
    flag = "Key practice episode. " if entry.key else ""
    when = entry.date_text + (f" {entry.time}" if entry.time else "")
    return f"{when}, {entry.agency}: {flag}{' '.join(entry.event.split())[:200]}"


class TimelineView(QGraphicsView):
    """The chronology as lanes over time."""

    current_changed = Signal(object)  # the Entry now current, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName("Timeline of the chronology")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.zoom = 1.0
        self.layout_: TimelineLayout | None = None
        self._order: list[int] = []  # marks in date order (their index in layout_.marks)
        self._items: list[QGraphicsItem] = []
        self._current = -1
        self._outline: QGraphicsItem | None = None

    # -- content -------------------------------------------------------------------
    def set_entries(self, entries: list[Entry]) -> None:
        """Draw ``entries`` (in date order)."""
        self.layout_ = layout(entries)
        self._order = list(range(len(self.layout_.marks)))
        self._current = -1
        self._redraw()
        self.current_changed.emit(None)

    def clear(self) -> None:
        """Draw nothing (the vault is locking)."""
        self.layout_ = None
        self._order = []
        self._current = -1
        self._items = []
        self._outline = None
        self.scene().clear()
        self.setAccessibleDescription("")

    def _redraw(self) -> None:
        scene = self.scene()
        scene.clear()
        self._items = []
        self._outline = None
        lay = self.layout_
        if lay is None:
            return
        width = BASE_W * self.zoom
        lanes = max(1, len(lay.lanes))
        height = LANE_H * lanes
        for i, name in enumerate(lay.lanes):
            if i % 2 == 0:
                scene.addRect(QRectF(LABEL_W, i * LANE_H, width, LANE_H), QPen(Qt.PenStyle.NoPen),
                              QBrush(QColor("#F2F5F8")))
            label = scene.addText(name[:24])
            label.setPos(4, i * LANE_H + 6)
        grid = QPen(QColor("#C8D0D8"))
        every = max(1, int(len(lay.ticks) / (12 * self.zoom)) + 1) if lay.ticks else 1
        for n, (x, text) in enumerate(lay.ticks):
            px = LABEL_W + x * width
            scene.addLine(px, 0, px, height, grid)
            if n % every == 0:
                label = scene.addText(text)
                label.setPos(px + 2, height + 2)
        for m in lay.marks:
            px = LABEL_W + m.x * width
            cy = m.lane * LANE_H + LANE_H / 2
            item: QGraphicsItem
            if m.entry.key:
                poly = QPolygonF([QPointF(px, cy - 9), QPointF(px + 9, cy), QPointF(px, cy + 9),
                                  QPointF(px - 9, cy)])
                item = scene.addPolygon(poly, QPen(Qt.GlobalColor.black), QBrush(KEY_COLOUR))
            else:
                item = scene.addRect(QRectF(px - 2.5, cy - 7, 5, 14), QPen(Qt.PenStyle.NoPen),
                                     QBrush(MARK_COLOUR))
            item.setToolTip(describe(m.entry))
            self._items.append(item)
        scene.setSceneRect(QRectF(0, -4, LABEL_W + width + 20, height + 30))
        if self._current >= 0:
            self._show_current()

    # -- zoom ------------------------------------------------------------------------
    def set_zoom(self, zoom: float) -> None:
        """Stretch time by ``zoom`` (1 fits the default width; 0.25 to 40)."""
        self.zoom = min(40.0, max(0.25, zoom))
        self._redraw()

    def zoom_in(self) -> None:
        """Show less time, in more detail."""
        self.set_zoom(self.zoom * 1.5)

    def zoom_out(self) -> None:
        """Show more time."""
        self.set_zoom(self.zoom / 1.5)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl and the wheel zoom; the wheel alone scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on a mark makes its entry current."""
        item = self.itemAt(event.position().toPoint())
        if item is not None and item in self._items:
            self._current = self._items.index(item)
            self._show_current()
            event.accept()
            return
        super().mousePressEvent(event)

    # -- keyboard --------------------------------------------------------------------
    def current(self) -> Entry | None:
        """The entry now current."""
        if self.layout_ is None or self._current < 0:
            return None
        return self.layout_.marks[self._current].entry

    def select(self, position: int) -> None:
        """Make the ``position``-th entry in date order current."""
        if not self._order:
            return
        self._current = self._order[max(0, min(position, len(self._order) - 1))]
        self._show_current()

    def _show_current(self) -> None:
        lay = self.layout_
        if lay is None or self._current < 0:
            return
        item = self._items[self._current]
        if self._outline is not None:
            self.scene().removeItem(self._outline)
        rect = item.sceneBoundingRect().adjusted(-5, -5, 5, 5)
        pen = QPen(QColor("#000000"), 2, Qt.PenStyle.DashLine)
        self._outline = self.scene().addRect(rect, pen)
        self.ensureVisible(rect, 60, 20)
        entry = lay.marks[self._current].entry
        self.setAccessibleDescription(describe(entry))
        self.current_changed.emit(entry)

    def _nearest_in_lane(self, lane: int) -> int | None:
        lay = self.layout_
        if lay is None or self._current < 0:
            return None
        x = lay.marks[self._current].x
        best = [(abs(m.x - x), i) for i, m in enumerate(lay.marks) if m.lane == lane]
        return min(best)[1] if best else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows, Home and End move between entries; Ctrl++ / Ctrl+- / Ctrl+0 zoom."""
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        position = self._order.index(self._current) if self._current in self._order else -1
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            self.set_zoom(1.0)
        elif key == Qt.Key.Key_Right:
            self.select(position + 1)
        elif key == Qt.Key.Key_Left:
            self.select(max(0, position - 1))
        elif key == Qt.Key.Key_Home:
            self.select(0)
        elif key == Qt.Key.Key_End:
            self.select(len(self._order) - 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.layout_ is not None:
            if self._current < 0:
                self.select(0)
            else:
                lane = self.layout_.marks[self._current].lane + (
                    -1 if key == Qt.Key.Key_Up else 1)
                found = self._nearest_in_lane(lane) if 0 <= lane < len(self.layout_.lanes) \
                    else None
                if found is not None:
                    self._current = found
                    self._show_current()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
