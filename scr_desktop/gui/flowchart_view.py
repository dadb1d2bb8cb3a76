"""The decision flowchart, painted for a projector, with the case's own path highlighted.

:class:`FlowchartView` draws the steps of an
:class:`~scr_desktop.domain.assessment.Assessment` path (notifiable
incident, then each decision level, then the outcome) as boxes joined by
arrows, scaled to the widget so that it stays crisp and readable at any
size.  The case's route is marked three ways besides colour: a thick border,
a tick, cross or arrow drawn as a vector glyph, and the answer in words;
steps the route never reaches are drawn faint and dashed.  Every colour
comes from the widget's palette, so a high-contrast palette or stylesheet
is honoured.  :meth:`FlowchartView.text_equivalent` gives the same path as
text, and the accessible name and description are kept up to date with it.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from scr_desktop.domain.assessment import Assessment, PathNode

ACCESSIBLE_NAME = "Decision flowchart"
EMPTY_TEXT = ("No assessment yet. Answer the flowchart questions for this case and its "
              "path will be shown here.")
DESIGN_SIZE = (1280.0, 720.0)  # the size the proportions below were drawn for

_ANSWER_WORDS = {"yes": "Yes", "no": "No", "not_reached": "Not reached"}
MIN_TEXT_CONTRAST = 4.5  # WCAG 2 AA for normal text


def contrast_ratio(a: QColor, b: QColor) -> float:
    """Return the WCAG 2 contrast ratio between two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def readable_faint(placeholder: QColor, ink: QColor, background: QColor) -> QColor:
    """Return ``placeholder`` darkened towards ``ink`` just enough to read at 4.5:1."""
    for step in range(11):
        t = step / 10
        colour = QColor.fromRgbF(
            placeholder.redF() * (1 - t) + ink.redF() * t,
            placeholder.greenF() * (1 - t) + ink.greenF() * t,
            placeholder.blueF() * (1 - t) + ink.blueF() * t,
        )
        if contrast_ratio(colour, background) >= MIN_TEXT_CONTRAST:
            return colour
    return ink


def describe_node(node: PathNode) -> str:
    """Return one step of the path as a sentence for the text equivalent."""
    if node.state == "outcome":
        text = f"{node.title}: {node.answer}."
        if node.details:
            text += " Other processes to consider: " + "; ".join(node.details) + "."
        return text
    text = f"{node.title}: {_ANSWER_WORDS.get(node.state, node.answer)}"
    if node.state == "not_reached" and node.details:
        return text + " (also met: " + "; ".join(node.details) + ")."
    if node.state == "not_reached":
        return text + " (an earlier step already decided the outcome)."
    if node.details:
        return text + " - " + "; ".join(node.details) + "."
    return text + "."


