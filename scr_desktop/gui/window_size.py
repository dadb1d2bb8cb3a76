"""Open a window at a size that fits the screen it opens on (DESIGN section 6).

A fixed size (1100×760) would run off a 1280×720 screen, and at 200%
scaling (960×540 logical pixels on a 1920×1080 screen) off any.  The window
asks for its preferred size, bounded by nine tenths of the screen's
available area (what the taskbar leaves), and never below its own minimum.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

SHARE = 0.9


def initial_size(preferred: QSize, available: QSize) -> QSize:
    """Return ``preferred`` bounded by ``SHARE`` of the ``available`` screen area."""
    return preferred.boundedTo(QSize(int(available.width() * SHARE),
                                     int(available.height() * SHARE)))


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Resize ``window`` to its preferred size, as far as the screen it is on allows."""
    screen = window.screen()
    if screen is None:
        window.resize(preferred)
        return
    window.resize(initial_size(preferred, screen.availableGeometry().size()))
