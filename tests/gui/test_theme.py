"""The high-contrast look is switched from the View menu, remembered, and follows the OS until
chosen; focus is clearly visible; the autosave state and every dialog are readable."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from contrast import colours, drawn_contrast, ratio
from guihelpers import create_vault, fill_field
from lockhelpers import ModalDriver, real_message_boxes
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from scr_desktop.domain.model import Case
from scr_desktop.gui import settings, theme
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.passphrase_dialog import PassphraseDialog
from scr_desktop.gui.theme import load_stylesheet

READABLE = 4.5  # WCAG 2 AA, normal text
VISIBLE_FOCUS = 3.0  # WCAG 2 non-text contrast


@pytest.fixture
def normal_look() -> Iterator[None]:
    theme.apply(False)
    yield
    theme.apply(False)


def _switch(window: QWidget) -> QAction:
    action = window.findChild(QAction, "high_contrast_action")
    assert action is not None
    return action


def test_the_view_menu_switches_high_contrast_on_and_remembers_it(
        qtbot, make_window, vault_path: Path, normal_look: None) -> None:
    window = make_window(vault_path)
    switch = _switch(window)
    assert switch.isCheckable() and not switch.isChecked()
    assert switch in window.findChild(QWidget, "view_menu").actions()  # type: ignore[union-attr]
    switch.trigger()
    app = QApplication.instance()
    assert app.styleSheet() == load_stylesheet(high_contrast=True)  # type: ignore[union-attr]
    assert settings.high_contrast() is True

    theme.apply(False)  # as the next start of the application finds it
    theme.apply(theme.high_contrast_wanted())
    assert app.styleSheet() == load_stylesheet(high_contrast=True)  # type: ignore[union-attr]
    again = make_window(vault_path)
    assert _switch(again).isChecked()
    _switch(again).trigger()
    assert settings.high_contrast() is False
    assert app.styleSheet() == load_stylesheet()  # type: ignore[union-attr]


@pytest.fixture
def gnome_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private GNOME settings store (GSettings' key-file back end), as the desktop keeps it."""
    gsettings = shutil.which("gsettings")
    if gsettings is None:
        pytest.skip("gsettings (libglib2.0-bin) is not installed")
    monkeypatch.setenv("GSETTINGS_BACKEND", "keyfile")
    yield Path(gsettings)


def _gnome_high_contrast(gsettings: Path, on: bool) -> None:
    subprocess.run(
        [str(gsettings), "set", "org.gnome.desktop.a11y.interface", "high-contrast",
         "true" if on else "false"], check=True, timeout=30)


def test_high_contrast_follows_the_desktop_until_the_user_chooses(
        qtbot, gnome_settings: Path) -> None:
    assert settings.high_contrast() is None
    assert theme.high_contrast_wanted() is False
    _gnome_high_contrast(gnome_settings, True)
    assert theme.os_high_contrast() is True
    assert theme.high_contrast_wanted() is True
    settings.set_high_contrast(False)  # the user's choice wins over the desktop's
    assert theme.high_contrast_wanted() is False
    _gnome_high_contrast(gnome_settings, False)
    settings.set_high_contrast(True)
    assert theme.high_contrast_wanted() is True


def _open_case(qtbot, make_window, vault_path: Path):  # type: ignore[no-untyped-def]
    window = make_window(vault_path)
    create_vault(qtbot, window)
    case = Case()
    window.vault.cases.save(case)
    window.open_case(case.id)
    assert window.editor is not None
    return window


