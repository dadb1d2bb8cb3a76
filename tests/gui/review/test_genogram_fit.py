"""The genogram of a large family at 1366x768: it opens fitted with the child the review is
about in view, the household inside one dashed boundary, and fitting (on opening or with
"Fit to view") never shrinks the names below a readable size, scrolling instead."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from genogramsamples import crowded_case
from guihelpers import create_vault
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QGraphicsPolygonItem

from scr_desktop.domain.model import Decision
from scr_desktop.gui.review import area as steps
from scr_desktop.gui.review.genogram_page import GenogramPage
from scr_desktop.gui.review.genogram_view import MIN_LABEL_PX, GenogramView

TODAY = date(2027, 3, 2)


def _child_in_view(view: GenogramView) -> bool:
    child = view.layout_shown.nodes["child"]
    return view.viewport().rect().contains(view.mapFromScene(QPointF(child.x, child.y)))


def _label_px(view: GenogramView) -> float:
    return view.transform().m11() * view.layout_shown.spacing.label_size


def test_a_large_family_opens_fitted_on_the_child_with_readable_names(
        qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    window.resize(1366, 768 - 80)
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    case.form.update(crowded_case().form)
    case.decision = Decision(decided="scr", decision_date="2027-01-04")
    window.vault.cases.save(case)
    window.open_case(case.id, step=steps.STEP_GENOGRAM)
    page = window.review_area.pages[steps.STEP_GENOGRAM]
    assert isinstance(page, GenogramPage)
    view = page.view
    QApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: view.viewport().width() > 300)

    # the whole family is wider than the view at a readable size: it scrolls, on the child
    assert _label_px(view) >= MIN_LABEL_PX - 0.01
    assert view.horizontalScrollBar().maximum() > 0
    assert _child_in_view(view)
    # the drawing starts at the top of the view, not below an empty band
    assert view.mapFromScene(QPointF(0, 0)).y() <= 1
    # one dashed boundary round the household
    outlines = [i for i in view.scene().items() if isinstance(i, QGraphicsPolygonItem)
                and i.pen().style() == Qt.PenStyle.DashLine]
    assert len(outlines) == 1

    # zooming out makes the names unreadable; "Fit to view" brings them back, on the child
    view.setFocus()
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert _label_px(view) < MIN_LABEL_PX
    view.horizontalScrollBar().setValue(0)
    qtbot.mouseClick(page.form.fit_button, Qt.MouseButton.LeftButton)
    assert _label_px(view) >= MIN_LABEL_PX - 0.01
    assert _child_in_view(view)
