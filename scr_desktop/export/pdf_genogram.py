"""The genogram as a PDF: the drawing from the shared layout, then the same family in words.

The drawing uses :func:`scr_desktop.domain.genogram.layout.layout`, the
layout the screen draws, so the page and the screen agree.  The page is
landscape A4, or A3 when the family is too wide for labels to stay at a
readable size on A4 (nothing is shrunk below :data:`MIN_SCALE`; a wider
family than A3 holds at that scale is drawn at the scale that fits).  The
legend and the text equivalent follow the drawing.  Anonymised by default
(``002`` 8.40 asks for "an anonymised genogram").
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..domain.genogram.layout import SYMBOL, Layout, Node, layout
from ..domain.genogram.model import Genogram, build
from ..domain.genogram.text import LEGEND, describe
from ..domain.model import Case
from ..domain.review.model import Review

MIN_SCALE = 0.8
"""The smallest scale at which the drawing is put on A4; below it the page is A3."""
HEAD_ROOM = 113.0
"""Points above the drawing on page one, for the document head."""


def _drawing(shape: Layout, scale: float) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    from .layout import FONT

    class Drawing(Flowable):  # type: ignore[misc]
        """The genogram, scaled to the frame (never up, and kept in proportion)."""

        def __init__(self, shape: Layout) -> None:
            super().__init__()
            self.shape = shape
            self.scale = scale
            self.hAlign = "CENTER"

        def wrap(self, _w: float, _h: float) -> tuple[float, float]:
            return self.shape.width * self.scale, self.shape.height * self.scale

        def draw(self) -> None:
            c = self.canv
            spacing = self.shape.spacing
            size = spacing.label_size
            c.saveState()
            c.translate(0, self.shape.height * self.scale)
            c.scale(self.scale, -self.scale)  # the layout's y runs down the page
            c.setStrokeColor(colors.black)
            c.setLineWidth(1)
            c.setDash(4, 3)
            c.setStrokeColor(colors.HexColor("#555555"))
            for box in self.shape.household:
                c.roundRect(box.x, box.y, box.w, box.h, 8, stroke=1, fill=0)
            c.setDash()
            c.setStrokeColor(colors.black)
            for seg in self.shape.lines:
                c.line(seg.x1, seg.y1, seg.x2, seg.y2)
            c.setFillColor(colors.black)
            for jx, jy in self.shape.joints:
                c.circle(jx, jy, 2.2, stroke=0, fill=1)
            for node in self.shape.nodes.values():
                _symbol(c, node)
            for node in self.shape.nodes.values():
                for i, text in enumerate(node.lines):
                    y = node.y + SYMBOL / 2 + 6 + size + i * spacing.line_height
                    width = c.stringWidth(text, FONT, size)
                    c.setFillColor(colors.white)
                    c.rect(node.x - width / 2 - 1, y - size, width + 2, spacing.line_height,
                           stroke=0, fill=1)
                    c.setFillColor(colors.black)
                    c.saveState()
                    c.translate(node.x, y)
                    c.scale(1, -1)
                    c.setFont(FONT, size)
                    c.drawCentredString(0, 0, text)
                    c.restoreState()
            c.restoreState()

    return Drawing(shape)


def _symbol(c: Any, node: Node) -> None:
    from reportlab.lib import colors

    x, y, s = node.x, node.y, SYMBOL / 2
    person = node.person
    c.setFillColor(colors.white)
    c.setLineWidth(1.4)

    def outline(r: float) -> None:
        if person.sex == "male":
            c.rect(x - r, y - r, 2 * r, 2 * r, stroke=1, fill=1)
        elif person.sex == "female":
            c.circle(x, y, r, stroke=1, fill=1)
        else:
            path = c.beginPath()
            path.moveTo(x, y - r)
            path.lineTo(x + r, y)
            path.lineTo(x, y + r)
            path.lineTo(x - r, y)
            path.close()
            c.drawPath(path, stroke=1, fill=1)

    outline(s)
    if person.subject:
        outline(s - 4)
    if person.died:
        c.setLineWidth(1.6)
        c.line(x - s, y - s, x + s, y + s)
        c.line(x - s, y + s, x + s, y - s)
    c.setLineWidth(1)


def page_for(shape: Layout) -> tuple[tuple[float, float], float]:
    """Return the page (landscape A4, or A3 for a wide family) and the drawing's scale."""
    from reportlab.lib.pagesizes import A3, A4, landscape

    from .layout import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X

    scale = 1.0
    page = landscape(A4)
    for size in (landscape(A4), landscape(A3)):
        page = size
        scale = min(1.0, (size[0] - 2 * MARGIN_X) / shape.width,
                    (size[1] - MARGIN_TOP - MARGIN_BOTTOM - HEAD_ROOM) / shape.height)
        if scale >= MIN_SCALE:
            break
    return page, scale


def render_genogram(g: Genogram, *, board_name: str, title: str, reference: str,
                    generated_at: datetime | None = None) -> bytes:
    """Return the genogram of one family as a PDF (drawing, legend, text equivalent)."""
    from reportlab.platypus import PageBreak

    from .layout import build_pdf, document_head, p, section_heading, styles

    shape = layout(g)
    page, scale = page_for(shape)
    st = styles()
    kind = "named" if g.named else "anonymised"
    story = document_head(board_name, title, f"Reference {reference} \u2014 genogram, {kind}")
    story.append(_drawing(shape, scale))
    story += [PageBreak(), section_heading("How to read it")]
    story += [p(line, st.body) for line in LEGEND]
    story.append(section_heading("The family in words"))
    story += [p(line, st.body) for line in describe(g)]
    return build_pdf(story, title="Genogram", doc_label="Genogram", generated_at=generated_at,
                     page_size=page)


def render_review_genogram(case: Case, review: Review, *, named: bool = False,
                           board_name: str | None = None,
                           generated_at: datetime | None = None) -> bytes:
    """Return the genogram of ``case``'s family with ``review``'s additions (PDF)."""
    from .review_letters import BOARD

    g = build(case, review.records("genogram_people"), review.records("genogram_links"),
              named=named)
    return render_genogram(g, board_name=board_name or BOARD,
                           title=f"{review.title} \u2014 genogram", reference=case.reference,
                           generated_at=generated_at)
