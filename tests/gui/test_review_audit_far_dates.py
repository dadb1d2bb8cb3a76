"""Filtering the audit log from the first to the last day of the calendar shows no traceback."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from scr_desktop.gui.audit_dialog import AuditDialog
from scr_desktop.storage.vault import Vault

PASS = "granite lantern orchard velvet"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
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


def test_the_widest_dates_show_every_entry(qtbot, vault: Vault, local_zone: None) -> None:
    dialog = AuditDialog(vault.audit)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.date_from, "01/01/0001")
    qtbot.keyClicks(dialog.date_to, "31/12/9999")
    qtbot.keyClick(dialog.date_to, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == len(vault.audit.entries())
    assert dialog.filter_problem.text() == ""
