"""What the case list reads: each case's row alone (its next deadline kept there), the count
of live cases from their narrowest index, and a count of writes that tells the list whether
it is still current."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from schemahelpers import downgrade

from scr_desktop.storage import migrations
from scr_desktop.storage.repository import COUNT_INDEX, CaseRepository
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


def _soonest_shown(vault: Vault) -> None:
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


def test_each_listed_case_shows_its_soonest_open_deadline(vault: Vault) -> None:
    _soonest_shown(vault)
    # a deadline met moves the next one, description and all
    case = next(c for c in (vault.cases.get(s.id) for s in vault.cases.list()
                            if s.next_due) if "ofsted_notification" not in c.deadlines_done)
    before = next(s for s in vault.cases.list() if s.id == case.id)
    case.deadlines_done = {**case.deadlines_done, "ofsted_notification": "2026-01-20"}
    vault.cases.save(case)
    after = next(s for s in vault.cases.list() if s.id == case.id)
    assert (after.next_due, after.next_label) != (before.next_due, before.next_label)
    _soonest_shown(vault)


def test_a_page_of_the_list_reads_no_deadline(vault: Vault) -> None:
    for sort in ("changed", "reference", "next_deadline"):
        sql, params = CaseRepository.list_query(sort=sort)
        with vault.database.reading() as conn:
            plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}",
                                                   (*params, 50, 0))]
        assert plan and not [step for step in plan if "deadlines" in step], plan


def test_the_upgrade_keeps_each_case_s_next_deadline_in_its_row(tmp_path: Path) -> None:
    path = tmp_path / "older.scrvault"
    with Vault.create(path, PASS) as v:
        for i in range(6):
            case = v.cases.new_case()
            aware = AWARE + timedelta(days=i)
            case.set("aware_date", aware.strftime("%d/%m/%Y"))
            case.set("referral_date", aware.strftime("%d/%m/%Y"))
            case.facts = {"abuse_or_neglect": "suspected", "child_died": bool(i % 2),
                          "interagency_concerns": "yes", "age_years": 3}
            v.cases.save(case)
        before = next(n for n, step in migrations.STEPS.items()
                      if step is migrations._to_v10) - 1
        with v.database.transaction() as conn:
            downgrade(conn, before)
    with Vault.open(path, PASS) as v:
        assert v.schema_version == migrations.CURRENT_VERSION
        assert all(s.next_label for s in v.cases.list())
        _soonest_shown_all(v)


def _soonest_shown_all(vault: Vault) -> None:
    with vault.database.reading() as conn:
        for summary in vault.cases.list():
            soonest = conn.execute(
                "SELECT d.due, d.label FROM deadlines AS d JOIN cases AS c ON c.num = d.case_num"
                " WHERE c.id = ? AND d.done IS NULL ORDER BY d.due, d.ord LIMIT 1",
                (summary.id,)).fetchone()
            assert (summary.next_due, summary.next_label) == tuple(soonest)


def test_live_cases_are_counted_in_their_narrowest_index(vault: Vault) -> None:
    sql, params = CaseRepository.count_query()
    with vault.database.reading() as conn:
        plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
        assert len(plan) == 1 and plan[0].startswith("SCAN cases USING") \
            and plan[0].endswith(f"INDEX {COUNT_INDEX}"), plan
        # of the indexes holding every live case, the one of fewest columns
        live = [name for name, text in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases'"
            " AND sql LIKE '%WHERE deleted_at IS NULL'")]
        widths = {name: conn.execute(f"SELECT count(*) FROM pragma_index_info('{name}')"
                                     ).fetchone()[0] for name in live}
    assert widths[COUNT_INDEX] == min(widths.values()), widths
    deleted = vault.cases.list()[0]
    vault.cases.delete(deleted.id)
    assert vault.cases.count() == len(vault.cases.list()) == 11
    assert vault.cases.count("Child1") == len(vault.cases.list("Child1"))
    assert vault.cases.count(trash=True) == 1


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
