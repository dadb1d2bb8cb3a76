"""The referral form as a referrer meets it: section 3 needs a reason and refuses contradictory
ticks, progress survives reopening, group rows read in the form's columns, and a new row is
not an error before anything is typed."""

from __future__ import annotations

from datetime import date

from guihelpers import fill_field
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from scr_desktop.domain.form import SECTIONS
from scr_desktop.domain.model import Case
from scr_desktop.gui.binding import GroupEditor
from scr_desktop.gui.case_editor import CaseEditor
from scr_desktop.gui.messages import Messages

TODAY = date(2026, 11, 24)
STEP = {s.key: i for i, s in enumerate(SECTIONS)}


def _editor(qtbot, case: Case | None = None) -> CaseEditor:  # type: ignore[no-untyped-def]
    editor = CaseEditor(case or Case(reference="SCR-2026-0001"), lambda c: None,
                        today=lambda: TODAY)
    qtbot.addWidget(editor)
    editor.resize(1280, 720)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _step_text(editor: CaseEditor, key: str) -> str:
    return editor.steps.item(STEP[key]).text()


def test_section_3_is_incomplete_until_a_reason_is_ticked(qtbot) -> None:
    editor = _editor(qtbot)
    editor.go(STEP["reasons"])
    editor.go(STEP["considerations"])
    assert _step_text(editor, "reasons").startswith("\u26a0")
    editor.go(STEP["reasons"])
    fill_field(qtbot, editor.editor("reason_learning"), True)
    fill_field(qtbot, editor.editor("reason_learning_highlight"), "Good joint working")
    editor.go(STEP["considerations"])
    assert _step_text(editor, "reasons").startswith("\u2713")


def test_contradictory_reasons_are_refused_with_a_message(qtbot) -> None:
    editor = _editor(qtbot)
    editor.go(STEP["reasons"])
    fill_field(qtbot, editor.editor("reason_fits_scr"), True)
    below = editor.editor("reason_below_threshold").findChild(QCheckBox)
    qtbot.mouseClick(below, Qt.MouseButton.LeftButton)
    assert not below.isChecked()
    assert editor.case.get("reason_below_threshold") is False
    assert editor.case.get("reason_fits_scr") is True
    assert Messages.shown[-1].title == "These reasons contradict each other"
    assert "Untick one of them" in Messages.shown[-1].text
    fill_field(qtbot, editor.editor("reason_fits_scr"), False)
    qtbot.mouseClick(below, Qt.MouseButton.LeftButton)
    assert editor.case.get("reason_below_threshold") is True


def test_progress_ticks_come_back_when_the_case_is_reopened(qtbot) -> None:
    case = Case(reference="SCR-2026-0002")
    case.set("referrer_name", "Qzreferrer")
    case.set("child_forenames", "Qzchild")
    first = _editor(qtbot, case)
    assert _step_text(first, "referrer")[0] in "\u2713\u26a0"
    assert _step_text(first, "child")[0] in "\u2713\u26a0"
    assert not _step_text(first, "considerations").startswith(("\u2713", "\u26a0"))


def test_the_summary_shows_group_rows_in_the_forms_columns(qtbot) -> None:
    case = Case(reference="SCR-2026-0003")
    # Stored rows can come back with their keys in any order.
    case.set("household_members", [{"dob": "01/02/1990", "relationship": "Uncle",
                                    "name": "Qzuncle"}])
    case.set("siblings", [{"dob": "03/04/2019", "name": "Qzsister"}])
    editor = _editor(qtbot, case)
    editor.go(editor.stack.indexOf(editor.summary))
    text = " ".join(editor.summary.view.toPlainText().split())
    assert "Name Date of birth Qzsister 03/04/2019" in text
    assert ("Name Relationship to the child Date of birth Qzuncle Uncle 01/02/1990") in text


def test_a_new_row_is_not_an_error_until_the_page_is_left(qtbot) -> None:
    editor = _editor(qtbot)
    editor.go(STEP["family"])
    page = editor.pages["family"]
    siblings = editor.editor("siblings")
    assert isinstance(siblings, GroupEditor)
    qtbot.mouseClick(siblings.add_button, Qt.MouseButton.LeftButton)
    assert page.errors["siblings"].isHidden()
    editor.go(STEP["reasons"])
    editor.go(STEP["family"])
    assert page.errors["siblings"].isVisible()
    assert "Name is needed for row 1" in page.errors["siblings"].text()


def test_row_placeholders_are_never_cut_off_at_1280_by_720(qtbot) -> None:
    editor = _editor(qtbot)
    editor.go(STEP["family"])
    for name in ("siblings", "household_members"):
        group = editor.editor(name)
        assert isinstance(group, GroupEditor)
        qtbot.mouseClick(group.add_button, Qt.MouseButton.LeftButton)
        for edit in group.rows()[0].values():
            qtbot.waitUntil(edit.isVisible)
            need = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
            assert edit.width() > need, (edit.placeholderText(), edit.width(), need)


def test_an_incomplete_referral_lists_its_sections_before_sending(
        qtbot, make_window, vault_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from exporthelpers import DialogDriver, exported, fill_case, pdf_text
    from guihelpers import create_vault

    from scr_desktop.gui.export.incomplete_dialog import IncompleteDialog

    window = make_window(vault_path)
    create_vault(qtbot, window)
    case = fill_case(window.vault.cases.new_case())
    case.set("reason_learning", False)  # section 3 now has no reason
    case.set("child_ethnicity", "")
    window.vault.cases.save(case)
    driver = DialogDriver(qtbot)
    window.exports.run_dialog = driver
    listed: list[list[str]] = []

    def go_to_reasons(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, IncompleteDialog)
        items = [dialog.sections.item(r).text() for r in range(dialog.sections.count())]
        listed.append(items)
        dialog.sections.setCurrentRow(next(i for i, t in enumerate(items) if "3." in t))
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)

    driver.then(go_to_reasons)
    assert exported(qtbot, window.exports,
                    lambda: window.exports.export_case_pdf(case)) is None
    [items] = listed
    assert any(t.startswith("\u26a0 2. Child's details") and "Ethnicity is needed" in t
               for t in items)
    assert any("Tick at least one reason" in t for t in items)
    assert window.editor is not None and window.editor.case.id == case.id
    assert window.editor.stack.currentWidget().isAncestorOf(window.editor.pages["reasons"])
    assert window.vault.audit.entries(action="export") == []

    def send_anyway(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, IncompleteDialog)
        Messages.next_answer(str(tmp_path / "referral.pdf"))
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    driver.then(send_anyway).then(driver.generated_password)
    saved = exported(qtbot, window.exports, lambda: window.exports.export_case_pdf(case))
    assert saved == tmp_path / "referral.pdf"
    assert "Qzmira" in pdf_text(saved, driver.passwords[0])
