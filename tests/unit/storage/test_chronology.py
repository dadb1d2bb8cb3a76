"""The chronology in the vault: pages in date order, filters in SQL, audited writes, an
import kept all together or not at all, and the mapping remembered per agency."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from scr_desktop.domain.chronology.duplicates import merge_entries
from scr_desktop.domain.chronology.entry import Entry, make_entry
from scr_desktop.storage.chronology import SCHEMA, ChronologyFilter, EntryMissing
from scr_desktop.storage.errors import VaultError
from scr_desktop.storage.migrations import CURRENT_VERSION, STEPS, _to_v7, run_script
from scr_desktop.storage.vault import Vault

PASS = "copper heron thistle 41"
CASE = "case-1"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.scrvault", PASS)
    yield v
    v.close()


def _e(when: str, agency: str, event: str, **kw: object) -> Entry:
    return make_entry(date_text=when, agency=agency, event=event, **kw)  # type: ignore[arg-type]


def _sample(vault: Vault) -> None:
    repo = vault.chronology
    repo.import_entries(CASE, "Police", [
        _e("14/03/2019", "Police", "Call-out", people="Mother; Child", key=True,
           time_text="22:10"),
        _e("14/03/2019", "Police", "Earlier call", time_text="09:00"),
        _e("2019", "Police", "Year only"),
    ], {"date": "Date"}, case_ref="SCR-1")
    repo.import_entries(CASE, "Health", [
        _e("03/2019", "Health", "Month only", people="Child; Zoë"),
        _e("01/01/2020", "Health", "Check", people="Mother; Health visitor"),
    ], {"date": "When"}, case_ref="SCR-1")
    repo.add("other-case", _e("01/01/2019", "Police", "Another case's entry"))


def test_the_step_adds_the_table_and_its_indexes(vault: Vault) -> None:
    assert STEPS[7] is _to_v7 and vault.schema_version == CURRENT_VERSION
    names = {r[0] for r in vault.database.execute(
        "SELECT name FROM sqlite_master WHERE tbl_name LIKE 'chronology%'")}
    assert {"chronology", "chronology_mappings", "chronology_case_date",
            "chronology_agency"} <= names
    plan = " ".join(str(r) for r in vault.database.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM chronology WHERE case_id = ?"
        " ORDER BY sort_key, time, num LIMIT 50", (CASE,)))
    assert "chronology_case_date" in plan and "TEMP B-TREE" not in plan
    plan = " ".join(str(r) for r in vault.database.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM chronology WHERE case_id = ? AND agency = ?"
        " ORDER BY sort_key, time, num LIMIT 50", (CASE, "Police")))
    assert "chronology_agency" in plan and "TEMP B-TREE" not in plan
    assert "CREATE TABLE chronology" in SCHEMA and run_script is not None


def test_pages_come_in_date_order_across_agencies(vault: Vault) -> None:
    _sample(vault)
    repo = vault.chronology
    assert repo.count(CASE) == 5
    order = [(e.date_text, e.time, e.agency) for e in repo.page(CASE)]
    assert order == [("2019", "", "Police"), ("03/2019", "", "Health"),
                     ("14/03/2019", "09:00", "Police"), ("14/03/2019", "22:10", "Police"),
                     ("01/01/2020", "", "Health")]
    assert [e.event for e in repo.page(CASE, offset=3, limit=1)] == ["Call-out"]
    assert repo.agencies(CASE) == [("Health", 2), ("Police", 3)]


@pytest.mark.parametrize(("filt", "events"), [
    (ChronologyFilter(agencies=("Health",)), ["Month only", "Check"]),
    (ChronologyFilter(person="mother"), ["Call-out", "Check"]),
    (ChronologyFilter(person="Health visitor"), ["Check"]),
    (ChronologyFilter(person="ZOE"), ["Month only"]),
    (ChronologyFilter(person="  zoë  "), ["Month only"]),
    (ChronologyFilter(key_only=True), ["Call-out"]),
    (ChronologyFilter(date_from="2019-03-01", date_to="2019-12-31"),
     ["Earlier call", "Call-out"]),
    (ChronologyFilter(date_from="2019-03-00", date_to="2019-03-31"),
     ["Month only", "Earlier call", "Call-out"]),
    (ChronologyFilter(agencies=("Police",), person="child", key_only=True), ["Call-out"]),
])
def test_filters_run_in_sql(vault: Vault, filt: ChronologyFilter, events: list[str]) -> None:
    _sample(vault)
    repo = vault.chronology
    assert [e.event for e in repo.entries(CASE, filt)] == events
    assert repo.count(CASE, filt) == len(events)


def test_add_change_delete_and_merge_are_audited_without_content(vault: Vault) -> None:
    repo = vault.chronology
    e = repo.add(CASE, _e("01/02/2021", "School", "Qzsecret account", people="Qzname"),
                 case_ref="SCR-9")
    e.analysis = "Missed chance"
    repo.update(e, case_ref="SCR-9")
    assert repo.get(e.id).analysis == "Missed chance"
    other = repo.add(CASE, _e("01/02/2021", "Police", "Qzsecret account too"))
    repo.merge(merge_entries(e, other), other.id, case_ref="SCR-9")
    assert repo.count(CASE) == 1 and "Also recorded by Police" in repo.get(e.id).source
    repo.delete(e.id, case_ref="SCR-9")
    assert repo.count(CASE) == 0
    with pytest.raises(EntryMissing):
        repo.delete(e.id)
    with pytest.raises(EntryMissing):
        repo.update(e)
    actions = [a.action for a in vault.audit.entries(case_ref="SCR-9")]
    assert actions == ["add chronology entry", "change chronology entry",
                       "merge chronology entries", "delete chronology entry"]
    details = " ".join(a.detail for a in vault.audit.entries())
    assert "Qzsecret" not in details and "Qzname" not in details


def test_an_import_is_kept_whole_with_its_mapping_or_not_at_all(vault: Vault) -> None:
    repo = vault.chronology
    entries = [_e("01/01/2020", "Police", f"Entry {i}") for i in range(50)]
    entries[30].id = "clash"
    repo.add(CASE, _e("01/01/2020", "Police", "Existing"), case_ref="R")
    clash = repo.page(CASE)[0].id
    entries[30].id = clash  # a duplicate id makes the insert fail part-way
    with pytest.raises(VaultError):
        repo.import_entries(CASE, "Police", entries, {"date": "Datum"})
    assert repo.count(CASE) == 1 and repo.mapping("Police") == {}
    entries[30].id = ""
    assert repo.import_entries(CASE, " police ", entries, {"date": "Datum"}) == 50
    assert repo.count(CASE) == 51
    assert repo.mapping("POLICE") == {"date": "Datum"}
    audit = [a for a in vault.audit.entries() if a.action == "import chronology"]
    assert [a.detail for a in audit] == ["50 entries from  police "]


def test_emptying_the_trash_removes_the_cases_chronology(vault: Vault) -> None:
    kept, gone = vault.cases.new_case(), vault.cases.new_case()
    for case in (kept, gone):
        vault.chronology.add(case.id, _e("2020", "Police", "Qzgone entry"))
    vault.cases.delete(gone.id)
    vault.cases.empty_trash()
    assert vault.chronology.count(gone.id) == 0 and vault.chronology.count(kept.id) == 1
