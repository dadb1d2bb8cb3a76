"""A save works out a case's deadlines and statistics rows again only when one of their
inputs changed, and the rows kept are still what a fresh computation gives.

The inputs are every part of a case beyond its form and the form fields named in
:data:`scr_desktop.storage.deadlines.FORM_INPUTS`.  The first test changes every other form
field, under each framework, with and without a review, and checks that no row changes: a
field the rules start reading fails it until it is named there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from samples import sample_case

from scr_desktop.domain.form import FIELDS, FieldSpec, FieldValue, Kind
from scr_desktop.domain.model import Case, Decision
from scr_desktop.domain.review.model import Review
from scr_desktop.resources import resource_path
from scr_desktop.storage import deadlines, stats
from scr_desktop.storage.errors import StaleCase
from scr_desktop.storage.vault import Vault

PASS = "copper meadow lantern 12"
FRAMEWORKS = sorted(p.stem for p in resource_path("frameworks").glob("*.json"))
DECIDED = {"wt2023-cspr": "local_cspr"}
CASE_ROWS = deadlines.case_rows
FACTS = {"abuse_or_neglect": "suspected", "child_died": True, "interagency_concerns": "yes",
         "age_years": 3}


def _rows(case: Case, review: Review | None) -> tuple[Any, ...]:
    return (deadlines.case_rows(case, review), stats.case_row(case, review),
            sorted(stats.theme_rows(case, review)), stats.action_rows(review))


def _other_values(spec: FieldSpec, now: FieldValue) -> list[FieldValue]:
    """Values unlike ``now`` for the field, dates among them (what the rules would parse)."""
    if spec.kind is Kind.BOOL:
        return [not now]
    if spec.kind is Kind.GROUP:
        return [[], [{s.name: "01/02/2021" for s in spec.subfields}],
                [{s.name: "Qzrow" for s in spec.subfields}]]
    return [v for v in ("", "01/02/2021", "17", "Qzvalue", *spec.choices) if v != now]


def _case(framework: str) -> Case:
    case = sample_case()
    case.framework = framework
    case.facts = dict(FACTS)
    case.decision = Decision(decided=DECIDED.get(framework, "scr"), decision_date="2026-11-20")
    case.set_themes(["Qztheme"])
    return case


@pytest.mark.parametrize("framework", FRAMEWORKS)
@pytest.mark.parametrize("reviewed", [False, True])
def test_no_form_field_but_the_inputs_changes_a_deadline_or_statistics_row(
        framework: str, reviewed: bool) -> None:
    case = _case(framework)
    review = Review.start(case.id, "scr", "25/11/2026") if reviewed else None
    before = _rows(case, review)
    assert before[0], "the case has deadlines to change"
    for name, spec in FIELDS.items():
        if name in deadlines.FORM_INPUTS:
            continue
        for value in _other_values(spec, case.get(name)):
            changed = dataclasses.replace(case, form=dict(case.form))
            changed.set(name, value)
            assert _rows(changed, review) == before, (name, value)


@pytest.mark.parametrize("name", deadlines.FORM_INPUTS)
def test_each_input_named_changes_rows_under_some_framework(name: str) -> None:
    def moved(framework: str) -> bool:
        case = _case(framework)
        changed = dataclasses.replace(case, form=dict(case.form))
        changed.set(name, "01/02/2021")
        return _rows(changed, None) != _rows(case, None)

    assert any(moved(framework) for framework in FRAMEWORKS)


def _kept(vault: Vault, case_id: str) -> tuple[Any, ...]:
    conn = vault.database.conn
    num = conn.execute("SELECT num FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    return ([tuple(r) for r in conn.execute(
                "SELECT key, ord, label, due, done, source, moved, note FROM deadlines"
                " WHERE case_num = ? ORDER BY ord", (num,))],
            tuple(conn.execute(
                "SELECT referred, framework, decided, decided_on, review_kind, review_started,"
                " review_completed, review_published FROM case_stats WHERE case_num = ?",
                (num,)).fetchone()),
            conn.execute("SELECT next_due FROM cases WHERE num = ?", (num,)).fetchone()[0])


def _fresh(vault: Vault, case_id: str) -> tuple[Any, ...]:
    case = vault.cases.get(case_id)
    rows = CASE_ROWS(case, vault.reviews.get(case_id))  # not counted as a save's
    return (rows, stats.case_row(case, vault.reviews.get(case_id)),
            min((r[3] for r in rows if r[4] is None), default=None))


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the id of each case whose deadlines a save works out (the real computation)."""
    worked_out: list[str] = []
    real: Callable[..., Any] = CASE_ROWS

    def case_rows(case: Case, review: Review | None = None) -> Any:
        worked_out.append(case.id)
        return real(case, review)

    monkeypatch.setattr(deadlines, "case_rows", case_rows)
    return worked_out


def test_a_save_of_no_input_leaves_the_rows_and_one_of_an_input_rewrites_them(
        tmp_path: Path, counted: list[str]) -> None:
    with Vault.create(tmp_path / "v.scrvault", PASS) as v:
        case = v.cases.new_case()
        counted.clear()
        case.set("aware_date", "03/11/2026")
        case.set("referral_date", "05/11/2026")
        case.facts = dict(FACTS)
        v.cases.save(case)
        assert counted == [case.id]
        first = _kept(v, case.id)
        assert first[0] and first == _fresh(v, case.id)

        for text in ("1 Qzaddress Road", "2 Qzaddress Road"):
            case.set("child_address", text)
            case.set("case_outline", f"Qzoutline {text}")
            v.cases.save(case)
        assert counted == [case.id], "no input changed: nothing worked out again"
        assert _kept(v, case.id) == first == _fresh(v, case.id)
        assert v.cases.get(case.id).get("child_address") == "2 Qzaddress Road"

        case.set("aware_date", "10/11/2026")
        v.cases.save(case)
        assert counted == [case.id, case.id]
        moved = _kept(v, case.id)
        assert moved != first and moved == _fresh(v, case.id)

        for change in (lambda: case.facts.update(child_died=False),
                       lambda: case.set_themes(["Qztheme"]),
                       lambda: setattr(case, "decision", Decision(
                           decided="scr", decision_date="2026-11-20"))):
            change()
            v.cases.save(case)
            assert _kept(v, case.id) == _fresh(v, case.id)
        assert len(counted) == 5, "each part beyond the form is an input"


def test_a_stale_copy_is_refused_even_when_it_changes_no_input(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "v.scrvault", PASS) as v:
        case = v.cases.new_case()
        older = v.cases.get(case.id)
        case.set("child_address", "1 Qznewer Road")
        v.cases.save(case)
        older.set("child_address", "2 Qzolder Road")
        with pytest.raises(StaleCase):
            v.cases.save(older)
        assert v.cases.get(case.id).get("child_address") == "1 Qznewer Road"


def test_inputs_changed_reads_every_part_beyond_the_form() -> None:
    old = _case("wt2015-scr").to_dict()
    for key in old:
        if key in ("form", "updated_at"):
            continue
        new = {**old, key: "Qzchanged"}
        assert deadlines.inputs_changed(old, new), key
    assert not deadlines.inputs_changed(old, {**old, "updated_at": "2030-01-01T00:00:00"})
    assert deadlines.inputs_changed({k: v for k, v in old.items() if k != "themes"}, old)
    assert deadlines.inputs_changed({**old, "form": "damaged"}, old)
