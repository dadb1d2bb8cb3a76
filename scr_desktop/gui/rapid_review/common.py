"""Small pieces the rapid review sections share: typed dates and a titled box."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLineEdit, QVBoxLayout, QWidget

from scr_desktop.domain.dates import iso_to_uk
from scr_desktop.domain.decisions import typed_date_to_iso


def date_field(name: str, accessible: str, iso: str = "") -> QLineEdit:
    """Return a dd/mm/yyyy field showing ``iso``."""
    field = QLineEdit(iso_to_uk(iso) if iso else "")
    field.setObjectName(name)
    field.setPlaceholderText("dd/mm/yyyy")
    field.setMaximumWidth(140)
    field.setAccessibleName(accessible)
    return field


def typed_iso(field: QLineEdit) -> tuple[str, str | None]:
    """Return (ISO date or '', error message or None) for what is typed in ``field``."""
    iso, error = typed_date_to_iso(field.text())
    return iso or "", error


def section(title: str, name: str) -> tuple[QGroupBox, QVBoxLayout]:
    """Return a titled box and its layout."""
    box = QGroupBox(title)
    box.setObjectName(name)
    return box, QVBoxLayout(box)


def text_line(name: str, accessible: str, text: str = "") -> QLineEdit:
    """Return a one-line text field."""
    field = QLineEdit(text)
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    return field


def hbox(*widgets: QWidget) -> QWidget:
    """Return the widgets side by side in one row."""
    from PySide6.QtWidgets import QHBoxLayout

    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        lay.addWidget(w)
    lay.addStretch(1)
    return row
