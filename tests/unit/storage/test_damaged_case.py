"""One unreadable case never breaks the list, search or deadlines, and references stay bounded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from scr_desktop.domain.model import Case
from scr_desktop.storage import deadlines
from scr_desktop.storage.errors import CaseDamaged
from scr_desktop.storage.vault import Vault

PASS = "walnut lantern meadow 7"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.scrvault", PASS)
    yield v
    v.close()


def _damage(vault: Vault, case_id: str, sql: str) -> None:
    with vault.database.transaction() as conn:
        conn.execute(f"UPDATE cases SET data = {sql} WHERE id = ?", (case_id,))


@pytest.mark.parametrize("sql", [
    "json_set(data, '$.facts', json('[]'))",
    "json_set(data, '$.updated_at', '0001-01-01T00:00:00')",
    "'{not json'",
])
def test_a_damaged_case_is_listed_as_damaged_and_the_rest_work(vault: Vault, sql: str) -> None:
    good = vault.cases.new_case()
    good.set("child_forenames", "Amara")
    vault.cases.save(good)
    bad = vault.cases.new_case()
    bad.set("child_forenames", "Amara")
    vault.cases.save(bad)
    _damage(vault, bad.id, sql)

    listed = {s.id: s for s in vault.cases.list()}
    assert listed[bad.id].damaged and not listed[good.id].damaged
    assert vault.cases.count() == 2
    assert {s.id for s in vault.cases.list("Amara")} == {good.id, bad.id}
    with pytest.raises(CaseDamaged) as refused:
        vault.cases.open(bad.id)
    assert "Every other case is unaffected" in refused.value.user_message
    assert vault.cases.open(good.id).get("child_forenames") == "Amara"
    with vault.database.transaction() as conn:
        deadlines.recompute_batch(conn, 0)
    from datetime import date

    vault.deadlines.page(date.today())  # the dashboard still answers
    vault.deadlines.counts(date.today())
    vault.cases.save(vault.cases.get(good.id))


def test_new_referral_works_whatever_reference_was_stored(vault: Vault) -> None:
    year = datetime.now().year
    imported = Case(reference=f"SCR-{year}-9223372036854775807")
    vault.cases.import_case(imported, keep_both=False)
    first = vault.cases.new_case()
    assert first.reference == f"SCR-{year}-0001"
    with vault.database.transaction() as conn:
        conn.execute("UPDATE reference_seq SET last = ? WHERE year = ?",
                     (9223372036854775807, year))
    second = vault.cases.new_case()
    assert second.reference == f"SCR-{year}-0002"
    with vault.database.transaction() as conn:
        conn.execute("UPDATE reference_seq SET last = 'x' WHERE year = ?", (year,))
    assert vault.cases.new_case().reference == f"SCR-{year}-0003"
