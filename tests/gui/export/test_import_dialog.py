"""Moving a case between two real vaults with a package: preview, clashes, wrong passwords."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from exporthelpers import DialogDriver, exported, fill_case, tick
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from scr_desktop.domain.model import Case
from scr_desktop.export.package import TruncatedPackage, WrongPasswordOrTampered
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


@pytest.fixture
def parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    w = QWidget()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def driver(qtbot) -> DialogDriver:  # type: ignore[no-untyped-def]
    return DialogDriver(qtbot)


def _controller(parent: QWidget, vault: Vault, driver: DialogDriver) -> ExportController:
    c = ExportController(parent, lambda: vault, ClipboardGuard(parent))
    c.run_dialog = driver
    return c


@pytest.fixture
def sent(qtbot, parent: QWidget, vaults: tuple[Vault, Vault], driver: DialogDriver,
         tmp_path: Path) -> tuple[Case, Path, str]:
    """A case exported from vault A as a package: (the case, the file, its password)."""
    a, _ = vaults
    case = fill_case(a.cases.new_case())
    case.facts["child_died"] = False
    case.decision.rationale = "Qzrationale"
    a.cases.save(case)
    Messages.next_answer(str(tmp_path / "case"))
    driver.then(driver.generated_password)
    controller = _controller(parent, a, driver)
    saved = exported(qtbot, controller, lambda: controller.export_package(case))
    assert saved == tmp_path / "case.scrcase"
    [entry] = a.audit.entries(action="export")
    assert "case package" in entry.detail and "not anonymised" in entry.detail
    return a.cases.get(case.id), saved, driver.passwords[-1]


def _open_with(qtbot, password: str, **then: object):  # type: ignore[no-untyped-def]
    """Return a step that types ``password``, opens the package and records what it shows."""
    seen: dict[str, object] = {}

    def step(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, ImportDialog)
        qtbot.keyClicks(dialog.password, password)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)
        seen.update(error=dialog.error.text(), opened=dialog.case() is not None,
                    preview=dialog.preview.isVisible(), clash=dialog.clash.isVisible(),
                    import_enabled=dialog.import_button.isEnabled())
        if dialog.case() is None:
            return
        seen.update(reference=dialog.reference.text(), child=dialog.child.text(),
                    referral=dialog.referral.text(), sections=dialog.sections.text(),
                    clash_text=dialog.clash_text.text())
        if then.get("keep_both"):
            tick(qtbot, dialog.keep_both_choice)
        if then.get("accept", True):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    return step, seen


def test_package_from_vault_a_imports_into_vault_b_with_a_preview_every_field_equal(
    qtbot, parent, vaults, driver: DialogDriver, sent
) -> None:
    _, b = vaults
    case, path, password = sent
    step, seen = _open_with(qtbot, password)
    Messages.next_answer(str(path))
    driver.then(step)
    imported = _controller(parent, b, driver).import_package()
    assert seen["reference"] == case.reference
    assert seen["child"] == "Qzmira Qzvantreck"
    assert seen["referral"] == "20/11/2026"
    assert str(seen["sections"]).startswith("5 of 6:")  # the filled case has a reason too
    assert seen["clash"] is False
    assert imported is not None
    assert b.cases.get(case.id).to_dict() == case.to_dict()
    assert imported.to_dict() == case.to_dict()
    [entry] = b.audit.entries(action="import")
    assert entry.case_ref == case.reference
    assert Messages.shown[-1].title == "Case imported"


def test_wrong_password_says_so_and_imports_nothing(qtbot, parent, vaults, driver, sent) -> None:
    _, b = vaults
    _, path, _ = sent
    step, seen = _open_with(qtbot, "not-the-password-at-all")
    Messages.next_answer(str(path))
    driver.then(step)
    assert _controller(parent, b, driver).import_package() is None
    assert seen["error"] == f"\u26a0 {WrongPasswordOrTampered.default_message}"
    assert seen["opened"] is False and seen["import_enabled"] is False
    assert b.cases.count() == 0 and b.cases.count(trash=True) == 0
    assert b.audit.entries(action="import") == []


def test_a_cut_short_file_says_so_and_imports_nothing(
    qtbot, parent, vaults, driver, sent, tmp_path: Path
) -> None:
    _, b = vaults
    _, path, password = sent
    short = tmp_path / "short.scrcase"
    short.write_bytes(path.read_bytes()[:40])
    step, seen = _open_with(qtbot, password)
    Messages.next_answer(str(short))
    driver.then(step)
    assert _controller(parent, b, driver).import_package() is None
    assert seen["error"] == f"\u26a0 {TruncatedPackage.default_message}"
    assert b.cases.count() == 0


def test_a_case_already_here_offers_update_or_keep_both(
    qtbot, parent, vaults, driver, sent, tmp_path: Path
) -> None:
    a, b = vaults
    case, path, password = sent
    controller_b = _controller(parent, b, driver)
    first, _ = _open_with(qtbot, password)
    Messages.next_answer(str(path))
    driver.then(first)
    assert controller_b.import_package() is not None

    # Vault A changes the case and sends it again.
    case.set("case_outline", "Qzupdated outline")
    a.cases.save(case)
    Messages.next_answer(str(tmp_path / "again.scrcase"))
    driver.then(driver.generated_password)
    controller_a = _controller(parent, a, driver)
    again = exported(qtbot, controller_a, lambda: controller_a.export_package(case))
    assert again is not None
    password2 = driver.passwords[-1]

    update, seen = _open_with(qtbot, password2)
    Messages.next_answer(str(again))
    driver.then(update)
    updated = controller_b.import_package()
    assert seen["clash"] is True
    assert case.reference in str(seen["clash_text"])
    assert updated is not None and updated.id == case.id, (seen, Messages.shown[-1].text)
    assert b.cases.get(case.id).get("case_outline") == "Qzupdated outline"
    [kept] = b.cases.list(trash=True)
    assert b.cases.get(kept.id).get("case_outline").startswith("Qzoutline")
    assert kept.reference in Messages.shown[-1].text

    both, seen = _open_with(qtbot, password2, keep_both=True)
    Messages.next_answer(str(again))
    driver.then(both)
    second = controller_b.import_package()
    assert seen["clash"] is True
    assert second is not None and second.id != case.id
    assert second.reference != case.reference
    live = {c.id for c in b.cases.list()}
    assert live == {case.id, second.id}
    assert b.cases.get(second.id).get("case_outline") == "Qzupdated outline"
    assert b.audit.verify() is None


def test_cancelling_after_the_preview_imports_nothing(qtbot, parent, vaults, driver, sent) -> None:
    _, b = vaults
    _, path, password = sent
    step, seen = _open_with(qtbot, password, accept=False)
    Messages.next_answer(str(path))
    driver.then(step)
    assert _controller(parent, b, driver).import_package() is None
    assert seen["preview"] is True
    assert b.cases.count() == 0


def test_a_vault_locked_while_the_dialog_was_open_imports_nothing(
    qtbot, parent, vaults, driver, sent
) -> None:
    _, b = vaults
    _, path, password = sent
    step, seen = _open_with(qtbot, password, accept=False)

    def lock_then_import(dialog) -> None:  # type: ignore[no-untyped-def]
        step(dialog)
        b.close()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    Messages.next_answer(str(path))
    driver.then(lock_then_import)
    assert _controller(parent, b, driver).import_package() is None
    assert seen["opened"] is True
    assert Messages.shown[-1].title == "Vault locked"


def test_an_older_package_defaults_to_keep_both_and_shows_both_dates(
    qtbot, parent, vaults, driver, sent, monkeypatch
) -> None:
    _, b = vaults
    case, path, password = sent
    controller_b = _controller(parent, b, driver)
    first, _ = _open_with(qtbot, password)
    Messages.next_answer(str(path))
    driver.then(first)
    assert controller_b.import_package() is not None
    here = b.cases.get(case.id)
    here.set("case_outline", "Qznewer work in this vault")
    # Changes are timed to the second: the vault's change is made a minute after the
    # package's, so the test does not depend on how fast the machine is.
    from datetime import datetime, timedelta

    import scr_desktop.storage.repository as repository

    later = (datetime.fromisoformat(case.updated_at) + timedelta(minutes=1)).isoformat()
    with monkeypatch.context() as clock:
        clock.setattr(repository, "now_iso", lambda: later)
        b.cases.save(here)

    stale, seen = _open_with(qtbot, password)  # Import pressed without changing the choice
    Messages.next_answer(str(path))
    driver.then(stale)
    second = controller_b.import_package()
    text = str(seen["clash_text"])
    assert "older than your vault's version" in text
    assert text.count("/") >= 4  # two dates, dd/mm/yyyy each
    assert second is not None and second.id != case.id
    assert b.cases.get(case.id).get("case_outline") == "Qznewer work in this vault"
    assert b.cases.count(trash=True) == 0
