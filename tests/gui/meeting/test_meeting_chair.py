"""The chair's view in the room: readable dialogs, one letter per child, nothing elided, and
no agreed answer changed by a stray key."""

from __future__ import annotations

import subprocess

from meetinghelpers import case_one, case_two
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QWidget

from scr_desktop.export.pdf_minutes import render_minutes_pdf
from scr_desktop.gui.flowchart_view import contrast_ratio
from scr_desktop.gui.meeting.meetings_page import MeetingsPage
from scr_desktop.gui.meeting.presenter import PresenterView
from scr_desktop.gui.messages import Messages
from scr_desktop.storage.vault import Vault


def _presenting(qtbot, page: MeetingsPage, vault: Vault, *cases) -> PresenterView:  # type: ignore[no-untyped-def]
    page.new_meeting()
    for case in cases:
        vault.cases.save(case)
        page.editor.planner.add_case(case.id)
    view = page.present()
    assert view is not None
    view.showNormal()
    view.resize(1280, 720)
    qtbot.waitUntil(lambda: view.size().width() == 1280 and view.size().height() == 720,
                    timeout=5000)
    return view


def _text_contrast(window: QWidget, label: QLabel) -> float:
    """Return the contrast of a label's strongest text pixel against its background, as the
    window shows it (the label's own grab would lack the background behind it)."""
    image = window.grab(QRect(label.mapTo(window, QPoint(0, 0)), label.size())).toImage() \
        .convertToFormat(QImage.Format.Format_RGB32)
    counts: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    background = QColor.fromRgb(max(counts, key=lambda k: counts[k]))
    return max(contrast_ratio(QColor.fromRgb(rgb), background) for rgb in counts)


def test_each_child_has_its_own_letter_on_screen_and_in_the_minutes(qtbot, page,
                                                                   vault) -> None:
    one, two = case_one(), case_two()
    view = _presenting(qtbot, page, vault, one, two)
    assert view.identity.text().startswith("Child A")
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.identity.text().startswith("Child B")
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.identity.text().startswith("Child A")

    pdf = render_minutes_pdf(page.ctx.meeting, page.ctx.cases, anonymised=True)
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()
    first, second = text.split(f"Case {two.reference}", 1) if two.reference else ("", "")
    assert "Child A" in first and "Child B" not in first
    assert "Child B" in second and "Child A" not in second
    for name in ("Qzbeta", "Qzfamilyname"):
        assert name not in text


def test_a_confirmation_over_the_presenter_is_readable(qtbot, page, vault) -> None:
    view = _presenting(qtbot, page, vault, case_one())
    box, _yes = Messages.question_box(view, "Show identifying details",
                                      "Show the name, date of birth and address?",
                                      yes="&Show them", destructive=True)
    box.show()
    qtbot.waitExposed(box)
    try:
        message = box.findChild(QLabel, "qt_msgbox_label")
        assert message is not None and message.isVisible()
        assert _text_contrast(box, message) >= 4.5
    finally:
        box.hide()
        box.deleteLater()


def test_an_agreed_answer_changes_only_after_the_chair_confirms(qtbot, page, vault) -> None:
    one = case_one()
    view = _presenting(qtbot, page, vault, one)
    case = page.ctx.cases[one.id]
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert case.facts["abuse_or_neglect"] == "known"
    Messages.next_answer(False)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert case.facts["abuse_or_neglect"] == "known"
    asked = Messages.shown[-1]
    assert asked.title == "Change an agreed answer"
    assert "Recorded answer: " in asked.text and "New answer: " in asked.text
    qtbot.keyClick(view, Qt.Key.Key_1)  # the same answer again: nothing to confirm
    assert Messages.shown[-1] is asked
    Messages.next_answer(True)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert case.facts["abuse_or_neglect"] != "known"


def test_nothing_on_the_flowchart_is_elided_at_1280_by_720(qtbot, page, vault) -> None:
    one = case_one()
    view = _presenting(qtbot, page, vault, one)
    for key in (Qt.Key.Key_1, Qt.Key.Key_Down, Qt.Key.Key_2):
        qtbot.keyClick(view, key)
    view.flowchart.grab()  # paints it as the screen shows it
    drawn = view.flowchart.drawn
    assert len(drawn) > 3
    assert all("\u2026" not in text for text, _fits in drawn)
    assert [text for text, fits in drawn if not fits] == []


def test_an_implied_answer_is_said_on_the_projector_as_in_the_wizard(qtbot, page,
                                                                      vault) -> None:
    one = case_one()
    one.facts = {"abuse_or_neglect": "not_suspected", "sexual_abuse": True}
    view = _presenting(qtbot, page, vault, one)
    keys = [s.key for s in view.steps()]
    view.go_step(keys.index("abuse_or_neglect") - view.step_index)
    text = view.answers.text()
    # the recorded answer is still shown as agreed, with what the engine takes it to be
    assert "\u25b6 " in text and "implied by 'harm through sexual abuse'" in text
    assert "overrides the answer given, 'neither known nor suspected'" in text
    assert "implied by" in view.answers.accessibleName()
    view.go_step(keys.index("sexual_abuse") - view.step_index)
    assert "makes 'Abuse or neglect' known" in view.answers.text()
    view.go_step(keys.index("child_died") - view.step_index)
    assert "\u26a0" not in view.answers.text()
    view.close()
