"""Encrypted case packages: round trip, and nothing imported from a bad file or password."""

from __future__ import annotations

import struct

import pytest
from samples import marker_case, sample_case

from scr_desktop.domain.passwords import generate_passphrase
from scr_desktop.export import package
from scr_desktop.export.encrypt import ExportPasswordError
from scr_desktop.export.package import (
    MAGIC,
    KdfParams,
    NotAPackage,
    PackageError,
    TruncatedPackage,
    UnsupportedVersion,
    WrongPasswordOrTampered,
    export_package,
    import_package,
)

# Small Argon2id costs keep the byte-by-byte tests quick; the format is the same.
FAST = KdfParams(memory_kib=64, passes=1, lanes=1)


@pytest.fixture(autouse=True)
def _cheap_kdf_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests seal packages with cheap Argon2id costs for speed; let them open too."""
    from scr_desktop.export import package as _package

    monkeypatch.setattr(_package, "ACCEPTED_KDF", (*_package.ACCEPTED_KDF, FAST))
PASSWORD = "quill-harbour-saffron-gravel-meadow-tinsel"


@pytest.fixture(scope="module")
def small_package() -> bytes:
    return export_package(sample_case(), PASSWORD, kdf=FAST)


def test_round_trip_with_default_costs_keeps_every_field() -> None:
    case, _ = marker_case()
    case.facts = {"abuse_or_neglect": "suspected", "child_died": True}
    case.questions = {"child_protection_plan": True}
    case.dates = {"decision": "2026-11-20"}
    case.deadlines_done = {"ofsted_notification": "2026-11-06"}
    password = generate_passphrase()
    data = export_package(case, password)
    assert data.startswith(MAGIC)
    back = import_package(data, password)
    assert back.to_dict() == case.to_dict()
    for name in case.form:
        assert back.get(name) == case.get(name), name


def test_unicode_survives_and_password_normalisation() -> None:
    case = sample_case()
    password = "Zoe\u0308-harbour-saffron-gravel"  # decomposed e + diaeresis
    data = export_package(case, password, kdf=FAST)
    back = import_package(data, "Zo\u00eb-harbour-saffron-gravel")  # composed
    assert back.child_name() == "Zoë Łukasiewicz-Nguyễn"


def test_nothing_readable_in_the_package(small_package: bytes) -> None:
    # Needles of five bytes or more: a shorter one turns up in random ciphertext by chance.
    for needle in ("Harrow Lane", "Zoë was taken", "Ștefania", "Priya", "SCR-2026-014",
                   "case_outline"):
        assert needle.encode() not in small_package


def test_each_export_uses_fresh_salt_and_nonce() -> None:
    case = sample_case()
    assert export_package(case, PASSWORD, kdf=FAST) != export_package(case, PASSWORD, kdf=FAST)


def test_wrong_password(small_package: bytes) -> None:
    with pytest.raises(WrongPasswordOrTampered) as info:
        import_package(small_package, PASSWORD + "x")
    message = str(info.value)
    assert "password" in message and "changed" in message and "Nothing was imported" in message


def test_every_flipped_byte_is_refused(small_package: bytes) -> None:
    kinds: set[type[PackageError]] = set()
    for i in range(len(small_package)):
        damaged = bytearray(small_package)
        damaged[i] ^= 0x01
        with pytest.raises(PackageError) as info:
            import_package(bytes(damaged), PASSWORD)
        kinds.add(type(info.value))
    assert WrongPasswordOrTampered in kinds
    assert NotAPackage in kinds


def test_flipped_byte_in_the_ciphertext_is_reported_as_tampering(small_package: bytes) -> None:
    damaged = bytearray(small_package)
    damaged[-20] ^= 0x80
    with pytest.raises(WrongPasswordOrTampered):
        import_package(bytes(damaged), PASSWORD)


def test_every_truncation_is_refused(small_package: bytes) -> None:
    for n in range(len(small_package)):
        with pytest.raises((TruncatedPackage, NotAPackage)):
            import_package(small_package[:n], PASSWORD)
    with pytest.raises(TruncatedPackage) as info:
        import_package(small_package[:-1], PASSWORD)
    assert "incomplete" in str(info.value)


def test_extra_bytes_are_refused(small_package: bytes) -> None:
    with pytest.raises(WrongPasswordOrTampered):
        import_package(small_package + b"\x00", PASSWORD)


def test_not_a_package() -> None:
    for data in (b"", b"%PDF-1.7 hello", b"SQLite format 3\x00" + bytes(100)):
        with pytest.raises(NotAPackage) as info:
            import_package(data, PASSWORD)
        assert "not an SCR Desktop case package" in str(info.value)


def test_newer_version_is_unsupported(small_package: bytes) -> None:
    newer = bytearray(small_package)
    newer[len(MAGIC): len(MAGIC) + 2] = struct.pack(">H", 2)
    with pytest.raises(UnsupportedVersion) as info:
        import_package(bytes(newer), PASSWORD)
    assert "newer version" in str(info.value)


def test_absurd_kdf_costs_in_a_crafted_header_are_refused(small_package: bytes) -> None:
    crafted = bytearray(small_package)
    offset = len(MAGIC) + 3  # after version and KDF id: memory in KiB
    crafted[offset: offset + 4] = struct.pack(">I", 2**31)
    with pytest.raises(NotAPackage):
        import_package(bytes(crafted), PASSWORD)


def test_weak_passwords_are_refused_on_export() -> None:
    for weak in ("", "password", "abc"):
        with pytest.raises(ExportPasswordError):
            export_package(sample_case(), weak, kdf=FAST)


def test_the_header_is_authenticated(small_package: bytes,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Changing the KDF cost to other accepted settings still fails: the header is
    associated data."""
    other = KdfParams(memory_kib=FAST.memory_kib, passes=2, lanes=FAST.lanes)
    monkeypatch.setattr(package, "ACCEPTED_KDF", (*package.ACCEPTED_KDF, other))
    crafted = bytearray(small_package)
    offset = len(MAGIC) + 3 + 4  # passes
    crafted[offset: offset + 4] = struct.pack(">I", 2)
    with pytest.raises(WrongPasswordOrTampered):
        import_package(bytes(crafted), PASSWORD)


def test_garbage_inside_a_valid_envelope_is_not_a_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(package.json, "dumps", lambda *a, **k: '{"format": "other"}')
    data = export_package(sample_case(), PASSWORD, kdf=FAST)
    monkeypatch.undo()
    with pytest.raises(NotAPackage):
        import_package(data, PASSWORD)
