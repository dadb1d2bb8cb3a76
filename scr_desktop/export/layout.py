"""Shared page furniture for every exported PDF: fonts, styles, tick boxes and the page frame.

Every document the application exports is an A4 form laid out in memory by
reportlab platypus with DejaVu Sans embedded (so names in any European
script print correctly), marked OFFICIAL-SENSITIVE at the top and bottom of
every page, numbered "Page N of M", and footed with the date and application
version that produced it.  User text is always passed through
:func:`para_text`, which escapes reportlab's paragraph markup so that text
such as ``<b>`` or ``&`` prints literally.  Nothing here touches the disk
except to read the bundled fonts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .. import APP_NAME, __version__
from ..domain.dates import format_uk_date
from ..resources import resource_path

FONT = "SCRDejaVuSans"
FONT_BOLD = "SCRDejaVuSans-Bold"
MARKING = "OFFICIAL-SENSITIVE"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
LEAD_MIN = 45 * mm

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#4d4d4d")
RULE = colors.HexColor("#8c8c8c")
LABEL_FILL = colors.HexColor("#eef1f4")
HEAD_FILL = colors.HexColor("#1f3a5f")
BAND_FILL = colors.HexColor("#d9e1ea")

TICKED = "\u2612"  # BALLOT BOX WITH X
UNTICKED = "\u2610"  # BALLOT BOX

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) with reportlab, once per process."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts/DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts/DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    """Return the code points the embedded font can draw (the basic plane only:
    reportlab's font subsets address 16-bit code points)."""
    register_fonts()
    face = pdfmetrics.getFont(FONT).face
    return frozenset(c for c in face.charToGlyph if c <= 0xFFFF)


def clean(text: str) -> str:
    """Return ``text`` ready to print: control characters and lone surrogates removed,
    tabs as spaces, and any character the font cannot draw shown as U+FFFD.

    Without the last step a character outside the font (an emoji, Chinese)
    would print blank or, for characters beyond U+FFFF, as a wrong letter.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text.replace("\t", "    "))
    covered = _covered()
    if all(ord(c) in covered or c == "\n" for c in text):
        return text
    return "".join(
        c if c == "\n" or ord(c) in covered or unicodedata.category(c) in ("Cf", "Mn")
        else "\ufffd"
        for c in text
    )


def para_text(text: str) -> str:
    """Return user text as safe paragraph markup: escaped, line breaks kept."""
    lines = escape(clean(text)).split("\n")
    # Runs of spaces would collapse; keep leading indentation visible.
    out = []
    for line in lines:
        stripped = line.lstrip(" ")
        out.append("&nbsp;" * (len(line) - len(stripped)) + stripped)
    return "<br/>".join(out)


def tick(on: bool) -> str:
    """Return the tick-box glyph for ``on`` (a crossed box or an empty box)."""
    return TICKED if on else UNTICKED


def tick_markup(on: bool) -> str:
    """Return the tick-box glyph as paragraph markup, a little larger than the text."""
    return f'<font size="12">{tick(on)}</font>'


def uk_date_or_text(value: str) -> str:
    """Return an ISO date or timestamp as dd/mm/yyyy; anything else unchanged."""
    v = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ].*)?", v):
        try:
            return format_uk_date(datetime.fromisoformat(v[:10]).date())
        except ValueError:
            return value
    return value


@dataclass(frozen=True)
class Styles:
    """The paragraph styles every exported document shares."""

    board: ParagraphStyle
    title: ParagraphStyle
    meta: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    intro: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell_head: ParagraphStyle
    banner: ParagraphStyle
    tick_cell: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    """Return the shared styles (fonts registered on first use)."""
    register_fonts()
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK)
    return Styles(
        board=ParagraphStyle(
            "board", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19,
            textColor=HEAD_FILL, alignment=TA_LEFT,
        ),
        title=ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=12.5, leading=16,
            spaceBefore=2, spaceAfter=2,
        ),
        meta=ParagraphStyle("meta", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        heading=ParagraphStyle(
            "heading", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14,
            textColor=colors.white,
        ),
        subheading=ParagraphStyle(
            "subheading", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13,
            spaceBefore=6, spaceAfter=3, textColor=HEAD_FILL,
        ),
        intro=ParagraphStyle(
            "intro", parent=base, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=4,
        ),
        label=ParagraphStyle("label", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=11),
        value=ParagraphStyle("value", parent=base),
        body=ParagraphStyle("body", parent=base, spaceAfter=4),
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        cell_head=ParagraphStyle(
            "cell_head", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=11,
        ),
        tick_cell=ParagraphStyle("tick_cell", parent=base, alignment=TA_CENTER),
        banner=ParagraphStyle(
            "banner", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13,
            alignment=TA_CENTER, textColor=colors.HexColor("#7a0000"),
        ),
    )


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """Return a paragraph of user text (escaped) in ``style``."""
    return Paragraph(para_text(text), style)


def markup(text: str, style: ParagraphStyle) -> Paragraph:
    """Return a paragraph of trusted markup written by the application itself."""
    return Paragraph(text, style)


def section_heading(title: str) -> Flowable:
    """Return a full-width shaded band carrying a section title."""
    t = Table([[p(title, styles().heading)]], colWidths=[CONTENT_WIDTH])
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), HEAD_FILL),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    t.spaceBefore = 10
    t.spaceAfter = 4
    return t


CELL_PADDING = 5  # points at each side of a ruled table's cell


def grid_style(extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    """Return the ruled-table style shared by every form table."""
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            *extra,
        ]
    )


def ruled_table(
    rows: list[list[Any]],
    col_widths: Sequence[float],
    *,
    header: bool = False,
    label_cols: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """Return a ruled table that may split between and within rows across pages."""
    style: list[tuple[Any, ...]] = []
    for c in label_cols:
        style.append(("BACKGROUND", (c, 0), (c, -1), LABEL_FILL))
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), BAND_FILL))
    table = Table(
        rows,
        colWidths=list(col_widths),
        repeatRows=1 if header else 0,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(grid_style([*style, *extra]))
    table.spaceAfter = 6
    return table


class _KeepWithHeading(KeepTogether):  # type: ignore[misc]
    """Keeps a heading and what follows it on one page when they are short.

    A block taller than a third of a page is not moved whole (that would
    leave a large gap): it starts on a fresh page only if less than :data:`LEAD_MIN`
    is left, and otherwise flows on, splitting between or within rows.
    """

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if self._H > FRAME_HEIGHT / 3:
            content: list[Flowable] = list(self._content)
            return [FrameBreak(), *content] if aH < LEAD_MIN else content
        return list(super().split(aW, aH))


def keep(*flowables: Flowable) -> KeepTogether:
    """Keep a heading with the block under it (see :class:`_KeepWithHeading`)."""
    return _KeepWithHeading(list(flowables))


def spacer(height_mm: float) -> Spacer:
    """Return vertical space of ``height_mm`` millimetres."""
    return Spacer(1, height_mm * mm)


def generated_line(generated_at: datetime) -> str:
    """Return the footer's 'generated' wording."""
    stamp = f"{format_uk_date(generated_at.date())} {generated_at:%H:%M}"
    return f"Generated {stamp} by {APP_NAME} {__version__}"


def _page_furniture(generated: str, doc_label: str, page_size: tuple[float, float] = A4
                    ) -> Callable[[Canvas, int, int], None]:
    PAGE_WIDTH, PAGE_HEIGHT = page_size

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#7a0000"))
        canvas.setFont(FONT_BOLD, 9.5)
        canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 12 * mm, MARKING)
        canvas.drawCentredString(PAGE_WIDTH / 2, 9 * mm, MARKING)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top_rule = PAGE_HEIGHT - 14.5 * mm
        canvas.line(MARGIN_X, top_rule, PAGE_WIDTH - MARGIN_X, top_rule)
        canvas.line(MARGIN_X, 17.5 * mm, PAGE_WIDTH - MARGIN_X, 17.5 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 7.5)
        canvas.drawString(MARGIN_X, PAGE_HEIGHT - 12 * mm, clean(doc_label))
        canvas.drawString(MARGIN_X, 13.5 * mm, generated)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, 13.5 * mm, f"Page {page} of {pages}")
        canvas.restoreState()

    return draw


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    doc_label: str,
    generated_at: datetime | None = None,
    page_size: tuple[float, float] = A4,
) -> bytes:
    """Lay ``story`` out on pages (A4 portrait unless ``page_size`` says otherwise) in
    memory and return the PDF bytes.

    ``title`` goes into the document information and must not hold personal
    data; ``doc_label`` is printed small at the top left of every page.
    """
    register_fonts()
    when = generated_at or datetime.now()
    furniture = _page_furniture(generated_line(when), doc_label, page_size)
    width, height = page_size

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """A canvas that holds pages back until it knows how many there are."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for number, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                furniture(self, number, total)
                super().showPage()
            super().save()

    out = BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=page_size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author="",
        subject=title,
        creator=f"{APP_NAME} {__version__}",
        producer=f"{APP_NAME} {__version__}",
        pageCompression=1,
        invariant=0,
        # Start every page in the embedded font, so that no unembedded base-14
        # font (Helvetica) is referenced anywhere in the file.
        initialFontName=FONT,
        initialFontSize=9.5,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X,
                  height - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=NumberedCanvas)
    return out.getvalue()


def document_head(board_name: str, title: str, meta: str = "") -> list[Flowable]:
    """Return the block at the top of page one: board, document title, reference line."""
    st = styles()
    parts: list[Flowable] = [p(board_name, st.board), p(title, st.title)]
    if meta:
        parts.append(markup(meta, st.meta))
    rule = Table([[""]], colWidths=[CONTENT_WIDTH], rowHeights=[1.2])
    rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, HEAD_FILL),
                              ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    rule.hAlign = "LEFT"
    rule.spaceBefore = 3
    rule.spaceAfter = 4
    parts.append(rule)
    return parts


__all__ = [
    "CONTENT_WIDTH",
    "FONT",
    "FONT_BOLD",
    "MARKING",
    "build_pdf",
    "clean",
    "document_head",
    "generated_line",
    "keep",
    "markup",
    "p",
    "para_text",
    "register_fonts",
    "ruled_table",
    "section_heading",
    "spacer",
    "styles",
    "tick",
    "tick_markup",
    "uk_date_or_text",
]
