"""The case list in any order: what is asked for, page after page, from an index."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from scr_desktop.storage.repository import SORTS
from scr_desktop.storage.vault import Vault

PASS = "lichen tandem orchard 27"
NAMES = ["Zara", "amir", "Ben", "Chloé", "", "Dev", "Ben", "Olu"]


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.scrvault", PASS)
    for i, name in enumerate(NAMES * 4):
        case = v.cases.new_case()
        case.set("child_forenames", name)
        case.status = ("draft", "referred", "decided", "closed")[i % 4]
        v.cases.save(case)
    yield v
    v.close()


@pytest.mark.parametrize("sort", sorted(SORTS))
@pytest.mark.parametrize("descending", [False, True])
def test_every_order_pages_through_every_case_once(vault: Vault, sort: str,
                                                    descending: bool) -> None:
    everything = vault.cases.list()
    pages = []
    while True:
        page = vault.cases.list(offset=len(pages), limit=5, sort=sort, descending=descending)
        if not page:
            break
        pages += page
    assert sorted(s.id for s in pages) == sorted(s.id for s in everything)
    column = {"changed": None, "reference": "reference", "child": "child_name",
              "status": "status"}[sort]
    rank = {s.id: i for i, s in enumerate(reversed(everything))}  # change order, oldest first
    expected = sorted(everything, key=lambda s: ((getattr(s, column) if column else 0),
                                                 rank[s.id]), reverse=descending)
    assert [s.id for s in pages] == [s.id for s in expected]


@pytest.mark.parametrize("sort", sorted(SORTS))
def test_no_order_sorts_every_case_to_show_a_page(vault: Vault, sort: str) -> None:
    column, index = SORTS[sort]
    plan = vault.database.execute(
        f"EXPLAIN QUERY PLAN SELECT id FROM cases INDEXED BY {index} WHERE deleted_at IS NULL"
        f" ORDER BY {column} DESC{'' if column == 'rev' else ', rev DESC'} LIMIT 50")
    details = " ".join(str(r[-1]) for r in plan)
    assert f"USING COVERING INDEX {index}" in details or f"USING INDEX {index}" in details
    assert "TEMP B-TREE" not in details
