"""Cases in a real vault: references, saving, listing, full-text search and the trash."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scr_desktop.domain.form import FIELDS
from scr_desktop.domain.model import Case
from scr_desktop.storage.errors import CaseNotFound
from scr_desktop.storage.repository import changed_fields, fts_query
from scr_desktop.storage.vault import Vault

PASS = "walnut lantern meadow 7"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.scrvault", PASS)
    yield v
    v.close()


def _named(vault: Vault, fore: str, last: str, **fields: str) -> Case:
    case = vault.cases.new_case()
    case.set("child_forenames", fore)
    case.set("child_last_names", last)
    for name, value in fields.items():
        case.set(name, value)
    vault.cases.save(case)
    return case


def test_references_follow_a_per_year_sequence_and_are_never_reused(vault: Vault) -> None:
    year = datetime.now().year
    first, second = vault.cases.new_case(), vault.cases.new_case()
    assert first.reference == f"SCR-{year}-0001"
    assert second.reference == f"SCR-{year}-0002"
    vault.cases.delete(second.id)
    assert vault.cases.empty_trash() == 1
    assert vault.cases.new_case().reference == f"SCR-{year}-0003"


def test_new_case_is_saved_and_audited(vault: Vault) -> None:
    case = vault.cases.new_case()
    assert vault.cases.get(case.id).reference == case.reference
    created = vault.audit.entries(action="create")
    assert [e.case_ref for e in created] == [case.reference]


def test_save_audits_field_names_never_values(vault: Vault) -> None:
    case = vault.cases.new_case()
    case.set("child_forenames", "Secretname")
    case.facts["child_died"] = True
    vault.cases.save(case)
    change = vault.audit.entries(action="change")[-1]
    assert change.case_ref == case.reference
    assert "child_forenames" in change.detail
    assert "facts.child_died" in change.detail
    assert "Secretname" not in change.detail


def test_save_without_changes_writes_nothing(vault: Vault) -> None:
    case = vault.cases.new_case()
    before = len(vault.audit.entries())
    stamp = case.updated_at
    vault.cases.save(case)
    assert len(vault.audit.entries()) == before
    assert case.updated_at == stamp


def test_save_of_an_unknown_case_adds_it(vault: Vault) -> None:
    case = Case()
    case.set("child_forenames", "Imported")
    vault.cases.save(case)
    assert re.fullmatch(r"SCR-\d{4}-\d{4}", case.reference)
    assert vault.cases.get(case.id).child_name() == "Imported"


def test_open_audits_a_view_get_does_not(vault: Vault) -> None:
    case = vault.cases.new_case()
    vault.cases.get(case.id)
    assert vault.audit.entries(action="view") == []
    vault.cases.open(case.id)
    assert [e.case_ref for e in vault.audit.entries(action="view")] == [case.reference]


def test_unknown_case_raises_case_not_found(vault: Vault) -> None:
    with pytest.raises(CaseNotFound) as info:
        vault.cases.get("nope")
    assert isinstance(info.value, KeyError)
    with pytest.raises(CaseNotFound):
        vault.cases.delete("nope")


def test_list_is_newest_first_with_paging(vault: Vault) -> None:
    cases = [_named(vault, f"Child{i}", "Test") for i in range(7)]
    listed = vault.cases.list()
    assert [s.id for s in listed] == [c.id for c in reversed(cases)]
    page = vault.cases.list(offset=2, limit=3)
    assert [s.id for s in page] == [c.id for c in reversed(cases)][2:5]
    assert vault.cases.count() == 7
    cases[0].set("child_forenames", "Touched")
    vault.cases.save(cases[0])
    assert vault.cases.list(limit=1)[0].id == cases[0].id
    assert vault.cases.list(limit=1)[0].child_name == "Touched Test"


def test_search_by_name_reference_and_text(vault: Vault) -> None:
    a = _named(vault, "Zoë", "Whitfield", child_address="12 Marigold Lane")
    b = _named(vault, "Oliver", "Brampton")
    assert [s.id for s in vault.cases.list("zoe")] == [a.id]
    assert [s.id for s in vault.cases.list("whit")] == [a.id]
    assert [s.id for s in vault.cases.list("marigold")] == [a.id]
    assert [s.id for s in vault.cases.list(b.reference)] == [b.id]
    assert [s.id for s in vault.cases.list(b.reference.lower())] == [b.id]
    assert [s.id for s in vault.cases.list("oliver bramp")] == [b.id]
    assert vault.cases.list("oliver whitfield") == []
    assert vault.cases.count("zo") == 1


def test_search_follows_saves(vault: Vault) -> None:
    case = _named(vault, "Harriet", "Loxley")
    case.set("child_last_names", "Penrose")
    vault.cases.save(case)
    assert vault.cases.list("loxley") == []
    assert [s.id for s in vault.cases.list("penrose")] == [case.id]


@pytest.mark.parametrize("hostile", [
    '"', "*", "NEAR(", "'; DROP TABLE cases; --", "a OR b", "NOT x", "^start",
    "col:value", "(((", "\"unbalanced", "-", "AND", "x AND", "}{", "\\", "%", "_",
    "\x00", "😀", "body:harriet", "harriet*", "NEAR(harriet loxley, 2)",
])
def test_hostile_search_text_is_only_ever_words(vault: Vault, hostile: str) -> None:
    case = _named(vault, "Harriet", "Loxley")
    result = vault.cases.list(hostile)
    assert vault.cases.count(hostile) == len(result)
    assert vault.cases.get(case.id).child_name() == "Harriet Loxley"
    assert vault.cases.count() == 1
    assert vault.integrity_check() == []


def test_fts_query_quotes_every_word() -> None:
    assert fts_query("  ") is None
    assert fts_query('"*') is None
    assert fts_query("harriet lox") == '"harriet"* AND "lox"*'
    assert fts_query("SCR-2026-0001") == '"SCR 2026 0001"*'
    assert fts_query('NEAR(a "b"') == '"NEAR a"* AND "b"*'


def test_trash_restore_and_empty(vault: Vault) -> None:
    keep = _named(vault, "Keep", "Me")
    gone = _named(vault, "Bin", "Me")
    vault.cases.delete(gone.id)
    assert [s.id for s in vault.cases.list()] == [keep.id]
    trash = vault.cases.list(trash=True)
    assert [s.id for s in trash] == [gone.id]
    assert trash[0].deleted_at is not None
    assert vault.cases.count(trash=True) == 1
    assert vault.cases.list("bin") == []
    assert [s.id for s in vault.cases.list("bin", trash=True)] == [gone.id]
    vault.cases.restore(gone.id)
    assert vault.cases.count() == 2
    assert vault.cases.list(trash=True) == []
    vault.cases.delete(gone.id)
    assert vault.cases.empty_trash() == 1
    assert vault.cases.empty_trash() == 0
    with pytest.raises(CaseNotFound):
        vault.cases.get(gone.id)
    assert vault.cases.list("bin", trash=True) == []
    actions = [(e.action, e.case_ref) for e in vault.audit.entries(case_ref=gone.reference)]
    assert [a for a, _ in actions] == ["create", "change", "delete", "restore", "delete", "purge"]
    assert vault.audit.verify() is None


def test_changed_fields_names_nested_keys() -> None:
    old = {"form": {"a": "1", "b": ""}, "facts": {}, "status": "draft", "updated_at": "x"}
    new = {"form": {"a": "2", "b": ""}, "facts": {"child_died": True}, "status": "referred",
           "updated_at": "y"}
    assert changed_fields(old, new) == ["facts.child_died", "a", "status"]


@given(st.text(max_size=60))
@settings(max_examples=300, deadline=None)
def test_any_typed_text_becomes_only_quoted_words(text: str) -> None:
    query = fts_query(text)
    if query is not None:
        assert re.fullmatch(r'"[\w ]+"\*( AND "[\w ]+"\*)*', query)
        assert query.count('"') % 2 == 0


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=30))
@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_typed_text_is_a_safe_search(vault: Vault, text: str) -> None:
    if vault.cases.count() == 0:
        _named(vault, "Harriet", "Loxley")
    assert vault.cases.count(text) == len(vault.cases.list(text))
    assert vault.cases.count() == 1


def test_saves_from_several_threads_keep_the_chain_intact(vault: Vault) -> None:
    cases = [vault.cases.new_case() for _ in range(4)]
    errors: list[BaseException] = []

    def work(case: Case) -> None:
        try:
            for i in range(20):
                case.set("child_address", f"{i} Thread Street")
                vault.cases.save(case)
                vault.cases.list("thread")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(c,)) for c in cases]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert vault.audit.verify() is None
    assert len(vault.audit.entries(action="change")) == 80
    assert vault.cases.count("thread") == 4


# -- no lost updates: a save carries the revision it was read at ------------------------
def test_a_second_editor_of_one_case_is_refused_and_keeps_its_text(vault: Vault) -> None:
    from scr_desktop.storage.errors import StaleCase

    case = vault.cases.new_case()
    wizard, meeting = vault.cases.get(case.id), vault.cases.get(case.id)
    assert wizard.revision == meeting.revision == case.revision > 0
    meeting.decision.rationale = "Qzagreed by the sub-group"
    vault.cases.save(meeting)
    assert meeting.revision > wizard.revision

    wizard.set("referrer_name", "Qzreferrer")
    with pytest.raises(StaleCase) as refused:
        vault.cases.save(wizard)

    assert "changed somewhere else" in refused.value.user_message
    stored = vault.cases.get(case.id)
    assert stored.decision.rationale == "Qzagreed by the sub-group"
    assert stored.get("referrer_name") == ""
    assert wizard.get("referrer_name") == "Qzreferrer"  # nothing typed is lost
    assert [e.detail for e in vault.audit.entries(action="change")] == [
        "fields: decision.rationale"]

    assert wizard.rebase(vault.cases.get(case.id)) == []
    vault.cases.save(wizard)
    stored = vault.cases.get(case.id)
    assert stored.get("referrer_name") == "Qzreferrer"
    assert stored.decision.rationale == "Qzagreed by the sub-group"


def test_the_same_field_changed_twice_keeps_the_first_save_and_returns_the_second(
    vault: Vault,
) -> None:
    case = vault.cases.new_case()
    first, second = vault.cases.get(case.id), vault.cases.get(case.id)
    first.set("case_outline", "Qzfirst outline")
    first.answer_fact("child_died", True)
    vault.cases.save(first)
    second.set("case_outline", "Qzsecond outline")
    second.answer_fact("child_died", True)  # the same answer: no conflict
    second.set_question("q1", True)

    [conflict] = second.rebase(vault.cases.get(case.id))

    assert (conflict.part, conflict.key) == ("form", "case_outline")
    assert conflict.label() == FIELDS["case_outline"].label
    assert conflict.text() == "Qzsecond outline"
    assert second.get("case_outline") == "Qzfirst outline"
    vault.cases.save(second)
    stored = vault.cases.get(case.id)
    assert stored.get("case_outline") == "Qzfirst outline"
    assert stored.facts["child_died"] is True and stored.questions == {"q1": True}


def test_a_stale_copy_holding_nothing_new_is_brought_up_to_date_without_a_write(
    vault: Vault,
) -> None:
    case = vault.cases.new_case()
    stale = vault.cases.get(case.id)
    vault.cases.delete(case.id)
    vault.cases.restore(case.id)
    vault.cases.save(stale)  # nothing changed: accepted, and now current
    assert stale.revision == vault.cases.get(case.id).revision
    stale.set("referrer_name", "Qzlater")
    vault.cases.save(stale)
    assert vault.cases.get(case.id).get("referrer_name") == "Qzlater"
