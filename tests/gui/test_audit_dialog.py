"""The audit log viewer on a real vault: filters and the chain check before and after tampering."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlcipher3 import dbapi2 as sqlcipher

from scr_desktop.domain.audit_words import field_words
from scr_desktop.gui.audit_dialog import ALL_ACTIONS, AuditDialog, shown_time
from scr_desktop.gui.messages import Messages
from scr_desktop.storage.connection import sql_string
from scr_desktop.storage.keyslots import copy_key
from scr_desktop.storage.vault import Vault

PASS = "granite lantern orchard velvet"
CHILD = "Qzchild Zoë"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "vaults" / "audit.scrvault"


@pytest.fixture
def vault(path: Path) -> Iterator[Vault]:
    """A vault with three cases, a named child, and views on known dates."""
    v = Vault.create(path, PASS)
    cases = [v.cases.new_case() for _ in range(3)]
    refs = [c.reference for c in cases]
    cases[0].set("child_forenames", CHILD)
    v.cases.save(cases[0])
    v.audit.record("view", case_ref=refs[0], at="2026-01-15T12:00:00+00:00")
    v.audit.record("view", case_ref=refs[1], at="2026-03-10T12:00:00+00:00")
    v.audit.record("export", case_ref=refs[1], detail="pdf", at="2026-03-11T12:00:00+00:00")
    yield v
    v.close()


@pytest.fixture
def dialog(qtbot, vault: Vault) -> AuditDialog:  # type: ignore[no-untyped-def]
    d = AuditDialog(vault.audit)
    qtbot.addWidget(d)
    d.show()
    return d


def rows(d: AuditDialog) -> list[list[str]]:
    m = d.model
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]


def apply(qtbot, d: AuditDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(d.apply_button, Qt.MouseButton.LeftButton)


def test_every_entry_is_listed_oldest_first(dialog: AuditDialog, vault: Vault) -> None:
    everything = vault.audit.entries()
    shown = rows(dialog)
    assert [int(r[0]) for r in shown] == [e.id for e in everything]
    assert shown[0][2] == "create vault"
    assert dialog.count.text() == f"Showing {len(everything)} of {len(everything)} entries."
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(5)] == ["No.", "When", "Action", "Case", "Detail"]
    assert shown[-1][1] == shown_time("2026-03-11T12:00:00+00:00")


def test_only_what_the_log_holds_is_shown(dialog: AuditDialog) -> None:
    text = " ".join(" ".join(r) for r in rows(dialog))
    assert field_words("child_forenames") in text  # the field changed, in the form's words
    assert "Qzchild" not in text and "Zoë" not in text


def test_filter_by_case_reference_and_action(qtbot, dialog: AuditDialog, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    ref = vault.audit.entries(action="export")[0].case_ref
    qtbot.keyClicks(dialog.case_filter, ref[-4:])
    apply(qtbot, dialog)
    assert {r[3] for r in rows(dialog)} == {ref}
    assert {r[2] for r in rows(dialog)} == {"create", "view", "export"}
    dialog.action_filter.setCurrentIndex(dialog.action_filter.findText("view"))
    apply(qtbot, dialog)
    assert [(r[2], r[3]) for r in rows(dialog)] == [("view", ref)]
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.action_filter.currentText() == ALL_ACTIONS
    assert len(rows(dialog)) == len(vault.audit.entries())


def test_filter_by_dates_typed_the_uk_way(qtbot, dialog: AuditDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.date_from, "01/03/2026")
    qtbot.keyClicks(dialog.date_to, "10/03/2026")
    qtbot.keyClick(dialog.date_to, Qt.Key.Key_Return)
    assert [r[2] for r in rows(dialog)] == ["view"]
    dialog.date_to.clear()
    qtbot.keyClicks(dialog.date_to, "11/03/2026")
    apply(qtbot, dialog)
    assert [r[2] for r in rows(dialog)] == ["view", "export"]
    assert dialog.filter_problem.text() == ""


@pytest.mark.parametrize(("start", "end", "words"), [
    ("31/02/2026", "", "The from date was not used: 31/02/2026 is not a real date."),
    ("", "2026-03-01", "The to date was not used: Enter the date as dd/mm/yyyy"),
    ("02/03/2026", "01/03/2026", "The from date is after the to date"),
])
def test_a_bad_date_is_explained_and_the_list_kept(
        qtbot, dialog: AuditDialog, start: str, end: str, words: str) -> None:  # type: ignore[no-untyped-def]
    before = rows(dialog)
    qtbot.keyClicks(dialog.date_from, start)
    qtbot.keyClicks(dialog.date_to, end)
    apply(qtbot, dialog)
    assert dialog.filter_problem.text().startswith(words)
    assert rows(dialog) == before


def test_verify_reports_an_intact_log(qtbot, dialog: AuditDialog, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    n = len(vault.audit.entries())
    assert dialog.verify_result.text() == f"The audit log is intact ({n} entries)"
    assert Messages.shown == []


def _raw(path: Path) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = " + sql_string(copy_key(path, PASS)))
    return conn


def test_verify_names_the_entry_edited_behind_the_apps_back(
        qtbot, path: Path, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    target = vault.audit.entries(action="export")[0].id
    vault.close()
    conn = _raw(path)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET detail = 'nothing to see' WHERE id = ?", (target,))
    conn.close()
    with Vault.open(path, PASS) as again:
        d = AuditDialog(again.audit)
        qtbot.addWidget(d)
        d.show()
        qtbot.mouseClick(d.verify_button, Qt.MouseButton.LeftButton)
        assert d.verify_result.text() == (
            f"The audit log has been altered: entry {target} does not match the one before it.")
        selected = d.table.selectionModel().selectedRows()
        assert [d.model.entry(i.row()).id for i in selected] == [target]


def test_a_locked_vault_is_reported_in_plain_words(
        qtbot, dialog: AuditDialog, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert Messages.shown and Messages.shown[-1].title == "Could not check the audit log"
    assert "locked" in Messages.shown[-1].text


# Filtering from the first to the last day of the calendar shows no traceback.

@pytest.fixture
def one_case_vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "audit.scrvault", PASS)
    v.cases.new_case()
    yield v
    v.close()


@pytest.fixture(params=["Europe/London", "Asia/Tokyo", "America/New_York"])
def local_zone(request, monkeypatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_widest_dates_show_every_entry(qtbot, one_case_vault: Vault,
                                           local_zone: None) -> None:
    vault = one_case_vault
    dialog = AuditDialog(vault.audit)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.date_from, "01/01/0001")
    qtbot.keyClicks(dialog.date_to, "31/12/9999")
    qtbot.keyClick(dialog.date_to, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == len(vault.audit.entries())
    assert dialog.filter_problem.text() == ""
