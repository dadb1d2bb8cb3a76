"""The case list in any order: what is asked for, page after page, from an index."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from scr_desktop.storage.repository import SORTS, CaseSummary
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
        case.set("referral_date", f"{1 + i % 28:02d}/{1 + i % 12:02d}/{2024 + i % 3}"
                 if i % 5 else "")
        case.set("referrer_agency", ("Police", "health visiting", "School", "")[i % 4])
        case.framework = ("wt2015-scr", "wt2023-cspr")[i % 2]
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
    def typed_date(text: str) -> str:  # dd/mm/yyyy compared as yyyymmdd
        return text[6:10] + text[3:5] + text[0:2]

    key: dict[str, Callable[[CaseSummary], object]] = {
        "changed": lambda s: 0, "reference": lambda s: s.reference,
        "child": lambda s: s.child_name, "status": lambda s: s.status,
        "referral": lambda s: typed_date(s.referral_date), "framework": lambda s: s.framework,
        "next_deadline": lambda s: s.next_due or "9999-12-31",
        "agency": lambda s: s.agency.lower()}
    rank = {s.id: i for i, s in enumerate(reversed(everything))}  # change order, oldest first
    expected = sorted(everything, key=lambda s: (key[sort](s), rank[s.id]), reverse=descending)
    assert [s.id for s in pages] == [s.id for s in expected]


# The columns kept in the cases table each have an index; the columns read from the stored
# case and the deadlines table (referral date, framework, next deadline, agency) are sorted
# in SQL from those, a page at a time but not from an index.
@pytest.mark.parametrize("sort", ["changed", "reference", "child", "status"])
def test_no_order_sorts_every_case_to_show_a_page(vault: Vault, sort: str) -> None:
    column, index = SORTS[sort]
    plan = vault.database.execute(
        f"EXPLAIN QUERY PLAN SELECT id FROM cases INDEXED BY {index} WHERE deleted_at IS NULL"
        f" ORDER BY {column} DESC{'' if column == 'rev' else ', rev DESC'} LIMIT 50")
    details = " ".join(str(r[-1]) for r in plan)
    assert f"USING COVERING INDEX {index}" in details or f"USING INDEX {index}" in details
    assert "TEMP B-TREE" not in details
