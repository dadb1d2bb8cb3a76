"""A review from the decision to publication, driven through the real window.

Set-up, three agencies (one report returned unsigned and sent again), a
refusal of consent overridden by the Caldicott Guardian with its reasons, the
family plan, a criminal trial holding publication back, report versions kept
in the vault, sign-off, copies to the Panel, publication, recommendations with
actions (one overdue on the monitoring page), the review's documents exported
and opened with their passwords by real readers; then locked, closed and
opened again: everything is as it was left.
"""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

import msoffcrypto
import pytest
from docx import Document as WordDocument
from exporthelpers import DialogDriver, pdf_text, qpdf_encryption, tick
from guihelpers import create_vault, unlock
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from scr_desktop.domain.model import Decision
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.review import area as steps
from scr_desktop.gui.widget_text import widgets_text

pytestmark = pytest.mark.skipif(
    shutil.which("qpdf") is None or shutil.which("pdftotext") is None,
    reason="qpdf and poppler-utils are needed to check exports with real readers",
)

TODAY = date(2027, 3, 2)
TERMS = "Qzterms look at the Qzheron nursery"
AGENCIES = ("Qzpolice Constabulary", "Qzhealth Trust", "Qzschool Academy")
RATIONALE = "Qznecessary to see the pattern of injuries"
ACTION = "Qzaction train reception staff"


def put(qtbot, editor: QWidget, value: object) -> None:  # type: ignore[no-untyped-def]
    """Enter ``value`` in a review field as a person would."""
    if isinstance(editor, QCheckBox):
        if editor.isChecked() != value:
            tick(qtbot, editor)
    elif isinstance(editor, QComboBox):
        editor.setFocus()
        editor.setCurrentIndex(editor.findData(value))
    elif isinstance(editor, QPlainTextEdit):
        editor.clear()
        qtbot.keyClicks(editor, str(value))
    else:
        assert isinstance(editor, QLineEdit)
        editor.clear()
        qtbot.keyClicks(editor, str(value))


def fill(qtbot, form, **values: object) -> None:  # type: ignore[no-untyped-def]
    for key, value in values.items():
        put(qtbot, form.editor(key), value)


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _office(path: Path, password: str) -> bytes:
    with path.open("rb") as fh:
        office = msoffcrypto.OfficeFile(fh)
        assert office.is_encrypted()
        office.load_key(password=password)
        out = io.BytesIO()
        office.decrypt(out)
    return out.getvalue()


