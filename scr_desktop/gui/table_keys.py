"""Tab and Ctrl+Tab leave every table and list (DESIGN section 6).

Tables are made with Tab moving to the next widget, never to the next cell
(``tabKeyNavigation`` off; arrows move between cells).  Qt gives Ctrl+Tab
no meaning in a table, so a keyboard user who expects it to leave (as it
leaves a text box that takes Tab) would stay put: :class:`TableTabFilter`,
one application-wide event filter, turns Ctrl+Tab and Ctrl+Shift+Tab pressed
in a table or list into the plain Tab and Shift+Tab that move the focus on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

# QEvent.Type.KeyPress by number (see idle.py): comparing ints is cheaper per event.
KEY_PRESS = 6
TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class TableTabFilter(QObject):
    """Move the focus on when Ctrl+Tab or Ctrl+Shift+Tab is pressed in an item view."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Replace Ctrl+(Shift+)Tab in a table or list by (Shift+)Tab; let all else through."""
        if event.type().value != KEY_PRESS or not isinstance(watched, QAbstractItemView) \
                or not isinstance(event, QKeyEvent) or event.key() not in TAB_KEYS \
                or not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        back = event.key() == Qt.Key.Key_Backtab \
            or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        plain = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab,
                          Qt.KeyboardModifier.ShiftModifier if back
                          else Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(watched, plain)
        return True
