"""The audit viewer over a long log: a page at a time, filters and counts in SQL.

The viewer shows the first page and fetches the next as the view scrolls;
a filter finds entries on pages not yet fetched; Verify checks the whole
chain and, when an entry far down was altered, fetches up to it and selects
it; the export gets every matching entry, not only those fetched.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from scr_desktop.gui.audit_dialog import PAGE, AuditDialog
from scr_desktop.storage.audit import AuditFilter
from scr_desktop.storage.connection import open_connection
from scr_desktop.storage.keyslots import copy_key
from scr_desktop.storage.vault import Vault

PASS = "granite lantern orchard velvet"
VIEWS = 3 * PAGE + 17


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "long.scrvault"


@pytest.fixture
def vault(path: Path) -> Iterator[Vault]:
    v = Vault.create(path, PASS)
    with v.database.transaction():
        for i in range(VIEWS):
            v.audit.record("view", case_ref=f"SCR-2026-{i:04d}")
        v.audit.record("export", case_ref="SCR-2026_0%99", detail="pdf")
    yield v
    v.close()


def _dialog(qtbot, vault: Vault, **kw) -> AuditDialog:  # type: ignore[no-untyped-def]
    d = AuditDialog(vault.audit, **kw)
    qtbot.addWidget(d)
    d.show()
    return d


def test_the_first_page_is_shown_and_the_rest_fetched_in_order(qtbot, vault: Vault) -> None:
    d = _dialog(qtbot, vault)
    total = vault.audit.count()
    assert d.model.rowCount() == PAGE
    assert d.count.text() == f"Showing {total} of {total} entries."
    while d.model.canFetchMore(QModelIndex()):
        d.model.fetchMore(QModelIndex())
    assert [d.model.entry(r).id for r in range(d.model.rowCount())] == [
        e.id for e in vault.audit.entries()]


def test_a_filter_finds_entries_on_pages_not_yet_fetched(qtbot, vault: Vault) -> None:
    d = _dialog(qtbot, vault)
    qtbot.keyClicks(d.case_filter, "scr-2026-03")  # any part, any case
    qtbot.keyClick(d.case_filter, Qt.Key.Key_Return)
    refs = [d.model.entry(r).case_ref for r in range(d.model.rowCount())]
    assert refs == [f"SCR-2026-{i:04d}" for i in range(300, VIEWS)]
    assert d.count.text() == f"Showing {VIEWS - 300} of {vault.audit.count()} entries."
    # Wildcards typed are plain characters.
    d.case_filter.clear()
    qtbot.keyClicks(d.case_filter, "_0%")
    qtbot.keyClick(d.case_filter, Qt.Key.Key_Return)
    assert [d.model.entry(r).action for r in range(d.model.rowCount())] == ["export"]
    assert sorted(d.action_filter.itemText(i) for i in range(1, d.action_filter.count())) == [
        "create vault", "export", "view"]


def test_verify_checks_the_whole_chain_and_selects_an_entry_far_down(
        qtbot, path: Path, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    target = vault.audit.entries(case_ref=f"SCR-2026-{VIEWS - 5:04d}")[0].id
    vault.close()
    conn = open_connection(path, copy_key(path, PASS))
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET detail = 'nothing to see' WHERE id = ?", (target,))
    conn.close()
    with Vault.open(path, PASS) as again:
        d = _dialog(qtbot, again)
        assert d.model.rowCount() == PAGE
        qtbot.mouseClick(d.verify_button, Qt.MouseButton.LeftButton)
        assert d.verify_result.text().startswith(
            f"The audit log has been altered: entry {target} does not match")
        selected = d.table.selectionModel().selectedRows()
        assert [d.model.entry(i.row()).id for i in selected] == [target]


def test_the_export_gets_every_matching_entry(qtbot, vault: Vault) -> None:
    handed: list[tuple[list, object, bool]] = []
    d = _dialog(qtbot, vault, export=lambda rows, broken, filtered: handed.append(
        (rows, broken, filtered)))
    d.action_filter.setCurrentIndex(d.action_filter.findText("view"))
    qtbot.mouseClick(d.apply_button, Qt.MouseButton.LeftButton)
    assert d.model.rowCount() == PAGE
    qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    rows, broken, filtered = handed[-1]
    assert [e.id for e in rows] == [e.id for e in vault.audit.entries(action="view")]
    assert len(rows) == VIEWS and broken is None and filtered is True


def test_the_log_pages_and_counts_in_sql(vault: Vault) -> None:
    everything = vault.audit.entries()
    views = AuditFilter(action="view")
    assert vault.audit.count() == len(everything)
    assert vault.audit.count(views) == VIEWS
    first = vault.audit.page(views, limit=10)
    after = vault.audit.page(views, after_id=first[-1].id, limit=10)
    assert [e.id for e in first + after] == [e.id for e in everything if e.action == "view"][:20]
    last = everything[-1]
    assert vault.audit.position(None, last.id) == len(everything) - 1
    assert vault.audit.position(views, last.id) is None
    assert vault.audit.actions() == ["create vault", "export", "view"]
