"""A case's heavy steps are released when left and built again, from the right case, on demand.

A reviewed case's steps (the decision steps, the Review area with its
chronology table and model, the genogram and its scene) are destroyed when
the case is left for the list, so the kept wizard holds none of them; shown
again, they are built from the case then open.  Within a case, a step only
looked at is released once the user has moved on past the last few
(:data:`~scr_desktop.gui.case_editor.KEEP_LEFT`; the form's pages stay while
the case is open), and built again with the
case's data when shown; a step holding what the user typed and has not yet
added is kept; an edit is saved before its step goes.  Objects are counted
alive (not yet deleted by Qt) by class.
"""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path

import shiboken6
from guihelpers import create_vault
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QGraphicsScene

from scr_desktop.domain.chronology.entry import Entry, EntryDate
from scr_desktop.domain.form import SECTIONS
from scr_desktop.domain.model import Decision
from scr_desktop.domain.review.model import Review
from scr_desktop.gui import memory
from scr_desktop.gui.case_editor import KEEP_LEFT, CaseEditor
from scr_desktop.gui.chronology.model import ChronologyModel
from scr_desktop.gui.decision_steps import STEP_QUESTIONS, STEP_RESULT
from scr_desktop.gui.main_window import MainWindow
from scr_desktop.gui.review import area as review_steps
from scr_desktop.gui.review.agencies_page import AgenciesPage
from scr_desktop.gui.review.chronology_page import ChronologyPage
from scr_desktop.gui.review.genogram_page import GenogramPage
from scr_desktop.gui.review.setup_page import SetupPage
from scr_desktop.gui.wizard.facts_page import FactsPage
from scr_desktop.gui.wizard.lazy_step import LazyStep
from scr_desktop.gui.wizard.section_page import SectionPage

TODAY = date(2027, 3, 2)
HEAVY: tuple[type[QObject], ...] = (GenogramPage, ChronologyPage, ChronologyModel, SetupPage,
                                    FactsPage)


def _live(cls: type[QObject]) -> int:
    """Return how many objects of ``cls`` exist and are not deleted (after pending deletions)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, cls) and shiboken6.isValid(o))


def _reviewed(window: MainWindow, marker: str) -> str:
    """Save a decided case with a review: agency, genogram person and chronology, all marked."""
    vault = window.vault
    case = vault.cases.new_case()
    case.set("child_forenames", f"{marker}child")
    case.facts.update({"abuse_or_neglect": "known", "child_died": True,
                       "interagency_concerns": "yes"})
    case.decision = Decision(decided="scr", decision_date="2027-01-20", decided_by="Chair")
    vault.cases.save(case)
    review = Review.start(case.id, "scr", "20/01/2027")
    review.add("agencies", {"agency": f"{marker}agency"})
    review.add("genogram_people", {"name": f"{marker}aunt", "relationship": "Aunt",
                                   "sex": "female", "generation": "parents"})
    vault.reviews.save(review, case_ref=case.reference)
    entries = [Entry(EntryDate(2026, 5, day), "Police", f"{marker}event {day}")
               for day in range(1, 6)]
    vault.chronology.import_entries(case.id, "Police", entries, {}, case_ref=case.reference)
    return case.id

def _every_step_shown(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> tuple[MainWindow, CaseEditor, str]:
    """Create the vault in ``window``, open a reviewed case ("QzA") and show each of its steps
    in turn; return the window, its editor and the case's id."""
    create_vault(qtbot, window)
    case_id = _reviewed(window, "QzA")
    window.open_case(case_id)
    editor = window.editor
    assert editor is not None
    for i in range(editor.stack.count()):
        editor.go(i)
    return window, editor, case_id


def _events(window: MainWindow) -> list[str]:
    area = window.review_area
    assert area is not None
    page = area.pages[review_steps.STEP_CHRONOLOGY]
    assert isinstance(page, ChronologyPage)
    model = page.model
    return [str(model.index(r, 3).data()) for r in range(model.rowCount())]


def _people(window: MainWindow) -> list[str]:
    area = window.review_area
    assert area is not None
    page = area.pages[review_steps.STEP_GENOGRAM]
    assert isinstance(page, GenogramPage)
    table = page.people.table
    return [table.item(r, c).text() for r in range(table.rowCount())
            for c in range(table.columnCount()) if table.item(r, c) is not None]


