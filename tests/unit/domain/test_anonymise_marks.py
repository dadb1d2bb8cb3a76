"""The anonymisation preview knows where every replacement is, without changing the text."""

from __future__ import annotations

from datetime import datetime

from samples import marker_case, sample_case

from scr_desktop.domain.anonymise import (
    ADDRESS_REMOVED,
    CHILD,
    DATE_REMOVED,
    anonymise_text,
    marking_replacements,
    split_marks,
)
from scr_desktop.domain.model import Case
from scr_desktop.export.notification_text import notification_text

ASSESSMENT = {"framework": "wt2015-scr", "notifiable": True, "notifiable_criteria": ["N2"],
              "level": "must", "criteria_met": ["reg5_2_b_ii"], "helper_questions_yes": 2,
              "other_processes": [], "deadlines": {"ofsted_notification": "2026-11-10"}}
AT = datetime(2026, 11, 20, 10, 0)


def _misses_case() -> Case:
    c = Case()
    c.set("child_forenames", "Mira")
    c.set("child_last_names", "Vantreck")
    c.set("child_dob", "14/06/2023")
    c.set("child_address", "7 Orchard Row\nHackney\nE8 4QT")
    c.set("case_outline", "The family attended Orchard Row clinic. Seen at 7, Orchard Row. "
                          "Messages from mira_v2023. DOB 140623.")
    return c


def test_marks_change_nothing_but_say_where_each_replacement_is() -> None:
    for case in (sample_case(), marker_case()[0], _misses_case()):
        plain = notification_text(case, ASSESSMENT, recipient="ofsted", anonymised=True,
                                  generated_at=AT)
        with marking_replacements():
            marked = notification_text(case, ASSESSMENT, recipient="ofsted", anonymised=True,
                                       generated_at=AT)
        text, spans = split_marks(marked)
        assert text == plain
        assert spans
        replaced = [text[a:b] for a, b in spans]
        assert CHILD in replaced


def test_the_three_misses_are_caught_and_each_is_marked() -> None:
    case = _misses_case()
    with marking_replacements():
        marked = anonymise_text(case, str(case.get("case_outline")))
    text, spans = split_marks(marked)
    replaced = [text[a:b] for a, b in spans]
    assert "Orchard" not in text and "mira_" not in text.lower() and "140623" not in text
    assert replaced.count(ADDRESS_REMOVED) == 2
    assert DATE_REMOVED in replaced
    assert any(r == CHILD for r in replaced)  # the name inside the handle
    assert anonymise_text(case, str(case.get("case_outline"))) == text


def test_marks_typed_by_a_user_are_dropped_not_trusted() -> None:
    case = _misses_case()
    with marking_replacements():
        marked = anonymise_text(case, "\ue010not a replacement\ue011")
    assert split_marks(marked) == ("not a replacement", [])