def test_a_review_from_decision_to_publication_survives_lock_and_reopening(
    qtbot, make_window, vault_path: Path, tmp_path: Path,
) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    case.set("child_forenames", "Qzchild")
    case.decision = Decision(decided="scr", decision_date="2027-01-04", decided_by="Chair")
    window.vault.cases.save(case)
    window.open_case(case.id, step=steps.STEP_SETUP)
    area = window.review_area
    assert area is not None and set(area.pages) == {
        steps.STEP_SETUP, steps.STEP_AGENCIES, steps.STEP_CHRONOLOGY, steps.STEP_CONSENT,
        steps.STEP_FAMILY, steps.STEP_PROCESSES, steps.STEP_REPORT, steps.STEP_ACTIONS,
        steps.STEP_GENOGRAM, steps.STEP_BRIEFING}

    # -- set-up
    setup = area.pages[steps.STEP_SETUP]
    fill(qtbot, setup.setup.form, methodology="systems", scope_from="01/01/2025",
         scope_to="04/01/2027", terms=TERMS, lead_reviewer="Qzreviewer", independent=True,
         scoping_meeting_on="08/01/2027")
    first = setup.lines.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    fill(qtbot, setup.panel.form, name="Qzchair", agency="Board", role="Chair")
    click(qtbot, setup.panel.add_button)

    # -- three agencies; the first report goes back unsigned and comes again
    window.review_area.go(steps.STEP_AGENCIES)
    agencies = area.pages[steps.STEP_AGENCIES]
    for name in AGENCIES:
        fill(qtbot, agencies.section.form, agency=name, kind="imr", author=f"{name} author",
             author_not_involved=True, requested_on="04/01/2027", briefed_on="15/01/2027")
        click(qtbot, agencies.section.add_button)
    agencies.section.choose(agencies.section.ids[0])
    fill(qtbot, agencies.section.form, received_on="10/02/2027")
    click(qtbot, agencies.section.save_button)
    fill(qtbot, agencies.section.form, signed_off_on="11/02/2027")
    click(qtbot, agencies.section.save_button)
    assert "Director or Chief Executive" in agencies.section.error.text()
    put(qtbot, agencies.returned_on, "12/02/2027")
    put(qtbot, agencies.return_reason, "not clearly signed off")
    click(qtbot, agencies.form.return_button)
    assert "Returned 12/02/2027" in agencies.form.status.text()
    fill(qtbot, agencies.section.form, received_on="19/02/2027", signed_off_role="director",
         signed_off_on="19/02/2027")
    click(qtbot, agencies.section.save_button)
    states = [agencies.section.table.item(r, 3).text() for r in range(3)]
    assert states[0].startswith("\u2714 Signed off 19/02/2027")
    assert all("Overdue" in s and "\u2716" in s for s in states[1:])  # due 15/02/2027

    # -- consent refused, overridden with the three reasons
    window.review_area.go(steps.STEP_CONSENT)
    consent = area.pages[steps.STEP_CONSENT].section
    fill(qtbot, consent.form, person="Qzfather", adult=True, record_holder="GP surgery",
         sought_on="20/01/2027", sought_by="Panel chair", method="face_to_face",
         outcome="refused", reasons="Qzrefusal reasons")
    click(qtbot, consent.add_button)
    fill(qtbot, consent.form, caldicott="override", caldicott_on="27/01/2027")
    click(qtbot, consent.save_button)
    assert "rationale" in consent.error.text()
    fill(qtbot, consent.form, necessary=RATIONALE, proportionate="Only 2025-2026",
         relevant="Bears on the injuries")
    click(qtbot, consent.save_button)
    assert consent.table.item(0, 3).text().startswith("\u2696 Overridden")

    # -- family plan
    window.review_area.go(steps.STEP_FAMILY)
    family = area.pages[steps.STEP_FAMILY].section
    fill(qtbot, family.form, person="Qzmother", relationship="Mother", told_by="Social worker",
         method="in_person", planned_on="15/01/2027",
         police_view="Police agree after charge")
    click(qtbot, family.add_button)

    # -- a criminal trial holds publication back
    window.review_area.go(steps.STEP_PROCESSES)
    processes = area.pages[steps.STEP_PROCESSES]
    fill(qtbot, processes.section.form, type="criminal", lead="Police", status="in_progress",
         key_date="06/09/2027", delays_publication=True)
    click(qtbot, processes.section.add_button)
    assert processes.section.error.isHidden(), processes.section.error.text()
    assert len(processes.section.ids) == 1
    processes.checklist.item(0).setCheckState(Qt.CheckState.Checked)

    # -- report versions kept in the vault, sign-off, copies, publication
    window.review_area.go(steps.STEP_REPORT)
    report = area.pages[steps.STEP_REPORT]
    for n in (1, 2):
        draft = tmp_path / f"draft{n}.pdf"
        draft.write_bytes(b"%PDF-1.4 Qzdraft version " + bytes([48 + n]))
        report.add_draft(str(draft))
        draft.unlink()  # the vault keeps its own copy
    fill(qtbot, report.publication.form, planned_on="02/08/2027")
    assert "Criminal investigation" in report.form.status.text()
    # moving a recorded date asks first (old and new shown), and goes ahead once confirmed
    planned = report.publication.form.editor("planned_on")
    planned.setFocus()
    Messages.next_answer(True)
    put(qtbot, planned, "04/10/2027")
    qtbot.keyClick(planned, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.session.review.publication["planned_on"] == "04/10/2027")
    assert "Planned publication: 02/08/2027 \u2192 04/10/2027" in Messages.shown[-1].text
    fill(qtbot, report.publication.form, panel_signoff_on="01/07/2027",
         board_signoff_on="15/07/2027", copies_sent_on="20/09/2027",
         published_where="Board website", action_statement="Qzstatement of action")
    fill(qtbot, report.publication.form, published_on="04/10/2027")
    assert report.publication.error.isHidden()
    assert "by 23/09/2027" in report.form.status.text() and "sent 20/09/2027" in (
        report.form.status.text())

    # -- recommendations and actions
    window.review_area.go(steps.STEP_ACTIONS)
    actions = area.pages[steps.STEP_ACTIONS]
    fill(qtbot, actions.recommendations.form, source="Overview report",
         text="Qzrecommendation share records")
    click(qtbot, actions.recommendations.add_button)
    fill(qtbot, actions.action_form, action=ACTION, owner_agency=AGENCIES[1],
         officer="Qzofficer", due_on="01/02/2027", success="All staff trained",
         progress="on_track")
    click(qtbot, actions.add_action)
    fill(qtbot, actions.action_form, action="Qzaction audit", owner_agency=AGENCIES[0],
         due_on="01/12/2027", progress="not_started")
    click(qtbot, actions.add_action)
    assert "OVERDUE" in actions.table.item(0, 3).text()

    # -- the review's documents leave encrypted
    driver = DialogDriver(qtbot)
    window.exports.run_dialog = driver
    out = tmp_path / "outbox"
    out.mkdir()
    agencies.section.choose(agencies.section.ids[0])
    for button, name in ((agencies.form.terms_button, "terms"),
                         (agencies.form.imr_button, "imr"),
                         (area.pages[steps.STEP_CONSENT].form.annex_button, "annex"),
                         (actions.form.plan_button, "plan")):
        Messages.next_answer(str(out / name))
        driver.then(driver.generated_password)
        with qtbot.waitSignal(window.exports.finished, timeout=30_000) as saved:
            click(qtbot, button)
        assert saved.args[0] is not None and saved.args[0].stem == name
    terms_pw, imr_pw, annex_pw, plan_pw = driver.passwords
    annex_text = pdf_text(out / "annex.pdf", annex_pw)
    assert RATIONALE in annex_text and "Qzfather" in annex_text
    letter = out / "terms.pdf"
    assert "R = 6" in qpdf_encryption(letter, terms_pw)
    text = pdf_text(letter, terms_pw)
    assert TERMS in text and AGENCIES[0] in text
    imr_text = "\n".join(p.text for p in WordDocument(io.BytesIO(
        _office(out / "imr.docx", imr_pw))).paragraphs)
    assert f"{AGENCIES[0]} author" in imr_text
    sheet = load_workbook(io.BytesIO(_office(out / "plan.xlsx", plan_pw))).active
    assert ACTION in [c.value for row in sheet.iter_rows() for c in row]
    for path in out.iterdir():
        for marker in (TERMS, AGENCIES[0], ACTION, "Qzchild", RATIONALE, "Qzfather"):
            assert marker.encode() not in path.read_bytes()

    # -- monitoring and the dashboard
    window.show_monitoring()
    monitoring = window.monitoring
    qtbot.waitUntil(lambda: len(monitoring.rows) == 2)
    first_row = monitoring.form.table.model()
    assert first_row.index(0, 0).data() == "\u2716 OVERDUE"
    assert first_row.index(0, 1).data() == AGENCIES[1]
    assert monitoring.form.counts.text() == "2 actions, 1 overdue"
    window.show_dashboard()
    qtbot.waitUntil(lambda: any(r.deadline.key.startswith("action:")
                                for r in window.dashboard.rows))
    labels = [r.deadline.label for r in window.dashboard.rows]
    assert any(label.startswith("IMR due \u2014 Qzhealth") for label in labels)

    # -- lock: nothing of the review is left in any widget, table or list
    window.open_case(case.id, step=steps.STEP_ACTIONS)
    saved = window.review_area.session.review.to_dict()  # type: ignore[union-attr]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    markers = (TERMS, AGENCIES[1], RATIONALE, ACTION, "Qzmother", "Qzofficer")
    qtbot.waitUntil(lambda: not any(m in t for t in widgets_text() for m in markers),
                    timeout=3000)
    window.close()

    # -- a new window on the same vault: everything as it was left
    again = make_window(vault_path, today=lambda: TODAY)
    unlock(qtbot, again)
    again.open_case(case.id, step=steps.STEP_AGENCIES)
    assert again.review_area is not None and again.review_area.session is not None
    review = again.review_area.session.review
    assert review.to_dict() == saved
    assert review.records("agencies")[0]["returns"][0]["reason"] == "not clearly signed off"
    assert review.publication["published_on"] == "04/10/2027"
    docs = again.vault.reviews.documents(case.id)
    assert [again.vault.reviews.document(d.id)[-1:] for d in docs] == [b"1", b"2"]
    page = again.review_area.pages[steps.STEP_AGENCIES]
    assert page.section.table.item(0, 0).text() == AGENCIES[0]
