"""The deadlines table: kept in step with every save, read a page at a time, as the engine says."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from deadline_oracle import dashboard_rows
from schemahelpers import downgrade

from scr_desktop.domain.model import Case
from scr_desktop.storage import deadlines
from scr_desktop.storage.backup import backup_prefix
from scr_desktop.storage.deadlines import DeadlineRow
from scr_desktop.storage.errors import VaultError
from scr_desktop.storage.migrations import CURRENT_VERSION
from scr_desktop.storage.paths import backups_dir
from scr_desktop.storage.vault import Vault

PASS = "harbour thistle copper 41"
TODAY = date(2026, 3, 2)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.scrvault", PASS)
    yield v
    v.close()


def _case(vault: Vault, aware: date, *, died: bool = True, done: str = "",
          name: str = "Robin") -> Case:
    case = vault.cases.new_case()
    case.set("child_forenames", name)
    case.set("aware_date", aware.strftime("%d/%m/%Y"))
    case.set("referral_date", (aware + timedelta(days=1)).strftime("%d/%m/%Y"))
    case.facts = {"abuse_or_neglect": "suspected", "child_died": died,
                  "interagency_concerns": "yes", "age_years": 3}
    if done:
        case.deadlines_done = {"ofsted_notification": done}
    vault.cases.save(case)
    return case


def _all(vault: Vault, today: date = TODAY, *, include_done: bool = False,
         limit: int = 3) -> list[DeadlineRow]:
    """Page through the whole table, ``limit`` rows at a time."""
    rows: list[DeadlineRow] = []
    while True:
        page = vault.deadlines.page(today, include_done=include_done,
                                    after=rows[-1].after if rows else None, limit=limit)
        if not page:
            return rows
        rows += page


def _shown(rows: list[DeadlineRow]) -> list[tuple[str, str, date, str, str]]:
    return [(r.case_id, r.deadline.key, r.deadline.due, r.deadline.state, r.deadline.text)
            for r in rows]


def test_the_table_lists_what_the_engine_computes_for_every_case(vault: Vault) -> None:
    cases = [_case(vault, TODAY - timedelta(days=d), died=d % 2 == 0, name=f"C{d}")
             for d in range(0, 40, 3)]
    cases.append(_case(vault, TODAY - timedelta(days=5), done="2026-02-27"))
    expected = dashboard_rows((vault.cases.get(c.id) for c in cases), TODAY)
    rows = _all(vault)
    moved = {(r.case_id, r.deadline.key): r.deadline.moved_note for r in expected
             if getattr(r.deadline, "moved_note", "")}
    assert moved, "the sample should include a deadline moved back to a working day"
    assert {(r.case_id, r.deadline.key): r.deadline.moved_note for r in rows
            if r.deadline.moved_note} == moved
    assert sorted(_shown(rows)) == sorted(
        (r.case_id, r.deadline.key, r.deadline.due, r.deadline.state, r.deadline.text)
        for r in expected)
    assert [r.deadline.due for r in rows] == sorted(r.deadline.due for r in rows)
    assert len({(r.case_id, r.deadline.key) for r in rows}) == len(rows)
    counts = vault.deadlines.counts(TODAY)
    assert counts.listed == len(expected)
    assert counts.overdue == sum(r.deadline.state == "overdue" for r in expected)
    with_done = dashboard_rows((vault.cases.get(c.id) for c in cases), TODAY, include_done=True)
    assert vault.deadlines.counts(TODAY, include_done=True).listed == len(with_done)
    assert len(_all(vault, include_done=True)) == len(with_done)


def test_each_save_rewrites_the_case_deadlines(vault: Vault) -> None:
    case = _case(vault, TODAY)
    before = {r.deadline.key: r.deadline.due for r in _all(vault)}
    assert before
    case.set("aware_date", (TODAY + timedelta(days=14)).strftime("%d/%m/%Y"))
    vault.cases.save(case)
    after = {r.deadline.key: r.deadline.due for r in _all(vault)}
    assert after["ofsted_notification"] > before["ofsted_notification"]
    case.deadlines_done = {"ofsted_notification": TODAY.isoformat()}
    vault.cases.save(case)
    assert "ofsted_notification" not in {r.deadline.key for r in _all(vault)}
    done = [r for r in _all(vault, include_done=True) if r.deadline.key == "ofsted_notification"]
    assert done[0].deadline.state == "done"
    case.framework = "no-such-framework"
    vault.cases.save(case)
    assert _all(vault, include_done=True) == []


def test_a_failed_save_leaves_the_deadlines_as_they_were(vault: Vault) -> None:
    case = _case(vault, TODAY)
    before = _shown(_all(vault))
    conn = vault.database.conn
    conn.execute("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.audit"
                 " BEGIN SELECT RAISE(ABORT, 'refused'); END")
    case.set("aware_date", (TODAY + timedelta(days=30)).strftime("%d/%m/%Y"))
    with pytest.raises(VaultError):
        vault.cases.save(case)
    conn.execute("DROP TRIGGER temp.refuse")
    assert _shown(_all(vault)) == before


def test_cases_in_the_trash_are_neither_listed_nor_counted(vault: Vault) -> None:
    kept = _case(vault, TODAY)
    gone = _case(vault, TODAY - timedelta(days=2))
    vault.cases.delete(gone.id)
    assert {r.case_id for r in _all(vault)} == {kept.id}
    listed = vault.deadlines.counts(TODAY).listed
    vault.cases.restore(gone.id)
    assert {r.case_id for r in _all(vault)} == {kept.id, gone.id}
    assert vault.deadlines.counts(TODAY).listed > listed
    vault.cases.delete(gone.id)
    vault.cases.empty_trash()
    rows = vault.database.execute("SELECT count(*) FROM deadlines WHERE case_num NOT IN"
                                  " (SELECT num FROM cases)")
    assert rows[0][0] == 0


def test_a_rules_change_recomputes_the_table_once_with_progress(vault: Vault) -> None:
    cases = [_case(vault, TODAY - timedelta(days=i)) for i in range(7)]
    expected = _shown(_all(vault))
    with vault.database.transaction() as conn:
        conn.execute("UPDATE deadlines SET due = '2000-01-01'")
        deadlines.set_version(conn, "rules of an older version")
    assert not vault.deadlines.rules_current()
    steps = list(vault.deadlines.recompute())
    assert steps[-1] == (len(cases), len(cases))
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)
    assert vault.deadlines.rules_current()
    assert _shown(_all(vault)) == expected


def test_a_recomputation_bounded_in_time_commits_as_soon_as_its_time_is_up(
        vault: Vault) -> None:
    """Beside the window each transaction ends once its time is up (here at once, so
    after one case each): the window's reads never wait for a long batch."""
    cases = [_case(vault, TODAY - timedelta(days=i)) for i in range(5)]
    expected = _shown(_all(vault))
    with vault.database.transaction() as conn:
        conn.execute("UPDATE deadlines SET due = '2000-01-01'")
        deadlines.set_version(conn, "rules of an older version")
    progress = vault.deadlines.recompute(seconds=0)
    assert next(progress) == (1, len(cases))
    assert not vault.database.in_transaction()  # committed before it reported
    assert not vault.deadlines.rules_current()
    for n in range(2, len(cases)):
        assert next(progress) == (n, len(cases))
        assert not vault.deadlines.rules_current()
    assert next(progress) == (len(cases), len(cases))
    assert vault.deadlines.rules_current()  # recorded with the last case
    assert list(progress) == []
    assert _shown(_all(vault)) == expected


