"""The anonymised preview marks every replacement with shading, weight and an underline."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor

from scr_desktop.domain.anonymise import ADDRESS_REMOVED, CHILD, DATE_REMOVED
from scr_desktop.domain.model import Case
from scr_desktop.gui.export.notification_dialog import NotificationDialog
from scr_desktop.gui.messages import Messages

pytestmark = pytest.mark.gui

ASSESSMENT = {"framework": "wt2015-scr", "notifiable": True, "notifiable_criteria": ["N2"],
              "level": "must", "criteria_met": ["reg5_2_b_ii"], "helper_questions_yes": 2,
              "other_processes": [], "deadlines": {"ofsted_notification": "2026-11-10"}}


def _case() -> Case:
    c = Case(reference="SCR-2026-0007")
    c.set("child_forenames", "Mira")
    c.set("child_last_names", "Vantreck")
    c.set("child_dob", "14/06/2023")
    c.set("child_address", "7 Orchard Row\nHackney\nE8 4QT")
    c.set("mother_name", "Ștefania Vantreck")
    c.set("case_outline", "Mira 🙂 attended Orchard Row clinic; seen at 7, Orchard Row. "
                          "Messages from mira_v2023. DOB 140623. Mother Ștefania was present.")
    return c


def _format_at(dialog: NotificationDialog, text: str, index: int):  # type: ignore[no-untyped-def]
    cursor = QTextCursor(dialog.preview.document())
    position = len(text[:index].encode("utf-16-le")) // 2
    cursor.setPosition(position + 1)  # the format of the character before the cursor
    return cursor.charFormat()


def test_every_replacement_is_marked_and_nothing_else(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NotificationDialog(_case(), ASSESSMENT)
    qtbot.addWidget(dialog)
    text = dialog.preview.toPlainText()
    assert text == dialog.preview_text()
    for leaked in ("Mira", "Vantreck", "Orchard", "mira_", "140623", "Ștefania"):
        assert leaked not in text
    spans = dialog.replacements
    inside = {i for a, b in spans for i in range(a, b)}
    for token in (CHILD, ADDRESS_REMOVED, DATE_REMOVED):
        found = [m.start() for m in re.finditer(re.escape(token), text)]
        assert found, token
        assert all(i in inside for i in found), token
    for start, end in spans:
        for i in (start, end - 1):
            fmt = _format_at(dialog, text, i)
            assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline, i
            assert fmt.fontWeight() >= 600, (text[start:end], i)
            assert fmt.background().color().name() != "#000000"
    outside = next(i for i in range(len(text)) if i not in inside and not text[i].isspace())
    plain = _format_at(dialog, text, outside)
    assert plain.underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline


def test_with_identifying_details_nothing_is_marked(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NotificationDialog(_case(), ASSESSMENT)
    qtbot.addWidget(dialog)
    Messages.next_answer(True)
    dialog.identifying.setChecked(True)
    assert "Mira" in dialog.preview.toPlainText()
    assert dialog.replacements == []
