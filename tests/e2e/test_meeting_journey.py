"""The chair's journey through a sub-group meeting, on a real vault, as a person would drive it.

Plan a meeting with two cases, enter agency checks, record attendance
(police missing: a warning), present on the projector with identifying
details hidden (no widget holds a name, date of birth or address), answer
questions from the keyboard, reveal and hide (audited), record the decision
and export the minutes, then read them back with poppler and qpdf.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from meetinghelpers import (
    case_one,
    case_two,
    identifying_terms,
    leaks,
    password_driver,
    visible_texts,
)
from PySide6.QtCore import QPoint, QSize, Qt

from scr_desktop.gui.clipboard import ClipboardGuard
from scr_desktop.gui.meeting.meeting_editor import TAB_ATTENDANCE, TAB_CHECKS, TAB_OUTCOMES
from scr_desktop.gui.meeting.meetings_page import MeetingsPage
from scr_desktop.gui.meeting.presenter import HIDDEN_BADGE, SHOWN_BADGE
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.widget_text import widgets_text
from scr_desktop.storage.vault import Vault

PASSPHRASE = "granite lantern orchard velvet"
TODAY = date(2026, 11, 24)

needs_readers = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("qpdf") is None,
    reason="poppler-utils and qpdf are needed to read the minutes back",
)


@pytest.fixture
def vault(tmp_path: Path):  # type: ignore[no-untyped-def]
    v = Vault.create(tmp_path / "vault.scrvault", PASSPHRASE)
    yield v
    v.close()


@pytest.fixture
def page(qtbot, vault):  # type: ignore[no-untyped-def]
    p = MeetingsPage(today=lambda: TODAY)
    p.guard = ClipboardGuard(p)  # type: ignore[attr-defined]
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.attach(vault, clipboard=p.guard)  # type: ignore[attr-defined]
    p.show()
    yield p
    p.detach()


def _store_cases(vault: Vault) -> tuple[str, str]:
    one, two = case_one(), case_two()
    vault.cases.save(one)
    vault.cases.save(two)
    return one.id, two.id


def _plan(qtbot, page: MeetingsPage, vault: Vault) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    one, two = _store_cases(vault)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None
    planner = editor.planner
    planner.date.clear()
    qtbot.keyClicks(planner.date, "24/11/2026")
    planner.kind.setCurrentIndex(planner.kind.findData("extraordinary"))
    qtbot.keyClicks(planner.chair, "Independent chair")
    offered = {planner.offer.item(r, 0).text(): r for r in range(planner.offer.rowCount())}
    assert len(offered) == 2
    cells = [planner.offer.item(r, c).text() for r in range(2) for c in range(4)]
    # 3.9 and 3.8 dates of case one; a month after 05/11/2026 is a Saturday, so the
    # chair's decision is due on Friday 04/12/2026
    assert "26/11/2026" in cells and "04/12/2026" in cells
    for _ in range(2):
        planner.offer.selectRow(0)
        qtbot.mouseClick(planner.add_button, Qt.MouseButton.LeftButton)
    assert [planner.agenda.item(i).text() for i in range(2)] == list(offered)
    assert planner.offer.rowCount() == 0
    return one, two


def _agency_checks(qtbot, page: MeetingsPage, case_id: str) -> None:  # type: ignore[no-untyped-def]
    editor = page.editor
    assert editor is not None
    editor.tabs.setCurrentIndex(TAB_CHECKS)
    checks = editor.checks
    assert "10 of 10 agencies have not yet said" in checks.missing.text()
    assert checks.missing.text().startswith("\u26a0")
    checks.choose(case_id, "police")
    checks.known.setCurrentIndex(checks.known.findData("known"))
    qtbot.keyClicks(checks.summary, "Three call-outs; Zoe and Ann not seen at Flat 3.")
    qtbot.mouseClick(checks.add_row, Qt.MouseButton.LeftButton)
    checks.chronology.item(0, 0).setText("02/03/2026")
    checks.chronology.item(0, 1).setText("Call-out: shouting reported")
    checks.chronology.item(0, 2).setText("Police log")
    checks.chronology.item(0, 0).setText("31/02/2026")
    assert "not a real date" in checks.chronology_error.text()
    checks.chronology.item(0, 0).setText("02/03/2026")
    assert not checks.chronology_error.isVisible()
    checks.choose(case_id, "health_gp")
    checks.known.setCurrentIndex(checks.known.findData("not_known"))
    assert "8 of 10 agencies" in checks.missing.text()
    assert "Police" not in checks.missing.text().split(":", 1)[1]
    rows = {checks.overview.item(r, 0).text(): checks.overview.item(r, 1).text()
            for r in range(checks.overview.rowCount())}
    assert rows["Police"] == "Known to the agency"
    assert rows["Housing"] == "\u26a0 No return yet"


def _attendance(qtbot, page: MeetingsPage) -> None:  # type: ignore[no-untyped-def]
    editor = page.editor
    assert editor is not None
    editor.tabs.setCurrentIndex(TAB_ATTENDANCE)
    att = editor.attendance
    people = [("childrens_social_care", "Qzmember One", "Head of service", "attended"),
              ("health_acute", "Qzmember Two", "Named nurse", "deputy"),
              ("education", "Qzmember Three", "Safeguarding lead", "attended"),
              ("police", "Qzmember Four", "DI", "apologies")]
    for row, (agency, name, role, status) in enumerate(people):
        qtbot.mouseClick(att.add_button, Qt.MouseButton.LeftButton)
        att.set_row(row, agency=agency, status=status)
        att.table.item(row, 1).setText(name)
        att.table.item(row, 2).setText(role)
    assert att.warning.isVisible()
    assert att.warning.text().startswith("\u26a0 Police is not represented")
    # Both cases are under the 2015 framework: the warning cites its procedure, not 2010's.
    assert "3.10 and 3.11" in att.warning.text() and "2010" not in att.warning.text()


def test_plan_check_attend_present_decide_and_export_minutes(qtbot, page, vault,
                                                             tmp_path: Path) -> None:
    one, two = _plan(qtbot, page, vault)
    _agency_checks(qtbot, page, one)
    _attendance(qtbot, page)
    assert page.save_now()
    stored = vault.meetings.get(page.ctx.meeting.id)
    assert stored.kind == "extraordinary" and stored.date == "2026-11-24"
    assert stored.item(one).check("police").chronology[0].event == "Call-out: shouting reported"
    assert [p.status for p in stored.attendance][-1] == "apologies"

    # Presenter view: names, dates of birth and addresses are nowhere on screen.
    qtbot.mouseClick(page.present_button, Qt.MouseButton.LeftButton)
    view = page.presenter
    assert view is not None and view.isVisible() and view.isFullScreen()
    terms = identifying_terms(vault.cases.get(one)) + identifying_terms(vault.cases.get(two))
    assert not leaks(terms, visible_texts())
    qtbot.waitUntil(lambda: not leaks(terms, widgets_text()), timeout=3000)
    assert view.badge.text() == HIDDEN_BADGE
    assert view.identity.text() == "Child A, aged 3"
    assert "1 of 2" in view.case_title.text()

    # Answer from the keyboard: suspected neglect, seriously harmed.
    before = view.flowchart.highlighted_nodes()
    qtbot.keyClick(view, Qt.Key.Key_2)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert "Seriously harmed" in view.question.text() or "seriously harmed" in \
        view.question.text().lower()
    qtbot.keyClick(view, Qt.Key.Key_Y)
    assert "must" in view.result.text().lower()
    assert view.flowchart.highlighted_nodes() != before
    assert "\u25b6 Y  Yes   \u2714 agreed" in view.answers.text()
    assert not leaks(terms, widgets_text())

    # Revealing is explicit, confirmed and audited; moving on hides again.
    Messages.next_answer(True)
    qtbot.keyClick(view, Qt.Key.Key_I)
    assert view.badge.text() == SHOWN_BADGE
    assert "Zoë Łukasiewicz-Nguyễn" in view.identity.text()
    reveals = vault.audit.entries(action="reveal identifying details")
    assert len(reveals) == 1 and reveals[0].case_ref == vault.cases.get(one).reference
    assert "Zoë" not in reveals[0].detail
    qtbot.keyClick(view, Qt.Key.Key_I)
    assert view.badge.text() == HIDDEN_BADGE and "Zoë" not in view.identity.text()
    Messages.next_answer(True)
    qtbot.keyClick(view, Qt.Key.Key_I)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert "2 of 2" in view.case_title.text() and view.badge.text() == HIDDEN_BADGE
    assert not leaks(terms, widgets_text())
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.place() == (0, 0) and view.badge.text() == HIDDEN_BADGE

    _screenshots(qtbot, view, tmp_path / "screens")

    # Leaving the presenter returns to the outcomes of the case on screen.
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert page.presenter is None
    editor = page.editor
    assert editor is not None and editor.tabs.currentIndex() == TAB_OUTCOMES
    outcome = editor.outcome
    assert outcome is not None and outcome.case.id == one
    assert outcome.case.facts["seriously_harmed"] is True
    d = outcome.decision
    d.recommendation.setCurrentIndex(d.recommendation.findData("scr"))
    d.decided.setCurrentIndex(d.decided.findData("scr"))
    qtbot.keyClicks(d.decision_date, "24/11/2026")
    qtbot.keyClicks(d.decided_by, "Independent chair")
    qtbot.keyClicks(d.rationale, "Qzrationale: serious harm and agencies did not share.")
    qtbot.mouseClick(outcome.add_action, Qt.MouseButton.LeftButton)
    outcome.actions_table.item(0, 0).setText("Qzaction: secure the nursery records")
    outcome.set_owner(0, "education")
    outcome.actions_table.item(0, 2).setText("01/12/2026")
    qtbot.mouseClick(outcome.add_declaration, Qt.MouseButton.LeftButton)
    outcome.declarations.item(0, 0).setText("Qzmember Two")
    outcome.declarations.item(0, 2).setText("Line manager of the health visitor")
    qtbot.waitUntil(lambda: not page.has_unsaved(), timeout=5000)

    decided = vault.cases.get(one)
    assert decided.decision.decided == "scr" and decided.decision.decision_date == "2026-11-24"
    assert decided.deadlines_done == {"subgroup_meeting": "2026-11-24",
                                      "chair_decision": "2026-11-24"}
    assert decided.status == "decided"
    assert vault.meetings.get(page.ctx.meeting.id).item(one).actions[0].owner == "education"

    _export_and_read_minutes(qtbot, page, vault, tmp_path, terms)


def _screenshots(qtbot, view, folder: Path) -> None:  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True, exist_ok=True)
    view.showNormal()
    for w, h in ((1920, 1080), (1280, 720)):
        view.resize(w, h)
        qtbot.waitUntil(lambda w=w, h=h: view.size() == QSize(w, h), timeout=3000)
        view.layout().activate()  # lay out the latest sizes before the picture
        image = view.grab()
        assert image.width() == w and image.height() == h
        assert image.save(str(folder / f"presenter-{w}x{h}.png"))
        place = view.place()
        for _ in range(9):
            qtbot.keyClick(view, Qt.Key.Key_Right)
        assert view.progress.text() == "Question 10 of 32"  # nine places of detention
        view.layout().activate()
        assert view.grab().save(str(folder / f"presenter-{w}x{h}-longest-question.png"))
        qtbot.keyClick(view, Qt.Key.Key_Home)
        assert view.place() == place


@needs_readers
def _export_and_read_minutes(qtbot, page, vault, tmp_path: Path, terms: list[str]) -> None:  # type: ignore[no-untyped-def]
    dialog = page.export_minutes()
    assert dialog is not None and dialog.anonymised.isChecked()
    passwords: list[str] = []
    dialog.run_dialog = password_driver(qtbot, passwords)
    target = tmp_path / "out" / "minutes"
    target.parent.mkdir()
    Messages.next_answer(str(target))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
    passphrase = passwords[0]
    assert len(passphrase.encode()) <= 32 and passphrase.count("-") >= 3
    assert page.guard.holds_copied_text()  # type: ignore[attr-defined]
    saved = target.with_suffix(".pdf")
    assert [p.name for p in saved.parent.iterdir()] == [saved.name]
    assert Messages.shown[-1].title == "Minutes saved"
    assert "different route" in Messages.shown[-1].text

    enc = subprocess.run(["qpdf", "--show-encryption", f"--password={passphrase}", str(saved)],
                         capture_output=True, text=True, check=True).stdout
    assert "R = 6" in enc and "AESv3" in enc
    out = subprocess.run(["pdftotext", "-upw", passphrase, str(saved), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    text = " ".join(out.split())
    assert "Serious Case Review to be undertaken" in text
    assert "Qzrationale" in text and "Qzaction" in text
    assert "Police is not represented" in text and "Known to the agency" in text
    assert not leaks(terms, [text]), leaks(terms, [text])
    assert "Qzmember" not in text and "Independent chair" not in text

    exports = vault.audit.entries(action="export minutes")
    assert len(exports) == 1 and exports[0].detail.startswith("meeting 2026-11-24; anonymised")
    assert passphrase not in " ".join(e.detail for e in vault.audit.entries())


@needs_readers
def test_full_minutes_need_confirmation_and_say_so_in_the_audit_log(qtbot, page, vault,
                                                                   tmp_path: Path) -> None:
    _plan(qtbot, page, vault)
    dialog = page.export_minutes()
    assert dialog is not None
    Messages.next_answer(False)
    tick(qtbot, dialog.anonymised)
    assert dialog.anonymised.isChecked()
    Messages.next_answer(True)
    tick(qtbot, dialog.anonymised)
    assert not dialog.anonymised.isChecked()
    passwords: list[str] = []
    dialog.run_dialog = password_driver(qtbot, passwords, typed="quartz-meadow-lantern-9")
    target = tmp_path / "full.pdf"
    Messages.next_answer(str(target))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
    out = subprocess.run(["pdftotext", "-upw", passwords[0], str(target), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    text = " ".join(out.split())
    assert "NOT ANONYMISED" in text and "Zoë Łukasiewicz-Nguyễn" in text
    assert "14/06/2023" in text
    exports = vault.audit.entries(action="export minutes")
    assert "NOT anonymised, at the user's explicit request" in exports[-1].detail
    assert "quartz" not in " ".join(e.detail for e in vault.audit.entries())


def tick(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
