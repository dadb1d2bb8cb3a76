"""Every text the live widgets hold, to prove what a screen does and does not show."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QListWidget, QTableView, QTableWidget


def widgets_text(*, visible_only: bool = False) -> list[str]:
    """Return the text of every live (or every visible) widget.

    Tests use it to prove that nothing is left after locking and that the
    presenter view shows no identifying details.  The cells of tables (of
    item tables, and the rows a table view's model holds) and the items of
    lists are read too.
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
        texts += _item_texts(w)
    return texts


def _item_texts(w: object) -> list[str]:
    """Return the texts of a table's cells or a list's items (none for other widgets)."""
    out: list[str] = []
    if isinstance(w, QTableWidget):
        for r in range(w.rowCount()):
            for c in range(w.columnCount()):
                item = w.item(r, c)
                if item is not None and item.text():
                    out.append(item.text())
    elif isinstance(w, QTableView) and (model := w.model()) is not None:
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                value = model.index(r, c).data()
                if isinstance(value, str) and value:
                    out.append(value)
    elif isinstance(w, QListWidget):
        out += [w.item(i).text() for i in range(w.count()) if w.item(i).text()]
    return out
