"""Importing a case from another vault: new ids, clashing references, replace or keep both."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from scr_desktop.domain.model import Case
from scr_desktop.storage.vault import Vault

PASS = "walnut lantern meadow 7"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.scrvault", PASS)
    yield v
    v.close()


def _renamed(case: Case, name: str) -> Case:
    return Case.from_dict({**case.to_dict(), "form": {**case.form, "child_forenames": name,
                                                      "case_outline": f"outline of {name}"}})


def _case(reference: str, name: str) -> Case:
    case = Case(reference=reference)
    case.set("child_forenames", name)
    case.set("case_outline", f"outline of {name}")
    return case


def test_a_new_case_keeps_its_id_reference_and_every_field(vault: Vault) -> None:
    case = _case("SCR-2025-0042", "Imported")
    result = vault.cases.import_case(case, keep_both=False)
    assert result.trash_reference is None
    assert vault.cases.get(case.id).to_dict() == case.to_dict()
    [entry] = vault.audit.entries(action="import")
    assert entry.case_ref == "SCR-2025-0042" and "Imported" not in entry.detail


def test_a_reference_already_used_here_gets_the_next_free_one(vault: Vault) -> None:
    here = vault.cases.new_case()
    result = vault.cases.import_case(_case(here.reference, "Other"), keep_both=False)
    assert result.case.reference != here.reference
    assert vault.cases.get(result.case.id).reference == result.case.reference
    assert vault.cases.get(here.id).reference == here.reference


def test_keep_both_adds_a_separate_case(vault: Vault) -> None:
    mine = _case("SCR-2025-0001", "Mine")
    vault.cases.import_case(mine, keep_both=False)
    theirs = _renamed(mine, "Theirs")
    result = vault.cases.import_case(theirs, keep_both=True)
    assert result.case.id != mine.id and result.case.reference != mine.reference
    assert vault.cases.get(mine.id).get("child_forenames") == "Mine"
    assert vault.cases.get(result.case.id).get("child_forenames") == "Theirs"
    assert vault.cases.count() == 2


def test_replacing_keeps_the_previous_version_in_the_trash(vault: Vault) -> None:
    mine = _case("SCR-2025-0001", "Mine")
    vault.cases.import_case(mine, keep_both=False)
    theirs = _renamed(mine, "Theirs")
    result = vault.cases.import_case(theirs, keep_both=False)
    assert result.case.id == mine.id and result.case.reference == mine.reference
    assert vault.cases.get(mine.id).get("child_forenames") == "Theirs"
    [trashed] = vault.cases.list(trash=True)
    assert trashed.reference == result.trash_reference
    assert vault.cases.get(trashed.id).get("child_forenames") == "Mine"
    assert vault.cases.list("Theirs")[0].id == mine.id
    assert vault.cases.list("Mine") == []
    assert [c.id for c in vault.cases.list("Mine", trash=True)] == [trashed.id]
    assert vault.cases.count() == 1
    assert result.trash_reference in vault.audit.entries(action="import")[-1].detail


def test_replacing_a_case_in_the_trash_brings_it_back(vault: Vault) -> None:
    mine = _case("SCR-2025-0001", "Mine")
    vault.cases.import_case(mine, keep_both=False)
    vault.cases.delete(mine.id)
    vault.cases.import_case(mine, keep_both=False)
    assert [c.id for c in vault.cases.list()] == [mine.id]
    assert vault.audit.verify() is None


def test_an_imported_reference_is_never_handed_out_again(vault: Vault) -> None:
    year = datetime.now().year
    vault.cases.import_case(_case(f"SCR-{year}-0003", "Imported"), keep_both=False)
    made = [vault.cases.new_case().reference for _ in range(2)]
    assert made == [f"SCR-{year}-0004", f"SCR-{year}-0005"]


def test_replacing_when_the_next_reference_is_taken_by_an_import(vault: Vault) -> None:
    year = datetime.now().year
    mine = _case(f"SCR-{year}-0001", "Mine")
    vault.cases.import_case(mine, keep_both=False)
    result = vault.cases.import_case(_renamed(mine, "Theirs"), keep_both=False)
    assert result.trash_reference == f"SCR-{year}-0002"
    both = vault.cases.import_case(_renamed(mine, "Third"), keep_both=True)
    assert both.case.reference == f"SCR-{year}-0003"
