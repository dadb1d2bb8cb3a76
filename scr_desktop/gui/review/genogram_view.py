"""The genogram drawn on screen, from the same layout as the PDF (:mod:`...genogram.layout`).

A :class:`QGraphicsView` over a scene rebuilt from the layout each time the
family changes.  It zooms with Ctrl and the wheel or with + and -, 0 fits
the whole family, and the arrow keys scroll; the drawing is never the only
record (the page shows the same family in words beside it).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from scr_desktop.domain.genogram.layout import SYMBOL, Layout, Node


class GenogramView(QGraphicsView):
    """The drawing; :meth:`show_layout` replaces what it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("genogram_view")
        self.setAccessibleName("Genogram drawing")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(QBrush(QColor("white")))
        self.setMinimumHeight(280)
        self.layout_shown = Layout()
        self._zoomed = False

    def show_layout(self, shape: Layout, summary: str) -> None:
        """Draw ``shape``; ``summary`` becomes the accessible description."""
        self.layout_shown = shape
        scene = self.scene()
        scene.clear()
        ink = QPen(QColor("black"), 1.2)
        dashed = QPen(QColor("#444444"), 1.0, Qt.PenStyle.DashLine)
        for box in shape.household:
            path = QPainterPath()
            path.addRoundedRect(QRectF(box.x, box.y, box.w, box.h), 8, 8)
            scene.addPath(path, dashed)
        for seg in shape.lines:
            scene.addLine(seg.x1, seg.y1, seg.x2, seg.y2, ink)
        for jx, jy in shape.joints:
            scene.addEllipse(jx - 2.2, jy - 2.2, 4.4, 4.4, QPen(Qt.PenStyle.NoPen),
                             QBrush(QColor("black")))
        for node in shape.nodes.values():
            self._symbol(scene, node)
        font = QFont(self.font())
        # the scene is in points, like the PDF: type is sized in scene units, and the view
        # maps points to the screen's pixels (see life_size)
        font.setPixelSize(round(shape.spacing.label_size))
        for node in shape.nodes.values():
            for i, text in enumerate(node.lines):
                item = scene.addSimpleText(text, font)
                rect = item.boundingRect()
                top = node.y + SYMBOL / 2 + 6 + i * shape.spacing.line_height - 1
                ground = scene.addRect(QRectF(node.x - rect.width() / 2 - 1, top,
                                              rect.width() + 2, rect.height()),
                                       QPen(Qt.PenStyle.NoPen), QBrush(QColor("white")))
                ground.setZValue(1)
                item.setZValue(2)
                item.setPos(node.x - rect.width() / 2, top)
        scene.setSceneRect(QRectF(0, 0, shape.width, shape.height))
        self.setAccessibleDescription(summary)
        if not self._zoomed:  # first shown as large as on the printed page
            self._zoomed = True
            self.scale(self.life_size(), self.life_size())

    @staticmethod
    def _symbol(scene: QGraphicsScene, node: Node) -> None:
        x, y, r = node.x, node.y, SYMBOL / 2
        person = node.person
        pen = QPen(QColor("black"), 1.6)
        fill = QBrush(QColor("white"))

        def outline(s: float) -> None:
            if person.sex == "male":
                scene.addRect(QRectF(x - s, y - s, 2 * s, 2 * s), pen, fill).setZValue(3)
            elif person.sex == "female":
                scene.addEllipse(QRectF(x - s, y - s, 2 * s, 2 * s), pen, fill).setZValue(3)
            else:
                poly = QPolygonF([QPointF(x, y - s), QPointF(x + s, y), QPointF(x, y + s),
                                  QPointF(x - s, y)])
                scene.addPolygon(poly, pen, fill).setZValue(3)

        outline(r)
        if person.subject:
            outline(r - 4)
        if person.died:
            cross = QPen(QColor("black"), 1.8)
            scene.addLine(x - r, y - r, x + r, y + r, cross).setZValue(4)
            scene.addLine(x - r, y + r, x + r, y - r, cross).setZValue(4)

    # -- zoom ---------------------------------------------------------------------
    def life_size(self) -> float:
        """Return the scale at which the drawing is as large as on the printed page."""
        return self.logicalDpiX() / 72.0

    def fit(self) -> None:
        """Zoom so the whole family is in view (never larger than the printed page)."""
        self.resetTransform()
        rect = self.scene().sceneRect()
        view = self.viewport().rect()
        if rect.width() > 0 and rect.height() > 0 and view.width() > 0:
            scale = min(self.life_size(), view.width() / rect.width(),
                        view.height() / rect.height())
            self.scale(scale, scale)

    def zoom(self, factor: float) -> None:
        """Zoom in (factor above 1) or out, within 20% and 400%."""
        current = self.transform().m11()
        target = max(0.2, min(4.0, current * factor))
        self.scale(target / current, target / current)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Zoom with + and -, fit with 0; everything else as a view does."""
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom(0.8)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Zoom with Ctrl and the wheel; scroll without it."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)
        else:
            super().wheelEvent(event)
