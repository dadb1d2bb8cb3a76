"""Secure export through the GUI: a real vault, real encryption, real PDF readers.

The controller's dialogs are driven as a person would (clicks and typing)
through :class:`exporthelpers.DialogDriver`; the files it writes are opened
with qpdf and poppler's pdftotext.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from exporthelpers import (
    MARKERS,
    NAMES,
    DialogDriver,
    exported,
    fill_case,
    pdf_text,
    qpdf_encryption,
    tick,
)
from guihelpers import PASSPHRASE, create_vault_and_backup
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from scr_desktop.gui.export.controller import ExportController
from scr_desktop.gui.export.notification_dialog import NotificationDialog
from scr_desktop.gui.export.password_dialog import PasswordDialog
from scr_desktop.gui.messages import Messages

pytestmark = pytest.mark.skipif(
    shutil.which("qpdf") is None or shutil.which("pdftotext") is None,
    reason="qpdf and poppler-utils are needed to check exports with real readers",
)


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Send every temporary file of this process to a folder the test can search."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def window(qtbot, make_window, vault_path: Path):  # type: ignore[no-untyped-def]
    w = make_window(vault_path)
    # The day's automatic backup runs in the background after the vault is created; the
    # exports below lock mid-write, which would also stop the backup half-way.
    create_vault_and_backup(qtbot, w)
    return w


@pytest.fixture
def case(window):  # type: ignore[no-untyped-def]
    c = fill_case(window.vault.cases.new_case())
    window.vault.cases.save(c)
    return c


@pytest.fixture
def driver(qtbot) -> DialogDriver:  # type: ignore[no-untyped-def]
    return DialogDriver(qtbot)


@pytest.fixture
def controller(window, driver: DialogDriver) -> ExportController:  # type: ignore[no-untyped-def]
    c = ExportController(window, lambda: window.vault, window.clipboard, window.policy)
    c.run_dialog = driver
    return c


def _files_written_since(folders: list[Path], since: float) -> list[tuple[Path, bytes]]:
    found = []
    for folder in folders:
        for p in folder.rglob("*"):
            try:
                st = p.lstat()
                if (st.st_mtime < since or st.st_size > 50_000_000 or not p.is_file()
                        or p.is_symlink()):
                    continue
                found.append((p, p.read_bytes()))
            except OSError:  # vanished or unreadable meanwhile: other processes share /tmp
                continue
    return found


def test_case_pdf_journey_generated_passphrase_opens_with_real_readers(
    qtbot, private_tmp: Path, window, case, controller: ExportController,
    driver: DialogDriver, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
) -> None:
    started = time.time() - 1
    out = tmp_path / "outbox"
    out.mkdir()
    Messages.next_answer(str(out / "for the board"))  # no suffix typed: .pdf is added
    driver.then(driver.generated_password)

    saved = exported(qtbot, controller, lambda: controller.export_case_pdf(case))

    assert saved == out / "for the board.pdf"
    assert driver.seen == ["password_dialog"]
    [password] = driver.passwords
    assert len(password) <= 32 and password.count("-") >= 3  # four words, some hyphenated
    assert QGuiApplication.clipboard().text() == password  # copied, and cleared after 30 s
    info = qpdf_encryption(saved, password)
    assert "R = 6" in info and "stream encryption method: AESv3" in info
    text = pdf_text(saved, password)
    for marker in ("Qzmira", "Qzvantreck", "Qzorchard", "Qzoutline", case.reference):
        assert marker in text
    assert Messages.shown[-1].title == "Export saved"
    assert "Send the password separately" in Messages.shown[-1].text
    [entry] = window.vault.audit.entries(action="export")
    assert entry.case_ref == case.reference
    assert "Case for Consideration" in entry.detail and str(saved) in entry.detail
    assert password not in entry.detail
    # Nothing readable was written anywhere else: the vault and the PDF are ciphertext.
    assert tempfile.gettempdir() == str(private_tmp)
    written = _files_written_since([tmp_path_factory.getbasetemp()], started)
    assert saved in [p for p, _ in written]
    for path, data in written:
        for marker in MARKERS:
            assert marker.encode() not in data, (path, marker)
            assert marker.encode("utf-16-be") not in data, (path, marker)
    assert sorted(p.name for p in out.iterdir()) == ["for the board.pdf"]


def test_suggested_file_names_use_the_reference_never_the_name(
    qtbot, window, case, controller: ExportController, driver: DialogDriver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    suggested: list[str] = []

    def save_file(cls, parent, title, suggestion, filters):  # type: ignore[no-untyped-def]
        suggested.append(suggestion)
        return ""  # the user cancels the file dialog

    monkeypatch.setattr(Messages, "save_file", classmethod(save_file))
    for export in (controller.export_case_pdf, controller.export_decision_pdf,
                   controller.export_package):
        assert exported(qtbot, controller, lambda export=export: export(case)) is None
    driver.then(lambda dialog: dialog.ok_button.click())
    assert exported(qtbot, controller, lambda: controller.export_notification(case)) is None
    names = [Path(s).name for s in suggested]
    board = "Northshire-Safeguarding-Children-Partnership"
    assert names == [f"{board} {case.reference} Case for Consideration.pdf",
                     f"{board} {case.reference} Decision record.pdf",
                     f"{case.reference}.scrcase",
                     f"{board} {case.reference} Notification to Ofsted.pdf"]
    for name in names:
        assert "Qz" not in name
    assert window.vault.audit.entries(action="export") == []


def test_typed_passwords_are_refused_with_the_reason_shown(
    qtbot, window, case, controller: ExportController, driver: DialogDriver, tmp_path: Path
) -> None:
    reasons: list[str] = []
    meters: list[str] = []

    def typed(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, PasswordDialog)
        tick(qtbot, dialog.own_choice)
        assert dialog.own_panel.isVisible() and not dialog.generated_panel.isVisible()
        for first, second in (("password123", "password123"),
                              ("Qzmira14062023", "Qzmira14062023"),
                              ("orbit-velvet-cactus-tundra-quill-ember", "orbit-velvet-cactus-"
                               "tundra-quill-ember"),
                              ("orbit-velvet-cactus-tundra", "orbit-velvet-cactus-tundrA")):
            dialog.first.clear()
            dialog.second.clear()
            qtbot.keyClicks(dialog.first, first)
            qtbot.keyClicks(dialog.second, second)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            assert dialog.isVisible()
            assert dialog.reason.isVisible()
            reasons.append(dialog.reason.text())
            meters.append(dialog.meter.text())
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                         Qt.MouseButton.LeftButton)

    Messages.next_answer(str(tmp_path / "x.pdf"))
    driver.then(typed)
    assert exported(qtbot, controller, lambda: controller.export_case_pdf(case)) is None
    weak, named, too_long, different = reasons
    assert weak.startswith("\u26a0 That password is not strong enough")
    # the child's name and date of birth
    assert "not strong enough" in named and "anyone who knows of the case could guess" in named
    assert "Some PDF readers use only the first 32 characters" in too_long
    assert "The two passwords are different" in different
    assert meters[0].startswith("\u26a0")  # a sign and a word, not colour alone
    assert not (tmp_path / "x.pdf").exists()
    assert window.vault.audit.entries(action="export") == []


def test_a_strong_typed_password_is_used(
    qtbot, window, case, controller: ExportController, driver: DialogDriver, tmp_path: Path
) -> None:
    chosen = "kestrel-marble-tundra-9"

    def typed(dialog) -> None:  # type: ignore[no-untyped-def]
        tick(qtbot, dialog.own_choice)
        qtbot.keyClicks(dialog.first, chosen)
        assert "\u2713" in dialog.meter.text()  # a mark as well as the colour and the bar
        qtbot.keyClicks(dialog.second, chosen)
        qtbot.keyClick(dialog.second, Qt.Key.Key_Return)

    Messages.next_answer(str(tmp_path / "decision.pdf"))
    driver.then(typed)
    saved = exported(qtbot, controller, lambda: controller.export_decision_pdf(case))
    assert saved is not None, Messages.shown
    assert "Decision record" in pdf_text(saved, chosen)
    [entry] = window.vault.audit.entries(action="export")
    assert "decision record" in entry.detail and chosen not in entry.detail


def test_anonymised_notification_preview_and_file_hold_no_identifying_details(
    qtbot, window, case, controller: ExportController, driver: DialogDriver, tmp_path: Path
) -> None:
    previews: list[str] = []

    def preview(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, NotificationDialog)
        dialog.recipient.setFocus()
        qtbot.keyClick(dialog.recipient, Qt.Key.Key_Down)  # Ofsted -> DfE, by keyboard
        assert dialog.recipient_key() == "dfe"
        text = dialog.preview.toPlainText()
        previews.append(text)
        assert "To: Department for Education" in text
        assert "Child A" in text and "Mother of Child A" in text
        for leak in NAMES:
            assert leak not in text, leak
        shown = {dialog.people.item(r, 1).text() for r in range(dialog.people.rowCount())}
        assert {"Qzmira Qzvantreck", "Qzdelphine Qzvantreck"} <= shown
        assert "\u2713 Anonymised" in dialog.status.text()
        Messages.next_answer(str(tmp_path / "notification.pdf"))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    driver.then(preview).then(driver.generated_password)
    saved = exported(qtbot, controller, lambda: controller.export_notification(case))
    assert saved is not None
    text = pdf_text(saved, driver.passwords[0])
    for leak in NAMES:
        assert leak not in text, leak
    # What was previewed is what was sent: every preview line is in the file.
    in_file = set(re.findall(r"\w+", text))
    for line in previews[0].splitlines():
        for word in re.findall(r"\w+", line):
            assert word in in_file, (line, word)
    [entry] = window.vault.audit.entries(action="export")
    assert entry.detail.startswith("notification to Department for Education, anonymised")


def test_including_identifying_details_needs_confirmation_and_is_audited(
    qtbot, window, case, controller: ExportController, driver: DialogDriver, tmp_path: Path
) -> None:
    def override(dialog) -> None:  # type: ignore[no-untyped-def]
        Messages.next_answer(False)  # first the user thinks better of it
        tick(qtbot, dialog.identifying)
        assert Messages.shown[-1].kind == "Question"
        assert Messages.shown[-1].title == "Include identifying details?"
        assert not dialog.identifying.isChecked()
        assert "Qzmira" not in dialog.preview.toPlainText()
        Messages.next_answer(True)
        tick(qtbot, dialog.identifying)
        assert dialog.identifying.isChecked()
        assert "NOT ANONYMISED" in dialog.status.text()
        assert "Qzmira Qzvantreck" in dialog.preview.toPlainText()
        Messages.next_answer(str(tmp_path / "named.pdf"))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    driver.then(override).then(driver.generated_password)
    saved = exported(qtbot, controller, lambda: controller.export_notification(case))
    assert saved is not None
    text = pdf_text(saved, driver.passwords[0])
    assert "Qzmira" in text and "NOT ANONYMISED" in text
    [entry] = window.vault.audit.entries(action="export")
    assert entry.detail.startswith("notification exported NOT anonymised to Ofsted")
    assert window.vault.audit.verify() is None


def test_a_write_failure_is_reported_and_nothing_is_audited(
    qtbot, window, case, controller: ExportController, driver: DialogDriver, tmp_path: Path
) -> None:
    Messages.next_answer(str(tmp_path / "gone" / "case.pdf"))  # the folder does not exist
    driver.then(driver.generated_password)
    assert exported(qtbot, controller, lambda: controller.export_case_pdf(case)) is None
    assert Messages.shown[-1].title == "Export not saved"
    assert "no longer exists" in Messages.shown[-1].text
    assert window.vault.audit.entries(action="export") == []


def test_locking_closes_the_open_export_dialog_and_nothing_is_saved(
    qtbot, window, case, controller: ExportController, driver: DialogDriver, tmp_path: Path
) -> None:
    def lock_meanwhile(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.generated()
        controller.close_dialogs()
        assert not dialog.isVisible()
        assert dialog.generated() == ""  # the passphrase is no longer on screen

    Messages.next_answer(str(tmp_path / "locked.pdf"))
    driver.then(lock_meanwhile)
    assert exported(qtbot, controller, lambda: controller.export_case_pdf(case)) is None
    assert not (tmp_path / "locked.pdf").exists()


def test_every_input_of_the_dialogs_has_an_accessible_name(qtbot, window, case) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    from scr_desktop.domain.assessment import assess_case

    dialogs = [PasswordDialog(window.clipboard, what="Case for Consideration"),
               NotificationDialog(case, assess_case(case).to_contract())]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        for w in dialog.findChildren(QLineEdit) + dialog.findChildren(QComboBox) \
                + dialog.findChildren(QPlainTextEdit):
            if w.parent() is not None and isinstance(w.parent(), QComboBox):
                continue
            assert w.accessibleName(), w.objectName()
        for b in dialog.findChildren(QAbstractButton):
            if b.isVisibleTo(dialog) and b.text() and b.text() not in ("Cancel", "OK"):
                assert "&" in b.text(), b.text()  # a mnemonic for keyboard use


def test_a_busy_indicator_shows_while_the_work_runs_off_the_ui_thread(
    qtbot, window, case, controller: ExportController, driver: DialogDriver, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from PySide6.QtCore import QTimer

    import scr_desktop.export.save as module

    release = threading.Event()
    seen: list[tuple[str, bool]] = []
    real_write = module.write_atomic

    def held_write(target: Path, data: bytes) -> None:
        seen.append((threading.current_thread().name, threading.current_thread()
                     is threading.main_thread()))
        assert release.wait(30)  # the UI thread lets it go once it has seen the indicator
        real_write(target, data)

    def watch() -> None:
        progress = controller.operation.progress if controller.operation else None
        if progress is not None and progress.isVisible() and seen:
            assert progress.labelText() == "Encrypting and saving\u2026"
            timer.stop()
            release.set()

    monkeypatch.setattr(module, "write_atomic", held_write)
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(watch)
    Messages.next_answer(str(tmp_path / "held.pdf"))
    driver.then(lambda dialog: (timer.start(), driver.generated_password(dialog)))
    saved = exported(qtbot, controller, lambda: controller.export_case_pdf(case))
    assert release.is_set() and saved is not None
    assert seen and seen[0][1] is False  # written on a worker thread
    assert controller.operation is None


def test_locking_while_the_file_is_written_keeps_no_file_and_waits_in_no_event_loop(
    qtbot, window, case, controller: ExportController, driver: DialogDriver, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    import scr_desktop.export.save as module
    from scr_desktop.storage.vault import Vault

    started, release = threading.Event(), threading.Event()
    real_write = module.write_atomic

    def held_write(target: Path, data: bytes) -> None:
        started.set()
        assert release.wait(30)
        real_write(target, data)

    monkeypatch.setattr(module, "write_atomic", held_write)
    Messages.next_answer(str(tmp_path / "locked.pdf"))
    driver.then(driver.generated_password)
    path = window.vault_path()
    with qtbot.waitSignal(controller.finished, timeout=30000) as done:
        controller.export_case_pdf(case)  # returns at once: nothing waits for the write
        qtbot.waitUntil(started.is_set, timeout=30000)
        window.lock()  # as the idle timer or Ctrl+L would, mid-export
        assert window.is_locked()
        release.set()

    assert done.args == [None]
    assert list(tmp_path.glob("*.pdf")) == []
    assert Messages.shown[-1].title == "Export not kept"
    with Vault.open(path, PASSPHRASE) as again:
        assert again.audit.entries(action="export") == []


def test_a_second_export_while_one_is_written_is_refused_in_plain_words(
    qtbot, window, case, controller: ExportController, driver: DialogDriver, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    import scr_desktop.export.save as module

    started, release = threading.Event(), threading.Event()
    real_write = module.write_atomic

    def held_write(target: Path, data: bytes) -> None:
        started.set()
        assert release.wait(30)
        real_write(target, data)

    monkeypatch.setattr(module, "write_atomic", held_write)
    Messages.next_answer(str(tmp_path / "first.pdf"))
    Messages.next_answer(str(tmp_path / "second.pdf"))
    driver.then(driver.generated_password).then(driver.generated_password)
    results: list[object] = []
    controller.finished.connect(results.append)
    controller.export_case_pdf(case)
    qtbot.waitUntil(started.is_set, timeout=30000)
    controller.export_decision_pdf(case)
    assert results == [None]  # the second ended at once
    assert Messages.shown[-1].title == "Export under way"
    release.set()
    qtbot.waitUntil(lambda: len(results) == 2, timeout=30000)
    assert results[1] == tmp_path / "first.pdf"
    assert not (tmp_path / "second.pdf").exists()
    assert len(window.vault.audit.entries(action="export")) == 1


def test_an_export_that_cannot_be_audited_is_removed(
    qtbot, window, case, controller: ExportController, driver: DialogDriver, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from scr_desktop.storage.errors import VaultClosed

    def refuse(*args: object, **kwargs: object) -> None:
        raise VaultClosed()

    monkeypatch.setattr(window.vault.audit, "record", refuse)
    Messages.next_answer(str(tmp_path / "unrecorded.pdf"))
    driver.then(driver.generated_password)
    assert exported(qtbot, controller, lambda: controller.export_case_pdf(case)) is None
    assert not (tmp_path / "unrecorded.pdf").exists()
    assert Messages.shown[-1].title == "Export not kept"
    assert "audit log" in Messages.shown[-1].text


def test_a_generated_passphrase_never_leans_on_a_name_in_the_case(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    import scr_desktop.gui.export.password_dialog as module

    drawn = iter(["rowan-rowan-rowan-rowan", "omen-left-dominion-alienable"])
    monkeypatch.setattr(module, "generate_passphrase", lambda: next(drawn))
    dialog = PasswordDialog(window.clipboard, what="Case for Consideration",
                            user_inputs=("rowan",))
    qtbot.addWidget(dialog)
    assert dialog.generated() == "omen-left-dominion-alienable"