class FlowchartView(QWidget):
    """A scalable, accessible drawing of an assessment's route through the flowchart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._assessment: Assessment | None = None
        # Each text the last paint drew and whether it fitted its box (never elided).
        self.drawn: list[tuple[str, bool]] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(ACCESSIBLE_NAME)
        self._update_accessibility()

    # -- public API ----------------------------------------------------------------
    def set_assessment(self, assessment: Assessment | None) -> None:
        """Show ``assessment`` (None clears the chart)."""
        self._assessment = assessment
        self._update_accessibility()
        self.update()

    def assessment(self) -> Assessment | None:
        """Return the assessment shown, if any."""
        return self._assessment

    def highlighted_nodes(self) -> tuple[str, ...]:
        """Return the ids of the steps on the case's route, in order."""
        if self._assessment is None:
            return ()
        return tuple(n.id for n in self._assessment.path if n.on_path)

    def text_equivalent(self) -> str:
        """Return the case's path through the flowchart as plain text."""
        a = self._assessment
        if a is None:
            return EMPTY_TEXT
        lines = [f"{ACCESSIBLE_NAME} for {a.framework_title}. This case's path:"]
        lines += [f"{i}. {describe_node(n)}" for i, n in enumerate(a.path, start=1)]
        return "\n".join(lines)

    def sizeHint(self) -> QSize:
        """Return a comfortable size for the chart."""
        return QSize(960, 540)

    def minimumSizeHint(self) -> QSize:
        """Return the smallest size at which the chart is still legible."""
        return QSize(360, 300)

    # -- Qt events -----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """Repaint when the palette, style or font changes (for example high contrast)."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange,
                            QEvent.Type.FontChange):
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the whole chart, scaled to the widget."""
        self.drawn.clear()
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            _Painter(self, painter).paint(self._assessment)
        finally:
            painter.end()

    # -- helpers --------------------------------------------------------------------------
    def _update_accessibility(self) -> None:
        text = self.text_equivalent()
        self.setAccessibleDescription(text)
        self.setToolTip("")
        self.setWhatsThis(text)


class _Painter:
    """Does the drawing for one paint event; all sizes scale with the widget."""

    def __init__(self, widget: QWidget, painter: QPainter) -> None:
        self.w = widget
        self.p = painter
        self.pal = widget.palette()
        width, height = float(widget.width()), float(widget.height())
        self.width, self.height = width, height
        self.horizontal = width >= height * 1.2
        design_w, design_h = DESIGN_SIZE if self.horizontal else DESIGN_SIZE[::-1]
        self.s = max(0.35, min(width / design_w, height / design_h))
        self.family = widget.font().family()
        # The user's own font size (OS setting or scaling) is the floor for body text.
        self.base_px = float(QFontInfo(widget.font()).pixelSize())
        self.compact = False

    # colours, all from the palette
    def c(self, role: QPalette.ColorRole) -> QColor:
        return self.pal.color(QPalette.ColorGroup.Active, role)

    @property
    def ink(self) -> QColor:
        return self.c(QPalette.ColorRole.WindowText)

    @property
    def faint(self) -> QColor:
        return readable_faint(self.c(QPalette.ColorRole.PlaceholderText), self.ink,
                              self.c(QPalette.ColorRole.Window))

    def font(self, px: float, bold: bool = False, italic: bool = False) -> QFont:
        f = QFont(self.family)
        f.setPixelSize(max(9, round(px)))
        f.setBold(bold)
        f.setItalic(italic)
        return f

    # -- the chart -----------------------------------------------------------------------
    def paint(self, assessment: Assessment | None) -> None:
        s, p = self.s, self.p
        p.fillRect(QRectF(0, 0, self.width, self.height), self.c(QPalette.ColorRole.Window))
        margin = 20 * s
        title_h = 46 * s
        p.setPen(self.ink)
        title = ACCESSIBLE_NAME
        if assessment is not None:
            title += f": {assessment.framework_title}"
        self.fitted(QRectF(margin, margin, self.width - 2 * margin, title_h),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title,
                    max(30 * s, self.base_px * 1.3), bold=True)
        if self.w.hasFocus():
            pen = QPen(self.ink, max(1.0, 2 * s), Qt.PenStyle.DotLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(2, 2, self.width - 4, self.height - 4))
        if assessment is None:
            p.setPen(self.ink)
            p.setFont(self.font(24 * s))
            p.drawText(QRectF(margin, margin + title_h, self.width - 2 * margin,
                              self.height - 2 * margin - title_h),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, EMPTY_TEXT)
            return
        legend_h = 40 * s
        area = QRectF(margin, margin + title_h + 8 * s, self.width - 2 * margin,
                      self.height - 2 * margin - title_h - legend_h - 16 * s)
        nodes = assessment.path
        rects, horizontal = self.layout(area, len(nodes), self.horizontal)
        self.arrows(nodes, rects, horizontal, area)
        body_px = min(self.node(n, r) for n, r in zip(nodes, rects, strict=True))
        if body_px < self.base_px * 0.95:
            # Too cramped for the questions as well: show only what applies at each step.
            self.compact = True
            body_px = min(self.node(n, r) for n, r in zip(nodes, rects, strict=True))
        for node, rect in zip(nodes, rects, strict=True):
            self.node(node, rect, body_px)
        self.legend(QRectF(margin, self.height - margin - legend_h, self.width - 2 * margin,
                           legend_h))

    def layout(self, area: QRectF, n: int, horizontal: bool) -> tuple[list[QRectF], bool]:
        s = self.s
        lane = 44 * s  # room for the arrow that skips steps not reached
        if horizontal:
            gap = 46 * s
            bw = (area.width() - (n - 1) * gap) / n
            return [QRectF(area.left() + i * (bw + gap), area.top() + lane, bw,
                           area.height() - lane) for i in range(n)], True
        gap = 30 * s
        bh = (area.height() - (n - 1) * gap) / n
        return [QRectF(area.left(), area.top() + i * (bh + gap), area.width() - lane, bh)
                for i in range(n)], False

    # -- arrows ------------------------------------------------------------------------------
    def arrows(self, nodes: tuple[PathNode, ...], rects: list[QRectF], horizontal: bool,
               area: QRectF) -> None:
        s = self.s
        visited = [i for i, nd in enumerate(nodes) if nd.on_path]
        path_pairs = set(pairwise(visited))
        for i in range(len(nodes) - 1):
            if (i, i + 1) in path_pairs:
                continue
            a, b = self.ends(rects[i], rects[i + 1], horizontal)
            self.arrow([a, b], QPen(self.faint, max(1.0, 2 * s), Qt.PenStyle.DashLine))
        strong = QPen(self.ink, max(2.0, 5 * s), Qt.PenStyle.SolidLine,
                      Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin)
        for i, j in sorted(path_pairs):
            if j == i + 1:
                a, b = self.ends(rects[i], rects[j], horizontal)
                self.arrow([a, b], strong)
            elif horizontal:
                y = area.top() + 18 * s
                self.arrow([QPointF(rects[i].center().x(), rects[i].top()),
                            QPointF(rects[i].center().x(), y), QPointF(rects[j].center().x(), y),
                            QPointF(rects[j].center().x(), rects[j].top())], strong)
            else:
                x = area.right() - 18 * s
                self.arrow([QPointF(rects[i].right(), rects[i].center().y()),
                            QPointF(x, rects[i].center().y()), QPointF(x, rects[j].center().y()),
                            QPointF(rects[j].right(), rects[j].center().y())], strong)

    @staticmethod
    def ends(a: QRectF, b: QRectF, horizontal: bool) -> tuple[QPointF, QPointF]:
        if horizontal:
            return QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y())
        return QPointF(a.center().x(), a.bottom()), QPointF(b.center().x(), b.top())

    def arrow(self, points: list[QPointF], pen: QPen) -> None:
        p, s = self.p, self.s
        head = 16 * s
        tip, before = points[-1], points[-2]
        dx, dy = tip.x() - before.x(), tip.y() - before.y()
        length = max(1e-6, (dx * dx + dy * dy) ** 0.5)
        ux, uy = dx / length, dy / length
        base = QPointF(tip.x() - ux * head, tip.y() - uy * head)
        line = QPainterPath(points[0])
        for pt in [*points[1:-1], base]:
            line.lineTo(pt)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(line)
        half = head * 0.55
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(pen.color())
        p.drawPolygon(QPolygonF([tip, QPointF(base.x() - uy * half, base.y() + ux * half),
                                 QPointF(base.x() + uy * half, base.y() - ux * half)]))

    # -- boxes ------------------------------------------------------------------------------------
    def node(self, node: PathNode, rect: QRectF, body_px: float | None = None) -> float:
        """Draw one step with its body text at ``body_px``.

        With ``body_px`` None nothing is drawn: the largest body size that
        fits the box is returned, so that every box can share one size.
        """
        p, s = self.p, self.s
        draw = body_px is not None
        decisive = node.state in ("yes", "outcome")
        highlight = self.c(QPalette.ColorRole.Highlight)
        if node.state == "not_reached":
            pen = QPen(self.faint, max(1.0, 2 * s), Qt.PenStyle.DashLine)
            fill, text = self.c(QPalette.ColorRole.Window), self.faint
        else:
            pen = QPen(highlight if decisive else self.ink, max(2.0, (8 if decisive else 3) * s))
            fill, text = self.c(QPalette.ColorRole.Base), self.c(QPalette.ColorRole.Text)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        inset = pen.widthF() / 2
        if draw:
            p.setPen(pen)
            p.setBrush(fill)
            p.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 10 * s, 10 * s)

        pad = 12 * s + inset
        inner = rect.adjusted(pad, pad, -pad, -pad)
        p.setPen(text)
        title_px = self.widest_word_size(node.title, inner.width(),
                                         max(24 * s, self.base_px * 1.15), bold=True)
        p.setFont(self.font(title_px, bold=True))
        title_h = self.text_height(node.title, inner.width())
        if draw:
            self.fitted(QRectF(inner.left(), inner.top(), inner.width(), title_h),
                        Qt.AlignmentFlag.AlignLeft, node.title, title_px, bold=True)
            p.setPen(text)
        y = inner.top() + title_h + 8 * s

        glyph = max(40 * s, self.base_px * 1.6)
        if draw:
            self.glyph(node.state, QRectF(inner.left(), y, glyph, glyph))
            word = "Result" if node.state == "outcome" else _ANSWER_WORDS.get(node.state,
                                                                               node.answer)
            p.setPen(text)
            word_px = 30 * s if node.state != "not_reached" else 22 * s
            aw = inner.width() - glyph - 10 * s
            self.fitted(QRectF(inner.left() + glyph + 10 * s, y, aw, glyph),
                        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, word,
                        max(word_px, self.base_px * 1.2), bold=node.state != "not_reached")
        y += glyph + 10 * s
        if node.state == "outcome":
            p.setFont(self.font(max(24 * s, self.base_px * 1.15), bold=True))
            ah = self.text_height(node.answer, inner.width())
            if draw:
                p.drawText(QRectF(inner.left(), y, inner.width(), ah),
                           Qt.TextFlag.TextWordWrap, node.answer)
            y += ah + 10 * s

        body = [] if self.compact else [node.question]
        if node.details:
            heading = "Other processes:" if node.state == "outcome" else (
                "Also met:" if node.state == "not_reached" else "Met:")
            body.append(heading + "\n" + "\n".join(f"• {d}" for d in node.details))
        area = QRectF(inner.left(), y, inner.width(), inner.bottom() - y)
        if body_px is None:
            return self.fitting_size("\n\n".join(body), area)
        if area.height() > 0:
            p.setFont(self.font(body_px))
            p.setPen(text)
            p.save()
            p.setClipRect(area)
            p.drawText(area, int(Qt.TextFlag.TextWordWrap), "\n\n".join(body))
            p.restore()
        return body_px

    def fitted(self, rect: QRectF, align: Qt.AlignmentFlag, text: str, px: float, *,
               bold: bool = False) -> None:
        """Draw ``text`` in ``rect``, wrapped at spaces and made smaller until it fits.

        Nothing that carries meaning is ever elided: below the smallest
        readable size the text wraps anywhere (within words) instead.  What
        was drawn, and whether it fitted, is kept in the widget's ``drawn``.
        """
        floor = max(9.0, min(px, self.base_px * 0.8))
        flags = int(align) | int(Qt.TextFlag.TextWordWrap)
        size = px
        while True:
            self.p.setFont(self.font(size, bold=bold))
            box = QFontMetricsF(self.p.font()).boundingRect(
                QRectF(0, 0, rect.width(), 10_000), flags, text)
            fits = box.width() <= rect.width() + 0.5 and box.height() <= rect.height() + 0.5
            if fits or size <= floor:
                break
            size -= 1
        if not fits:
            flags |= int(Qt.TextFlag.TextWrapAnywhere)
        self.p.drawText(rect, flags, text)
        drawn = getattr(self.w, "drawn", None)
        if isinstance(drawn, list):
            drawn.append((text, fits))

    def widest_word_size(self, text: str, width: float, px: float, *,
                         bold: bool = False) -> float:
        """Return the largest size up to ``px`` at which each word of ``text`` fits ``width``."""
        floor = max(9.0, min(px, self.base_px * 0.8))
        words = text.split() or [""]
        while px > floor:
            fm = QFontMetricsF(self.font(px, bold=bold))
            if max(fm.horizontalAdvance(w) for w in words) <= width:
                break
            px -= 1
        return px

    def text_height(self, text: str, width: float) -> float:
        fm = QFontMetricsF(self.p.font())
        return fm.boundingRect(QRectF(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap),
                               text).height()

    def fitting_size(self, text: str, rect: QRectF) -> float:
        """Return the largest body size (down to a floor near the user's font) that fits."""
        px = max(22 * self.s, self.base_px)
        floor = max(9.0, min(px, self.base_px * 0.8))
        while px > floor:
            self.p.setFont(self.font(px))
            if rect.height() > 0 and self.text_height(text, rect.width()) <= rect.height():
                break
            px -= 1
        return px

    def glyph(self, state: str, r: QRectF) -> None:
        """Draw a tick (yes), cross (no), arrow (outcome) or dash (not reached) in a disc."""
        p, s = self.p, self.s
        highlight = self.c(QPalette.ColorRole.Highlight)
        on_highlight = self.c(QPalette.ColorRole.HighlightedText)
        base = self.c(QPalette.ColorRole.Base)
        if state == "not_reached":
            p.setPen(QPen(self.faint, max(1.0, 2 * s)))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(r.adjusted(s, s, -s, -s))
            p.drawLine(QPointF(r.left() + r.width() * 0.3, r.center().y()),
                       QPointF(r.right() - r.width() * 0.3, r.center().y()))
            return
        disc = highlight if state in ("yes", "outcome") else self.ink
        mark = on_highlight if state in ("yes", "outcome") else base
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(disc)
        p.drawEllipse(r)
        pen = QPen(mark, max(2.0, r.width() * 0.13), Qt.PenStyle.SolidLine,
                   Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)

        def at(fx: float, fy: float) -> QPointF:
            return QPointF(r.left() + r.width() * fx, r.top() + r.height() * fy)

        if state == "yes":
            p.drawPolyline(QPolygonF([at(0.26, 0.52), at(0.43, 0.70), at(0.75, 0.32)]))
        elif state == "no":
            p.drawLine(at(0.32, 0.32), at(0.68, 0.68))
            p.drawLine(at(0.68, 0.32), at(0.32, 0.68))
        else:
            p.drawLine(at(0.25, 0.5), at(0.72, 0.5))
            p.drawPolyline(QPolygonF([at(0.52, 0.3), at(0.74, 0.5), at(0.52, 0.7)]))

    def legend(self, r: QRectF) -> None:
        p, s = self.p, self.s
        items = [("yes", "Yes: this step applies"), ("no", "No"),
                 ("not_reached", "Not reached"), ("outcome", "Outcome")]
        p.setFont(self.font(max(18 * s, self.base_px * 0.9)))
        fm = QFontMetricsF(p.font())
        glyph = 24 * s
        x = r.left()
        y = r.center().y() - glyph / 2
        for state, label in items:
            self.glyph(state, QRectF(x, y, glyph, glyph))
            x += glyph + 6 * s
            p.setPen(self.ink)
            p.drawText(QRectF(x, r.top(), fm.horizontalAdvance(label) + 2, r.height()),
                       Qt.AlignmentFlag.AlignVCenter, label)
            x += fm.horizontalAdvance(label) + 22 * s
        note = "Thick border and solid arrows: this case's path"
        if fm.horizontalAdvance(note) <= r.right() - x:
            p.setPen(self.ink)
            p.drawText(QRectF(x, r.top(), r.right() - x, r.height()),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, note)
