"""Any text, end to end: form → vault → PDF → case package, and back unchanged.

Hypothesis fills every field of the form (and the chair's rationale) with
arbitrary Unicode: right-to-left text and direction overrides, combining
marks, emoji sequences, control characters including NUL, and strings that
look like SQL or FTS5 syntax.  Each case is saved in a real vault, the
vault is closed and opened again, and every field must come back exactly;
searching for any of those strings must not fail.  The case must lay out
as a PDF and encrypt (characters the font lacks print as U+FFFD, by
design), and survive a case package round trip and an import into the
vault.  A 100,000-character case outline takes the same path once.

Lone surrogates are not text that UTF-8 (and so SQLite or a package) can
hold.  The vault refuses them with :class:`UnstorableText`, whose message
names the field but never its contents, and keeps the last saved version.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from scr_desktop.domain.form import FIELDS, FieldSpec, Kind
from scr_desktop.domain.model import Case
from scr_desktop.export.encrypt import encrypt_pdf
from scr_desktop.export.package import KdfParams, export_package, import_package
from scr_desktop.export.pdf_form import render_case_pdf
from scr_desktop.storage.attempts import AttemptLimiter
from scr_desktop.storage.errors import UnstorableText
from scr_desktop.storage.vault import Vault

PASS = "kestrel marimba sandstone 44"
PDF_PASSWORD = "quill-harbour-saffron-gravel"
PACKAGE_PASSWORD = "tinsel-meadow-gravel-harbour-quill-saffron"
# Small Argon2id costs keep the round trips quick; the format is the same.
FAST = KdfParams(memory_kib=64, passes=1, lanes=1)


@pytest.fixture(autouse=True)
def _cheap_kdf_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests seal packages with cheap Argon2id costs for speed; let them open too."""
    from scr_desktop.export import package as _package

    monkeypatch.setattr(_package, "ACCEPTED_KDF", (*_package.ACCEPTED_KDF, FAST))

NASTY = [
    "'; DROP TABLE cases;--",
    "Robert'); DROP TABLE audit; --",
    '"', "'", "*", "NEAR(", "NEAR(harriet loxley, 2)", 'body:"x" OR y*', "^start", "a AND b",
    "-", "(", ")", "\\", "%", "_", ";", "/*", "*/", "--",
    "שלום עולם", "مرحبا بالعالم", "\u202eevil\u202c", "\u200f\u200e\u061c",
    "e\u0301\u0302\u0303", "Zo\u0308e", "a\u0351\u0352\u0353\u0354",
    "😀", "👨\u200d👩\u200d👧\u200d👦", "🏳️\u200d🌈", "🇬🇧",
    "\x00", "\x00\x01\x07\x08\x1b\x7f", "\r\n", "\r", "\t", "\u2028\u2029", "\ufeff",
    "\ufffd", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "中文字符", "  leading and trailing  ", "",
    "<b>bold</b> &amp; <para>", "<![CDATA[x]]>", "%PDF-1.7", "\\u0000",
]

TEXT = st.one_of(
    st.text(max_size=120),
    st.sampled_from(NASTY),
    st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=12)), max_size=6).map("".join),
)


def _values(spec: FieldSpec) -> st.SearchStrategy[Any]:
    if spec.kind is Kind.BOOL:
        return st.booleans()
    if spec.kind is Kind.GROUP:
        row = st.fixed_dictionaries({sub.name: TEXT for sub in spec.subfields})
        return st.lists(row, max_size=3)
    return TEXT


FORMS = st.fixed_dictionaries({name: _values(spec) for name, spec in FIELDS.items()})


def _all_nasty(spec: FieldSpec) -> Any:
    if spec.kind is Kind.BOOL:
        return True
    if spec.kind is Kind.GROUP:
        return [{sub.name: " ".join(NASTY) for sub in spec.subfields}]
    return " ".join(NASTY)


ALL_NASTY = {name: _all_nasty(spec) for name, spec in FIELDS.items()}


