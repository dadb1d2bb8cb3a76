"""The actions page across every case: overdue first, then by owner agency, and narrowed to
one owner agency to chase it; each row opens its case."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from guihelpers import create_vault

from scr_desktop.domain.model import Decision
from scr_desktop.domain.review.model import Review

TODAY = date(2027, 3, 2)


def reviewed_case(window, actions: list[tuple[str, str]]) -> str:  # type: ignore[no-untyped-def]
    case = window.vault.cases.new_case()
    case.decision = Decision(decided="scr", decision_date="2027-01-04")
    window.vault.cases.save(case)
    review = Review.start(case.id, "scr", "04/01/2027")
    rec = review.add("recommendations", {"text": "Qzrecommendation"})
    for owner, due in actions:
        review.add_action(rec, {"action": f"Qzaction of {owner or 'nobody'}",
                                "owner_agency": owner, "due_on": due})
    window.vault.reviews.save(review, case_ref=case.reference)
    return str(case.id)


def test_actions_across_cases_overdue_first_and_by_one_owner_agency(
        qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    first = reviewed_case(window, [("Qzpolice", "01/06/2027"), ("Qzhealth", "01/02/2027")])
    second = reviewed_case(window, [("Qzpolice", "01/01/2027"), ("", "01/07/2027")])
    window.show_monitoring()
    page = window.monitoring
    qtbot.waitUntil(lambda: len(page.rows) == 4)
    assert [(r.progress, r.owner_agency, r.case_id) for r in page.rows] == [
        ("overdue", "Qzhealth", first), ("overdue", "Qzpolice", second),
        ("not_started", "Qzpolice", first), ("not_started", "", second)]
    assert page.form.counts.text() == "4 actions, 2 overdue"
    offered = [page.owner.itemText(i) for i in range(page.owner.count())]
    assert offered == ["Every agency", "Qzhealth", "Qzpolice", "Owner not yet named"]

    page.show_owner("Qzpolice")
    assert [(r.progress, r.case_id) for r in page.rows] == [("overdue", second),
                                                             ("not_started", first)]
    assert page.form.table.model().rowCount() == 2
    assert page.form.counts.text() == "2 actions for Qzpolice, 1 overdue"
    page.refresh()  # the choice survives reading the actions again
    qtbot.waitUntil(lambda: page.owner.currentText() == "Qzpolice" and len(page.rows) == 2)
    page.show_owner(None)
    assert len(page.rows) == 4


def test_the_table_is_a_view_of_the_rows_read_and_enter_opens_a_rows_case(
        qtbot, make_window, vault_path: Path) -> None:
    """The rows are shown through a model over the page's own list (no object per cell, a
    few thousand actions would hold megabytes), with the same texts, and the keyboard
    still opens a row's case."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableWidget

    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    first = reviewed_case(window, [("Qzpolice", "01/06/2027"), ("Qzhealth", "01/02/2027")])
    window.show_monitoring()
    page = window.monitoring
    qtbot.waitUntil(lambda: len(page.rows) == 2)
    table = page.form.table
    assert not isinstance(table, QTableWidget)
    model = table.model()
    assert model is page.model and model.rowCount() == len(page.rows) == 2
    shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(2)]
    assert shown == [[page.cell(r, c) for c in range(6)] for r in range(2)]
    assert shown[0][:2] == ["\u2716 OVERDUE", "Qzhealth"] and shown[0][4] == "01/02/2027"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Progress", "Owner agency", "Officer", "Action", "Due on", "Case"]
    assert table.accessibleName() == "Actions across all reviews, overdue first"

    table.setFocus()
    table.setCurrentIndex(model.index(1, 0))
    with qtbot.waitSignal(page.open_case) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [first]
    page.show_owner("Qzpolice")
    assert model.rowCount() == 1 and model.index(0, 1).data() == "Qzpolice"
