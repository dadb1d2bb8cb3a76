"""The Review area appears when the chair decides a review, follows the decision, shows its
deadlines on the case's own deadline step, and a stale save is refused in plain words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from guihelpers import create_vault
from PySide6.QtCore import Qt

from scr_desktop.domain.model import Decision
from scr_desktop.gui.decision_steps import STEP_DEADLINES, STEP_DECISION
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.review import area as steps

TODAY = date(2027, 3, 2)


def test_deciding_a_review_adds_its_pages_and_its_deadlines(qtbot, make_window,
                                                          vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    qtbot.mouseClick(window.list_page.new_button, Qt.MouseButton.LeftButton)
    assert window.review_area is not None and window.review_area.pages == {}
    window.decision_steps.go(STEP_DECISION)
    page = window.decision_steps.decision
    page.decided.setCurrentIndex(page.decided.findData("multi_agency_review"))
    qtbot.keyClicks(page.decision_date, "04/01/2027")
    area = window.review_area
    assert area.session is not None
    assert area.session.review.kind == "multi_agency_review"
    assert area.session.review.started_on == "04/01/2027"
    assert steps.STEP_ACTIONS in area.index

    area.go(steps.STEP_AGENCIES)
    section = area.pages[steps.STEP_AGENCIES].section
    section.form.editor("agency").setFocus()
    qtbot.keyClicks(section.form.editor("agency"), "Qzhealth Trust")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    window.decision_steps.go(STEP_DEADLINES)
    labels = {s.label: s for s in window.decision_steps.deadlines.states}
    imr = labels["IMR due \u2014 Qzhealth Trust"]
    assert imr.due == date(2027, 2, 15) and imr.state == "overdue"
    assert any(label.startswith("Complete the review") for label in labels)
    assert window.editor is not None and window.editor.save_now()
    stored = window.vault.reviews.get(window.editor.case.id)
    assert stored is not None and stored.records("agencies")[0]["agency"] == "Qzhealth Trust"


def test_review_steps_are_named_by_id_and_shown_by_title(qtbot, make_window,
                                                        vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    case.decision = Decision(decided="scr", decision_date="2027-01-04")
    window.vault.cases.save(case)
    window.open_case(case.id, step=steps.STEP_REPORT)
    area = window.review_area
    assert set(area.index) == set(steps.TITLES)
    for step, index in area.index.items():
        assert step.isidentifier() and step != steps.TITLES[step]
        assert window.editor.steps.item(index).text() == steps.TITLES[step]
    assert window.editor.current_step() == area.index[steps.STEP_REPORT]


def test_a_stale_review_is_not_saved_over_the_newer_one(qtbot, make_window,
                                                       vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    qtbot.mouseClick(window.list_page.new_button, Qt.MouseButton.LeftButton)
    window.decision_steps.go(STEP_DECISION)
    page = window.decision_steps.decision
    page.decided.setCurrentIndex(page.decided.findData("scr"))
    qtbot.keyClicks(page.decision_date, "04/01/2027")
    assert window.editor.save_now()
    area = window.review_area
    case_id = window.editor.case.id
    newer = window.vault.reviews.get(case_id)
    newer.set_setup({"chair": "Qzchair elsewhere"})
    window.vault.reviews.save(newer)  # another copy saved meanwhile

    area.go(steps.STEP_SETUP)
    chair = area.pages[steps.STEP_SETUP].setup.form.editor("chair")
    qtbot.keyClicks(chair, "Qzmine")
    assert not window.editor.save_now()
    assert window.editor.save_state.text() == "\u26a0 Not saved"
    assert any("changed elsewhere" in s.text for s in Messages.shown)
    assert window.vault.reviews.get(case_id).setup["chair"] == "Qzchair elsewhere"


def test_processes_the_flowchart_flagged_are_offered_first(qtbot, make_window,
                                                         vault_path: Path) -> None:
    from scr_desktop.domain.model import Decision

    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    case.facts.update({"abuse_or_neglect": "known", "child_died": True,
                       "learning_disability": True})
    case.decision = Decision(decided="scr", decision_date="2027-01-04")
    window.vault.cases.save(case)
    window.open_case(case.id, step=steps.STEP_PROCESSES)
    page = window.review_area.pages[steps.STEP_PROCESSES]
    assert page.offer.isVisibleTo(page)
    assert "Child death review" in page.offer.text() and "LeDeR" in page.offer.text()
    qtbot.mouseClick(page.offer, Qt.MouseButton.LeftButton)
    types = [r["type"] for r in window.review_area.session.review.records("processes")]
    assert types == ["child_death_review", "leder"]
    assert not page.offer.isVisibleTo(page)
    page.section.choose(page.section.ids[0])
    assert page.checklist.count() == 1
    page.checklist.item(0).setCheckState(Qt.CheckState.Checked)
    assert window.review_area.session.review.records("processes")[0]["checked"] == [0]


def test_every_review_field_is_named_and_labelled_and_no_page_repeats_a_mnemonic(
        qtbot, make_window, vault_path: Path) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    from scr_desktop.domain.model import Decision

    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    case.decision = Decision(decided="scr", decision_date="2027-01-04")
    window.vault.cases.save(case)
    window.open_case(case.id, step=steps.STEP_SETUP)
    area = window.review_area
    for title, page in area.pages.items():
        area.go(title)
        for form in page.findChildren(QWidget):
            editors = getattr(form, "editors", None)
            if not isinstance(editors, dict):
                continue
            for key, editor in editors.items():
                assert editor.accessibleName(), (title, key)
        buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
        for form in (w for w in page.findChildren(QWidget) if hasattr(w, "editors")):
            for editor in form.editors.values():
                assert editor in buddies or isinstance(editor, QAbstractButton), (title,)
        letters = [b.text().split("&")[1][0].lower() for b in page.findChildren(QAbstractButton)
                   if "&" in b.text() and b.isVisibleTo(page)]
        assert len(letters) == len(set(letters)), (title, letters)


def test_a_recorded_date_changes_only_after_confirmation(qtbot, make_window,
                                                       vault_path: Path) -> None:
    from scr_desktop.domain.model import Decision

    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    case.decision = Decision(decided="scr", decision_date="2027-01-04")
    window.vault.cases.save(case)
    window.open_case(case.id, step=steps.STEP_AGENCIES)
    section = window.review_area.pages[steps.STEP_AGENCIES].section
    qtbot.keyClicks(section.form.editor("agency"), "Qzhealth")
    qtbot.keyClicks(section.form.editor("received_on"), "10/02/2027")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    received = section.form.editor("received_on")
    received.clear()
    qtbot.keyClicks(received, "11/02/2027")
    Messages.next_answer(False)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    review = window.review_area.session.review
    assert review.records("agencies")[0]["received_on"] == "10/02/2027"
    assert Messages.shown[-1].title == "Change a recorded date?"
    assert "Report received on" in Messages.shown[-1].text
    Messages.next_answer(True)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert review.records("agencies")[0]["received_on"] == "11/02/2027"
