"""Opening cases one after another frees each case's wizard: nothing keeps it alive.

Twenty cases are opened in turn, the first with a review (so its Review
area, chronology and genogram pages are built too) and every step of it
visited.  Once the event loop has run the deletions Qt was asked for, no
Python object still refers to the first case's wizard, its pages or its
case: weak references to them are dead.
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


def test_a_case_s_wizard_is_freed_when_the_next_case_opens(
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
    assert window.review_area is not None
    for step in range(editor.stack.count()):
        editor.go(step)
    refs = [weakref.ref(editor), weakref.ref(editor.case), weakref.ref(window.review_area)]
    refs += [weakref.ref(editor.stack.widget(i)) for i in range(editor.stack.count())]
    del editor
    for case_id in ids[1:]:
        window.open_case(case_id)
        _deleted()
    window.show_cases()
    _deleted()
    alive = [r() for r in refs if r() is not None]
    assert alive == [], f"still alive: {[type(a).__name__ for a in alive]}"
