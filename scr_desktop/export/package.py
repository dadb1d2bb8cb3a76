"""Encrypted case packages (``.scrcase``): moving one case between vaults.

A package is a short binary header followed by the case, as JSON, sealed
with AES-256-GCM under a key derived from the package password with
Argon2id (RFC 9106, 64 MiB, three passes, four lanes by default).  The
header — magic, format version, KDF name and parameters, salt, cipher,
nonce and ciphertext length — is authenticated as associated data, so a
change to any byte of the file is detected.  GCM cannot tell a wrong
password from a damaged or altered file, and the error says so kindly.
Packages are built and opened entirely in memory; they reach the disk only
through :func:`scr_desktop.export.save.save_export`.

Opening is strict: a header asking for key-derivation settings other than
those the application writes (:data:`ACCEPTED_KDF`) is refused before any
key derivation runs, and what decrypts must pass
:func:`.package_schema.check_contents` before a case is built from it.
The contents also carry the sending vault's audit anchor (``audit_anchor``).

Layout (big-endian)::

    magic "SCRCASE" 89 0D 0A 1A 0A | version u16 | kdf u8 | memory KiB u32 |
    passes u32 | lanes u32 | salt length u8 | salt | cipher u8 |
    nonce length u8 | nonce | ciphertext length u64 | ciphertext + tag
"""

from __future__ import annotations

import base64
import json
import os
import struct
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import APP_NAME, __version__
from ..domain.chronology.entry import Entry, entry_from_dict, entry_to_dict
from ..domain.model import Case
from ..domain.review.model import Review
from ..storage.kdf_lock import ARGON2_LOCK
from .encrypt import MIN_EXPORT_LENGTH, MIN_EXPORT_SCORE, check_export_password

MAGIC = b"SCRCASE\x89\r\n\x1a\n"
VERSION = 1
KDF_ARGON2ID = 1
CIPHER_AES256_GCM = 1
SALT_LEN = 16
NONCE_LEN = 12
TAG_LEN = 16
CONTENT_FORMAT = "scr-desktop-case-package"
FILE_SUFFIX = ".scrcase"

# Bounds for parameters read from a file, so that a crafted header cannot
# make the application allocate gigabytes or spin for hours.
MAX_MEMORY_KIB = 1024 * 1024
MAX_PASSES = 16
MAX_LANES = 16
MAX_CIPHERTEXT = 256 * 1024 * 1024


class PackageError(Exception):
    """A package could not be made or opened; ``str(error)`` is fit to show the user."""

    default_message = "The case package could not be opened."

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)


class NotAPackage(PackageError):
    """The file is not an SCR Desktop case package, or its header is damaged."""

    default_message = (
        "This file is not an SCR Desktop case package, or its beginning is damaged. "
        "Nothing was imported. Check that you chose the .scrcase file you were sent."
    )


class TruncatedPackage(PackageError):
    """The file ends early: an incomplete download, copy or attachment."""

    default_message = (
        "This case package is incomplete: the file ends early, perhaps because a download "
        "or copy did not finish. Nothing was imported. Ask the sender for the file again."
    )


class UnsupportedVersion(PackageError):
    """The package was made by a newer (or unknown) version of the application."""

    default_message = (
        "This case package was made by a newer version of SCR Desktop. Nothing was "
        "imported. Update SCR Desktop, then try again."
    )


class WrongPasswordOrTampered(PackageError):
    """Decryption failed: the password is wrong, or the file was changed after it was made."""

    default_message = (
        "The case package could not be opened. Either the password is not the one it was "
        "protected with, or the file was damaged or changed after it was made - encryption "
        "cannot tell these apart. Nothing was imported. Check the password (including "
        "capital letters and spaces) and try again; if it still fails, ask the sender to "
        "send the package again."
    )


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters."""

    memory_kib: int = 64 * 1024
    passes: int = 3
    lanes: int = 4

    def check(self) -> None:
        """Raise :class:`NotAPackage` when the parameters are out of bounds."""
        if not (
            1 <= self.passes <= MAX_PASSES
            and 1 <= self.lanes <= MAX_LANES
            and 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB
        ):
            raise NotAPackage()


DEFAULT_KDF = KdfParams()
ACCEPTED_KDF: tuple[KdfParams, ...] = (DEFAULT_KDF,)
"""The only key-derivation settings a package may ask for: those this application writes.

