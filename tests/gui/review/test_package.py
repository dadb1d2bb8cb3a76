"""A case package made in the window carries the review and its report versions to another
vault; importing over the same case keeps the replaced review with the trash copy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from exporthelpers import DialogDriver
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from reviewsamples import MARK, decided_case, sample_review

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


def _import(qtbot, password: str, *, replace: bool = False):  # type: ignore[no-untyped-def]
    def step(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, ImportDialog)
        qtbot.keyClicks(dialog.password, password)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)
        assert dialog.case() is not None, dialog.error.text()
        if replace:
            assert dialog.clash.isVisible()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return step


def test_the_review_and_its_drafts_travel_in_the_package(
    qtbot, vaults: tuple[Vault, Vault], tmp_path: Path,
) -> None:
    a, b = vaults
    case = decided_case()
    a.cases.save(case)
    review = sample_review(case)
    doc = a.reviews.add_document(case.id, "draft.pdf", b"%PDF Qzdraft " + MARK["terms"].encode())
    rid = review.add("reports", {"version": "Draft 1"})
    review.attach_document(rid, doc.id)
    a.reviews.save(review)
    driver = DialogDriver(qtbot)
    Messages.next_answer(str(tmp_path / "case"))
    driver.then(driver.generated_password)
    exporter = _controller(qtbot, a, driver)
    with qtbot.waitSignal(exporter.finished, timeout=30_000) as saved:
        exporter.export_package(a.cases.get(case.id))
    path = saved.args[0]
    assert path is not None and MARK["terms"].encode() not in path.read_bytes()
    password = driver.passwords[-1]

    Messages.next_answer(str(path))
    driver.then(_import(qtbot, password))
    assert _controller(qtbot, b, driver).import_package() is not None
    got = b.reviews.get(case.id)
    assert got is not None and got.to_dict() == review.to_dict()
    assert b.reviews.document(got.records("reports")[0]["document_id"]).endswith(
        MARK["terms"].encode())

    # Changed in B, then the package imported again over it: B's review goes with the
    # trash copy of the replaced case, nothing is lost.
    got.set_setup({"chair": "Qzchair in vault B"})
    b.reviews.save(got)
    Messages.next_answer(str(path))
    driver.then(_import(qtbot, password, replace=True))
    assert _controller(qtbot, b, driver).import_package() is not None
    again = b.reviews.get(case.id)
    assert again is not None and again.setup["chair"] == review.setup["chair"]
    [trashed] = b.cases.list(trash=True)
    kept = b.reviews.get(trashed.id)
    assert kept is not None and kept.setup["chair"] == "Qzchair in vault B"
    assert kept.case_id == trashed.id
