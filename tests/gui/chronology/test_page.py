"""The chronology page: import with mapping and preview (nothing written on error), add,
change and delete, filters, the paged table over 5,000 entries, the timeline by keyboard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from chronofiles import FILE_PASSWORD, many_rows, write_xlsx
from exporthelpers import DialogDriver
from guihelpers import create_vault
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from scr_desktop.domain.chronology.entry import make_entry
from scr_desktop.domain.model import Decision
from scr_desktop.gui.chronology.entry_dialog import EntryDialog
from scr_desktop.gui.chronology.import_dialog import ImportDialog
from scr_desktop.gui.chronology.model import PAGE
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.review import area as steps

TODAY = date(2027, 3, 2)


def _open(qtbot, window):  # type: ignore[no-untyped-def]
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    case.decision = Decision(decided="scr", decision_date="2027-01-04")
    window.vault.cases.save(case)
    window.open_case(case.id, step=steps.STEP_CHRONOLOGY)
    page = window.review_area.pages[steps.STEP_CHRONOLOGY]
    driver = DialogDriver(qtbot)
    page.run_dialog = driver
    return case, page, driver


def _read(qtbot, dialog: ImportDialog, path: Path, agency: str, password: str = "") -> None:  # type: ignore[no-untyped-def]
    Messages.next_answer(str(path))
    qtbot.mouseClick(dialog.findChild(type(dialog.read_button), "choose_file"),
                     Qt.MouseButton.LeftButton)
    dialog.agency.setEditText(agency)
    if password:
        qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=20000)


def test_a_file_with_errors_imports_nothing_until_the_mapping_is_put_right(
        qtbot, make_window, vault_path: Path, tmp_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    case, page, driver = _open(qtbot, window)
    # The agency put its account under "Notes" and its dates in column "When".
    path = write_xlsx(tmp_path / "qzpolice.xlsx", [
        ["14/03/2019", "Call-out to the home.", "Qzmira"],
        ["31/02/2019", "Impossible date.", ""],
    ], headings=["When", "Notes", "People involved"], password=FILE_PASSWORD)
    seen: list[str] = []

    def import_step(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        _read(qtbot, dialog, path, "Qzwillow Police")
        assert "password-protected" in dialog.summary.text()
        _read(qtbot, dialog, path, "Qzwillow Police", FILE_PASSWORD)
        assert "What happened" in dialog.errors.item(0).text()
        assert not dialog.import_button.isEnabled()
        dialog.set_mapping("event", 1)
        seen.extend(dialog.errors.item(i).text() for i in range(dialog.errors.count()))
        assert not dialog.import_button.isEnabled()
        assert window.vault.chronology.count(case.id) == 0  # nothing written yet

    driver.then(import_step)
    qtbot.mouseClick(page.form.import_button, Qt.MouseButton.LeftButton)
    assert seen == ["Row 3, column A (When): 31/02/2019 is not a date (that month has no day "
                    "31)"]
    assert window.vault.chronology.count(case.id) == 0

    good = write_xlsx(tmp_path / "qzpolice2.xlsx", [["14/03/2019", "Call-out.", "Qzmira"]],
                      headings=["When", "Notes", "People involved"])

    def import_good(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        _read(qtbot, dialog, good, "Qzwillow Police")
        dialog.set_mapping("event", 1)
        assert dialog.import_button.isEnabled() and dialog.preview.rowCount() == 1
        assert dialog.preview.item(0, 0).text() == "14/03/2019"
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    driver.then(import_good)
    qtbot.mouseClick(page.form.import_button, Qt.MouseButton.LeftButton)
    assert window.vault.chronology.count(case.id) == 1
    assert page.model.rowCount() == 1 and page.form.status.text() == "1 entry."
    # The mapping is remembered for the agency's next file.
    assert window.vault.chronology.mapping("Qzwillow Police") == {
        "date": "When", "event": "Notes", "people": "People involved"}

    def remembered(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        _read(qtbot, dialog, good, "Qzwillow Police")
        assert dialog.combos["event"].currentData() == 1 and dialog.import_button.isEnabled()

    driver.then(remembered)
    qtbot.mouseClick(page.form.import_button, Qt.MouseButton.LeftButton)
    assert window.vault.chronology.count(case.id) == 1


def test_add_change_and_delete_an_entry(qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    case, page, driver = _open(qtbot, window)

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, EntryDialog)
        qtbot.keyClicks(dialog.date, "31/02/2020")
        dialog.agency.setEditText("Health")
        qtbot.keyClicks(dialog.what, "Home visit")
        dialog.accept()
        assert "not a date" in dialog.error.text() and dialog.isVisible()
        dialog.date.clear()
        qtbot.keyClicks(dialog.date, "03/2020")
        dialog.key.setChecked(True)
        dialog.accept()

    driver.then(add)
    qtbot.mouseClick(page.form.add_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    page.select_row(0)
    assert page.form.edit_button.isEnabled()

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, EntryDialog)
        assert dialog.date.text() == "03/2020" and dialog.key.isChecked()
        qtbot.keyClicks(dialog.analysis, "A missed chance")
        dialog.accept()

    driver.then(change)
    qtbot.mouseClick(page.form.edit_button, Qt.MouseButton.LeftButton)
    assert window.vault.chronology.entries(case.id)[0].analysis == "A missed chance"
    page.select_row(0)
    page.form.table.setFocus()
    Messages.next_answer(False)
    qtbot.keyClick(page.form.table, Qt.Key.Key_Delete)
    assert Messages.shown[-1].title == "Delete the entry"
    assert page.model.rowCount() == 1
    Messages.next_answer(True)
    qtbot.mouseClick(page.form.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0 and window.vault.chronology.count(case.id) == 0


def test_five_thousand_entries_are_read_a_page_at_a_time_and_filtered_in_sql(
        qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    case, page, _driver = _open(qtbot, window)
    entries = [make_entry(date_text=r[0], time_text=r[1], agency=("Police", "Health")[i % 2],
                          event=str(r[3]), people="Qzmira" if i % 3 else "Qzdelphine",
                          key=r[7] == "Yes") for i, r in enumerate(many_rows(5000))]
    window.vault.chronology.import_entries(case.id, "Mixed", entries, {})
    calls: list[int] = []
    repo = window.vault.chronology
    original = type(repo).page

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(kwargs.get("offset", 0))
        return original(self, *args, **kwargs)

    type(repo).page = counting  # type: ignore[method-assign]
    try:
        page.reload()
        page.form.table.scrollToBottom()
        qtbot.waitUntil(lambda: bool(calls))
        assert page.model.rowCount() == 5000
        assert all(offset % PAGE == 0 for offset in calls) and len(calls) <= 4
    finally:
        type(repo).page = original  # type: ignore[method-assign]
    assert page.model.entry(4999) is not None
    page.form.agency_filter.setCurrentText("Health")
    page.apply_filters()
    assert page.model.rowCount() == 2500
    qtbot.keyClicks(page.form.person_filter, "qzdelph")
    page.apply_filters()
    assert page.model.rowCount() == sum(1 for i in range(5000) if i % 2 and not i % 3)
    page.clear_filters()
    page.form.key_only.setChecked(True)
    assert page.model.rowCount() == 500 and "500 of 5000" in page.form.status.text()
    qtbot.keyClicks(page.form.from_filter, "2019")
    qtbot.keyClicks(page.form.to_filter, "31/02/2019")
    page.apply_filters()
    assert "not a date" in page.form.status.text()
    page.form.to_filter.setText("2019")
    page.apply_filters()
    assert {page.model.entry(r).when.year for r in range(page.model.rowCount())} == {2019}


def test_the_timeline_has_a_lane_per_agency_zooms_and_moves_by_keyboard(
        qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    case, page, _driver = _open(qtbot, window)
    repo = window.vault.chronology
    for when, agency, key in (("01/02/2019", "Police", False), ("2019", "Health", False),
                              ("05/06/2019", "Health", True), ("10/10/2019", "School", False)):
        repo.add(case.id, make_entry(date_text=when, agency=agency, event=f"{agency} {when}",
                                     key=key))
    page.reload()
    page.form.views.setCurrentWidget(page.form.timeline_tab)
    view = page.timeline
    assert view.layout_ is not None and view.layout_.lanes == ["Health", "Police", "School"]
    words = [page.form.timeline_text.item(i).text()
             for i in range(page.form.timeline_text.count())]
    assert words[0] == "Health: 2 entries" and "Key practice episode. Health 05/06/2019" in \
        words[2]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.current().date_text == "2019"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current().date_text == "01/02/2019"
    assert "Police" in view.accessibleDescription()
    qtbot.keyClick(view, Qt.Key.Key_Up)  # to the nearest entry of the Health lane
    assert view.current().agency == "Health"
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.current().agency == "School"
    first = view.mapFromScene(view._items[0].sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert view.current().date_text == "2019"  # the first mark in date order
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert page.form.timeline_current.text().startswith("10/10/2019, School")
    width = view.scene().sceneRect().width()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.scene().sceneRect().width() > width
    qtbot.mouseClick(page.form.zoom_fit, Qt.MouseButton.LeftButton)
    assert view.scene().sceneRect().width() == width
    page.form.key_only.setChecked(True)
    assert view.layout_.lanes == ["Health"] and len(view.layout_.marks) == 1
    assert page.form.timeline_text.count() == 2


def test_locking_with_the_import_dialog_open_imports_nothing_and_leaves_nothing(
        qtbot, make_window, vault_path: Path, tmp_path: Path) -> None:
    from guihelpers import unlock

    from scr_desktop.gui.widget_text import widgets_text

    window = make_window(vault_path, today=lambda: TODAY)
    case, page, driver = _open(qtbot, window)
    window.vault.chronology.add(case.id, make_entry(date_text="2019", agency="Police",
                                                    event="Qzlockentry seen"))
    page.reload()
    path = write_xlsx(tmp_path / "qzlock.xlsx", [["14/03/2019", "", "", "Qzlockrow account",
                                                  "Qzlockperson", "", "", ""]])
    locked: list[bool] = []

    def lock_inside(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        _read(qtbot, dialog, path, "Police")
        assert dialog.import_button.isEnabled()
        window.lock()
        locked.append(window.is_locked())

    driver.then(lock_inside)
    qtbot.mouseClick(page.form.import_button, Qt.MouseButton.LeftButton)
    assert locked == [True]
    qtbot.waitUntil(lambda: not any("Qzlock" in t for t in widgets_text()), timeout=3000)
    unlock(qtbot, window)
    assert [e.event for e in window.vault.chronology.entries(case.id)] == ["Qzlockentry seen"]


def test_the_filters_show_their_placeholders_whole_at_1366_by_768(
        qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    window.resize(1366, 768)
    case, page, _driver = _open(qtbot, window)
    for agency in ("Hackney Children's Social Care", "Homerton University Hospital NHS Trust"):
        window.vault.chronology.add(case.id, make_entry(date_text="03/06/2026", agency=agency,
                                                        event="A contact."))
    page.reload()  # the agency filter now lists long names
    qtbot.waitUntil(page.isVisible)
    f = page.form
    for edit in (f.person_filter, f.from_filter, f.to_filter):
        assert edit.isVisible() and edit.placeholderText()
        margins = edit.textMargins()
        needed = (edit.fontMetrics().horizontalAdvance(edit.placeholderText())
                  + margins.left() + margins.right() + 8)  # and the frame
        # never squeezed below it by the row, however long the agencies' names
        assert edit.minimumWidth() > needed and edit.width() > needed, edit.objectName()
    # and the row still fits: the agency list gives way (its list shows names whole)
    row = f.clear_filters
    assert row.mapTo(page, row.rect().topRight()).x() <= page.width()
    assert page.width() <= window.width()
