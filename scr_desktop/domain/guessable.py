"""Words an export password must not lean on, because anyone who knows of the case knows them.

An encrypted PDF or package leaves the machine, and whoever intercepts it
can guess offline.  The first guesses of someone who knows where it came
from are the case reference (it is in the suggested file name), the board's
name, the agencies, the names and address on the case, its dates, the year
and the vocabulary of safeguarding.  :func:`case_words` gathers them so that zxcvbn treats each as
a known word (``user_inputs``): ``Safeguarding2026!``, ``HackneyLSCB2026``
and ``Scr20260001Hackney`` then score as weak as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from .model import Case

_WORD = re.compile(r"[^\W_]{3,}")
_DIGITS = re.compile(r"\d+")
_DATE = re.compile(r"(\d{2})/(\d{2})/(\d{4})")

BOARD_WORDS = (
    "local", "safeguarding", "children", "childrens", "board", "partnership", "partners",
    "lscb", "lscp", "scb", "scp", "city", "hackney", "borough", "council",
)
"""The board's names and abbreviations, beside those its framework file cites."""

SAFEGUARDING_WORDS = (
    "safeguarding", "safeguard", "child", "children", "protection", "serious", "case",
    "review", "scr", "cspr", "practice", "rapid", "panel", "national", "referral", "notify",
    "notification", "abuse", "neglect", "harm", "death", "injury", "confidential",
    "secure", "secret", "password", "private", "social", "care", "services", "police",
    "health", "nhs", "school", "education", "ofsted", "dfe", "family", "agency", "multi",
)
"""The vocabulary of the work, which a password chosen at the desk is likely to use."""


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _strings(value: Any) -> Iterable[str]:
    """Yield every string inside ``value`` (nested dicts and lists)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _agency_text(case: Case) -> Iterable[str]:
    for key, value in case.form.items():
        if "agency" in key or "agencies" in key:
            yield from _strings(value)
    stack: list[Any] = [case.rapid_review]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if "agenc" in str(key):
                    yield from _strings(value)
                else:
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)


def _board_text(case: Case) -> Iterable[str]:
    from .framework import FrameworkError, load_framework

    try:
        framework = load_framework(case.framework)
    except (FrameworkError, OSError, ValueError):
        return
    for document in framework.documents.values():
        yield document.title
        yield document.short


def reference_words(reference: str) -> set[str]:
    """Return the reference whole, run together, and in parts (``SCR-2026-0001``)."""
    if not reference:
        return set()
    parts = [p for p in re.split(r"[\W_]+", reference) if p]
    found = {reference.lower(), "".join(parts).lower()}
    found.update(p.lower() for p in parts)
    for digits in _DIGITS.findall(reference):
        found.add(str(int(digits)))
    return found


def _address_text(case: Case) -> Iterable[str]:
    for key, value in case.form.items():
        if "address" in key or "postcode" in key:
            yield from _strings(value)


def _date_words(case: Case) -> set[str]:
    """Dates on the form as a person types them into a password: ``03042025``, ``030425``."""
    found: set[str] = set()
    for key, value in case.form.items():
        if "dob" not in key and "date" not in key:
            continue
        for text in _strings(value):
            m = _DATE.fullmatch(text.strip())
            if m:
                day, month, year = m.groups()
                found |= {f"{day}{month}{year}", f"{day}{month}{year[2:]}", year}
    return found


def case_words(case: Case, *, today: date | None = None) -> tuple[str, ...]:
    """Return every word a password for an export of ``case`` must not lean on: the case's
    own (names, address, reference, dates, agencies) first, then the board's and the
    vocabulary of the work, each group sorted.  zxcvbn ranks a known word by its place
    in the list, so the words an informed guesser tries first come first."""
    from .anonymise import pseudonyms

    year = (today or date.today()).year
    own: set[str] = set(reference_words(case.reference))
    for entry in pseudonyms(case).entries:
        own |= _words(entry.real_name)
    for text in _address_text(case):
        own |= _words(text)
    own |= _date_words(case)
    for text in _agency_text(case):
        own |= _words(text)
    general: set[str] = set(BOARD_WORDS) | set(SAFEGUARDING_WORDS)
    general |= {str(year), str(year - 1), str(year + 1)}
    for text in _board_text(case):
        general |= _words(text)
    return tuple(sorted(own)) + tuple(sorted(general - own))


def words_for(cases: Iterable[Case], *, today: date | None = None) -> tuple[str, ...]:
    """Return :func:`case_words` for several cases at once (minutes name many), each
    case's own words first."""
    found: dict[str, None] = {}
    for case in cases:
        found.update(dict.fromkeys(case_words(case, today=today)))
    if not found:
        year = (today or date.today()).year
        return tuple(sorted(set(BOARD_WORDS) | set(SAFEGUARDING_WORDS) | {str(year)}))
    return tuple(found)
