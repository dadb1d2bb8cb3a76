"""The statistics page says which days the chosen period covers: a financial year by its
label and dates, never a bare "Year: 2026"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from scr_desktop.gui.learning.statistics_page import StatisticsPage


def test_the_period_chosen_is_shown_with_its_first_and_last_day(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = StatisticsPage(lambda: date(2026, 11, 20), lambda figures: None)
    qtbot.addWidget(page)
    page.show()
    shown = page.form.period_shown
    assert page.form.kind.currentData() == "financial"
    assert shown.text() == "2026/27: 01/04/2026 to 31/03/2027"
    assert shown.isVisible()

    page.form.year.setFocus()
    qtbot.keyClick(page.form.year, Qt.Key.Key_Down)
    assert shown.text() == "2025/26: 01/04/2025 to 31/03/2026"

    page.form.kind.setCurrentIndex(page.form.kind.findData("quarter"))
    page.form.quarter.setCurrentIndex(3)
    assert shown.text() == "Q4 2025: 01/10/2025 to 31/12/2025"
    page.form.kind.setCurrentIndex(page.form.kind.findData("year"))
    assert shown.text() == "2025: 01/01/2025 to 31/12/2025"
