"""Checks of a referral, with messages that say what is wrong and how to fix it.

Validation never blocks saving: a partial referral is always kept as a
draft.  :func:`validate` returns every problem found; the wizard shows each
next to its field and the summary page flags incomplete sections, as the
form asks ("Please ensure that all sections of the form are fully
completed").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .dates import DateFormatError, parse_case_date
from .form import (
    CONTRADICTORY_TICKS,
    FIELDS,
    REASON_TICKS,
    SECTION_OF,
    SECTIONS,
    SPECIFY_WHEN_TICKED,
    FieldSpec,
    Kind,
)
from .model import Case

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()-]{6,20}$")
MAX_AGE = 17


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a field.  ``row`` is set for a row of a repeating group."""

    field: str
    message: str
    missing: bool = False  # a required value is absent (incomplete, not wrong)
    row: int | None = None

    @property
    def section(self) -> str:
        """Return the key of the section the field belongs to."""
        return SECTION_OF[self.field]


def check_value(spec: FieldSpec, value: object, today: date) -> str | None:
    """Return what is wrong with one value on its own, or None if it is acceptable."""
    if spec.kind in (Kind.BOOL, Kind.GROUP):
        return None
    text = str(value).strip()
    if not text:
        return None
    if spec.kind is Kind.DATE:
        try:
            d = parse_case_date(text)
        except DateFormatError as exc:
            return str(exc)
        if spec.not_future and d > today:
            return "This date is in the future. Check the day, month and year."
    elif spec.kind is Kind.AGE:
        if not text.isdigit():
            return "Enter the age as a whole number of years, for example 3."
        if int(text) > MAX_AGE:
            return f"A child's age is 0 to {MAX_AGE} years."
    elif spec.kind is Kind.EMAIL:
        if not _EMAIL.match(text):
            return "Enter an e-mail address such as name@agency.gov.uk."
    elif spec.kind is Kind.PHONE:
        if not _PHONE.match(text):
            return "Enter a telephone number using digits, spaces and an optional leading +."
    elif spec.kind is Kind.CHOICE and not spec.allow_other and text not in spec.choices:
        return "Choose one of the options in the list."
    return None


def _date_of(case: Case, name: str) -> date | None:
    try:
        return parse_case_date(str(case.get(name)))
    except DateFormatError:
        return None


def validate(case: Case, today: date | None = None) -> list[Problem]:
    """Return every problem with the referral, in form order."""
    today = today or date.today()
    problems: list[Problem] = []
    for name, spec in FIELDS.items():
        value = case.get(name)
        if spec.kind is Kind.GROUP:
            rows = value if isinstance(value, list) else []
            for i, row in enumerate(rows):
                for sub in spec.subfields:
                    sub_value = row.get(sub.name, "")
                    msg = check_value(sub, sub_value, today)
                    if msg:
                        problems.append(Problem(name, f"Row {i + 1}: {msg}", row=i))
                    elif sub.required and not sub_value.strip():
                        # Incomplete, not wrong: a row just added is not an error yet.
                        problems.append(Problem(
                            name, f"Row {i + 1}: {sub.label} is needed for row {i + 1}, or "
                            "remove the row.", missing=True, row=i))
            continue
        msg = check_value(spec, value, today)
        if msg:
            problems.append(Problem(name, msg))
        elif spec.required and (value is False or not str(value).strip()):
            problems.append(Problem(name, f"{spec.label} is needed.", missing=True))

    # Relations between fields.
    for text_field, tick in SPECIFY_WHEN_TICKED.items():
        if case.get(tick) is True and not str(case.get(text_field)).strip():
            problems.append(
                Problem(text_field, f"Please specify: {FIELDS[text_field].label}.", missing=True)
            )
    if not any(case.get(tick) is True for tick in REASON_TICKS):
        problems.append(Problem(REASON_TICKS[0], "Tick at least one reason for requesting a "
                                "review.", missing=True))
    for first, second, why in CONTRADICTORY_TICKS:
        if case.get(first) is True and case.get(second) is True:
            problems.append(Problem(second, why))
    dob, incident = _date_of(case, "child_dob"), _date_of(case, "incident_date")
    aware = _date_of(case, "aware_date")
    if dob and incident and dob > incident:
        problems.append(
            Problem("child_dob", "The date of birth must be on or before the incident date.")
        )
    if aware and incident and aware < incident:
        problems.append(
            Problem(
                "aware_date",
                "The local authority cannot have become aware before the incident date.",
            )
        )
    if dob and (today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))) > 25:
        problems.append(Problem("child_dob", "Check the year: this child would be over 25."))
    if not str(case.get("child_dob")).strip() and not str(case.get("child_age")).strip():
        problems.append(
            Problem(
                "child_age",
                "Give the child's date of birth or, if it is not known, their age.",
                missing=True,
            )
        )
    order = {name: i for i, name in enumerate(FIELDS)}
    problems.sort(key=lambda p: order[p.field])
    return problems


def incomplete_sections(case: Case, today: date | None = None) -> dict[str, list[Problem]]:
    """Return, for each section with problems, the problems found there."""
    result: dict[str, list[Problem]] = {}
    for p in validate(case, today):
        result.setdefault(p.section, []).append(p)
    return {s.key: result[s.key] for s in SECTIONS if s.key in result}
