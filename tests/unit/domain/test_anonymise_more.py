"""Anonymisation also catches streets without numbers, names in handles and compact dates."""

from __future__ import annotations

import pytest

from scr_desktop.domain.anonymise import anonymise_text
from scr_desktop.domain.model import Case


def _case() -> Case:
    c = Case()
    c.set("child_forenames", "Mira")
    c.set("child_last_names", "Vantreck")
    c.set("child_dob", "14/06/2023")
    c.set("child_address", "7 Orchard Row\nHackney\nE8 4QT")
    return c


@pytest.mark.parametrize("text", [
    "The family attended Orchard Row clinic.",
    "Seen at 7, Orchard Row on Monday.",
    "Seen at 7 Orchard Row on Monday.",
])
def test_a_street_is_removed_without_its_number(text: str) -> None:
    out = anonymise_text(_case(), text)
    assert "Orchard" not in out and "7," not in out.replace("[address removed]", ""), out


def test_a_name_inside_a_handle_is_removed_but_not_inside_a_word() -> None:
    out = anonymise_text(_case(), "Messages from mira_v2023 and vantreck88; Miranda is a nurse.")
    assert "mira_" not in out.lower() and "vantreck" not in out.lower(), out
    assert "Miranda" in out


@pytest.mark.parametrize("text", ["DOB 140623", "born 14062023"])
def test_a_compact_date_of_birth_is_removed(text: str) -> None:
    out = anonymise_text(_case(), text)
    assert "1406" not in out and "[date removed]" in out, out


def test_a_compact_number_that_is_not_a_date_of_birth_stays() -> None:
    assert "150623" in anonymise_text(_case(), "Invoice 150623 paid.")
