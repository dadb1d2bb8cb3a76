"""The Referrals page shown again reads the vault only if something was written since, and
re-reads at most its first page: the model, the selection and the columns stay as they were
unless the rows shown changed, and each short column's text is measured once."""

from __future__ import annotations

from pathlib import Path

import pytest
from guihelpers import create_vault_and_backup
from PySide6.QtWidgets import QApplication

from scr_desktop.gui.case_list_model import DAMAGED_LABEL, PAGE


@pytest.fixture
def window(qtbot, make_window, vault_path: Path):  # type: ignore[no-untyped-def]
    w = make_window(vault_path)
    # The day's automatic backup writes its audit entry when it ends: the tests below
    # count what is read, so they start once it has.
    create_vault_and_backup(qtbot, w)
    with w.vault.database.transaction():
        for i in range(PAGE + 5):
            case = w.vault.cases.new_case()
            case.set("child_forenames", f"Name{i:03d}")
            w.vault.cases.save(case)
    w.show_cases()
    QApplication.sendPostedEvents()
    return w


class Reads:
    """The statements that read the case list, traced on the vault's connection."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        self.statements: list[str] = []
        self.conn = window.vault.database.conn

    def __enter__(self) -> Reads:
        self.conn.set_trace_callback(self.statements.append)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.conn.set_trace_callback(None)

    def pages(self) -> list[str]:
        return [s for s in self.statements
                if "LIMIT" in s and "FROM cases" in s and "count(" not in s]

    def counts(self) -> list[str]:
        return [s for s in self.statements if s.startswith("SELECT count(*) FROM cases")]


def test_shown_again_with_nothing_written_it_reads_nothing_and_keeps_the_selection(
        qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.list_page
    model = page.model
    page.table.selectRow(3)
    chosen = page.selected_id()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    window.show_dashboard()
    with Reads(window) as reads:
        window.show_cases()
        page.refresh()
    assert reads.pages() == [] and reads.counts() == []
    assert page.model is model and resets == []
    assert page.selected_id() == chosen
    assert page.count.text() == f"{PAGE + 5} cases"


def test_shown_again_after_a_save_it_reads_one_page_and_shows_the_change(
        qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.list_page
    model = page.model
    model.fetchMore(model.index(-1, -1))  # scrolled to the end
    assert model.rowCount() == PAGE + 5
    last = model.summary(PAGE + 4)
    case = window.vault.cases.get(last.id)
    case.set("child_forenames", "Qzchanged")
    window.vault.cases.save(case)
    window.show_dashboard()
    with Reads(window) as reads:
        window.show_cases()
    assert len(reads.pages()) == 1 and len(reads.counts()) == 1
    assert page.model is model and model.rowCount() == PAGE  # back to the first page
    assert model.summary(0).child_name.startswith("Qzchanged")
    assert page.selected_id() == last.id  # the case just saved, now at the top


def test_a_write_elsewhere_re_reads_the_page_but_keeps_the_rows_and_the_selection(
        qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.list_page
    model = page.model
    page.table.selectRow(7)
    chosen = page.selected_id()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    window.vault.audit.record("export", detail="a write the list does not show")
    with Reads(window) as reads:
        window.show_cases()
    assert len(reads.pages()) == 1  # read again, and found as it was
    assert resets == [] and page.selected_id() == chosen


def test_each_short_column_text_is_measured_once_and_the_columns_still_grow(
        qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.list_page
    table, header = page.table, page.table.horizontalHeader()
    measured: list[str] = []  # each text laid out to measure a cell, by the view or the list
    measure, lay_out = table.sizeHintForIndex, page.columns._advance

    def counted(index):  # type: ignore[no-untyped-def]
        measured.append(str(index.data()))
        return measure(index)

    def laid_out(text: str) -> int:
        measured.append(text)
        return lay_out(text)

    table.sizeHintForIndex = counted  # type: ignore[method-assign]
    page.columns._advance = laid_out  # type: ignore[method-assign]
    page.search.setText(f"Name{PAGE + 4:03d}")  # on the first page
    page.refresh()
    assert page.model.rowCount() == 1
    page.search.setText("")
    page.refresh()  # the first page again, after a reset: every text seen before
    assert page.model.rowCount() == PAGE
    assert measured == []

    status = 2
    before = header.sectionSize(status)
    bad = page.model.summary(0)
    with window.vault.database.transaction() as conn:  # damaged outside the application
        conn.execute("UPDATE cases SET data = json_set(data, '$.facts', json('[]'))"
                     " WHERE id = ?", (bad.id,))
    page.refresh()
    assert page.model.summary(0).damaged
    assert page.model.index(0, status).data() == f"\u26a0 {DAMAGED_LABEL}"
    assert f"\u26a0 {DAMAGED_LABEL}" in measured and len(measured) <= 4  # the new texts only
    assert header.sectionSize(status) > before
    assert header.sectionSize(status) >= table.sizeHintForColumn(status)
