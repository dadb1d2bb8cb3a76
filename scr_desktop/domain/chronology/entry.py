"""One entry of the integrated chronology, and the dates it may carry.

An agency often knows only the month or the year of an event ("March 2019",
"2019"), so a date is exact (``dd/mm/yyyy``), a month (``mm/yyyy``) or a year
(``yyyy``).  Each has a sort key (``yyyy-mm-dd``) in which an unknown part
is ``00``: an approximate date sorts *before* every exact date it covers,
as a heading of its period would ("March 2019" before 01/03/2019, "2019"
before January), and entries with the same key keep the order of their
times (an entry without a time first), then the order they were added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time

DAY, MONTH, YEAR = "day", "month", "year"

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_EXACT = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_MONTH_NUM = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_MONTH_WORD = re.compile(r"^([a-z]{3,9})\.?,?\s+(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?::\d{2})?\s*(am|pm)?$")
FIRST_YEAR, LAST_YEAR = 1900, 2100


class EntryInputError(ValueError):
    """A value typed or imported for an entry cannot be used; the message says why."""


@dataclass(frozen=True)
class EntryDate:
    """A date as precise as the agency knew it."""

    year: int
    month: int = 0
    day: int = 0

    @property
    def precision(self) -> str:
        """``day``, ``month`` or ``year``."""
        return DAY if self.day else MONTH if self.month else YEAR

    @property
    def sort_key(self) -> str:
        """``yyyy-mm-dd`` with ``00`` for what is not known."""
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def text(self) -> str:
        """The date as shown on screen: ``dd/mm/yyyy``, ``mm/yyyy`` or ``yyyy``."""
        if self.day:
            return f"{self.day:02d}/{self.month:02d}/{self.year:04d}"
        if self.month:
            return f"{self.month:02d}/{self.year:04d}"
        return f"{self.year:04d}"

    def as_date(self) -> date:
        """The first day the date covers (for drawing it on a timeline)."""
        return date(self.year, self.month or 1, self.day or 1)

    @classmethod
    def from_key(cls, key: str) -> EntryDate:
        """Read a sort key back."""
        y, m, d = (int(x) for x in key.split("-"))
        return cls(y, m, d)


def _checked(year: int, month: int = 0, day: int = 0) -> EntryDate:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise EntryInputError(f"the year {year} is outside {FIRST_YEAR}-{LAST_YEAR}")
    if month and not 1 <= month <= 12:
        raise EntryInputError(f"there is no month {month}")
    if day:
        try:
            date(year, month, day)
        except ValueError:
            raise EntryInputError(
                f"{day:02d}/{month:02d}/{year} is not a date (that month has no day {day})"
            ) from None
    return EntryDate(year, month, day)


def parse_entry_date(value: object) -> EntryDate:
    """Read a date typed or imported: a ``date``, ``dd/mm/yyyy``, ``mm/yyyy``, ``yyyy``,
    ``March 2019`` or ``yyyy-mm-dd``; raise :class:`EntryInputError` saying why not."""
    if isinstance(value, datetime):
        return _checked(value.year, value.month, value.day)
    if isinstance(value, date):
        return _checked(value.year, value.month, value.day)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return _checked(value) if FIRST_YEAR <= value <= LAST_YEAR else _bad(str(value))
    text = " ".join(str(value or "").split()).lower()
    if not text:
        raise EntryInputError("the date is missing")
    if m := _EXACT.match(text):
        return _checked(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if m := _ISO.match(text):
        return _checked(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _MONTH_NUM.match(text):
        return _checked(int(m.group(2)), int(m.group(1)))
    if m := _MONTH_WORD.match(text):
        for number, name in enumerate(_MONTHS, start=1):
            if name.startswith(m.group(1)) and len(m.group(1)) >= 3:
                return _checked(int(m.group(2)), number)
    if m := _YEAR.match(text):
        return _checked(int(m.group(1)))
    return _bad(str(value))


def _bad(text: str) -> EntryDate:
    raise EntryInputError(
        f"'{text[:40]}' is not a date: use dd/mm/yyyy, or mm/yyyy or yyyy if only the "
        "month or year is known")


def parse_entry_time(value: object) -> str:
    """Read a time (``14:30``, ``2.30pm``, a ``time``); return ``HH:MM`` or '' if none."""
    if isinstance(value, datetime):
        value = value.time()
    if isinstance(value, time):
        return f"{value.hour:02d}:{value.minute:02d}"
    text = " ".join(str(value or "").split()).lower()
    if not text:
        return ""
    m = _TIME.match(text)
    if m:
        hour, minute = int(m.group(1)), int(m.group(2))
        if m.group(3) == "pm" and hour < 12:
            hour += 12
        elif m.group(3) == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            return f"{hour:02d}:{minute:02d}"
    raise EntryInputError(f"'{str(value)[:20]}' is not a time: use hh:mm (24-hour clock)")


def parse_flag(value: object) -> bool:
    """Read a yes/no cell: yes, y, true, 1, x or ✓ mean yes; empty, no, n, false, 0 no."""
    if isinstance(value, bool):
        return value
    text = str(value if value is not None else "").strip().lower()
    if text in {"yes", "y", "true", "1", "1.0", "x", "\u2713", "key"}:
        return True
    if text in {"", "no", "n", "false", "0", "0.0"}:
        return False
    raise EntryInputError(f"'{text[:20]}' is not yes or no")


def split_people(text: str) -> tuple[str, ...]:
    """The people named in a cell, split on ``;``, ``,`` or new lines."""
    return tuple(p.strip() for p in re.split(r"[;,\n]", text) if p.strip())


@dataclass
class Entry:
    """One event in the chronology, as an agency recorded it and the review analysed it."""

    when: EntryDate
    agency: str
    event: str
    time: str = ""
    source: str = ""
    people: str = ""
    comment: str = ""
    analysis: str = ""
    key: bool = False
    id: str = ""
    case_id: str = ""

    def __post_init__(self) -> None:
        if not self.agency.strip():
            raise EntryInputError("the agency is missing")
        if not self.event.strip():
            raise EntryInputError("what happened is missing")
        self.agency = self.agency.strip()

    @property
    def date_text(self) -> str:
        """The date as shown on screen."""
        return self.when.text()

    def people_list(self) -> tuple[str, ...]:
        """The people involved, one by one."""
        return split_people(self.people)

    def texts(self) -> dict[str, str]:
        """The free-text fields, by name (what anonymisation passes over)."""
        return {"event": self.event, "source": self.source, "people": self.people,
                "comment": self.comment, "analysis": self.analysis}

    def with_texts(self, texts: dict[str, str]) -> Entry:
        """A copy with the free-text fields replaced."""
        return replace(self, event=texts.get("event", self.event),
                       source=texts.get("source", self.source),
                       people=texts.get("people", self.people),
                       comment=texts.get("comment", self.comment),
                       analysis=texts.get("analysis", self.analysis))


def make_entry(*, date_text: object, agency: str, event: str, time_text: object = "",
               source: str = "", people: str = "", comment: str = "", analysis: str = "",
               key: bool = False, entry_id: str = "", case_id: str = "") -> Entry:
    """Build an entry from typed values; raise :class:`EntryInputError` naming the problem."""
    return Entry(parse_entry_date(date_text), agency, event.strip(),
                 parse_entry_time(time_text), source.strip(), people.strip(), comment.strip(),
                 analysis.strip(), key, entry_id, case_id)


def entry_to_dict(entry: Entry) -> dict[str, object]:
    """An entry as plain data (for case packages): its date by sort key."""
    return {"date": entry.when.sort_key, "time": entry.time, "agency": entry.agency,
            "source": entry.source, "event": entry.event, "people": entry.people,
            "comment": entry.comment, "analysis": entry.analysis, "key": entry.key}


def entry_from_dict(data: object) -> Entry:
    """An entry read back from :func:`entry_to_dict`'s data; raise ValueError if it is not
    one (wrong types, an impossible date or time, no agency or account)."""
    if not isinstance(data, dict):
        raise ValueError("entry")
    texts = {k: data.get(k, "") for k in ("time", "agency", "source", "event", "people",
                                           "comment", "analysis")}
    if not all(isinstance(v, str) for v in texts.values()) or not isinstance(
            data.get("key", False), bool) or not isinstance(data.get("date"), str):
        raise ValueError("entry")
    try:
        when = EntryDate.from_key(data["date"])
        _checked(when.year, when.month, when.day)
        return Entry(when, texts["agency"], texts["event"], parse_entry_time(texts["time"]),
                     texts["source"], texts["people"], texts["comment"], texts["analysis"],
                     bool(data.get("key", False)))
    except (EntryInputError, TypeError) as exc:
        raise ValueError("entry") from exc


__all__ = ["DAY", "MONTH", "YEAR", "Entry", "EntryDate", "EntryInputError",
           "entry_from_dict", "entry_to_dict", "make_entry", "parse_entry_date",
           "parse_entry_time", "parse_flag", "split_people"]