Checked before any key derivation runs, so a crafted header cannot make the
application spend a gigabyte of memory and minutes of work on a guess.  If
the default ever changes, the old settings stay in this list so that older
packages still open.
"""


class UnexpectedSettings(NotAPackage):
    """The header asks for key-derivation settings this application never writes."""

    default_message = (
        "This case package asks for encryption settings that SCR Desktop never uses, so it "
        "was not made by SCR Desktop or has been altered. Nothing was imported and the "
        "password was not tried. Ask the sender to export the case again."
    )


class DamagedContents(PackageError):
    """The package opened but what it holds is not a case as SCR Desktop writes one."""

    def __init__(self, where: str, why: str) -> None:
        super().__init__(
            "The case package opened, but what it holds is not a case as SCR Desktop writes "
            f"one ({where} {why}). Nothing was imported. Ask the sender to export the case "
            "again from SCR Desktop.")
        self.where = where

_FIXED = struct.Struct(">HBIIIB")  # version, kdf, memory, passes, lanes, salt length


def _derive_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.passes,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    with ARGON2_LOCK:  # never two Argon2id derivations at once (see storage.kdf_lock)
        return kdf.derive(unicodedata.normalize("NFC", password).encode("utf-8"))


def _header(params: KdfParams, salt: bytes, nonce: bytes, ct_len: int) -> bytes:
    return b"".join(
        [
            MAGIC,
            _FIXED.pack(VERSION, KDF_ARGON2ID, params.memory_kib, params.passes, params.lanes,
                        len(salt)),
            salt,
            struct.pack(">BB", CIPHER_AES256_GCM, len(nonce)),
            nonce,
            struct.pack(">Q", ct_len),
        ]
    )


@dataclass(frozen=True)
class PackagedDocument:
    """A file the case's review keeps in the vault (a report version), carried whole."""

    id: str
    name: str
    content: bytes


@dataclass(frozen=True)
class PackageContents:
    """What a package holds: the case and, since the review was added, its review
    and, since the chronology was added, the review's chronology entries.

    Packages made before reviews (or chronologies) existed still open.
    """

    case: Case
    review: Review | None = None
    documents: tuple[PackagedDocument, ...] = ()
    # The sending vault's audit anchor when the package was made (id, hash), if it carries one.
    audit_anchor: tuple[int, str] | None = None
    chronology: tuple[Entry, ...] = ()


def package_content(case: Case, review: Review | None = None,
                    documents: tuple[PackagedDocument, ...] = (),
                    chronology: tuple[Entry, ...] = (),
                    anchor: tuple[int, str] | None = None) -> bytes:
    """Return the plaintext a package seals: the case (and its review, report versions and
    chronology) as JSON, with what made it and when, and the sending vault's audit anchor
    (``anchor``: the newest entry's id and hash) if given."""
    content: dict[str, Any] = {
        "format": CONTENT_FORMAT,
        "made_by": f"{APP_NAME} {__version__}",
        "exported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "case": case.to_dict(),
    }
    if anchor is not None:
        content["audit_anchor"] = {"id": anchor[0], "hash": anchor[1]}
    if review is not None:
        content["review"] = review.to_dict()
        content["review_documents"] = [
            {"id": d.id, "name": d.name, "content": base64.b64encode(d.content).decode("ascii")}
            for d in documents]
    if chronology:
        content["chronology"] = [entry_to_dict(e) for e in chronology]
    return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def seal_package(
    plaintext: bytes,
    password: str,
    *,
    kdf: KdfParams = DEFAULT_KDF,
    min_score: int = MIN_EXPORT_SCORE,
    min_length: int = MIN_EXPORT_LENGTH,
    user_inputs: tuple[str, ...] = (),
) -> bytes:
    """Return :func:`package_content` output sealed under ``password``.

    The password must pass the export strength check (see
    :func:`scr_desktop.export.encrypt.check_export_password`).
    """
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_export_password(password, min_score=min_score, min_length=min_length,
                          user_inputs=user_inputs)
    kdf.check()
    salt = os.urandom(SALT_LEN)
    nonce = os.urandom(NONCE_LEN)
    key = _derive_key(password, salt, kdf)
    header = _header(kdf, salt, nonce, len(plaintext) + TAG_LEN)
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def export_package(
    case: Case,
    password: str,
    *,
    kdf: KdfParams = DEFAULT_KDF,
    min_score: int = MIN_EXPORT_SCORE,
    min_length: int = MIN_EXPORT_LENGTH,
) -> bytes:
    """Return ``case`` sealed in a password-protected package, in memory."""
    return seal_package(package_content(case), password, kdf=kdf, min_score=min_score,
                        min_length=min_length)


