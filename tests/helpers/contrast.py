"""Measure text contrast as it is drawn: WCAG 2 relative luminance on a widget's own pixels.

:func:`drawn_contrast` grabs a widget (a label, say) and compares the colour
most of it is painted in (the background) with the pixel that differs most
from it (the ink of the text).  Anti-aliased edges only ever lower the
figure, so a pass is a pass.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget


def luminance(colour: QColor) -> float:
    """Return the WCAG 2 relative luminance of ``colour``."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def ratio(a: QColor, b: QColor) -> float:
    """Return the WCAG 2 contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def colours(widget: QWidget) -> tuple[QColor, QColor]:
    """Return (background, ink) as ``widget`` is drawn now."""
    QApplication.sendPostedEvents()  # pending layout and polish, no waiting
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    counts: Counter[int] = Counter(image.pixel(x, y) for y in range(image.height())
                                   for x in range(image.width()))
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    ink = max((QColor.fromRgb(p) for p in counts), key=lambda c: ratio(c, background))
    return background, ink


def drawn_contrast(widget: QWidget) -> float:
    """Return the contrast between ``widget``'s text and its background, as drawn."""
    background, ink = colours(widget)
    return ratio(background, ink)
