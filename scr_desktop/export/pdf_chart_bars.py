"""The bars of the annex's charts: each series' colour with its pattern of light lines over it.

A chart printed in greyscale, or read by someone who does not tell its
colours apart, must still say which bar is which series (colour is never
the only signal).  Every bar, and the legend's swatch of its series, is a
:class:`PatternedBar`: a rectangle in the series' colour
(:data:`~scr_desktop.domain.learning.charts.SERIES_COLOURS`) with its
pattern (:data:`~scr_desktop.domain.learning.charts.SERIES_PATTERNS`, the
patterns the statistics page paints) drawn over it as white reportlab
hatching, outlined in black when patterned so that the parts of a stacked
bar stay apart.  The first series is plain.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Group, Hatching, Rect
from reportlab.graphics.widgetbase import Widget
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isColorOrNone, isListOfNumbers, isNumber

from ..domain.learning.charts import SERIES_COLOURS, SERIES_PATTERNS

SPACING = 2.6  # points between two lines of a pattern
LINE = 0.7  # the width of a pattern's line
OUTLINE = 0.4  # the width of a patterned bar's outline


def series_colour(series: int) -> Any:
    """Return the reportlab colour of ``series``."""
    return colors.HexColor(SERIES_COLOURS[series % len(SERIES_COLOURS)])


def series_angles(series: int) -> tuple[int, ...]:
    """Return the angles of the lines of ``series``' pattern (none for the plain first one)."""
    return SERIES_PATTERNS[series % len(SERIES_PATTERNS)]


class PatternedBar(Widget):  # type: ignore[misc]
    """One bar (or legend swatch): its colour, its pattern over it, and an outline if
    patterned.  The chart sets where it goes (x, y, width, height) bar by bar."""

    _attrMap = AttrMap(
        x=AttrMapValue(isNumber, desc="left"),
        y=AttrMapValue(isNumber, desc="bottom"),
        width=AttrMapValue(isNumber, desc="width (negative: drawn leftwards)"),
        height=AttrMapValue(isNumber, desc="height"),
        fillColor=AttrMapValue(isColorOrNone, desc="the series' colour"),
        angles=AttrMapValue(isListOfNumbers, desc="the angles of the pattern's lines"),
    )

    def __init__(self, series: int) -> None:
        self.x = 0.0
        self.y = 0.0
        self.width = 0.0
        self.height = 0.0
        self.fillColor = series_colour(series)
        self.angles = list(series_angles(series))

    def draw(self) -> Any:
        """Return the bar's shapes: nothing for a bar of no length."""
        g = Group()
        x, y = min(self.x, self.x + self.width), min(self.y, self.y + self.height)
        w, h = abs(self.width), abs(self.height)
        if w < 1e-6 or h < 1e-6:
            return g
        g.add(Rect(x, y, w, h, fillColor=self.fillColor, strokeColor=None, strokeWidth=0))
        if self.angles:
            g.add(Hatching(spacings=SPACING, angles=list(self.angles),
                           xyLists=[x, y, x + w, y, x + w, y + h, x, y + h],
                           strokeColor=colors.white, strokeWidth=LINE))
            g.add(Rect(x, y, w, h, fillColor=None, strokeColor=colors.black,
                       strokeWidth=OUTLINE))
        return g