def load_package_contents(source: Path, password: str) -> PackageContents:
    """Read and open the package at ``source``: the case, and its review if it carries one."""
    try:
        data = Path(source).read_bytes()
    except OSError:
        raise NotAPackage(
            "The case package could not be read from the disk. Nothing was imported. Check "
            "that the file is still there and that you can open it, then try again."
        ) from None
    return open_package(data, password)


class _Reader:
    """Reads the header field by field, reporting a short file as truncated."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise TruncatedPackage()
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk


@dataclass(frozen=True)
class _Parsed:
    params: KdfParams
    salt: bytes
    nonce: bytes
    header: bytes
    ciphertext: bytes


def _parse(data: bytes) -> _Parsed:
    if len(data) < len(MAGIC):
        if data and MAGIC.startswith(data):
            raise TruncatedPackage()
        raise NotAPackage()
    if not data.startswith(MAGIC):
        raise NotAPackage()
    r = _Reader(data)
    r.take(len(MAGIC))
    version, kdf_id, memory, passes, lanes, salt_len = _FIXED.unpack(r.take(_FIXED.size))
    if version != VERSION:
        raise UnsupportedVersion()
    if kdf_id != KDF_ARGON2ID or salt_len != SALT_LEN:
        raise NotAPackage()
    params = KdfParams(memory_kib=memory, passes=passes, lanes=lanes)
    if params not in ACCEPTED_KDF:
        raise UnexpectedSettings()
    salt = r.take(salt_len)
    cipher_id, nonce_len = struct.unpack(">BB", r.take(2))
    if cipher_id != CIPHER_AES256_GCM or nonce_len != NONCE_LEN:
        raise NotAPackage()
    nonce = r.take(nonce_len)
    (ct_len,) = struct.unpack(">Q", r.take(8))
    if not TAG_LEN <= ct_len <= MAX_CIPHERTEXT:
        raise NotAPackage()
    header = data[: r.pos]
    body = data[r.pos :]
    if len(body) < ct_len:
        raise TruncatedPackage()
    if len(body) > ct_len:
        raise WrongPasswordOrTampered()
    return _Parsed(params, salt, nonce, header, body)


def import_package(data: bytes, password: str) -> Case:
    """Return the case sealed in ``data`` (see :func:`open_package`)."""
    return open_package(data, password).case


def _review_part(content: dict[str, Any], case: Case) -> tuple[Review | None,
                                                                 tuple[PackagedDocument, ...]]:
    if "review" not in content:
        return None, ()
    review = Review.checked_from_dict(content["review"])
    if review.case_id != case.id:
        raise ValueError("review of another case")
    docs = []
    for d in content.get("review_documents", []):
        if not (isinstance(d, dict) and isinstance(d.get("id"), str)
                and isinstance(d.get("name"), str) and isinstance(d.get("content"), str)):
            raise ValueError("document")
        docs.append(PackagedDocument(d["id"], d["name"],
                                     base64.b64decode(d["content"], validate=True)))
    return review, tuple(docs)


def open_package(data: bytes, password: str) -> PackageContents:
    """Return what is sealed in ``data``; raise a :class:`PackageError` subclass otherwise.

    Nothing is returned unless the whole file authenticates under
    ``password``: a wrong password, a changed byte anywhere, or a cut-short
    file all import nothing.
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    parsed = _parse(bytes(data))
    key = _derive_key(password, parsed.salt, parsed.params)
    try:
        plaintext = AESGCM(key).decrypt(parsed.nonce, parsed.ciphertext, parsed.header)
    except InvalidTag:
        raise WrongPasswordOrTampered() from None
    from .package_schema import SchemaError, check_contents

    try:
        content: Any = json.loads(plaintext.decode("utf-8"))
        if not isinstance(content, dict) or content.get("format") != CONTENT_FORMAT:
            raise ValueError("format")
        try:
            check_contents(content)
        except SchemaError as exc:
            raise DamagedContents(exc.where, exc.why) from None
        case = Case.from_dict(content["case"])
        review, documents = _review_part(content, case)
        carried = content.get("audit_anchor")
        anchor = (int(carried["id"]), str(carried["hash"])) if carried else None
        chronology = content.get("chronology", [])
        if not isinstance(chronology, list):
            raise ValueError("chronology")
        return PackageContents(case, review, documents, anchor,
                               tuple(entry_from_dict(e) for e in chronology))
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise NotAPackage(
            "The case package opened, but the case inside it could not be read. Nothing was "
            "imported. It may come from an incompatible version of SCR Desktop."
        ) from None
