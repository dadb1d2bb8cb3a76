"""A name written without its apostrophe or hyphen is still recognised when anonymising."""

from __future__ import annotations

from scr_desktop.domain.anonymise import CHILD, FATHER, anonymise_text
from scr_desktop.domain.model import Case


def _case() -> Case:
    c = Case(reference="SCR-2026-0001")
    c.set("child_forenames", "Anne-Marie")
    c.set("child_last_names", "O'Brien")
    c.set("father_name", "Jean-Luc D'Souza")
    return c


def test_a_surname_typed_without_its_apostrophe_is_replaced() -> None:
    out = anonymise_text(_case(), "OBrien family; Obrien said; DSouza was there.")
    assert "brien" not in out.lower() and "souza" not in out.lower()
    assert out.startswith(CHILD) and FATHER in out


def test_a_forename_typed_without_its_hyphen_is_replaced() -> None:
    out = anonymise_text(_case(), "Annemarie and Jeanluc")
    assert out == f"{CHILD} and {FATHER}"
