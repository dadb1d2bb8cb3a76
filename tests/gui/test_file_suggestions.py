"""Backups and exports are offered in the user's Documents folder, a backup named by its date;
the list of deleted cases is called "Deleted cases" everywhere."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from guihelpers import PASSPHRASE, UNLOCK_TIMEOUT, create_vault
from lockhelpers import ModalDriver, real_message_boxes
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from scr_desktop.gui.messages import Messages
from scr_desktop.gui.passphrase_dialog import PassphraseDialog
from scr_desktop.storage.paths import documents_dir

TODAY = date(2027, 3, 2)


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Documents folder named in the desktop's user-dirs file, as GNOME and KDE keep it."""
    folder = tmp_path / "Mes documents"
    folder.mkdir()
    config = tmp_path / "xdg-config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{folder}"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    assert documents_dir() == folder
    return folder


def _offered(start, qtbot) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    seen: list[tuple[Path, str]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen.append((Path(dialog.directory().absolutePath()),
                     Path(dialog.selectedFiles()[0]).name))
        dialog.reject()

    driver = ModalDriver()
    driver.when(lambda w: isinstance(w, QFileDialog), look, "file dialog")
    with real_message_boxes():
        start()
    assert driver.done == ["file dialog"] and not driver.hung
    return seen[0]


def test_a_backup_is_offered_in_documents_with_its_date(qtbot, make_window, vault_path: Path,
                                                         documents: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    qtbot.waitUntil(lambda: window.vault_checked(), timeout=UNLOCK_TIMEOUT)

    def accept(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog) and dialog.current is not None
        dialog.current.setText(PASSPHRASE)
        dialog.done(QDialog.DialogCode.Accepted)

    driver = ModalDriver()
    driver.when(lambda w: isinstance(w, PassphraseDialog), accept, "passphrase")
    folder, name = _offered(window.vault_actions.ask_back_up, qtbot)
    assert folder == documents
    assert name == "vault-backup-2027-03-02.scrvault"


def test_an_export_is_offered_in_documents(qtbot, make_window, vault_path: Path,
                                           documents: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    window.open_case(case.id)
    action = window.findChild(QAction, "export_package_action")
    assert action is not None
    folder, _ = _offered(action.trigger, qtbot)
    assert folder == documents


def test_deleted_cases_are_called_deleted_cases(qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    action = window.findChild(QAction, "trash_action")
    assert action is not None and action.text() == "Deleted cases"
    action.trigger()
    page = window.list_page
    assert page.title.text() == "Deleted cases"
    assert "trash" not in page.empty_button.text().lower()
    case = window.vault.cases.new_case()
    Messages.reset()
    Messages.next_answer(False)
    window.show_cases()
    page.delete_case.emit(case.id)
    question = Messages.shown[-1]
    assert "Deleted cases" in question.text and "trash" not in question.text.lower()
