"""The flowchart widget: the highlighted path, its text equivalent, accessibility and palette.

Set ``SCR_SAVE_SCREENS=1`` to also save screenshots of a 'must' case and a
'not met' case at 1280x720 into ``artifacts/screens/`` for review.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from scr_desktop.domain.assessment import Assessment, evaluate
from scr_desktop.gui.flowchart_view import (
    EMPTY_TEXT,
    MIN_TEXT_CONTRAST,
    FlowchartView,
    contrast_ratio,
    readable_faint,
)

REPO = Path(__file__).resolve().parents[2]
MUST = {"abuse_or_neglect": "suspected", "child_died": True, "interagency_concerns": "yes"}
NOT_MET = {"abuse_or_neglect": "known", "seriously_harmed": True,
           "interagency_concerns": "clearly_none", "single_agency_lessons_only": True}


@pytest.fixture
def view(qtbot) -> FlowchartView:  # type: ignore[no-untyped-def]
    widget = FlowchartView()
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def must_case() -> Assessment:
    return evaluate("wt2015-scr", MUST, {"child_protection_plan": True})


def not_met_case() -> Assessment:
    return evaluate("wt2015-scr", NOT_MET)


def picture(widget: FlowchartView) -> QImage:
    return widget.grab().toImage()


def maybe_save(widget: FlowchartView, name: str) -> None:
    if os.environ.get("SCR_SAVE_SCREENS"):
        folder = REPO / "artifacts" / "screens"
        folder.mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(folder / name))


def test_empty_chart_says_what_to_do(view: FlowchartView) -> None:
    assert view.text_equivalent() == EMPTY_TEXT
    assert view.accessibleName() == "Decision flowchart"
    assert view.accessibleDescription() == EMPTY_TEXT
    assert view.highlighted_nodes() == ()


def test_must_and_not_met_highlight_different_paths(view: FlowchartView) -> None:
    view.set_assessment(must_case())
    must_path, must_text, must_image = view.highlighted_nodes(), view.text_equivalent(), \
        picture(view)
    maybe_save(view, "flowchart-must.png")

    view.set_assessment(not_met_case())
    maybe_save(view, "flowchart-not-met.png")
    assert must_path == ("notifiable", "must", "outcome")
    assert view.highlighted_nodes() == ("notifiable", "must", "should_always", "consider",
                                        "outcome")
    assert "Regulation 5(2): must: Yes" in must_text
    assert "Should always: Not reached" in must_text
    text = view.text_equivalent()
    assert "Regulation 5(2): must: No" in text
    assert "Should consider: No" in text
    assert "Alternatives: The criteria for a Serious Case Review are not met." in text
    assert "Single agency review" in text
    assert text != must_text
    assert picture(view) != must_image


def test_accessible_description_follows_the_assessment(view: FlowchartView) -> None:
    view.set_assessment(must_case())
    assert view.accessibleDescription() == view.text_equivalent()
    assert "Abuse or neglect known or suspected and the child has died" in \
        view.accessibleDescription()
    view.set_assessment(None)
    assert view.accessibleDescription() == EMPTY_TEXT


def test_framework_without_notification_step(view: FlowchartView) -> None:
    view.set_assessment(evaluate("wt2010-scr", {"child_died": True, "custody": "remand"}))
    assert view.highlighted_nodes() == ("should_always", "outcome")
    assert view.text_equivalent().splitlines()[1].startswith("1. Should always: Yes")


def test_palette_is_honoured(view: FlowchartView) -> None:
    view.set_assessment(must_case())
    palette = view.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, QColor("#ffff00"))
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#0000ff"))
    view.setPalette(palette)
    image = picture(view)
    assert image.pixelColor(3, image.height() // 2) == QColor("#ffff00")
    colours = {image.pixelColor(x, y).name()
               for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    assert "#0000ff" in colours


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (480, 800), (360, 300)])
def test_chart_scales_to_the_widget(view: FlowchartView, size: tuple[int, int]) -> None:
    view.set_assessment(must_case())
    view.resize(*size)
    image = picture(view)
    assert (image.width(), image.height()) == (size[0] * image.devicePixelRatio(),
                                               size[1] * image.devicePixelRatio())
    if size == (480, 800):
        maybe_save(view, "flowchart-must-narrow.png")


@pytest.mark.parametrize(("placeholder", "background", "ink"), [
    ("#c0c0c0", "#ffffff", "#000000"),
    ("#808080", "#efefef", "#000000"),
    ("#777777", "#000000", "#ffffff"),
    ("#ffffff", "#ffffff", "#000000"),
])
def test_faint_text_still_meets_contrast(placeholder: str, background: str, ink: str) -> None:
    chosen = readable_faint(QColor(placeholder), QColor(ink), QColor(background))
    assert contrast_ratio(chosen, QColor(background)) >= MIN_TEXT_CONTRAST
    if contrast_ratio(QColor(placeholder), QColor(background)) >= MIN_TEXT_CONTRAST:
        assert chosen == QColor(placeholder)  # already readable: left as the theme set it


def test_contrast_ratio_extremes() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1)
