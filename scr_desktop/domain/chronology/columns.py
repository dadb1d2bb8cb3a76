"""The chronology's columns: their order in templates and exports, and how a file's headers
are matched to them.

A returned spreadsheet rarely keeps the template's headings exactly, so a
heading is matched to a column by a list of usual wordings (folded to lower
case without punctuation).  The user confirms or corrects the match in the
mapping step, and the vault remembers the confirmed mapping per agency, so
an agency's next return is mapped the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    """One column of the chronology."""

    name: str
    heading: str
    required: bool
    synonyms: tuple[str, ...]
    hint: str
    example: str


COLUMNS: tuple[Column, ...] = (
    Column("date", "Date", True, ("date", "date of event", "event date", "when", "date dd mm yyyy"),
           "dd/mm/yyyy; if only the month or year is known, mm/yyyy or yyyy", "14/03/2019"),
    Column("time", "Time", False, ("time", "time of event", "hh mm"),
           "hh:mm, 24-hour clock; leave empty if not known", "10:30"),
    Column("source", "Source document", False,
           ("source document", "source", "document", "record", "source of information"),
           "the record the entry comes from (case note, referral, letter)",
           "Health visitor case notes"),
    Column("event", "What happened", True,
           ("what happened", "event", "details", "description", "summary", "entry",
            "event details", "description of event", "information"),
           "a factual account of the contact or event", "Home visit; baby weighed and well."),
    Column("people", "People involved", False,
           ("people involved", "people", "persons involved", "who", "who was involved",
            "family members", "names"),
           "names or roles, separated by ';'", "Mother; baby; health visitor"),
    Column("comment", "Agency comment", False,
           ("agency comment", "comment", "comments", "agency comments", "practice comment",
            "agency analysis"),
           "your agency's comment on practice at the time", "Visit in line with policy."),
    Column("analysis", "Review analysis", False,
           ("review analysis", "analysis", "panel analysis", "review comment"),
           "left for the review panel", ""),
    Column("key", "Key practice episode", False,
           ("key practice episode", "key episode", "key", "kpe", "key practice episodes"),
           "Yes or No", "No"),
)

BY_NAME = {c.name: c for c in COLUMNS}
Mapping = dict[str, int]  # column name -> index of the file's column


def fold_heading(text: object) -> str:
    """A heading reduced for matching: lower case, letters and digits, single spaces."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", str(text or "").lower()).split())


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def guess_mapping(headers: list[str], remembered: dict[str, str] | None = None) -> Mapping:
    """Match the file's ``headers`` to columns: first by the headings remembered for the
    agency (column name -> heading), then by the usual wordings."""
    folded = [fold_heading(h) for h in headers]
    out: Mapping = {}
    taken: set[int] = set()
    for name, heading in (remembered or {}).items():
        if name in BY_NAME and fold_heading(heading) in folded:
            i = folded.index(fold_heading(heading))
            if i not in taken:
                out[name] = i
                taken.add(i)
    for column in COLUMNS:
        if column.name in out:
            continue
        for wording in (column.heading, *column.synonyms):
            key = fold_heading(wording)
            if key in folded and folded.index(key) not in taken:
                out[column.name] = folded.index(key)
                taken.add(out[column.name])
                break
    return out


def header_score(cells: list[object]) -> int:
    """How many of ``cells`` read as a known heading (to find the header row)."""
    known = {fold_heading(w) for c in COLUMNS for w in (c.heading, *c.synonyms)}
    return sum(1 for c in cells if fold_heading(c) in known)


def mapping_headings(headers: list[str], mapping: Mapping) -> dict[str, str]:
    """The mapping as column name -> the file's heading (what the vault remembers)."""
    return {name: headers[i] for name, i in mapping.items() if 0 <= i < len(headers)}
