"""The genogram page, driven through the real window: the family typed on the form is drawn,
a grandmother and her link are added, names show only when asked, the anonymised PDF holds
no names, and after closing and unlocking again the additions are still there."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from exporthelpers import DialogDriver, pdf_text
from guihelpers import create_vault, fill_field, unlock
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from scr_desktop.domain.form import SECTIONS
from scr_desktop.gui.decision_steps import STEP_DECISION
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.review import area as steps
from scr_desktop.gui.review.genogram_page import GenogramPage

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils is needed to read the exported PDF")

TODAY = date(2027, 3, 2)
FORM = {"child_forenames": "Qzmira", "child_last_names": "Qzvantoll", "child_gender": "Female",
        "child_dob": "14/06/2023", "child_address": "7 Qzorchard Row",
        "mother_name": "Qzsarah Qzvantoll", "mother_address": "7 Qzorchard Row",
        "father_name": "Qztom Qzprickett",
        "siblings": [{"name": "Qzava Qzvantoll", "dob": "02/02/2020"}]}
NAMES = ("Qzmira", "Qzvantoll", "Qzsarah", "Qztom", "Qzprickett", "Qzava", "Qzorchard",
         "Qzjoan")


def _fill_form(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    for index, section in enumerate(SECTIONS):
        names = [f.name for f in section.fields if f.name in FORM]
        if names:
            editor.go(index)
            for name in names:
                fill_field(qtbot, editor.editor(name), FORM[name])


def _choose(combo: QComboBox, label: str) -> None:
    index = combo.findText(label)
    assert index >= 0, (label, [combo.itemText(i) for i in range(combo.count())])
    combo.setFocus()
    combo.setCurrentIndex(index)


def test_genogram_from_the_form_with_additions_exported_anonymised_and_kept(
        qtbot, make_window, vault_path: Path, tmp_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    qtbot.mouseClick(window.list_page.new_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    _fill_form(qtbot, editor)
    window.decision_steps.go(STEP_DECISION)
    decision = window.decision_steps.decision
    decision.decided.setCurrentIndex(decision.decided.findData("scr"))
    qtbot.keyClicks(decision.decision_date, "04/01/2027")
    area = window.review_area
    assert area is not None and steps.STEP_GENOGRAM in area.index
    area.go(steps.STEP_GENOGRAM)
    page = area.pages[steps.STEP_GENOGRAM]
    assert isinstance(page, GenogramPage)

    # the family on the form is drawn, under pseudonyms, where the layout puts it
    shape = page.view.layout_shown
    assert set(shape.nodes) == {"child", "mother", "father", "sibling:1"}
    scene = page.view.scene()
    for node in shape.nodes.values():
        assert scene.items(QPointF(node.x, node.y)), node.person.label
    words = page.words.toPlainText()
    assert "Mother of Child A and Father of Child A are partners." in words
    assert not any(name in words for name in NAMES)
    assert page.view.accessibleDescription().startswith("People:")

    # a grandmother the form does not name, living in the household
    people = page.people
    fill = people.form
    _choose(fill.editor("ref"), "Someone the form does not name")
    for key, text in (("name", "Qzjoan Qzvantoll"), ("relationship", "Maternal grandmother")):
        edit = fill.editor(key)
        assert isinstance(edit, QLineEdit)
        qtbot.keyClicks(edit, text)
    household = fill.editor("household")
    assert isinstance(household, QComboBox)
    household.setCurrentIndex(household.findData("yes"))
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    assert people.error.text() == ""
    links = page.links
    _choose(links.form.editor("a"), "Maternal grandmother")
    kind = links.form.editor("kind")
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("parent"))
    _choose(links.form.editor("b"), "Mother of Child A")
    qtbot.mouseClick(links.add_button, Qt.MouseButton.LeftButton)
    words = page.words.toPlainText()
    assert "- Maternal grandmother is a parent of Mother of Child A." in words
    assert links.table.item(0, 0).text() == "Maternal grandmother"
    assert len(page.view.layout_shown.nodes) == 5

    # names only when asked for
    page.form.names_check.setChecked(True)
    assert "Qzjoan Qzvantoll is a parent of Qzsarah Qzvantoll." in page.words.toPlainText()
    page.form.names_check.setChecked(False)
    assert "Qzjoan" not in page.words.toPlainText()

    # the anonymised export: encrypted, and no name in it
    driver = DialogDriver(qtbot)
    window.exports.run_dialog = driver
    Messages.next_answer(str(tmp_path / "genogram"))
    driver.then(driver.generated_password)
    with qtbot.waitSignal(window.exports.finished, timeout=30_000) as saved:
        qtbot.mouseClick(page.form.export_button, Qt.MouseButton.LeftButton)
    path = saved.args[0]
    assert path is not None and path.suffix == ".pdf"
    text = pdf_text(path, driver.passwords[0])
    assert "Maternal grandmother" in text and "Child A" in text
    assert not any(name in text for name in NAMES)

    assert editor.save_now()
    case_id = editor.case.id
    window.close()

    again = make_window(vault_path, today=lambda: TODAY)
    unlock(qtbot, again)
    again.open_case(case_id, steps.STEP_GENOGRAM)
    page2 = again.review_area.pages[steps.STEP_GENOGRAM]
    assert "- Maternal grandmother is a parent of Mother of Child A." in \
        page2.words.toPlainText()
    assert len(page2.people.ids) == 1 and len(page2.links.ids) == 1