def test_an_interrupted_recomputation_is_not_recorded_as_current(vault: Vault,
                                                                  monkeypatch: pytest.MonkeyPatch
                                                                  ) -> None:
    for i in range(5):
        _case(vault, TODAY - timedelta(days=i))
    with vault.database.transaction() as conn:
        deadlines.set_version(conn, "older")
    monkeypatch.setattr(deadlines, "BATCH", 2)
    monkeypatch.setattr(deadlines.recompute_batch, "__defaults__", (2,))
    progress = vault.deadlines.recompute()
    assert next(progress) == (2, 5)
    progress.close()
    assert not vault.deadlines.rules_current()


def _as_v4(path: Path) -> None:
    """Turn a current vault back into a version 4 one: no deadlines table."""
    with Vault.open(path, PASS) as v, v.database.transaction() as conn:
        downgrade(conn, 4)


def test_the_upgrade_fills_the_table_for_an_existing_vault(tmp_path: Path) -> None:
    path = tmp_path / "old.scrvault"
    with Vault.create(path, PASS) as v:
        ids = [_case(v, TODAY - timedelta(days=i)).id for i in range(12)]
        expected = _shown(_all(v))
    _as_v4(path)
    with Vault.open(path, PASS) as v:
        assert v.schema_version == CURRENT_VERSION
        assert _shown(_all(v)) == expected
        assert {r.case_id for r in _all(v)} == set(ids)
        assert v.deadlines.rules_current()
        assert v.audit.verify() is None
    assert list(backups_dir().glob(f"{backup_prefix(path)}-before-v*.scrvault"))


