"""Every review read one at a time: the same reviews as reading them all, in the same order,
each built only when asked for, and reviews of cases in the trash left out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from scr_desktop.domain.model import Decision
from scr_desktop.domain.review.model import Review
from scr_desktop.storage.vault import Vault

PASS = "copper heron thistle 41"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.scrvault", PASS)
    yield v
    v.close()


def _reviewed(vault: Vault, action: str) -> str:
    case = vault.cases.new_case()
    case.decision = Decision(decided="scr", decision_date="2027-01-04")
    vault.cases.save(case)
    review = Review.start(case.id, "scr", "04/01/2027")
    rec = review.add("recommendations", {"text": "Qzrecommendation"})
    review.add_action(rec, {"action": action, "owner_agency": "Qzpolice",
                            "due_on": "01/06/2027"})
    vault.reviews.save(review, case_ref=case.reference)
    return str(case.id)


def test_each_review_is_built_when_asked_for_and_matches_reading_them_all(
        vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [_reviewed(vault, f"Qzaction {n}") for n in range(3)]
    trashed = _reviewed(vault, "Qzgone")
    vault.cases.delete(trashed)
    every = vault.reviews.all()

    built: list[str] = []
    from_dict = Review.from_dict.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Review], data: dict[str, object], rev: int = 0) -> Review:
        built.append(str(data["case_id"]))
        return from_dict(cls, data, rev)  # type: ignore[no-any-return]

    monkeypatch.setattr(Review, "from_dict", classmethod(counted))
    reviews = vault.reviews.each()
    assert built == []
    first = next(reviews)
    assert len(built) == 1
    rest = list(reviews)
    assert len(built) == 3
    assert [(r.to_dict(), r.rev, ref) for r, ref in [first, *rest]] == [
        (r.to_dict(), r.rev, ref) for r, ref in every]
    assert sorted(r.case_id for r, _ref in every) == sorted(ids)
