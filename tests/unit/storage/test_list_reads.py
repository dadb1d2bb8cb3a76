"""What the case list reads: the next deadline of each case from its row and one index seek,
and a count of writes that tells the list whether it is still current."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from scr_desktop.storage.repository import CaseRepository
from scr_desktop.storage.vault import Vault

PASS = "quarry bramble ember 52"
AWARE = date(2026, 1, 5)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.scrvault", PASS)
    for i in range(12):
        case = v.cases.new_case()
        case.set("child_forenames", f"Child{i}")
        if i % 4:  # some cases have no deadline yet
            aware = AWARE + timedelta(days=i)
            case.set("aware_date", aware.strftime("%d/%m/%Y"))
            case.set("referral_date", aware.strftime("%d/%m/%Y"))
            case.facts = {"abuse_or_neglect": "suspected", "child_died": bool(i % 2),
                          "interagency_concerns": "yes", "age_years": 3}
            if i % 3 == 0:
                case.deadlines_done = {"ofsted_notification": aware.isoformat()}
        v.cases.save(case)
    yield v
    v.close()


def test_each_listed_case_shows_its_soonest_open_deadline(vault: Vault) -> None:
    listed = vault.cases.list()
    assert len(listed) == 12
    with vault.database.reading() as conn:
        for summary in listed:
            soonest = conn.execute(
                "SELECT d.due, d.label FROM deadlines AS d JOIN cases AS c ON c.num = d.case_num"
                " WHERE c.id = ? AND d.done IS NULL ORDER BY d.due, d.ord LIMIT 1",
                (summary.id,)).fetchone()
            assert (summary.next_due, summary.next_label) == (
                tuple(soonest) if soonest else (None, "")), summary.child_name
    assert any(s.next_due for s in listed) and any(not s.next_due for s in listed)


def test_a_page_of_the_list_sorts_no_case_deadlines(vault: Vault) -> None:
    sql, params = CaseRepository.list_query()
    with vault.database.reading() as conn:
        plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", (*params, 50, 0))]
    assert not [step for step in plan if "TEMP B-TREE" in step], plan


def test_the_count_of_writes_moves_with_a_save_and_not_with_a_read(vault: Vault) -> None:
    before = vault.cases.changes()
    vault.cases.list()
    vault.cases.count()
    case = vault.cases.get(vault.cases.list(limit=1)[0].id)
    assert vault.cases.changes() == before
    case.set("child_forenames", "Renamed")
    vault.cases.save(case)
    saved = vault.cases.changes()
    assert saved > before
    vault.audit.record("export", detail="a write to another table")
    assert vault.cases.changes() > saved
