"""The shape of a stored or packaged case: strict for what arrives, lenient for what is kept.

A package that authenticates was still made by someone: a careless or
crafted one could carry a reference numbered past what SQLite can count
(so every later "New referral" fails), answers that are a list instead of a
set (so the dashboard breaks for every case), or a change date in year 1
(so the case list fails on every repaint).  :func:`check_case` checks every
key, type, length and date range of what :meth:`Case.to_dict` writes and
refuses anything else, naming the part that is wrong; only then is a
:class:`~scr_desktop.domain.model.Case` built from it.  A case already in
the vault is only checked with :func:`check_loadable` (its parts have the
types the application relies on), so a field since retired never makes a
stored case unreadable; one that fails is shown as damaged, and the rest of
the vault works.

Rules of :func:`check_case`: only the keys the application writes, at each
level; texts at most :data:`MAX_TEXT` characters (identifiers and names far
fewer); timestamps and dates between 1900 and 2100; a reference in the
vault's numbered form (``SCR-YYYY-NNNN``) with a year in that range and at
most :data:`MAX_REFERENCE_DIGITS` digits (any other reference is kept as
short printable text, and never moves the vault's numbering); answers
(``facts``) a mapping of short names to plain values; form fields of the
kind the form defines.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from .dates import CASE_YEARS
from .form import FIELDS, Kind
from .model import SCHEMA_VERSION, STATUSES

MAX_TEXT = 100_000
MAX_NAME = 200
MAX_KEY = 80
MAX_ROWS = 1_000
MAX_ENTRIES = 2_000
MAX_REFERENCE_DIGITS = 6
MIN_YEAR, MAX_YEAR = CASE_YEARS[0], CASE_YEARS[-1]
REFERENCE = re.compile(rf"^SCR-(\d{{4}})-(\d{{1,{MAX_REFERENCE_DIGITS}}})$")
_NUMBERED = re.compile(r"^SCR-\d+-\d+$", re.IGNORECASE)
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_KEY = re.compile(rf"^[A-Za-z0-9_.-]{{1,{MAX_KEY}}}$")
_THEME = re.compile(r"^[a-z0-9_]+(:[a-z0-9_]+)?$")  # "neglect", "board:county_lines"

CASE_KEYS = frozenset({"schema", "id", "reference", "framework", "status", "created_at",
                       "updated_at", "form", "facts", "questions", "decision", "dates",
                       "deadlines_done", "rapid_review", "themes"})
DECISION_KEYS_MAX = 40
MAX_THEMES = 100


class SchemaError(ValueError):
    """The contents do not have the shape the application writes; ``where`` names the part."""

    def __init__(self, where: str, why: str) -> None:
        super().__init__(f"{where}: {why}")
        self.where = where
        self.why = why


def _text(value: Any, where: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise SchemaError(where, "is not text")
    if len(value) > limit:
        raise SchemaError(where, f"is longer than {limit} characters")
    return value


def _mapping(value: Any, where: str, limit: int = MAX_ENTRIES) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise SchemaError(where, "is not a set of named values")
    if len(value) > limit:
        raise SchemaError(where, f"has more than {limit} entries")
    for key in value:
        if not isinstance(key, str) or not _KEY.match(key):
            raise SchemaError(where, "has a name that is not a short identifier")
    return value


def _only(data: dict[str, Any], allowed: frozenset[str], where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise SchemaError(where, f"holds '{unknown[0][:40]}', which SCR Desktop never writes")


def _year_ok(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def check_timestamp(value: Any, where: str) -> str:
    """Return ``value`` if it is an ISO date-time between 1900 and 2100."""
    text = _text(value, where, 40)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise SchemaError(where, "is not a date and time") from None
    if not _year_ok(parsed.year):
        raise SchemaError(where, f"is in the year {parsed.year}, outside {MIN_YEAR}-{MAX_YEAR}")
    return text


def _iso_date(value: Any, where: str) -> None:
    text = _text(value, where, 40)
    if text == "":
        return
    try:
        parsed = date.fromisoformat(text)
    except ValueError:
        raise SchemaError(where, "is not a date") from None
    if not _year_ok(parsed.year):
        raise SchemaError(where, f"is in the year {parsed.year}, outside {MIN_YEAR}-{MAX_YEAR}")


def check_reference(value: Any, where: str = "case.reference") -> str:
    """Return ``value`` if it is a reference the vault can keep without harm to its numbering."""
    text = _text(value, where, 40)
    if not text.isprintable() or text != text.strip():
        raise SchemaError(where, "holds characters a reference never has")
    if _NUMBERED.match(text) is None:
        return text  # kept as text: the vault numbers only references of its own form
    m = REFERENCE.match(text)
    if m is None or not _year_ok(int(m.group(1))) or int(m.group(2)) < 1:
        raise SchemaError(where, "is not a reference of the form SCR-YYYY-NNNN "
                                 f"(at most {MAX_REFERENCE_DIGITS} digits)")
    return text


def _plain(value: Any, where: str) -> None:
    """A fact's answer: nothing, yes/no, a number of sensible size, or short text."""
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, int):
        if abs(value) > 10**9:
            raise SchemaError(where, "is a number far out of range")
        return
    if isinstance(value, float):
        if value != value or abs(value) > 1e9:
            raise SchemaError(where, "is a number far out of range")
        return
    if isinstance(value, str):
        _text(value, where, MAX_TEXT)
        return
    raise SchemaError(where, "is not a plain answer (yes/no, a number or text)")


