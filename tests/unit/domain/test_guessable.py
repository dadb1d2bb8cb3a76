"""Export passwords built from what anyone who knows of the case knows are refused, with why."""

from __future__ import annotations

from datetime import date

import pytest

from scr_desktop.domain.guessable import case_words
from scr_desktop.domain.model import Case
from scr_desktop.export.encrypt import MIN_EXPORT_SCORE, ExportPasswordError, check_export_password
from scr_desktop.policy import Policy

GUESSABLE = ("Safeguarding2026!", "HackneyLSCB2026", "Scr20260001Hackney")


def _case() -> Case:
    case = Case(reference="SCR-2026-0001")
    case.set("referrer_agency", "Hackney Children's Social Care")
    return case


def test_exports_need_the_top_score_by_default() -> None:
    assert MIN_EXPORT_SCORE == 4
    assert Policy().min_export_password_score == 4


def test_the_case_words_hold_reference_board_agency_year_and_vocabulary() -> None:
    words = set(case_words(_case(), today=date(2026, 12, 1)))
    assert {"scr-2026-0001", "scr20260001", "0001", "2026", "hackney", "lscb",
            "safeguarding", "social", "care"} <= words


@pytest.mark.parametrize("password", GUESSABLE)
def test_a_password_built_from_the_case_is_refused_with_the_words_named(password: str) -> None:
    with pytest.raises(ExportPasswordError) as refused:
        check_export_password(password, user_inputs=case_words(_case(), today=date(2026, 12, 1)))
    message = str(refused.value)
    assert "anyone who knows of the case could guess" in message
    assert "suggested passphrase" in message


def test_four_random_words_still_pass() -> None:
    check_export_password("omen-left-dominion-alienable",
                          user_inputs=case_words(_case(), today=date(2026, 12, 1)))
