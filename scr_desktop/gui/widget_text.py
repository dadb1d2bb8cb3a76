"""Every text the live widgets hold, to prove what a screen does and does not show."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def widgets_text(*, visible_only: bool = False) -> list[str]:
    """Return the text of every live (or every visible) widget.

    Tests use it to prove that nothing is left after locking and that the
    presenter view shows no identifying details.
    """
    texts: list[str] = []
    for w in QApplication.allWidgets():
        if visible_only and not w.isVisible():
            continue
        for getter in ("text", "toPlainText", "currentText", "placeholderText", "toolTip",
                       "windowTitle", "accessibleName", "accessibleDescription"):
            fn = getattr(w, getter, None)
            if callable(fn):
                try:
                    value = fn()
                except TypeError:
                    continue
                if isinstance(value, str) and value:
                    texts.append(value)
    return texts
