"""The board's name and partner agencies: set once, printed on every document, never an id.

Every document type is exported through the real controller (or the real
minutes dialog) into an encrypted file and read back with poppler's
pdftotext: each names the board as set, and none prints a framework id or
the old placeholder.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from exporthelpers import DialogDriver, exported, fill_case, pdf_text
from guihelpers import create_vault
from meetinghelpers import case_one, password_driver
from PySide6.QtCore import Qt

from scr_desktop.domain.model import Decision
from scr_desktop.domain.rapid_review import AgencyRequest, RapidReview
from scr_desktop.domain.review.model import Review
from scr_desktop.gui import settings
from scr_desktop.gui.board_dialog import NAME_NEEDED, BoardDialog, run_board_dialog
from scr_desktop.gui.export.controller import ExportController
from scr_desktop.gui.meeting.meetings_page import MeetingsPage
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.review.exports import export_review_document
from scr_desktop.gui.review.session import ReviewSession

pytestmark = pytest.mark.skipif(
    shutil.which("qpdf") is None or shutil.which("pdftotext") is None,
    reason="qpdf and poppler-utils are needed to read the exports back",
)

BOARD = "Wexbury and Dunmoor Safeguarding Children Partnership"
IDS = ("wt2015-scr", "wt2010-scr", "wt2023-cspr", "Local Safeguarding Children Board")


@pytest.fixture
def window(qtbot, make_window, vault_path: Path):  # type: ignore[no-untyped-def]
    w = make_window(vault_path)
    create_vault(qtbot, w)
    return w


@pytest.fixture
def driver(qtbot) -> DialogDriver:  # type: ignore[no-untyped-def]
    return DialogDriver(qtbot)


@pytest.fixture
def controller(window, driver: DialogDriver) -> ExportController:  # type: ignore[no-untyped-def]
    c = ExportController(window, lambda: window.vault, window.clipboard, window.policy)
    c.run_dialog = driver
    return c


def _in_words(text: str) -> str:
    return " ".join(text.split())


def test_the_settings_dialog_keeps_the_name_and_agencies_and_refuses_an_empty_name(
        qtbot, window) -> None:
    settings._settings().remove(settings.BOARD_NAME_KEY)

    def fill(dialog: BoardDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.error.isVisible() and NAME_NEEDED in dialog.error.text()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # refused: still open, nothing lost
        qtbot.keyClicks(dialog.name, f"  {BOARD} ")
        qtbot.keyClicks(dialog.agencies, "Wexbury Youth Justice Service")
        qtbot.keyClick(dialog.agencies, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.agencies, "Dunmoor Housing Trust")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    assert run_board_dialog(window, fill)
    assert settings.board_name() == BOARD
    assert settings.partner_agencies() == ["Wexbury Youth Justice Service",
                                           "Dunmoor Housing Trust"]
    assert window.board_action.text().replace("&", "") == "Board and partner agencies\u2026"


def test_the_first_export_asks_for_the_board_and_cancelling_exports_nothing(
        qtbot, window, controller: ExportController, tmp_path: Path) -> None:
    settings._settings().remove(settings.BOARD_NAME_KEY)
    case = fill_case(window.vault.cases.new_case())
    window.vault.cases.save(case)
    Messages.next_answer(None)  # the user cancels the question
    assert exported(qtbot, controller, lambda: controller.export_case_pdf(case)) is None
    assert Messages.shown[-2].title == "Your board's name"
    assert Messages.shown[-1].title == "Board's name not set"
    assert "Nothing was exported" in Messages.shown[-1].text
    assert window.vault.audit.entries(action="export") == []
    assert list(tmp_path.rglob("*.pdf")) == []


def test_every_document_names_the_board_and_no_framework_id(
        qtbot, window, controller: ExportController, driver: DialogDriver,
        tmp_path: Path) -> None:
    settings._settings().remove(settings.BOARD_NAME_KEY)
    out = tmp_path / "outbox"
    out.mkdir()
    case = fill_case(window.vault.cases.new_case("wt2023-cspr"))
    case.facts.update({"abuse_or_neglect": "known", "outcome": "died"})
    case.rapid_review = RapidReview(requests=[AgencyRequest(agency="Police")]).to_dict()
    case.decision = Decision(decided="local_cspr", decision_date="2026-11-25", decided_by="Chair")
    window.vault.cases.save(case)

    # The first export asks for the board's name; every later one uses it unasked.
    Messages.next_answer(BOARD)
    Messages.next_answer(str(out / "form"))
    driver.then(driver.generated_password)
    assert exported(qtbot, controller, lambda: controller.export_case_pdf(case)) is not None
    assert settings.board_name() == BOARD
    exports = [
        ("decision", lambda: controller.export_decision_pdf(case)),
        ("rapid", lambda: controller.export_rapid_review_pdf(case)),
        ("incident", lambda: controller.export_incident_notification_pdf(case)),
        ("request", lambda: controller.export_agency_request_pdf(case, 0)),
        ("audit", lambda: controller.export_audit_log(window.vault.audit.entries(), None,
                                                       filtered=False)),
    ]
    for name, start in exports:
        Messages.next_answer(str(out / name))
        driver.then(driver.generated_password)
        assert exported(qtbot, controller, start) is not None, (name, Messages.shown[-1])

    def notify(dialog) -> None:  # type: ignore[no-untyped-def]
        assert f"From: {BOARD}" in _in_words(dialog.preview.toPlainText())
        Messages.next_answer(str(out / "notification"))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    driver.then(notify).then(driver.generated_password)
    assert exported(qtbot, controller, lambda: controller.export_notification(case)) is not None

    review = Review(case_id=case.id, kind="local_cspr")
    session = ReviewSession(case, review, lambda: date(2026, 11, 30))
    Messages.next_answer(str(out / "annex"))
    driver.then(driver.generated_password)
    assert exported(qtbot, controller,
                    lambda: export_review_document(controller, session, "annex", "")) \
        is not None

    names = ["form", "decision", "rapid", "incident", "request", "audit", "notification",
             "annex"]
    for name, password in zip(names, driver.passwords, strict=True):
        text = _in_words(pdf_text(out / f"{name}.pdf", password))
        assert BOARD in text, name
        for bare in IDS:
            assert bare not in text, (name, bare)
    assert not Messages.shown or all(m.title != "Board's name not set" for m in Messages.shown)


def test_minutes_name_the_board_close_once_saved_and_new_meetings_list_the_partners(
        qtbot, tmp_path: Path) -> None:
    from scr_desktop.storage.vault import Vault

    settings.set_board_name(BOARD)
    settings.set_partner_agencies(["Wexbury Youth Justice Service"])
    vault = Vault.create(tmp_path / "v.scrvault", "granite lantern orchard velvet")
    page = MeetingsPage(today=lambda: date(2026, 11, 24))
    qtbot.addWidget(page)
    page.attach(vault)
    page.show()
    try:
        one = case_one()
        vault.cases.save(one)
        page.new_meeting()
        assert "Wexbury Youth Justice Service" in [a.label for a in page.ctx.meeting.agencies]
        page.editor.planner.add_case(one.id)
        dialog = page.export_minutes()
        passwords: list[str] = []
        dialog.run_dialog = password_driver(qtbot, passwords)
        suggested: list[str] = []

        def save_file(cls, parent, title, suggestion, filters):  # type: ignore[no-untyped-def]
            suggested.append(suggestion)
            return str(tmp_path / "minutes.pdf")

        original = Messages.__dict__["save_file"]
        Messages.save_file = classmethod(save_file)  # type: ignore[method-assign,assignment]
        try:
            with qtbot.waitSignal(dialog.saved, timeout=30000):
                qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        finally:
            Messages.save_file = original  # type: ignore[method-assign]
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
        assert page.minutes is None  # closed: Enter cannot export them again
        assert Path(suggested[0]).name.startswith(
            "Wexbury-and-Dunmoor-Safeguarding-Children-Partnership")
        text = _in_words(pdf_text(tmp_path / "minutes.pdf", passwords[0]))
        assert BOARD in text
        for bare in IDS:
            assert bare not in text
    finally:
        page.detach()
        vault.close()


def test_review_agency_fields_offer_the_partner_agencies(qtbot, make_window,
                                                         vault_path: Path) -> None:
    from scr_desktop.gui.review import area as steps

    settings.set_partner_agencies(["Wexbury Youth Justice Service", "Dunmoor Housing Trust"])
    window = make_window(vault_path, today=lambda: date(2027, 1, 20))
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    case.decision = Decision(decided="scr", decision_date="2027-01-04")
    window.vault.cases.save(case)
    window.open_case(case.id, step=steps.STEP_AGENCIES)
    field = window.review_area.pages[steps.STEP_AGENCIES].section.form.editor("agency")
    completer = field.completer()
    assert completer is not None
    completer.setCompletionPrefix("housing")
    assert completer.currentCompletion() == "Dunmoor Housing Trust"
    qtbot.keyClicks(field, "Qzother agency")  # any other name is still taken
    assert field.text() == "Qzother agency"


def test_the_settings_wait_for_the_vault_to_be_unlocked(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    settings_actions = (window.board_action, window.idle_action, window.new_framework_action)
    assert all(a.isEnabled() for a in settings_actions)
    window.lock()
    assert window.is_locked()
    # someone at a locked laptop can neither rename the board nor lengthen the idle lock
    assert not any(a.isEnabled() for a in settings_actions)
    assert window.restore_action.isEnabled()  # restoring stays possible from the lock screen
    assert window.quit_action.isEnabled()
    window.quit_action.trigger()
    assert not window.isVisible()