def test_leaving_a_reviewed_case_destroys_its_steps_and_they_come_back_with_the_right_case(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    a = _reviewed(window, "QzA")
    b = _reviewed(window, "QzB")
    scenes = _live(QGraphicsScene)
    window.open_case(a, step=review_steps.STEP_GENOGRAM)
    area = window.review_area
    assert area is not None
    for step in (review_steps.STEP_SETUP, review_steps.STEP_CHRONOLOGY):
        area.pages[step]  # built, as an export or a test asks for them
    assert window.decision_steps is not None and window.decision_steps.facts
    assert window.editor is not None and window.editor.editor("child_address")
    assert all(_live(cls) == 1 for cls in HEAVY), [(c.__name__, _live(c)) for c in HEAVY]
    assert _live(QGraphicsScene) >= scenes + 2  # the timeline's and the genogram's
    assert _live(SectionPage) == 2

    window.show_cases()
    assert [(c.__name__, _live(c)) for c in HEAVY] == [(c.__name__, 0) for c in HEAVY]
    assert _live(QGraphicsScene) == scenes
    assert _live(SectionPage) == 1, "only the form's first page is kept for the next case"

    window.open_case(b, step=review_steps.STEP_GENOGRAM)
    assert window.editor is not None and window.editor.case.id == b
    assert any("QzBaunt" in t for t in _people(window))
    assert not any("QzA" in t for t in _people(window))
    assert _events(window) and all(e.startswith("QzBevent") for e in _events(window))
    window.show_cases()
    window.open_case(a, step=review_steps.STEP_CHRONOLOGY)
    assert _events(window) and all(e.startswith("QzAevent") for e in _events(window))
    assert any("QzAaunt" in t for t in _people(window))


def test_steps_only_looked_at_are_released_once_left_behind_and_built_again_when_shown(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, editor, _case = _every_step_shown(qtbot, make_window(vault_path, today=lambda: TODAY))
    built = [i for i in range(editor.stack.count())
             if isinstance(step := editor.stack.widget(i), LazyStep)
             and step.content() is not None]
    last = editor.stack.count() - 1
    form = list(range(len(SECTIONS)))  # the form sections come first, then the summary
    # The form's pages (kept while the case is open), the step shown and the last ones left.
    assert built == [*form, *range(last - KEEP_LEFT, last + 1)]
    assert _live(ChronologyPage) == 0 and _live(SetupPage) == 0 and _live(FactsPage) == 0
    assert _live(SectionPage) == len(SECTIONS)

    area = window.review_area
    assert area is not None
    area.go(review_steps.STEP_CHRONOLOGY)
    assert _events(window) and all(e.startswith("QzAevent") for e in _events(window))
    window.decision_steps.go(STEP_QUESTIONS)
    assert window.decision_steps.facts.live_result.text().startswith("Result so far:")
    window.decision_steps.go(STEP_RESULT)
    assert window.decision_steps.result.summary.toPlainText() != ""
    assert _live(FactsPage) == 1 and _live(ChronologyPage) == 1


def _on_agencies(qtbot, make_window, vault_path: Path):  # type: ignore[no-untyped-def]
    """Open a reviewed case ("QzA") on its agency contributions; return the window, the
    case's id and the review area."""
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    a = _reviewed(window, "QzA")
    window.open_case(a, step=review_steps.STEP_AGENCIES)
    area = window.review_area
    assert area is not None
    return window, a, area


def test_a_step_holding_typed_text_is_kept_and_an_edit_is_saved_before_its_step_goes(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, a, area = _on_agencies(qtbot, make_window, vault_path)
    section = area.pages[review_steps.STEP_AGENCIES].section
    typed = section.form.editor("agency")
    qtbot.keyClicks(typed, "Qzhalf typed")  # not added yet: it lives only in the field
    for step in (review_steps.STEP_SETUP, review_steps.STEP_CONSENT, review_steps.STEP_FAMILY,
                 review_steps.STEP_PROCESSES, review_steps.STEP_REPORT):
        area.go(step)
    area.go(review_steps.STEP_AGENCIES)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert shiboken6.isValid(typed) and typed.text() == "Qzhalf typed"
    assert area.pages[review_steps.STEP_AGENCIES].section.form.editor("agency") is typed

    area.go(review_steps.STEP_SETUP)
    chair = area.pages[review_steps.STEP_SETUP].setup.form.editor("chair")
    qtbot.keyClicks(chair, "Qzchair")  # applied at once; the autosave has not run yet
    window.show_cases()
    assert _live(SetupPage) == 0
    stored = window.vault.reviews.get(a)
    assert stored is not None and stored.setup["chair"] == "Qzchair"


def test_leaving_a_case_hands_the_freed_memory_back_once(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    a = _reviewed(window, "QzA")
    window.open_case(a, step=review_steps.STEP_GENOGRAM)
    qtbot.waitUntil(lambda: not memory._pending)
    before = memory.trims
    window.show_cases()
    window.show_cases()
    qtbot.waitUntil(lambda: memory.trims > before)
    assert memory.trims == before + 1


def test_a_step_with_a_box_only_ticked_in_a_record_not_yet_added_is_kept(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, _a, area = _on_agencies(qtbot, make_window, vault_path)
    box = area.pages[review_steps.STEP_AGENCIES].section.form.editor("author_not_involved")
    assert isinstance(box, QCheckBox) and not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert box.isChecked()
    for step in (review_steps.STEP_SETUP, review_steps.STEP_CONSENT, review_steps.STEP_FAMILY,
                 review_steps.STEP_PROCESSES):
        area.go(step)
    area.go(review_steps.STEP_AGENCIES)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert shiboken6.isValid(box) and box.isChecked()
    assert area.pages[review_steps.STEP_AGENCIES].section.form.editor(
        "author_not_involved") is box
    # The same step, only looked at in another case, is released once left behind.
    b = _reviewed(window, "QzB")
    window.open_case(b, step=review_steps.STEP_AGENCIES)
    for step in (review_steps.STEP_SETUP, review_steps.STEP_CONSENT, review_steps.STEP_FAMILY):
        window.review_area.go(step)
    assert _live(AgenciesPage) == 0


def test_leaving_a_case_from_its_last_step_builds_none_of_its_steps_again(
        qtbot, make_window, vault_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Leaving takes the case's steps out of the step list from the last: no step released
    on the way (as the user moved on) is built again only to be destroyed."""
    window, editor, a = _every_step_shown(qtbot, make_window(vault_path, today=lambda: TODAY))
    assert editor.current_step() == editor.stack.count() - 1
    built: list[LazyStep] = []
    build = LazyStep.build

    def counted(step: LazyStep) -> object:
        if step.content() is None:
            built.append(step)
        return build(step)

    monkeypatch.setattr(LazyStep, "build", counted)
    window.show_cases()
    assert built == []
    assert [(c.__name__, _live(c)) for c in HEAVY] == [(c.__name__, 0) for c in HEAVY]
    assert _live(SectionPage) == 1
    monkeypatch.undo()
    window.open_case(a, step=review_steps.STEP_CHRONOLOGY)
    assert _events(window) and all(e.startswith("QzAevent") for e in _events(window))
