"""Packages are checked against a strict schema, and a crafted header runs no key derivation."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from samples import sample_case

from scr_desktop.export import package
from scr_desktop.export.package import (
    CONTENT_FORMAT,
    DEFAULT_KDF,
    DamagedContents,
    KdfParams,
    UnexpectedSettings,
    import_package,
    open_package,
    package_content,
    seal_package,
)

FAST = KdfParams(memory_kib=64, passes=1, lanes=1)
PASSWORD = "quill-harbour-saffron-gravel-meadow-tinsel"


@pytest.fixture(autouse=True)
def _cheap_kdf_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    """Seal with cheap Argon2id costs for speed; the checks are the same."""
    monkeypatch.setattr(package, "ACCEPTED_KDF", (*package.ACCEPTED_KDF, FAST))


def _sealed(content: dict[str, Any]) -> bytes:
    return seal_package(json.dumps(content).encode("utf-8"), PASSWORD, kdf=FAST)


def _content(**case_changes: Any) -> dict[str, Any]:
    content: dict[str, Any] = json.loads(package_content(sample_case()))
    content["case"].update(case_changes)
    return content


def test_a_crafted_header_asking_for_a_gigabyte_is_refused_before_any_key_derivation(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*args: object) -> bytes:
        raise AssertionError("the key derivation ran")

    monkeypatch.setattr(package, "_derive_key", never)
    costly = KdfParams(memory_kib=1024 * 1024, passes=16, lanes=4)
    body = os.urandom(64)
    crafted = package._header(costly, os.urandom(16), os.urandom(12), len(body)) + body
    with pytest.raises(UnexpectedSettings) as refused:
        open_package(crafted, PASSWORD)
    assert "password was not tried" in str(refused.value)


def test_only_the_settings_the_application_writes_are_accepted() -> None:
    assert package.ACCEPTED_KDF[0] == DEFAULT_KDF
    assert KdfParams(memory_kib=DEFAULT_KDF.memory_kib, passes=4,
                     lanes=DEFAULT_KDF.lanes) not in package.ACCEPTED_KDF


def test_a_sound_package_still_opens() -> None:
    case = import_package(_sealed(_content()), PASSWORD)
    assert case.to_dict() == sample_case().to_dict() | {"id": case.id,
                                                        "created_at": case.created_at,
                                                        "updated_at": case.updated_at}


def test_a_case_with_its_learning_themes_opens() -> None:
    case = import_package(_sealed(_content(themes=["neglect", "board:county_lines"])), PASSWORD)
    assert case.themes == ["neglect", "board:county_lines"]


@pytest.mark.parametrize(("changes", "where"), [
    ({"reference": "SCR-2026-9223372036854775807"}, "case.reference"),
    ({"reference": "SCR-0001-0001"}, "case.reference"),
    ({"facts": []}, "case.facts"),
    ({"facts": {"child_died": [1, 2]}}, "case.facts.child_died"),
    ({"facts": {"age": 10**40}}, "case.facts.age"),
    ({"updated_at": "0001-01-01T00:00:00"}, "case.updated_at"),
    ({"created_at": "yesterday"}, "case.created_at"),
    ({"questions": {"q": "yes"}}, "case.questions.q"),
    ({"dates": {"decision": "2999-01-01"}}, "case.dates.decision"),
    ({"decision": {"rationale": 7}}, "case.decision.rationale"),
    ({"form": {"no_such_field": "x"}}, "case.form.no_such_field"),
    ({"form": {"child_forenames": ["a"]}}, "case.form.child_forenames"),
    ({"form": {"child_forenames": "x" * 100_001}}, "case.form.child_forenames"),
    ({"status": "archived-forever"}, "case.status"),
    ({"framework": "../../etc/passwd"}, "case.framework"),
    ({"id": ""}, "case.id"),
    ({"extra": 1}, "case"),
    ({"themes": "neglect"}, "case.themes"),
    ({"themes": ["neglect", "../x"]}, "case.themes[1]"),
])
def test_a_bad_part_is_refused_before_the_preview_naming_it(changes: dict[str, Any],
                                                            where: str) -> None:
    with pytest.raises(DamagedContents) as refused:
        open_package(_sealed(_content(**changes)), PASSWORD)
    assert refused.value.where == where
    assert "Nothing was imported" in str(refused.value)


def test_unknown_keys_at_the_top_are_refused() -> None:
    content = _content()
    content["script"] = "x"
    with pytest.raises(DamagedContents):
        open_package(_sealed(content), PASSWORD)
    assert content["format"] == CONTENT_FORMAT
