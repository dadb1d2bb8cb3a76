"""A search lists its matches in the case list's own order, read from the full-text index.

The full-text index is keyed by the change order, so that a search for
common words, most recently changed first, walks the index and stops after a
page.  These tests hold the index to the cases after every kind of write,
check that search results come in the list's order (most recently saved
first, after edits, deletions, restores and imports), and that the page is
read without visiting every match.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from schemahelpers import downgrade

from scr_desktop.domain.model import Case
from scr_desktop.storage.list_order import SORT_INDEXES
from scr_desktop.storage.migrations import CURRENT_VERSION
from scr_desktop.storage.repository import SORTS, CaseRepository
from scr_desktop.storage.vault import Vault

PASS = "heron quilt marmalade 58"
SURNAMES = ["Okafor", "Nowak", "Okafor", "Hughes", "Patel"]


def _make(vault: Vault, i: int) -> Case:
    case = vault.cases.new_case()
    case.set("child_forenames", f"Child{i}")
    case.set("child_last_names", SURNAMES[i % len(SURNAMES)])
    case.set("case_outline", "bruising noted at school" + (" chronology" if i % 3 else ""))
    vault.cases.save(case)
    return case


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.scrvault", PASS)
    cases = [_make(v, i) for i in range(24)]
    # Edits, deletions, restores and an import, so the change order is not the creation order.
    for i in (3, 17, 0, 9):
        case = v.cases.get(cases[i].id)
        case.set("child_address", f"{i} Edited Row")
        v.cases.save(case)
    for i in (5, 11, 14):
        v.cases.delete(cases[i].id)
    v.cases.restore(cases[11].id)
    replaced = v.cases.get(cases[20].id)
    replaced.set("case_outline", "bruising and chronology from another area")
    v.cases.import_case(replaced, keep_both=False)
    yield v
    v.close()


def _matching(vault: Vault, word: str, *, trash: bool = False) -> list[str]:
    """Return the ids of the listed cases whose stored text holds ``word``, in list order."""
    out = []
    for s in vault.cases.list(trash=trash):
        text = vault.cases.get(s.id).search_text().lower()
        if all(w in text for w in word.lower().split()):
            out.append(s.id)
    return out


def _paged(vault: Vault, search: str, **kw: object) -> list[str]:
    ids: list[str] = []
    while True:
        page = vault.cases.list(search, offset=len(ids), limit=4, **kw)  # type: ignore[arg-type]
        if not page:
            return ids
        ids += [s.id for s in page]


def _index_is_in_step(vault: Vault) -> None:
    """Every case has exactly one row in the full-text index, at its place in the change order."""
    db = vault.database
    cases = db.execute("SELECT count(*) FROM cases")[0][0]
    assert db.execute("SELECT count(*) FROM cases_fts")[0][0] == cases
    assert db.execute("SELECT count(*) FROM cases AS c JOIN cases_fts AS f"
                      " ON f.rowid = -c.rev")[0][0] == cases


@pytest.mark.parametrize("words", ["okafor", "bruising chronology", "bruising", "child1"])
def test_search_lists_matches_most_recently_changed_first(vault: Vault, words: str) -> None:
    expected = _matching(vault, words)
    assert expected
    assert _paged(vault, words) == expected
    assert vault.cases.count(words) == len(expected)
    assert vault.cases.count(words, cap=1000) == len(expected)
    # Matches in the trash are never counted, whatever the cap.
    for cap in range(len(expected) + 3):
        assert vault.cases.count(words, cap=cap) == min(len(expected), cap + 1), cap


def test_every_write_keeps_the_index_in_step_and_the_order(vault: Vault) -> None:
    _index_is_in_step(vault)
    listed = vault.cases.list()
    oldest = listed[-1]
    case = vault.cases.get(oldest.id)
    case.set("case_outline", "bruising chronology okafor revisited")
    vault.cases.save(case)
    _index_is_in_step(vault)
    assert _paged(vault, "bruising chronology")[0] == oldest.id
    assert _paged(vault, "revisited") == [oldest.id]
    # The old text is no longer found.
    assert oldest.id not in _paged(vault, "school")
    vault.cases.delete(oldest.id)
    _index_is_in_step(vault)
    assert oldest.id not in _paged(vault, "revisited")
    assert _paged(vault, "revisited", trash=True) == [oldest.id]
    vault.cases.restore(oldest.id)
    _index_is_in_step(vault)
    assert _paged(vault, "revisited") == [oldest.id]
    assert _paged(vault, "bruising")[0] == oldest.id
    assert vault.cases.empty_trash() == 3  # two deleted, one kept by the import
    _index_is_in_step(vault)
    for words in ("okafor", "bruising chronology", "school"):
        assert _paged(vault, words) == _matching(vault, words)


def test_trash_search_is_in_the_trash_order(vault: Vault) -> None:
    expected = _matching(vault, "bruising", trash=True)
    assert len(expected) == 3  # two deleted, and the copy the import kept
    assert _paged(vault, "bruising", trash=True) == expected
    assert vault.cases.count("bruising", trash=True, cap=1000) == 3


@pytest.mark.parametrize("sort", sorted(SORTS))
@pytest.mark.parametrize("descending", [True, False])
def test_a_search_in_any_order_is_the_list_in_that_order_filtered(
        vault: Vault, sort: str, descending: bool) -> None:
    everything = [s.id for s in vault.cases.list(sort=sort, descending=descending)]
    wanted = set(_matching(vault, "bruising chronology"))
    assert _paged(vault, "bruising chronology", sort=sort, descending=descending) == [
        i for i in everything if i in wanted]


def _outer_plan(vault: Vault, sql: str, params: tuple[object, ...]) -> str:
    """Return the query plan of ``sql`` without the per-row subqueries of the columns shown
    (a listed case's own next deadline, read from its few rows of the deadlines table)."""
    rows = vault.database.execute("EXPLAIN QUERY PLAN " + sql, params)
    inner: set[int] = set()
    for node, parent, _unused, detail in rows:
        if parent in inner or str(detail).startswith("CORRELATED SCALAR SUBQUERY"):
            inner.add(node)
    return " ".join(str(r[-1]) for r in rows if r[0] not in inner)


def _steps(vault: Vault, search: str, limit: int) -> int:
    """Return how many SQLite virtual machine steps the first page of a search takes."""
    conn = vault.database.conn
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    conn.set_progress_handler(count, 1)
    try:
        vault.cases.list(search, limit=limit)
    finally:
        conn.set_progress_handler(None, 1)
    return steps[0]


def test_the_first_page_of_a_search_stops_without_visiting_every_match(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "big.scrvault", PASS) as v, v.database.transaction():
        for i in range(400):
            case = v.cases.new_case()
            case.set("case_outline", "common words everywhere" + (" rare" if i % 20 == 0 else ""))
            v.cases.save(case)
        assert v.cases.count("common words") == 400
        assert v.cases.count("common rare") == 20
        # A page of five among 400 matches takes no more steps than among 20.
        assert _steps(v, "common words", 5) <= _steps(v, "common rare", 5) * 1.2
        sql, params = CaseRepository.list_query("common words")
        plan = _outer_plan(v, sql, (*params, 5, 0))
        assert "TEMP B-TREE" not in plan
        assert plan.startswith("SCAN cases_fts VIRTUAL TABLE")


@pytest.mark.parametrize("sort", sorted(SORTS))
@pytest.mark.parametrize("descending", [True, False])
def test_no_order_of_the_list_sorts_every_case_to_show_a_page(
        vault: Vault, sort: str, descending: bool) -> None:
    sql, params = CaseRepository.list_query(sort=sort, descending=descending)
    plan = _outer_plan(vault, sql, (*params, 50, 0))
    assert "TEMP B-TREE" not in plan
    index = SORTS[sort][1]
    assert f"USING INDEX {index}" in plan or f"USING COVERING INDEX {index}" in plan


def test_each_order_read_from_the_stored_case_has_its_own_index(vault: Vault) -> None:
    names = {str(r[0]) for r in vault.database.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert set(SORT_INDEXES.values()) <= names
    assert {SORTS[key][1] for key in SORT_INDEXES} == set(SORT_INDEXES.values())


def test_the_upgrade_keys_the_index_by_the_change_order(tmp_path: Path) -> None:
    path = tmp_path / "old.scrvault"
    with Vault.create(path, PASS) as v:
        cases = [_make(v, i) for i in range(15)]
        for i in (4, 1):
            case = v.cases.get(cases[i].id)
            case.set("child_address", "Moved")
            v.cases.save(case)
        v.cases.delete(cases[7].id)
        searches = {w: (_paged(v, w), _paged(v, w, trash=True))
                    for w in ("okafor", "bruising chronology", "moved")}
        orders = {(s, d): [c.id for c in v.cases.list(sort=s, descending=d)]
                  for s in SORTS for d in (True, False)}
        before = _previous_version()
        with v.database.transaction() as conn:
            downgrade(conn, before)
            # The older schema keys the index by the case's row number.
            assert conn.execute("SELECT count(*) FROM cases AS c JOIN cases_fts AS f"
                                " ON f.rowid = c.num").fetchone()[0] == 15
    with Vault.open(path, PASS) as v:
        assert v.schema_version == CURRENT_VERSION
        _index_is_in_step(v)
        assert {w: (_paged(v, w), _paged(v, w, trash=True)) for w in searches} == searches
        assert {(s, d): [c.id for c in v.cases.list(sort=s, descending=d)]
                for s in SORTS for d in (True, False)} == orders


def _previous_version() -> int:
    """Return the schema version before the step that keys the index by the change order."""
    from scr_desktop.storage import migrations

    return next(v for v, step in migrations.STEPS.items() if step is migrations._to_v9) - 1
