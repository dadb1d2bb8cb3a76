"""Opening one case after another in the same wizard shows and saves nothing of the first.

The wizard keeps its widgets from case to case and loads the next case into
them; the steps that belong to one case (questions, result, rapid review,
decision, deadlines, themes, the Review area) are made afresh for each.
Case A fills every field of every step with text marked ``QzA``; after
switching to case B every step of B is visited, and no widget of the wizard,
shown or hidden, holds A's text, every form field shows B's own value, and
what B saves holds nothing of A, while A stays as it was.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from guihelpers import create_vault, sample_value
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from scr_desktop.domain.form import FIELDS
from scr_desktop.domain.learning.themes import starting_themes
from scr_desktop.domain.model import Case, Decision
from scr_desktop.domain.review.model import Review
from scr_desktop.gui.case_editor import CaseEditor
from scr_desktop.gui.decision_steps import STEP_RAPID_REVIEW
from scr_desktop.gui.main_window import MainWindow
from scr_desktop.gui.review import area as review_steps

TODAY = date(2027, 3, 2)


def _marked(value: object, marker: str) -> object:
    """Return ``value`` with the helpers' 'Qz' markers made case-specific ('QzA', 'QzB')."""
    if isinstance(value, str):
        return value.replace("Qz", marker)
    if isinstance(value, list):
        return [{k: str(v).replace("Qz", marker) for k, v in row.items()} for row in value]
    return value


def _stored_case(window: MainWindow, marker: str, *, full: bool) -> Case:
    """Save a CSPR case with a decided review; ``full`` fills every form field."""
    vault = window.vault
    case = vault.cases.new_case("wt2023-cspr")
    if full:
        for name in FIELDS:
            case.set(name, _marked(sample_value(name), marker))
        case.set_themes([next(iter(starting_themes()))])
    case.set("child_forenames", f"{marker}child")
    case.set("aware_date", "04/01/2027")
    case.facts.update({"abuse_or_neglect": "known", "seriously_harmed": True})
    case.decision = Decision(decided="local_cspr", decision_date="2027-01-20",
                             decided_by=f"{marker}chair", rationale=f"{marker}rationale")
    case.deadlines_done = {"ofsted_notification": "2027-01-05"} if full else {}
    vault.cases.save(case)
    review = Review.start(case.id, "local_cspr", "20/01/2027")
    review.add("agencies", {"agency": f"{marker}agency"})
    vault.reviews.save(review, case_ref=case.reference)
    return vault.cases.open(case.id)


