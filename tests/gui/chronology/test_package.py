"""A case package made in the window carries the chronology to another vault, encrypted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from exporthelpers import DialogDriver
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from scr_desktop.domain.chronology.entry import make_entry
from scr_desktop.domain.model import Case
from scr_desktop.gui.clipboard import ClipboardGuard
from scr_desktop.gui.export.controller import ExportController
from scr_desktop.gui.export.import_dialog import ImportDialog
from scr_desktop.gui.messages import Messages
from scr_desktop.storage.vault import Vault

PASS = "granite lantern orchard velvet"


@pytest.fixture
def vaults(tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    a = Vault.create(tmp_path / "a" / "a.scrvault", PASS)
    b = Vault.create(tmp_path / "b" / "b.scrvault", PASS)
    yield a, b
    a.close()
    b.close()


def _controller(qtbot, vault: Vault, driver: DialogDriver) -> ExportController:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    c = ExportController(parent, lambda: vault, ClipboardGuard(parent))
    c.run_dialog = driver
    return c


def test_the_chronology_travels_in_the_case_package(
        qtbot, vaults: tuple[Vault, Vault], tmp_path: Path) -> None:
    a, b = vaults
    case = Case(reference="SCR-2027-0042")
    a.cases.save(case)
    for when, agency, event in (("14/03/2019", "Police", "Qzpackaged call-out"),
                                ("2020", "Health", "Qzpackaged year entry")):
        a.chronology.add(case.id, make_entry(date_text=when, agency=agency, event=event,
                                             key=agency == "Police"))
    driver = DialogDriver(qtbot)
    Messages.next_answer(str(tmp_path / "case"))
    driver.then(driver.generated_password)
    exporter = _controller(qtbot, a, driver)
    with qtbot.waitSignal(exporter.finished, timeout=30_000) as saved:
        exporter.export_package(a.cases.get(case.id))
    path = saved.args[0]
    assert path is not None and b"Qzpackaged" not in path.read_bytes()

    def step(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, ImportDialog)
        qtbot.keyClicks(dialog.password, driver.passwords[-1])
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)
        assert dialog.case() is not None, dialog.error.text()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    Messages.next_answer(str(path))
    driver.then(step)
    assert _controller(qtbot, b, driver).import_package() is not None
    got = b.chronology.entries(case.id)
    assert [(e.date_text, e.agency, e.event, e.key) for e in got] == [
        ("14/03/2019", "Police", "Qzpackaged call-out", True),
        ("2020", "Health", "Qzpackaged year entry", False)]
