"""A case package carries the review's chronology; packages made before it still open; a
damaged chronology imports nothing; importing over a case keeps its old chronology with the
trash copy."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from scr_desktop.domain.chronology.entry import entry_to_dict, make_entry
from scr_desktop.domain.model import Case
from scr_desktop.export import package
from scr_desktop.export.package import (
    DamagedContents,
    KdfParams,
    NotAPackage,
    open_package,
    package_content,
    seal_package,
)
from scr_desktop.storage.vault import Vault

PASSWORD = "lantern-gravel-saffron-quay-mint"
FAST = KdfParams(memory_kib=64, passes=1, lanes=1)


@pytest.fixture(autouse=True)
def _cheap_kdf_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    """Seal with cheap Argon2id costs for speed; the checks are the same."""
    monkeypatch.setattr(package, "ACCEPTED_KDF", (*package.ACCEPTED_KDF, FAST))


def _entries():  # type: ignore[no-untyped-def]
    return (make_entry(date_text="03/2019", agency="Police", event="Qzcall", people="Qzmira",
                       key=True, time_text="22:10", comment="c", analysis="a", source="s"),
            make_entry(date_text="2020", agency="Health", event="Check"))


def test_the_chronology_travels_in_the_package() -> None:
    case = Case(reference="SCR-2027-0001")
    data = seal_package(package_content(case, None, (), _entries()), PASSWORD, kdf=FAST)
    got = open_package(data, PASSWORD)
    assert [entry_to_dict(e) for e in got.chronology] == [entry_to_dict(e) for e in _entries()]
    old = seal_package(package_content(case), PASSWORD, kdf=FAST)
    assert open_package(old, PASSWORD).chronology == ()


@pytest.mark.parametrize("bad", [
    {"date": "2019-02-31", "agency": "P", "event": "x"},
    {"date": "2019-00-00", "agency": "", "event": "x"},
    {"date": "2019-00-00", "agency": "P", "event": "x", "key": "yes"},
    {"date": 2019, "agency": "P", "event": "x"},
    "not an entry",
])
def test_a_damaged_chronology_imports_nothing(bad: object) -> None:
    content = json.loads(package_content(Case(reference="SCR-2027-0001")))
    content["chronology"] = [bad]
    data = seal_package(json.dumps(content).encode(), PASSWORD, kdf=FAST)
    # refused by the package schema (naming the entry) or, past it, by the entry reader
    with pytest.raises((DamagedContents, NotAPackage)) as refused:
        open_package(data, PASSWORD)
    assert "Nothing was imported" in str(refused.value)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.scrvault", "copper heron thistle 41")
    yield v
    v.close()


def test_importing_over_a_case_keeps_its_old_chronology_with_the_trash_copy(
        vault: Vault) -> None:
    repo = vault.chronology
    repo.add("case-1", make_entry(date_text="2018", agency="School", event="Old entry"))
    repo.import_package("case-1", _entries(), case_ref="R", previous_case_id="trash-copy")
    assert [e.event for e in repo.entries("trash-copy")] == ["Old entry"]
    assert [e.event for e in repo.entries("case-1")] == ["Qzcall", "Check"]
    repo.import_package("case-1", _entries()[:1])
    assert [e.event for e in repo.entries("case-1")] == ["Qzcall"]
    details = [a.detail for a in vault.audit.entries(action="import chronology")]
    assert details == ["2 entries from a case package", "1 entries from a case package"]
    assert not any("Qzcall" in a.detail for a in vault.audit.entries())
