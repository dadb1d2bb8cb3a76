"""The case list tells the business unit what is due: referral date, framework, next deadline
with its state (a sign and a word), referring agency; each column sorts, page after page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from guihelpers import create_vault
from PySide6.QtCore import QPoint, Qt

from scr_desktop.domain.model import Decision
from scr_desktop.gui.case_list_model import HEADERS, PAGE

TODAY = date(2026, 11, 24)


def _all(model) -> list:  # type: ignore[no-untyped-def]
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    return [model.summary(r) for r in range(model.rowCount())]


def test_the_list_shows_and_sorts_by_what_is_due(qtbot, make_window,
                                                 vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    vault = window.vault
    with vault.database.transaction():
        for i in range(PAGE + 5):
            case = vault.cases.new_case("wt2010-scr" if i % 2 else "wt2015-scr")
            case.set("referral_date", f"{(i % 28) + 1:02d}/{(i % 9) + 1:02d}/2026")
            case.set("referrer_agency", f"Agency {chr(65 + (i * 7) % 26)}")
            vault.cases.save(case)
    overdue = vault.cases.new_case("wt2015-scr")
    overdue.set("referral_date", "01/10/2026")
    overdue.set("referrer_agency", "Aardvark Health Trust")
    overdue.decision = Decision(decided="scr", decision_date="2026-11-02", decided_by="Chair")
    overdue.status = "decided"
    vault.cases.save(overdue)

    window.show_cases()
    page = window.list_page
    model = page.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(HEADERS))] == [
        "Reference", "Child", "Status", "Last changed", "Referral date", "Framework",
        "Next deadline", "Referring agency"]
    assert model.rowCount() == PAGE < model.total()  # still one page at a time
    row = next(r for r in range(model.rowCount()) if model.summary(r).id == overdue.id)
    cells = [model.data(model.index(row, c)) for c in range(len(HEADERS))]
    assert cells[4] == "01/10/2026"
    assert "2015" in cells[5] and "wt2015" not in cells[5]
    assert cells[6].startswith("\u26a0 OVERDUE") and "Sub-Group meets" in cells[6]
    assert cells[7] == "Aardvark Health Trust"

    header = page.table.horizontalHeader()
    for column in (4, 5, 6, 7):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(column) + 5, 5))
        assert header.sortIndicatorSection() == column
        page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        rows = _all(model)
        assert len(rows) == PAGE + 6
        if column == 4:
            keys = [r.referral_date[6:] + r.referral_date[3:5] + r.referral_date[:2]
                    for r in rows]
        elif column == 5:
            keys = [r.framework for r in rows]
        elif column == 6:
            keys = [r.next_due or "9999-12-31" for r in rows]
        else:
            keys = [r.agency.lower() for r in rows]
        assert keys == sorted(keys), column
        page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        rows = _all(model)
        reverse = [r.agency.lower() for r in rows] if column == 7 else None
        if reverse is not None:
            assert reverse == sorted(reverse, reverse=True)
