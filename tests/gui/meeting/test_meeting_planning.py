"""Planning a meeting as the business unit does: the candidate list keeps its place, the
meeting list counts the agenda, Form A is explained, and attendance cites the cases' guidance."""

from __future__ import annotations

import pytest
from meetinghelpers import case_two
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from scr_desktop.gui.meeting.meeting_editor import TAB_ATTENDANCE
from scr_desktop.storage.vault import Vault


def _cases(vault: Vault, n: int, framework: str = "wt2015-scr") -> list[str]:
    ids = []
    for _ in range(n):
        case = case_two()
        case.framework = framework
        vault.cases.save(case)
        ids.append(case.id)
    return ids


def test_adding_a_case_keeps_the_highlight_in_place_and_the_list_counts_it(qtbot, page,
                                                                          vault) -> None:
    _cases(vault, 4)
    page.new_meeting()
    planner = page.editor.planner
    planner.offer.selectRow(2)
    third = planner.offered[2].case_id
    after = planner.offered[3].case_id
    qtbot.mouseClick(planner.add_button, Qt.MouseButton.LeftButton)
    assert page.ctx.meeting.items[-1].case_id == third
    assert planner.offer.currentRow() == 2
    assert planner.offered[planner.offer.currentRow()].case_id == after
    assert page.list.item(0).text().endswith("(1 case)")  # before the autosave
    qtbot.mouseClick(planner.add_button, Qt.MouseButton.LeftButton)
    assert planner.offer.currentRow() == 1  # the last row went: the one above it
    assert page.list.item(0).text().endswith("(2 cases)")


def test_the_list_names_the_meeting_by_its_kind_as_soon_as_it_is_chosen(page) -> None:
    page.new_meeting()
    assert page.list.currentItem().text().startswith("Scheduled sub-group meeting, 24/11/2026")
    planner = page.editor.planner
    planner.kind.setCurrentIndex(planner.kind.findData("rapid_review"))
    # before the autosave, and in the same words as the heading
    assert page.list.currentItem().text() == "Rapid review meeting, 24/11/2026 (0 cases)"
    assert page.heading.text() == "Rapid review meeting, 24/11/2026"


def test_the_candidates_headings_are_shown_whole_at_1366_wide(page) -> None:
    page.resize(1366, 640)
    page.new_meeting()
    table = page.editor.planner.offer
    QApplication.sendPostedEvents()
    heading = table.horizontalHeader()
    metrics = heading.fontMetrics()
    for column in range(table.columnCount()):
        text = table.horizontalHeaderItem(column).text()
        room = QRect(0, 0, heading.sectionSize(column) - 8, 1000)
        needed = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap.value), text)
        assert needed.width() <= room.width() and needed.height() <= heading.height() - 4, text


def test_form_a_is_explained_where_it_appears(page, vault) -> None:
    page.new_meeting()
    editor = page.editor.planner.agencies
    assert "Form A" not in editor.title()
    label = editor.form.list_label.text()
    assert "Form A" in label and "skeleton chronology" in label


@pytest.mark.parametrize(("framework", "cited", "not_cited"), [
    ("wt2015-scr", "3.10 and 3.11", "2010"),
    ("wt2010-scr", "8.13 of Working Together 2010", "3.10"),
])
def test_attendance_cites_the_guidance_of_the_cases_on_the_agenda(
        page, vault, framework: str, cited: str, not_cited: str) -> None:
    [case_id] = _cases(vault, 1, framework)
    page.new_meeting()
    page.editor.planner.add_case(case_id)
    page.editor.tabs.setCurrentIndex(TAB_ATTENDANCE)
    warning = page.editor.attendance.warning.text()
    assert cited in warning and not_cited not in warning
