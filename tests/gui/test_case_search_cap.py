"""A search of common words counts up to a cap and still lists every match, page by page.

Counting every case that two common words match cost more than the page
shown, so the count stops past :data:`MATCH_CAP` and the list says "more
than"; scrolling still reaches every match, and then the count is exact.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guihelpers import create_vault

from scr_desktop.gui import case_list_model
from scr_desktop.gui.case_list_model import PAGE

MATCHING = 2 * PAGE + 3


@pytest.fixture
def window(qtbot, make_window, vault_path: Path):  # type: ignore[no-untyped-def]
    w = make_window(vault_path)
    create_vault(qtbot, w)
    with w.vault.database.transaction():
        for i in range(MATCHING + 4):
            case = w.vault.cases.new_case()
            words = "bruising chronology" if i < MATCHING else "housing"
            case.set("case_outline", f"Qzoutline {words} {i}")
            w.vault.cases.save(case)
    w.show_cases()
    return w


def _search(page, text: str) -> None:  # type: ignore[no-untyped-def]
    page.search.setText(text)
    page._search()  # what the debounce timer calls


def test_the_count_stops_past_the_cap_and_every_match_is_listed(
        window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(case_list_model, "MATCH_CAP", PAGE)
    page = window.list_page
    _search(page, "bruising chronology")
    model = page.model
    assert model.capped() and model.total() == PAGE + 1
    assert page.count.text() == f"More than {PAGE} cases match"
    assert model.rowCount() == PAGE
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    ids = [model.summary(r).id for r in range(model.rowCount())]
    assert len(ids) == len(set(ids)) == MATCHING
    assert not model.capped() and model.total() == MATCHING


def test_a_search_under_the_cap_is_counted_exactly(
        window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(case_list_model, "MATCH_CAP", MATCHING)
    page = window.list_page
    _search(page, "bruising chronology")
    assert not page.model.capped()
    assert page.count.text() == f"{MATCHING} cases"
    _search(page, "housing")
    assert page.count.text() == "4 cases"
    _search(page, "")
    assert page.count.text() == f"{MATCHING + 4} cases"


def test_the_storage_count_stops_one_past_the_cap(window) -> None:  # type: ignore[no-untyped-def]
    cases = window.vault.cases
    assert cases.count("bruising chronology", cap=10) == 11
    assert cases.count("bruising chronology", cap=MATCHING) == MATCHING
    assert cases.count("bruising chronology") == MATCHING
    first = cases.list("bruising", limit=1)[0]
    cases.delete(first.id)
    assert cases.count("bruising chronology", cap=MATCHING) == MATCHING - 1
    assert cases.count("bruising chronology", trash=True, cap=5) == 1
