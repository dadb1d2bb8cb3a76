"""The cases awaiting a decision, read a page at a time, are the domain rule's cases in its order.

The query reads due dates from the deadlines table and the status from its
column; it must offer exactly what :func:`awaiting_decision` offers over
every live case, in the same order, however the pages fall.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from scr_desktop.domain.meeting import awaiting_decision
from scr_desktop.storage.awaiting import awaiting_page
from scr_desktop.storage.vault import Vault

PASS = "granite lantern orchard velvet"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    rng = random.Random(7)
    v = Vault.create(tmp_path / "awaiting.scrvault", PASS)
    start = date(2026, 9, 1)
    for i in range(60):
        case = v.cases.new_case()
        kind = i % 6
        if kind != 5:  # kind 5: no dates, so no deadlines (and none in the table)
            day = start + timedelta(days=rng.randint(0, 40))  # many share a due date
            case.set("referral_date", day.strftime("%d/%m/%Y"))
        case.status = ("draft", "referred", "referred", "decided", "referred", "draft")[kind]
        if kind == 3:
            case.decision.decided = "scr"
            case.decision.decision_date = "2026-11-01"
        if kind == 4 and i % 12 == 4:  # chosen by the chair but not yet dated
            case.decision.decided = "no_scr"
        if i == 7:
            case.set("referral_date", "31/02/2026")  # cannot be assessed: no deadlines
        v.cases.save(case)
        if i % 10 == 9:
            v.cases.delete(case.id)
    yield v
    v.close()


def _expected(vault: Vault) -> list[tuple[str, date | None, date | None]]:
    cases = [vault.cases.get(s.id) for s in vault.cases.list()]
    return [(c.reference, c.subgroup_meeting, c.chair_decision)
            for c in awaiting_decision(cases)]


@pytest.mark.parametrize("limit", [1, 4, 7, 100])
def test_the_pages_offer_the_domain_rules_cases_in_its_order(vault: Vault, limit: int) -> None:
    got, after, pages = [], None, 0
    while True:
        page = awaiting_page(vault.database, after, limit)
        assert len(page.candidates) <= limit
        got += [(c.reference, c.subgroup_meeting, c.chair_decision) for c in page.candidates]
        pages += 1
        if page.after is None:
            break
        after = page.after
    expected = _expected(vault)
    assert got == expected
    assert len(expected) > 20 and any(c[2] is None for c in expected)
    assert pages >= len(expected) // limit