def _texts(root: QWidget) -> list[str]:
    """Return every text the widgets under ``root`` hold, shown or hidden."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            out.append(w.toPlainText())
        elif isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QComboBox):
            out += [w.currentText(), *(w.itemText(i) for i in range(w.count()))]
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            root = QModelIndex()
            for r in range(model.rowCount(root)):
                c = 0
                while (index := model.index(r, c, root)).isValid():
                    out.append(str(index.data() or ""))
                    c += 1
    return out


def _visit_every_step(window: MainWindow) -> None:
    editor = window.editor
    assert editor is not None
    for i in range(editor.stack.count()):
        editor.go(i)


def test_no_value_of_one_case_is_shown_or_saved_in_the_next(qtbot, make_window,
                                                            vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    a = _stored_case(window, "QzA", full=True)
    b = _stored_case(window, "QzB", full=False)

    window.open_case(a.id)
    editor = window.editor
    assert editor is not None
    _visit_every_step(window)
    steps = window.decision_steps
    assert steps is not None
    steps.go(STEP_RAPID_REVIEW)
    notification = steps.rapid_review.notification
    qtbot.keyClicks(notification.submitted, "05/01/2027")
    qtbot.keyClicks(notification.reference, "QzAcsins")
    qtbot.mouseClick(notification.record, Qt.MouseButton.LeftButton)
    assert editor.case.rapid_review.get("notification_reference"), notification.error.text()
    themes = window.themes_step
    assert themes is not None and themes.ticked()
    area = window.review_area
    assert area is not None
    for step in area.pages:
        area.pages[step]  # every review page built, holding its review
    assert any("QzA" in t for t in _texts(editor)), "case A is on screen"
    assert editor.save_now()
    stored_a = window.vault.cases.get(a.id).to_dict()

    window.open_case(b.id)
    assert window.editor is editor, "the wizard's widgets are kept for the next case"
    assert editor.case.id == b.id
    _visit_every_step(window)
    assert window.review_area is not None
    for step in window.review_area.pages:
        window.review_area.pages[step]
    texts = _texts(editor)
    assert not [t for t in texts if "QzA" in t], "nothing of case A may stay in the wizard"
    assert any("QzBagency" in t for t in texts) and any("QzBchild" in t for t in texts)
    for page in editor.pages.values():
        for name, field in page.editors.items():
            assert field.value() == editor.case.get(name), name
    assert window.themes_step is not None and window.themes_step.ticked() == []
    assert "QzA" not in editor.heading.text()

    field = editor.editor("child_last_names")
    editor.go_section("child")
    qtbot.keyClicks(field.focus_target(), "Qzbsurname")
    assert editor.save_now()
    stored_b = json.dumps(window.vault.cases.get(b.id).to_dict())
    review_b = json.dumps(window.vault.reviews.get(b.id).to_dict())
    assert "QzA" not in stored_b and "Qzbsurname" in stored_b
    assert "QzA" not in review_b
    assert window.vault.cases.get(a.id).to_dict() == stored_a


def test_the_wizard_is_built_empty_after_unlocking_and_the_first_case_loaded_into_it(
        qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    a = _stored_case(window, "QzA", full=True)
    qtbot.waitUntil(lambda: window.findChild(CaseEditor) is not None)
    prepared = window.findChild(CaseEditor)
    assert window.editor is None and not prepared.isVisible()
    assert not [t for t in _texts(prepared) if "QzA" in t]
    window.open_case(a.id)
    assert window.editor is prepared and prepared.isVisible()
    assert prepared.editor("child_forenames").value() == "QzAchild"


def test_the_kept_wizard_is_destroyed_when_the_vault_locks(qtbot, make_window,
                                                          vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    a = _stored_case(window, "QzA", full=True)
    window.open_case(a.id)
    editor = window.editor
    assert editor is not None
    window.show_cases()
    assert window.editor is None
    window.lock()
    assert window.is_locked()
    texts = [t for w in window.findChildren(QWidget) for t in _texts(w) if "QzA" in t]
    assert texts == [], "a locked window holds no case"
    assert not [w for w in window.findChildren(type(editor))]


def test_a_case_opened_from_the_list_shows_its_own_review_in_the_kept_wizard(qtbot, make_window,
                                                            vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    a = _stored_case(window, "QzA", full=True)
    b = _stored_case(window, "QzB", full=False)
    window.open_case(a.id, step=review_steps.STEP_AGENCIES)
    editor = window.editor
    window.show_cases()
    window.open_case(b.id, step=review_steps.STEP_AGENCIES)
    assert window.editor is editor, "the wizard is kept while the list is shown"
    area = window.review_area
    assert area is not None and area.case.id == b.id
    page = area.pages[review_steps.STEP_AGENCIES]
    assert window.editor is not None and window.editor.stack.currentWidget() is page.parentWidget()
    texts = _texts(page)
    assert any("QzBagency" in t for t in texts) and not any("QzA" in t for t in texts)


def test_a_case_merged_on_leaving_it_does_not_reopen_over_the_next(qtbot, make_window,
                                                                   vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    a = _stored_case(window, "QzA", full=True)
    b = _stored_case(window, "QzB", full=False)
    window.open_case(a.id)
    editor = window.editor
    assert editor is not None
    qtbot.keyClicks(editor.editor("referrer_name").focus_target(), "Qztyped")
    elsewhere = window.vault.cases.get(a.id)  # changed elsewhere meanwhile: a stale save
    elsewhere.decision.rationale = "Qzelsewhere rationale"
    window.vault.cases.save(elsewhere)

    window.open_case(b.id)  # A is saved first, merged with the copy saved elsewhere
    area = window.review_area
    steps = window.decision_steps
    assert not editor.has_unsaved()
    after: list[bool] = []
    QTimer.singleShot(0, lambda: after.append(True))  # runs after what the save queued
    qtbot.waitUntil(lambda: bool(after))
    QApplication.sendPostedEvents()
    assert window.editor is editor and editor.case.id == b.id
    assert window.review_area is area and window.decision_steps is steps
    stored = window.vault.cases.get(a.id)
    assert stored.get("referrer_name").endswith("Qztyped")
    assert stored.decision.rationale == "Qzelsewhere rationale"
    assert area is not None
    area.go(review_steps.STEP_AGENCIES)  # the wizard of case B is still whole
    assert window.editor is editor and editor.case.id == b.id