class Store:
    """One vault for the whole module, closed and opened again on demand."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "fuzz.scrvault"
        self._limits = folder / "attempts.json"
        self.vault = Vault.create(self.path, PASS)

    def reopen(self) -> Vault:
        self.vault.close()
        self.vault = Vault.open(self.path, PASS, limiter=AttemptLimiter(self._limits))
        return self.vault


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = Store(tmp_path_factory.mktemp("fuzz"))
    yield s
    with s.reopen() as vault:
        assert vault.integrity_check() == []
        assert vault.audit.verify() is None


def _fill(case: Case, form: dict[str, Any], notes: str) -> None:
    for name, value in form.items():
        case.set(name, value)
    case.decision.rationale = notes
    case.decision.recommendation_notes = notes[::-1]


def _assert_same(back: Case, case: Case) -> None:
    for name in FIELDS:
        assert back.get(name) == case.get(name), name
    assert back.to_dict() == case.to_dict()


def _pdf_text(case: Case, tmp_path: Path) -> str:
    encrypted = encrypt_pdf(render_case_pdf(case), PDF_PASSWORD)
    assert encrypted.startswith(b"%PDF-")
    target = tmp_path / "case.pdf"
    target.write_bytes(encrypted)
    try:
        result = subprocess.run(["pdftotext", "-upw", PDF_PASSWORD, "-enc", "UTF-8",
                                 str(target), "-"], capture_output=True, check=True, timeout=120)
    finally:
        target.unlink()
    return result.stdout.decode("utf-8")


def _round_trip(store: Store, case: Case) -> Case:
    """Save ``case``, reopen the vault, and return the case as the vault gives it back."""
    store.vault.cases.save(case)
    vault = store.reopen()
    back = vault.cases.get(case.id)
    _assert_same(back, case)
    package = export_package(back, PACKAGE_PASSWORD, kdf=FAST)
    unpacked = import_package(package, PACKAGE_PASSWORD)
    _assert_same(unpacked, case)
    imported = vault.cases.import_case(unpacked, keep_both=True).case
    again = vault.cases.get(imported.id)
    for name in FIELDS:
        assert again.get(name) == case.get(name), name
    return back


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(form=FORMS, notes=TEXT)
@example(form=ALL_NASTY, notes="\x00".join(NASTY))
def test_any_text_comes_back_exactly_from_the_vault_pdf_and_package(
        store: Store, form: dict[str, Any], notes: str) -> None:
    case = store.vault.cases.new_case()
    _fill(case, form, notes)
    back = _round_trip(store, case)
    for value in [notes, *(v for v in form.values() if isinstance(v, str))]:
        assert isinstance(store.vault.cases.list(value), list)
        assert store.vault.cases.count(value) >= 0
    assert encrypt_pdf(render_case_pdf(back), PDF_PASSWORD).startswith(b"%PDF-")


needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="needs poppler's pdftotext")


@needs_pdftotext
def test_the_pdf_of_a_sample_shows_the_text(store: Store, tmp_path: Path) -> None:
    case = store.vault.cases.new_case()
    _fill(case, ALL_NASTY, "Chair's rationale")
    case.set("child_forenames", "Ysolde \u00c9lodie")
    case.set("child_last_names", "O'Brien-\u0141ukasiewicz")
    case.set("case_outline", "Start \x00of\x07 outline. שלום 😀 中 NEAR( '; DROP TABLE cases;--")
    text = _pdf_text(_round_trip(store, case), tmp_path)
    for needle in ("Ysolde \u00c9lodie", "O'Brien-\u0141ukasiewicz", "Start of outline.",
                   "DROP TABLE cases;--", "NEAR(", "Chair's rationale"):
        assert needle in text, needle
    # The font has Hebrew; it has neither emoji nor Chinese, which print as U+FFFD.
    assert "\u05e9" in text
    assert "\ufffd" in text
    assert "😀" not in text
    assert "\x00" not in text


@pytest.mark.slow
@needs_pdftotext
def test_a_100000_character_case_outline_survives_the_whole_path(
        store: Store, tmp_path: Path) -> None:
    words = "Concerns raised by school נ e\u0301 😀 '; DROP TABLE cases;-- NEAR( \" * "
    outline = (words * (100_000 // len(words) + 1))[: 100_000 - 12] + " END-OF-TEXT"
    assert len(outline) == 100_000
    case = store.vault.cases.new_case()
    case.set("case_outline", outline)
    back = _round_trip(store, case)
    assert back.get("case_outline") == outline
    assert store.vault.cases.count("END-OF-TEXT") >= 1
    text = _pdf_text(back, tmp_path)
    assert "END-OF-TEXT" in text
    assert text.count("Concerns raised by school") > 1000


LONE = ["\ud800", "before \udfff after", "😀"[0] + "\udc00\ud83d"]


@pytest.mark.parametrize("broken", LONE)
def test_a_lone_surrogate_is_refused_by_name_and_the_saved_case_kept(
        store: Store, broken: str) -> None:
    vault = store.vault
    case = vault.cases.new_case()
    case.set("child_forenames", "Saved first")
    vault.cases.save(case)
    saved = vault.cases.get(case.id).to_dict()
    count = vault.cases.count()

    case.set("case_outline", broken)
    with pytest.raises(UnstorableText) as info:
        vault.cases.save(case)
    message = info.value.user_message
    assert "Case outline" in message
    assert broken not in message
    assert vault.cases.get(case.id).to_dict() == saved

    case.set("case_outline", "")
    case.set("siblings", [{"name": broken, "dob": ""}])
    with pytest.raises(UnstorableText) as info:
        vault.cases.save(case)
    assert "Siblings" in info.value.user_message

    stranger = Case.from_dict({**saved, "id": "f" * 32, "form": {"child_aka": broken}})
    with pytest.raises(UnstorableText) as info:
        vault.cases.import_case(stranger, keep_both=False)
    assert "Also known as" in info.value.user_message
    assert vault.cases.count() == count
    assert isinstance(vault.cases.list(broken), list)

    case.set("siblings", [{"name": "Retyped", "dob": ""}])
    vault.cases.save(case)
    assert store.reopen().cases.get(case.id).get("siblings") == [{"name": "Retyped", "dob": ""}]
