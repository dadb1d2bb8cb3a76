"""The recovery sheet says whose vault it opens: the board's name asked for when a vault is
created on an installation that has none yet, kept as the board's name, and printed on every
sheet made later; never a placeholder that looks real."""

from __future__ import annotations

import re
from pathlib import Path

from guihelpers import (
    create_vault,
    keep_recovery_key,
    save_recovery_sheet,
    shown_recovery_key_dialog,
)
from pdfreaders import pdf_text, qpdf_encryption

from scr_desktop.export.pdf_form import DEFAULT_BOARD
from scr_desktop.gui import settings
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.recovery_key_dialog import RecoveryKeyDialog

TYPED = "Westmarsh Safeguarding Children Partnership"


def _sheet_text(qtbot, window, dialog: RecoveryKeyDialog, target: Path) -> str:  # type: ignore[no-untyped-def]
    """Save the sheet from ``dialog`` under the generated password; return its text."""
    target.parent.mkdir(exist_ok=True)
    password = save_recovery_sheet(qtbot, window, dialog, target)
    assert "R = 6" in qpdf_encryption(target, password)
    return pdf_text(target, password)


def test_the_sheet_made_at_creation_names_the_board_typed_and_later_sheets_too(
        qtbot, make_window, vault_path: Path, tmp_path: Path) -> None:
    settings.clear_board_name()  # a new installation
    window = make_window(vault_path)
    create_vault(qtbot, window, keep_key=False)
    dialog = shown_recovery_key_dialog(window)
    assert dialog is not None and dialog.form.board_name.isVisible()
    assert dialog.form.board_label.buddy() is dialog.form.board_name
    qtbot.keyClicks(dialog.form.board_name, TYPED)

    text = _sheet_text(qtbot, window, dialog, tmp_path / "out" / "at creation.pdf")
    assert TYPED in text.splitlines() and DEFAULT_BOARD not in text
    assert settings.board_name() == TYPED  # the board's name every document uses now
    keep_recovery_key(qtbot, window, dialog)

    Messages.answers.append(True)  # yes, replace the recovery key
    window.recovery_action.trigger()
    later = shown_recovery_key_dialog(window)
    assert later is not None
    assert not later.form.board_name.isVisible()  # known now: shown, not asked again
    assert TYPED in later.form.made_on.text()
    text = _sheet_text(qtbot, window, later, tmp_path / "out" / "later.pdf")
    assert TYPED in text.splitlines() and DEFAULT_BOARD not in text
    keep_recovery_key(qtbot, window, later)


def test_the_name_typed_is_kept_on_done_without_a_sheet(
        qtbot, make_window, vault_path: Path) -> None:
    settings.clear_board_name()
    window = make_window(vault_path)
    create_vault(qtbot, window, keep_key=False)
    dialog = shown_recovery_key_dialog(window)
    assert dialog is not None
    qtbot.keyClicks(dialog.form.board_name, f"  {TYPED} ")
    keep_recovery_key(qtbot, window, dialog)
    assert settings.board_name() == TYPED


def test_a_sheet_made_before_the_board_is_named_has_a_line_to_write_it_on(
        qtbot, make_window, vault_path: Path, tmp_path: Path) -> None:
    settings.clear_board_name()
    window = make_window(vault_path)
    create_vault(qtbot, window, keep_key=False)
    dialog = shown_recovery_key_dialog(window)
    assert dialog is not None and dialog.form.board_name.isVisible()
    text = _sheet_text(qtbot, window, dialog, tmp_path / "out" / "unnamed.pdf")
    assert DEFAULT_BOARD not in text
    assert re.search(r"^Board: _{20,}$", text, re.MULTILINE)
    keep_recovery_key(qtbot, window, dialog)
    assert settings.board_name() == ""  # nothing typed, nothing made up
