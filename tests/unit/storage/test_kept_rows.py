"""A save writes a case's deadlines and statistics rows only when they change, and they are
always what a fresh computation gives.

Random sequences of edits (dates that start deadlines, the decision, deadlines
met, facts, themes, a review with recommendations and actions, and text that
changes nothing counted) are saved one by one; after every save the rows kept
for the case are compared with rows worked out afresh from the stored case and
review.  A save that changes nothing counted leaves those tables' pages alone, and
one that changes no text searched leaves the search index alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scr_desktop.domain.form import FIELDS, Kind
from scr_desktop.domain.learning.themes import starting_themes
from scr_desktop.domain.model import Case, Decision
from scr_desktop.domain.review.model import Review
from scr_desktop.storage import deadlines, stats
from scr_desktop.storage.vault import Vault

PASS = "copper meadow lantern 12"
START = date(2025, 6, 2)
THEMES = list(starting_themes())[:4]

days = st.integers(min_value=0, max_value=200)
edits = st.one_of(
    st.tuples(st.just("aware"), st.one_of(st.none(), days)),
    st.tuples(st.just("referral"), st.one_of(st.none(), days)),
    st.tuples(st.just("died"), st.booleans()),
    st.tuples(st.just("decision"), st.sampled_from(["", "scr", "no_scr"]), days),
    st.tuples(st.just("done"), st.one_of(st.none(), days)),
    st.tuples(st.just("themes"), st.lists(st.sampled_from(THEMES), unique=True, max_size=3)),
    st.tuples(st.just("address"), st.text(max_size=12)),
    st.tuples(st.just("review"), st.sampled_from(THEMES), days),
)


def _uk(offset: int) -> str:
    return (START + timedelta(days=offset)).strftime("%d/%m/%Y")


def _apply(vault: Vault, case: Case, edit: tuple[Any, ...]) -> None:
    kind = edit[0]
    if kind == "aware":
        case.set("aware_date", "" if edit[1] is None else _uk(edit[1]))
    elif kind == "referral":
        case.set("referral_date", "" if edit[1] is None else _uk(edit[1]))
    elif kind == "died":
        case.facts = {**case.facts, "child_died": edit[1]}
    elif kind == "decision":
        decided, offset = edit[1], edit[2]
        case.decision = Decision(decided=decided, decision_date=(
            (START + timedelta(days=offset)).isoformat() if decided else ""))
    elif kind == "done":
        case.deadlines_done = ({} if edit[1] is None else
                               {"ofsted_notification": (START + timedelta(days=edit[1]))
                                .isoformat()})
    elif kind == "themes":
        case.set_themes(list(edit[1]))
    elif kind == "address":
        case.set("child_address", edit[1])
    if kind != "review":
        vault.cases.save(case)
        return
    review = vault.reviews.get(case.id) or Review.start(case.id, "scr", _uk(edit[2]))
    rec = review.add("recommendations", {"source": "Overview report", "text": "Qzrec",
                                         "themes": edit[1]})
    review.add_action(rec, {"action": "Qzaction", "owner_agency": "Qzpolice",
                            "due_on": _uk(edit[2] + 30)})
    vault.reviews.save(review, case_ref=case.reference)


def _kept(vault: Vault, num: int) -> dict[str, list[tuple[Any, ...]]]:
    conn = vault.database.conn
    return {
        "deadlines": [tuple(r) for r in conn.execute(
            "SELECT key, ord, label, due, done, source, moved, note FROM deadlines"
            " WHERE case_num = ? ORDER BY ord", (num,))],
        "case_stats": [tuple(r) for r in conn.execute(
            "SELECT referred, framework, decided, decided_on, review_kind, review_started,"
            " review_completed, review_published FROM case_stats WHERE case_num = ?", (num,))],
        "case_themes": [tuple(r) for r in conn.execute(
            "SELECT item, theme FROM case_themes WHERE case_num = ? ORDER BY item, theme",
            (num,))],
        "review_actions": [tuple(r) for r in conn.execute(
            "SELECT ord, owner, progress, due, closed FROM review_actions"
            " WHERE case_num = ? ORDER BY ord", (num,))],
    }


def _fresh(vault: Vault, case_id: str) -> dict[str, list[tuple[Any, ...]]]:
    case = vault.cases.get(case_id)
    review = vault.reviews.get(case_id)
    return {
        "deadlines": deadlines.case_rows(case, review),  # type: ignore[dict-item]
        "case_stats": [stats.case_row(case, review)],
        "case_themes": sorted(set(stats.theme_rows(case, review))),
        "review_actions": stats.action_rows(review),  # type: ignore[dict-item]
    }


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    v = Vault.create(tmp_path_factory.mktemp("kept") / "v.scrvault", PASS)
    yield v
    v.close()


@given(st.lists(edits, min_size=1, max_size=12))
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_kept_rows_always_equal_rows_computed_afresh(vault: Vault,
                                                     steps: list[tuple[Any, ...]]) -> None:
    case = vault.cases.new_case()
    case.set("child_forenames", "Qzrobin")
    case.facts = {"abuse_or_neglect": "suspected", "child_died": True,
                  "interagency_concerns": "yes", "age_years": 3}
    vault.cases.save(case)
    num = vault.database.conn.execute("SELECT num FROM cases WHERE id = ?",
                                      (case.id,)).fetchone()[0]
    for edit in steps:
        _apply(vault, case, edit)
        assert _kept(vault, num) == _fresh(vault, case.id), edit


def test_a_save_that_changes_nothing_counted_rewrites_no_row(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "v.scrvault", PASS) as v:
        case = v.cases.new_case()
        case.set("aware_date", _uk(3))
        case.set("referral_date", _uk(4))
        case.facts = {"abuse_or_neglect": "suspected", "child_died": True,
                      "interagency_concerns": "yes", "age_years": 3}
        case.set_themes(THEMES[:2])
        v.cases.save(case)
        conn = v.database.conn
        tables = ("deadlines", "case_stats", "case_themes", "review_actions")
        conn.execute("CREATE TEMP TABLE writes(tbl TEXT)")
        for table in tables:
            for event in ("INSERT", "DELETE", "UPDATE"):
                conn.execute(f"CREATE TEMP TRIGGER w_{table}_{event} AFTER {event} ON main.{table}"
                             f" BEGIN INSERT INTO writes VALUES ('{table}'); END")
        num = conn.execute("SELECT num FROM cases WHERE id = ?", (case.id,)).fetchone()[0]
        assert _kept(v, num)["deadlines"], "the case has deadlines"

        case.set("child_address", "1 Qzaddress Road")
        v.cases.save(case)
        assert conn.execute("SELECT count(*) FROM writes").fetchone()[0] == 0

        case.set("aware_date", _uk(5))
        v.cases.save(case)
        written = {r[0] for r in conn.execute("SELECT tbl FROM writes")}
        assert "deadlines" in written and "case_themes" not in written


def test_a_save_that_changes_no_searched_text_keeps_the_text_and_moves_the_case_first(
        tmp_path: Path) -> None:
    """The search index is kept in the list's change order (``storage/list_order.py``), so
    even a save that changes no searched text moves the case's entry to the front: the
    text stays as it was and searches list the case first, as the list does."""
    tick = next(name for name, spec in FIELDS.items() if spec.kind is Kind.BOOL)
    with Vault.create(tmp_path / "v.scrvault", PASS) as v:
        first, second = v.cases.new_case(), v.cases.new_case()
        for case, road in ((first, "1 Qzfirst Road Qzshared"),
                           (second, "2 Qzsecond Road Qzshared")):
            case.set("child_address", road)
            v.cases.save(case)
        assert [c.id for c in v.cases.list("Qzshared")] == [second.id, first.id]

        first.set(tick, not first.get(tick))
        v.cases.save(first)
        assert [c.id for c in v.cases.list("Qzshared")] == [first.id, second.id]
        assert [c.id for c in v.cases.list("Qzfirst")] == [first.id]

        first.set("child_address", "3 Qzthird Road")
        v.cases.save(first)
        assert [c.id for c in v.cases.list("Qzthird")] == [first.id]
        assert v.cases.list("Qzfirst") == []