def test_the_saved_state_is_readable(qtbot, make_window, vault_path: Path,
                                     normal_look: None) -> None:
    window = _open_case(qtbot, make_window, vault_path)
    editor = window.editor
    fill_field(qtbot, editor.editor("child_forenames"), "Qzname")  # typed, so there is a change
    assert editor.save_now()
    qtbot.waitUntil(lambda: "Saved" in editor.save_state.text())
    assert drawn_contrast(editor.save_state) >= READABLE


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_keyboard_focus_is_clearly_visible(qtbot, make_window, vault_path: Path,
                                               normal_look: None, high_contrast: bool) -> None:
    theme.apply(high_contrast)
    window = make_window(vault_path)
    window.lock_screen.welcome.create_button.click()
    field = window.lock_screen.create_page.passphrase
    other = window.lock_screen.create_page.confirm
    window.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    QApplication.sendPostedEvents()  # pending layout and polish, no waiting

    def edge(w: QWidget) -> QColor:
        image = w.grab().toImage()
        return QColor(image.pixel(1, image.height() // 2))

    unfocused = edge(field)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    focused = edge(field)
    background, _ = colours(window.lock_screen.create_page.form.advice)
    assert ratio(focused, background) >= VISIBLE_FOCUS, focused.name()
    assert ratio(focused, unfocused) >= VISIBLE_FOCUS / 2, (focused.name(), unfocused.name())


def test_strong_enough_is_not_shown_as_an_error(qtbot, make_window, vault_path: Path,
                                                normal_look: None) -> None:
    window = make_window(vault_path)
    window.lock_screen.welcome.create_button.click()
    page = window.lock_screen.create_page
    qtbot.keyClicks(page.passphrase, "password1")
    assert page.reason.property("role") == "error"
    _, ink = colours(page.reason)
    assert ink.red() - ink.green() > 60  # the error red
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, "granite lantern orchard velvet")
    assert page.reason.text().startswith("\u2713 Strong enough")
    assert page.reason.property("role") != "error"
    _, ink = colours(page.reason)
    assert abs(ink.red() - ink.green()) < 30, ink.name()


def _labels_readable(dialog: QWidget) -> list[str]:
    bad = []
    for label in dialog.findChildren(QLabel):
        if label.isVisibleTo(dialog) and label.text().strip() and label.pixmap().isNull():
            figure = drawn_contrast(label)
            if figure < READABLE:
                bad.append(f"{label.text()[:40]!r}: {figure:.2f}")
    return bad


def _check_modal(kind: type, start, results: list[str]) -> None:  # type: ignore[no-untyped-def]
    driver = ModalDriver()

    def act(dialog: QWidget) -> None:
        results.extend(_labels_readable(dialog))
        results.append("checked")
        assert isinstance(dialog, QDialog)
        dialog.reject()

    driver.when(lambda w: isinstance(w, kind), act, "dialog")
    start()
    assert driver.done == ["dialog"] and not driver.hung


def test_dialogs_are_readable_in_the_high_contrast_look(qtbot, make_window, vault_path: Path,
                                                       normal_look: None) -> None:
    window = make_window(vault_path)
    create_vault(qtbot, window)
    _switch(window).trigger()
    results: list[str] = []
    with real_message_boxes():
        from PySide6.QtWidgets import QMessageBox

        _check_modal(QMessageBox, lambda: Messages.confirm(
            window, "Title", "A question in plain words?", yes="&Go on"), results)
    _check_modal(PassphraseDialog, window.vault_actions.ask_change_passphrase, results)
    assert results == ["checked", "checked"], results


def test_the_presenters_confirmation_is_readable(qtbot, make_window, vault_path: Path,
                                                 normal_look: None) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = make_window(vault_path)
    create_vault(qtbot, window)
    case = Case()
    case.set("child_forenames", "Qzchild")
    window.vault.cases.save(case)
    window.show_meetings()
    window.meetings.new_meeting()
    assert window.meetings.editor is not None
    window.meetings.editor.planner.add_case(case.id)
    presenter = window.meetings.present()
    assert presenter is not None
    results: list[str] = []
    try:
        with real_message_boxes():
            _check_modal(QMessageBox, presenter.toggle_identity, results)
    finally:
        presenter.close()
    assert results == ["checked"], results
    assert not presenter.revealed