def test_a_recorded_decision_meets_the_chair_s_deadline_on_its_date(vault: Vault) -> None:
    from scr_desktop.domain.model import Decision

    case = _case(vault, date(2026, 9, 1))
    case.record_decision(Decision(decided="no_review", decision_date="2026-09-25",
                                  decided_by="Chair", rationale="Below the threshold."))
    vault.cases.save(case)
    rows = {r.deadline.key: r.deadline for r in _all(vault, date(2026, 12, 1), include_done=True)
            if r.case_id == case.id}
    chair = rows["chair_decision"]
    assert chair.state == "done" and chair.done_on == date(2026, 9, 25)
    assert "chair_decision" not in vault.cases.get(case.id).deadlines_done  # derived, not stored
    open_rows = [r for r in _all(vault, date(2026, 12, 1)) if r.case_id == case.id]
    assert "chair_decision" not in {r.deadline.key for r in open_rows}


def test_the_rules_for_met_deadlines_are_part_of_the_rules_version(
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = deadlines.rules_version()
    monkeypatch.setattr(deadlines, "MET_RULES", "another rule")
    assert deadlines.rules_version() != before


def test_the_kinds_of_deadline_are_found_by_seeks_not_by_reading_every_deadline(
        vault: Vault) -> None:
    for i in range(6):
        _case(vault, TODAY - timedelta(days=i), died=bool(i % 2), name=f"Kind{i}")
    expected = [(str(k), str(label)) for k, label in vault.database.execute(
        "SELECT key, min(label) FROM deadlines GROUP BY key ORDER BY min(label), key")]
    assert len(expected) > 2
    assert sorted(vault.deadlines.kinds(), key=lambda r: (r[1], r[0])) == expected
    plan = " ".join(str(r[-1]) for r in vault.database.execute(
        "EXPLAIN QUERY PLAN " + deadlines.KINDS_SQL))
    assert "deadlines_kind" in plan
    assert "SCAN deadlines" not in plan


def test_deadlines_given_per_agency_or_action_are_one_kind_each_and_filter_together(
        vault: Vault) -> None:
    from scr_desktop.domain.review.model import Review
    from scr_desktop.storage.deadlines import DeadlineFilter

    case = _case(vault, TODAY - timedelta(days=40), name="Reviewed")
    review = Review.start(case.id, "scr", (TODAY - timedelta(days=30)).strftime("%d/%m/%Y"))
    for agency in ("Police", "School", "Housing"):
        review.add("agencies", {"agency": agency})
    rec = review.add("recommendations", {"source": "Overview report", "text": "Share records",
                                         "themes": ""})
    for i in range(4):
        review.add_action(rec, {"action": f"Action number {i}", "owner_agency": "Police",
                                "due_on": (TODAY + timedelta(days=10 * i)).strftime("%d/%m/%Y")})
    vault.reviews.save(review, case_ref=case.reference)
    _case(vault, TODAY - timedelta(days=3), name="Other")
    keys = [str(k) for (k,) in vault.database.execute("SELECT key FROM deadlines")]
    assert sum(k.startswith("action:") for k in keys) == 4
    assert sum(k.startswith("briefing:") for k in keys) == 3

    kinds = dict(vault.deadlines.kinds())
    assert kinds["action"] == "Action"
    assert kinds["briefing"] == "Brief the IMR author"
    assert kinds["imr_due"] == "IMR due"
    assert not any(":" in kind for kind in kinds)  # no kind for each agency or action
    plain = {k for k in keys if ":" not in k}
    assert set(kinds) == plain | {"action", "briefing", "imr_due"}

    for kind, prefix in (("action", "action:"), ("imr_due", "imr_due:")):
        match = DeadlineFilter(key=kind)
        listed = vault.deadlines.page(TODAY, include_done=True, limit=100, match=match)
        assert sorted(r.deadline.key for r in listed) == sorted(
            k for k in keys if k.startswith(prefix))
        assert vault.deadlines.counts(TODAY, include_done=True, match=match).listed == \
            len(listed)
    chair = vault.deadlines.page(TODAY, include_done=True, match=DeadlineFilter(key="chair"))
    assert chair == []  # a kind is a whole key or the part before ':', never a prefix
