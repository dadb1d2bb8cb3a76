"""Opening cases one after another frees each case's wizard: nothing keeps it alive.

Twenty cases are opened in turn, the first with a review (so its Review
area, chronology and genogram pages are built too) and every step of it
visited.  Once the event loop has run the deletions Qt was asked for, no
Python object still refers to the first case, its Review area or the
area's pages: weak references to them are dead.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from guihelpers import create_vault
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from scr_desktop.domain.review.model import Review


def _deleted() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def test_a_case_and_its_review_pages_are_freed_when_the_next_case_opens(
        qtbot, make_window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_path)
    create_vault(qtbot, window)
    ids = []
    for i in range(20):
        case = window.vault.cases.new_case()
        case.set("child_forenames", f"Child{i}")
        if i == 0:
            case.status = "decided"
            case.decision.decided = "local_cspr"
            case.decision.decision_date = "2026-10-01"
            case.decision.decided_by = "Chair"
        window.vault.cases.save(case)
        ids.append(case.id)
    window.vault.reviews.save(Review.start(ids[0], "local_cspr", "01/10/2026"))
    window.open_case(ids[0])
    editor = window.editor
    area = window.review_area
    assert area is not None
    for step in range(editor.stack.count()):
        editor.go(step)
    # What belongs to that case alone: the case, its Review area and the area's pages
    # (the wizard itself may be kept for the next case).
    refs = [weakref.ref(editor.case), weakref.ref(area)]
    refs += [weakref.ref(editor.stack.widget(i)) for i in area.index.values()]
    assert len(refs) > 10
    del editor, area
    for case_id in ids[1:]:
        window.open_case(case_id)
        _deleted()
    window.show_cases()
    _deleted()
    alive = [r() for r in refs if r() is not None]
    assert alive == [], f"still alive: {[type(a).__name__ for a in alive]}"