def _form(value: Any) -> None:
    form = _mapping(value, "case.form")
    for name, field_value in form.items():
        where = f"case.form.{name}"
        spec = FIELDS.get(name)
        if spec is None:
            raise SchemaError(where, "is not a field of the form")
        if spec.kind is Kind.BOOL:
            if not isinstance(field_value, bool):
                raise SchemaError(where, "is not a tick (true or false)")
        elif spec.kind is Kind.GROUP:
            if not isinstance(field_value, list) or len(field_value) > MAX_ROWS:
                raise SchemaError(where, f"is not a list of at most {MAX_ROWS} rows")
            allowed = frozenset(s.name for s in spec.subfields)
            for i, row in enumerate(field_value):
                cells = _mapping(row, f"{where}[{i}]", len(allowed))
                _only(cells, allowed, f"{where}[{i}]")
                for key, cell in cells.items():
                    _text(cell, f"{where}[{i}].{key}")
        else:
            _text(field_value, where)


def check_case(data: Any) -> None:
    """Raise :class:`SchemaError` unless ``data`` is a case as :meth:`Case.to_dict` writes it."""
    case = _mapping(data, "case", len(CASE_KEYS))
    _only(case, CASE_KEYS, "case")
    if "id" not in case:
        raise SchemaError("case.id", "is missing")
    if not _ID.match(_text(case["id"], "case.id", 64)):
        raise SchemaError("case.id", "is not an identifier")
    schema = case.get("schema", SCHEMA_VERSION)
    if isinstance(schema, bool) or not isinstance(schema, int) or not 1 <= schema <= SCHEMA_VERSION:
        raise SchemaError("case.schema", "is not a version this application knows")
    check_reference(case.get("reference", ""))
    if "framework" in case:
        from .framework import framework_ids

        if _text(case["framework"], "case.framework", 64) not in framework_ids():
            raise SchemaError("case.framework", "is not guidance this application knows")
    if "status" in case and _text(case["status"], "case.status", 40) not in STATUSES:
        raise SchemaError("case.status", "is not a status a case can have")
    for key in ("created_at", "updated_at"):
        if key in case:
            check_timestamp(case[key], f"case.{key}")
    if "form" in case:
        _form(case["form"])
    for key, value in _mapping(case.get("facts", {}), "case.facts").items():
        _plain(value, f"case.facts.{key}")
    for key, value in _mapping(case.get("questions", {}), "case.questions").items():
        if not isinstance(value, bool):
            raise SchemaError(f"case.questions.{key}", "is not yes or no")
    decision = _mapping(case.get("decision", {}), "case.decision", DECISION_KEYS_MAX)
    for key, value in decision.items():
        if key.endswith("_date"):
            _iso_date(value, f"case.decision.{key}")
        else:
            _text(value, f"case.decision.{key}")
    for part in ("dates", "deadlines_done"):
        for key, value in _mapping(case.get(part, {}), f"case.{part}").items():
            _iso_date(value, f"case.{part}.{key}")
    rapid = case.get("rapid_review", {})
    if rapid is not None:
        _mapping(rapid, "case.rapid_review", 200)
    themes = case.get("themes", [])
    if not isinstance(themes, list) or len(themes) > MAX_THEMES:
        raise SchemaError("case.themes", f"is not a list of at most {MAX_THEMES} themes")
    for i, theme in enumerate(themes):
        if not _THEME.match(_text(theme, f"case.themes[{i}]", 100)):
            raise SchemaError(f"case.themes[{i}]", "is not a theme")


def check_loadable(data: Any) -> None:
    """Raise :class:`SchemaError` unless a stored case has the types every screen relies on."""
    if not isinstance(data, dict):
        raise SchemaError("case", "is not a set of named values")
    if not isinstance(data.get("id"), str):
        raise SchemaError("case.id", "is missing")
    for key in ("reference", "framework", "status", "created_at", "updated_at"):
        if key in data and not isinstance(data[key], str):
            raise SchemaError(f"case.{key}", "is not text")
    for key in ("form", "facts", "questions", "decision", "dates", "deadlines_done",
                "rapid_review"):
        if key in data and not isinstance(data[key], dict | None):
            raise SchemaError(f"case.{key}", "is not a set of named values")
    for key, value in (data.get("facts") or {}).items():
        _plain(value, f"case.facts.{key}")
    if "themes" in data and not isinstance(data["themes"], list):
        raise SchemaError("case.themes", "is not a list")
    for key in ("created_at", "updated_at"):
        if key in data:
            check_timestamp(data[key], f"case.{key}")
