"""A date already recorded on the set-up or the publication record changes only after the
user is asked, shown the old and the new date; a confirmed change is audited with both."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from guihelpers import create_vault
from PySide6.QtCore import Qt

from scr_desktop.domain.model import Decision
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.review import area as steps

TODAY = date(2027, 3, 2)


def retype(qtbot, editor, text: str) -> None:  # type: ignore[no-untyped-def]
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_changing_a_recorded_set_up_or_publication_date_asks_and_is_audited(
        qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    case.decision = Decision(decided="scr", decision_date="2027-01-04")
    window.vault.cases.save(case)
    window.open_case(case.id, step=steps.STEP_SETUP)
    area = window.review_area
    assert area is not None and area.session is not None
    setup = area.pages[steps.STEP_SETUP].setup
    scoping = setup.form.editors["scoping_meeting_on"]
    qtbot.keyClicks(scoping, "10/01/2027")  # a first date is recorded as it is typed
    assert area.session.review.setup["scoping_meeting_on"] == "10/01/2027"
    assert window.editor is not None and window.editor.save_now()
    asked = len(Messages.shown)

    Messages.next_answer(False)
    retype(qtbot, scoping, "12/01/2027")
    qtbot.waitUntil(lambda: len(Messages.shown) > asked)
    assert Messages.shown[-1].title == "Change a recorded date?"
    assert "Scoping meeting on: 10/01/2027 \u2192 12/01/2027" in Messages.shown[-1].text
    assert area.session.review.setup["scoping_meeting_on"] == "10/01/2027"
    assert scoping.text() == "10/01/2027"  # refused: the recorded date is shown again

    Messages.next_answer(True)
    retype(qtbot, scoping, "12/01/2027")
    qtbot.waitUntil(lambda: area.session.review.setup["scoping_meeting_on"] == "12/01/2027")

    area.go(steps.STEP_REPORT)
    publication = area.pages[steps.STEP_REPORT].publication
    signoff = publication.form.editors["board_signoff_on"]
    qtbot.keyClicks(signoff, "01/02/2027")
    assert window.editor.save_now()
    asked = len(Messages.shown)
    Messages.next_answer(True)
    retype(qtbot, signoff, "03/02/2027")
    qtbot.waitUntil(lambda: len(Messages.shown) > asked)
    assert "Board signed off on: 01/02/2027 \u2192 03/02/2027" in Messages.shown[-1].text
    assert area.session.review.publication["board_signoff_on"] == "03/02/2027"

    assert window.editor.save_now()
    details = [e.detail for e in window.vault.audit.entries(action="change recorded date")]
    assert "Set-up: Scoping meeting on: 10/01/2027 \u2192 12/01/2027" in details
    assert "Sign-off and publication: Board signed off on: 01/02/2027 \u2192 03/02/2027" \
        in details
