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


def _named_case() -> Case:
    case = Case(reference="SCR-2026-0007")
    case.set("child_forenames", "Zo\u00eb")
    case.set("child_last_names", "\u0141ukasiewicz-Nguy\u1ec5n")
    case.set("child_dob", "03/04/2025")
    case.set("child_address", "12 Example Road\nLondon E8 1AA")
    case.set("mother_name", "Kelly Smith")
    return case


@pytest.mark.parametrize("password", [
    "Zo\u00eb \u0141ukasiewicz-Nguy\u1ec5n 2026",  # scored "very strong" by zxcvbn alone
    "Zoe Lukasiewicz 2026",  # the names typed without accents
    "zoe nguyen lukasiewicz",
    "12 Example Road London E8 1AA",  # the address
    "Kelly Smith Zoe Nguyen",
    "Lukasiewicz03042025!",  # a name and the date of birth
])
def test_a_password_made_of_the_case_s_names_address_or_dates_is_refused(password: str) -> None:
    with pytest.raises(ExportPasswordError) as refused:
        check_export_password(password,
                              user_inputs=case_words(_named_case(), today=date(2026, 12, 1)))
    assert "anyone who knows of the case could guess" in str(refused.value)


def test_the_case_s_own_words_come_before_the_vocabulary() -> None:
    words = case_words(_named_case(), today=date(2026, 12, 1))
    assert words.index("kelly") < words.index("safeguarding")
    assert {"example", "road", "london", "03042025", "030425"} <= set(words)


def test_own_words_beside_enough_unrelated_ones_still_pass() -> None:
    check_export_password("Zoe omen-left-dominion-alienable",
                          user_inputs=case_words(_named_case(), today=date(2026, 12, 1)))


def test_a_refusal_never_calls_the_password_strong() -> None:
    from scr_desktop.domain.passwords import check_strength

    verdict = check_strength("Zoe Lukasiewicz 2026", min_score=MIN_EXPORT_SCORE, min_length=12,
                             user_inputs=case_words(_named_case(), today=date(2026, 12, 1)))
    assert not verdict.acceptable and verdict.score <= 1
    with pytest.raises(ExportPasswordError) as refused:
        check_export_password("crimson harbour", user_inputs=())
    assert "strong)" not in str(refused.value) and "not strong enough" in str(refused.value)
