"""The export password dialog refuses passwords built from the case; a passphrase comes first."""

from __future__ import annotations

import pytest
from exporthelpers import DialogDriver, exported, fill_case, tick
from guihelpers import create_vault
from PySide6.QtCore import Qt

from scr_desktop.gui.export.controller import ExportController
from scr_desktop.gui.export.password_dialog import PasswordDialog
from scr_desktop.gui.messages import Messages

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, make_window, vault_path):  # type: ignore[no-untyped-def]
    w = make_window(vault_path)
    create_vault(qtbot, w)
    return w


def test_case_words_are_refused_and_the_generated_passphrase_is_the_default(
        qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    case = fill_case(window.vault.cases.new_case())
    case.set("referrer_agency", "Hackney LSCB")
    window.vault.cases.save(case)
    year, number = case.reference.split("-")[1:]
    guesses = ("Safeguarding2026!".replace("2026", year), f"HackneyLSCB{year}",
               f"Scr{year}{number}Hackney")
    reasons: list[str] = []
    meters: list[str] = []
    defaults: list[bool] = []

    def typed(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, PasswordDialog)
        defaults.append(dialog.generating() and bool(dialog.generated()))
        tick(qtbot, dialog.own_choice)
        for guess in guesses:
            dialog.first.clear()
            dialog.second.clear()
            qtbot.keyClicks(dialog.first, guess)
            qtbot.keyClicks(dialog.second, guess)
            meters.append(dialog.meter.format())
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            assert dialog.isVisible()
            reasons.append(dialog.reason.text())

    driver = DialogDriver(qtbot)
    controller = ExportController(window, lambda: window.vault, window.clipboard, window.policy)
    controller.run_dialog = driver
    Messages.next_answer(str(tmp_path / "form.pdf"))
    driver.then(typed)
    assert exported(qtbot, controller, lambda: controller.export_case_pdf(case)) is None
    assert defaults == [True]
    assert len(reasons) == 3
    for reason in reasons:
        assert "anyone who knows of the case could guess" in reason
    # the meter never praises a password the export refuses
    assert meters and all(m.startswith("\u26a0") and "not strong enough" in m for m in meters)
    assert not (tmp_path / "form.pdf").exists()
