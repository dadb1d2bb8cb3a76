"""Anonymising a case before anything about it goes to an external body.

Working Together 2010, 8.15 (``reference/002``): information about the
children, family members and professionals must be anonymised before it is
sent to Ofsted, the DfE or the National Panel.  :func:`anonymise_case`
returns a copy of a case in which

* every known person has a consistent pseudonym (Child A, Mother of Child A,
  Father of Child A, Sibling 1 ..., Household member 1 ...), and the
  referrer's and other professionals' names are removed;
* dates of birth become ages at the incident ("aged 3", "aged 34",
  "aged 5 months"), so the chronology still makes sense;
* addresses, telephone numbers and e-mail addresses are removed;
* every free-text value is scanned for every known name (whole names, each
  part of two letters or more, also-known-as names; case-, accent- and
  word-boundary-aware, so "Zoe" finds "Zoë" but "Ann" leaves "Annual"
  alone), every date of birth (numeric and written forms), every address
  (whole, line by line and its postcode), any postcode, e-mail address or
  long number, and replaces them with the pseudonym or a "[... removed]"
  marker.

Names are also found inside handles and user names (``mira_v2023``, but
never inside a longer word: "Ann" still leaves "Annual" alone); a street
is found without its house number ("attended Orchard Row", "7, Orchard
Row"); a date of birth is found written compactly (``140623``,
``14062023``).

Only names the case records can be found: a name that appears nowhere in
the form (a neighbour mentioned only in the outline) cannot be recognised,
which is why the application shows a preview before anything is sent.
The town (the last line of an address before the postcode, when it is a
single word) is kept: on its own it identifies nobody, the notifying board
names the area anyway, and removing it would garble text such as "Leeds
Children's Services".  Every other line, including a one-word house name,
is removed.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date

from .dates import DateFormatError, parse_uk_date
from .form import FIELDS, Kind
from .model import Case

CHILD = "Child A"
MOTHER = f"Mother of {CHILD}"
FATHER = f"Father of {CHILD}"
REFERRER = "Referrer"
PROFESSIONAL = "Designated professional"
DECIDER = "Chair"
NAME_REMOVED = "[name removed]"
ADDRESS_REMOVED = "[address removed]"
DATE_REMOVED = "[date removed]"
CONTACT_REMOVED = "[removed]"
EMAIL_REMOVED = "[e-mail removed]"
NUMBER_REMOVED = "[number removed]"

# Words that can appear in a name field but are not names: never replaced on their own.
_NOT_NAMES = frozenset(
    (
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir", "dame", "lord", "lady",
        "and", "of", "the", "de", "da", "di", "du", "del", "della", "van", "von", "der",
        "den", "la", "le", "el", "al", "bin", "ibn", "st", "jr", "sr", "mother", "father",
        "partner", "aunt", "uncle", "grandmother", "grandfather", "stepfather",
        "stepmother", "sister", "brother", "baby", "child", "unknown", "not", "known",
        "none", "na", "designated", "doctor", "nurse", "social", "worker", "manager",
        "team", "officer", "police", "chair", "independent", "teacher", "head",
        "professional", "lead", "named", "safeguarding", "health", "visitor", "gp",
        "school", "agency", "role",
    )
)

_FOLD_SPECIAL = {
    "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d",
    "þ": "th", "Þ": "th", "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
    "ı": "i", "ħ": "h", "Ħ": "h", "\u2019": "'", "\u2018": "'", "\u02bc": "'",
    "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u00a0": " ",
}

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
_MONTH_ALT = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\.(?=\s*\d))?"
)
_ORD = r"(?:st|nd|rd|th)?"
_DATE_PATTERNS = (
    re.compile(r"(?<![\w/.-])(?P<d>\d{1,2})\s?[/.-]\s?(?P<m>\d{1,2})\s?[/.-]\s?(?P<y>\d{4}|\d{2})(?![\w/-])"),
    re.compile(r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\w-])"),
    re.compile(
        rf"(?<!\w)(?P<d>\d{{1,2}}){_ORD}(?:\s+of)?[\s-]+(?P<mn>{_MONTH_ALT})"
        rf"(?:,?[\s-]+(?P<y>\d{{4}}|'\d{{2}}))?(?!\w)"
    ),
    re.compile(
        rf"(?<!\w)(?P<mn>{_MONTH_ALT})\s+(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}"
        rf"(?:,?\s+(?P<y>\d{{4}}))?(?!\w)"
    ),
    # Compact: ddmmyy or ddmmyyyy ("DOB 140623"); only ever replaced when it is a date of birth.
    re.compile(r"(?<![\d/.-])(?P<d>\d{2})(?P<m>\d{2})(?P<y>\d{4}|\d{2})(?![\d/-])"),
)
# Markers stand in for removed text until the last pass, so that no later pass
# can match inside them; private-use characters are not word characters.
_PLACEHOLDERS = {
    ADDRESS_REMOVED: "\ue000",
    DATE_REMOVED: "\ue001",
    EMAIL_REMOVED: "\ue002",
    NUMBER_REMOVED: "\ue003",
}
_RESTORE = str.maketrans({v: k for k, v in _PLACEHOLDERS.items()})

# While a preview is made, every replacement is wrapped in these two characters so that
# the screen can show where each one is (see :func:`marking_replacements`).
MARK_OPEN, MARK_CLOSE = "\ue010", "\ue011"
_MARKING: ContextVar[bool] = ContextVar("anonymise_marking", default=False)


@contextmanager
def marking_replacements() -> Iterator[None]:
    """Within this block, anonymisation wraps every replacement in MARK_OPEN and MARK_CLOSE."""
    token = _MARKING.set(True)
    try:
        yield
    finally:
        _MARKING.reset(token)


def _mark(text: str) -> str:
    return f"{MARK_OPEN}{text}{MARK_CLOSE}" if text and _MARKING.get() else text


def split_marks(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Return ``text`` without the marks, and the (start, end) of each marked replacement."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    depth, start, size = 0, 0, 0
    for c in text:
        if c == MARK_OPEN:
            if depth == 0:
                start = size
            depth += 1
        elif c == MARK_CLOSE:
            depth = max(depth - 1, 0)
            if depth == 0 and size > start:
                spans.append((start, size))
        else:
            plain.append(c)
            size += 1
    return "".join(plain), spans
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_POSTCODE = re.compile(r"(?<!\w)[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}(?!\w)")
_LONG_NUMBER = re.compile(r"(?<![\w])\+?\d(?:[\s-]?\d){8,}(?!\w)")


def fold(text: str) -> str:
    """Return ``text`` case-folded with accents removed, for comparisons ("Zoë" -> "zoe")."""
    return "".join(_fold_char(c) for c in text)


def _fold_char(c: str) -> str:
    special = _FOLD_SPECIAL.get(c)
    if special is not None:
        return special
    decomposed = unicodedata.normalize("NFKD", c)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """Return the folded text and, for each folded character, its index in ``text``."""
    out: list[str] = []
    index: list[int] = []
    for i, c in enumerate(text):
        f = _fold_char(c)
        out.append(f)
        index.extend([i] * len(f))
    return "".join(out), index


def _sub_folded(text: str, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str | None],
                ) -> str:
    """Replace matches of ``pattern`` found in the folded text, in the original text.

    ``repl`` returns the replacement, or None to leave that match alone.
    """
    folded, index = _folded_with_map(text)
    pieces: list[str] = []
    last = 0
    for m in pattern.finditer(folded):
        if m.end() == m.start():
            continue
        new = repl(m)
        if new is None:
            continue
        start = index[m.start()]
        end = index[m.end() - 1] + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        if start < last:
            continue
        pieces += [text[last:start], new]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _name_regex(name: str) -> str:
    tokens = fold(name).split()
    return r"\s+".join(re.escape(t) for t in tokens)


def _name_parts(name: str) -> Iterator[str]:
    """Yield the folded parts of a name worth matching on their own."""
    for token in re.findall(r"[\w'-]+", fold(name)):
        pieces = {token, token.replace("'", "").replace("-", ""), *re.split(r"['-]", token)}
        for piece in pieces:
            piece = piece.strip("'-")
            if len(piece) >= 2 and not piece.isdigit() and piece not in _NOT_NAMES:
                yield piece


def _name_only(text: str) -> str:
    """Return the name part of "Name, role" or "Name (role)" text."""
    return re.split(r",|\(| - | \u2013 ", text, maxsplit=1)[0].strip()


@dataclass(frozen=True)
class PseudonymEntry:
    """One person known to the case and the pseudonym that replaces them."""

    role: str
    real_name: str
    pseudonym: str


class Pseudonyms(Mapping[str, str]):
    """Real names (as recorded) mapped to their pseudonyms, in form order, for previews."""

    def __init__(self, entries: tuple[PseudonymEntry, ...]) -> None:
        self.entries = entries
        self._map = {e.real_name: e.pseudonym for e in entries}

    def __getitem__(self, real_name: str) -> str:
        return self._map[real_name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._map)

    def __len__(self) -> int:
        return len(self._map)

    def __repr__(self) -> str:
        return f"Pseudonyms({len(self.entries)} people)"


def child_label(index: int) -> str:
    """Return the pseudonym of the ``index``-th child (from 0) in one document: Child A, B, ...

    A document covering several cases (the minutes of a meeting, the
    presenter) labels each child in agenda order, so no two children share a
    pseudonym; after Z the letters double (Child AA, Child AB, ...).
    """
    letters = ""
    n = index
    while True:
        letters = chr(ord("A") + n % 26) + letters
        n = n // 26 - 1
        if n < 0:
            return f"Child {letters}"


def pseudonyms(case: Case, child: str = CHILD) -> Pseudonyms:
    """Return every person the case names, with the pseudonym used for them.

    ``child`` is the child's pseudonym (Child A unless the document covers
    several cases); the parents are named after it.
    """
    entries: list[PseudonymEntry] = []

    def add(role: str, real: str, pseudonym: str) -> None:
        if real.strip():
            entries.append(PseudonymEntry(role, real.strip(), pseudonym))

    add("Child", case.child_name(), child)
    for aka in re.split(r"[,;/]", str(case.get("child_aka"))):
        add("Child (also known as)", aka, child)
    add("Mother", str(case.get("mother_name")), f"Mother of {child}")
    add("Father", str(case.get("father_name")), f"Father of {child}")
    siblings = case.get("siblings")
    for i, row in enumerate(siblings if isinstance(siblings, list) else [], start=1):
        add("Sibling", row.get("name", ""), f"Sibling {i}")
    members = case.get("household_members")
    for i, row in enumerate(members if isinstance(members, list) else [], start=1):
        add("Household member", row.get("name", ""), f"Household member {i}")
    add("Referrer", str(case.get("referrer_name")), REFERRER)
    add("Designated professional", _name_only(str(case.get("discussed_with_name"))),
        PROFESSIONAL)
    add("Decision maker", _name_only(case.decision.decided_by), DECIDER)
    return Pseudonyms(tuple(entries))


def _reference_date(case: Case) -> date:
    for name in ("incident_date", "aware_date", "referral_date"):
        try:
            return parse_uk_date(str(case.get(name)))
        except DateFormatError:
            continue
    return date.today()


def age_text(born: date, at: date) -> str:
    """Return an age as the anonymised form shows it: "aged 3", "aged 5 months"."""
    if born > at:
        return "born after the incident"
    years = at.year - born.year - ((at.month, at.day) < (born.month, born.day))
    if years >= 1:
        return f"aged {years}"
    months = (at.year - born.year) * 12 + at.month - born.month - (at.day < born.day)
    if months >= 1:
        return f"aged {months} month{'s' if months != 1 else ''}"
    weeks = (at - born).days // 7
    if weeks >= 1:
        return f"aged {weeks} week{'s' if weeks != 1 else ''}"
    days = (at - born).days
    return f"aged {days} day{'s' if days != 1 else ''}"


def _dob_as_age(text: str, at: date) -> str:
    if not text.strip():
        return ""
    try:
        return _mark(age_text(parse_uk_date(text), at))
    except DateFormatError:
        return _mark(DATE_REMOVED)


def age_on_record(case: Case, dob_text: str) -> str:
    """Return a typed date of birth as the anonymised documents show it ("aged 3")."""
    return _dob_as_age(dob_text, _reference_date(case))


class Redactor:
    """Finds a case's names, dates of birth, addresses and contacts in free text."""

    def __init__(self, case: Case, child: str = CHILD) -> None:
        self.people = pseudonyms(case, child)
        self._build_names()
        self._dobs = self._collect_dobs(case)
        self._build_addresses(case)
        self._phones = self._collect_phones(case)

    # -- names ---------------------------------------------------------------
    def _build_names(self) -> None:
        whole: dict[str, set[str]] = {}
        parts: dict[str, set[str]] = {}
        for e in self.people.entries:
            key = " ".join(fold(e.real_name).split())
            if key and not all(t in _NOT_NAMES for t in re.findall(r"[\w']+", key)):
                whole.setdefault(key, set()).add(e.pseudonym)
            for part in _name_parts(e.real_name):
                parts.setdefault(part, set()).add(e.pseudonym)
        self._terms: dict[str, str] = {}
        for key, owners in parts.items():
            self._terms[key] = owners.pop() if len(owners) == 1 else NAME_REMOVED
        for key, owners in whole.items():
            self._terms[key] = owners.pop() if len(owners) == 1 else NAME_REMOVED
        if not self._terms:
            self._names_re: re.Pattern[str] | None = None
            return
        alternatives = sorted(self._terms, key=len, reverse=True)
        body = "|".join(_name_regex(a) for a in alternatives)
        title = r"(?P<title>(?:mr|mrs|ms|miss|mx|dr)\.?\s+)?"
        # Bounded by anything but a letter, so "mira_v2023" gives up "mira" but "Annual" keeps
        # "Ann".
        self._names_re = re.compile(
            rf"(?<![^\W\d_]){title}(?P<name>{body})(?![^\W\d_])")

    def _replace_name(self, m: re.Match[str]) -> str:
        new = self._terms.get(" ".join(m.group("name").split()), NAME_REMOVED)
        title = m.group("title")
        if new == NAME_REMOVED and title:
            # "Mrs [name removed]" reads better than losing the title, and a
            # title alone identifies nobody.
            return _mark(f"{title.strip().capitalize()} {new}")
        return _mark(new)

    # -- dates of birth ------------------------------------------------------
    @staticmethod
    def _collect_dobs(case: Case) -> set[date]:
        texts = [str(case.get(n)) for n in ("child_dob", "mother_dob", "father_dob")]
        for group in ("siblings", "household_members"):
            rows = case.get(group)
            texts += [r.get("dob", "") for r in (rows if isinstance(rows, list) else [])]
        dobs = set()
        for t in texts:
            try:
                dobs.add(parse_uk_date(t))
            except DateFormatError:
                continue
        return dobs

    def _replace_date(self, m: re.Match[str]) -> str | None:
        g = m.groupdict()
        try:
            day = int(g["d"])
            month = _MONTHS[_month_name(g["mn"])] if g.get("mn") else int(g["m"])
        except (KeyError, ValueError):
            return None
        year_text = (g.get("y") or "").lstrip("'")
        for dob in self._dobs:
            if (dob.day, dob.month) != (day, month):
                continue
            year = int(year_text) if year_text else None
            if (
                year is None
                or (len(year_text) == 2 and year == dob.year % 100)
                or year == dob.year
            ):
                return _mark(_PLACEHOLDERS[DATE_REMOVED])
        return None

    # -- addresses and contacts ---------------------------------------------
    def _build_addresses(self, case: Case) -> None:
        terms: set[str] = set()
        for name, spec in FIELDS.items():
            if spec.kind is Kind.MULTILINE and spec.identifying:
                address = str(case.get(name))
                parts = [p.strip() for p in re.split(r"[\n,]", address) if p.strip()]
                if not parts:
                    continue
                terms.add(r"[\s,]+".join(_name_regex(p) for p in parts))
                lines = [p for p in parts if not _POSTCODE.fullmatch(fold(p))]
                town = lines[-1] if len(lines) > 1 else None
                for part in parts:
                    folded = fold(part)
                    if part == town and len(folded.split()) == 1 and not re.search(r"\d", folded):
                        continue  # a town alone identifies nobody (see the module notes)
                    if len(folded) >= 3:
                        terms.add(_name_regex(part))
                    street = re.fullmatch(r"\d+[a-z]?,?\s+(?P<street>[^\d].*)", folded)
                    if street and len(street.group("street")) >= 5:
                        # The street without its number, and with the number written apart.
                        terms.add(r"(?:\d+[a-z]?\s*,?\s*)?"
                                  + _name_regex(street.group("street")))
        ordered = sorted(terms, key=len, reverse=True)
        self._address_re = (
            re.compile(rf"(?<!\w)(?:{'|'.join(ordered)})(?!\w)") if ordered else None
        )

    @staticmethod
    def _collect_phones(case: Case) -> set[str]:
        digits = set()
        for name, spec in FIELDS.items():
            if spec.kind is Kind.PHONE:
                d = re.sub(r"\D", "", str(case.get(name)))
                if len(d) >= 6:
                    digits.add(d)
        return digits

    def _phone_re(self) -> re.Pattern[str] | None:
        if not self._phones:
            return None
        alts = [r"[\s().-]*".join(re.escape(ch) for ch in d) for d in self._phones]
        alts += [r"\+44[\s().-]*" + r"[\s().-]*".join(d[1:]) for d in self._phones
                 if d.startswith("0")]
        return re.compile(rf"(?<!\d)(?:{'|'.join(alts)})(?!\d)")

    # -- the whole pass ------------------------------------------------------
    def redact(self, text: str) -> str:
        """Return ``text`` with every known identifier replaced."""
        if not text or not text.strip():
            return text
        ph = {k: _mark(v) for k, v in _PLACEHOLDERS.items()}
        out = text.translate({ord(c): None
                              for c in (*_PLACEHOLDERS.values(), MARK_OPEN, MARK_CLOSE)})
        out = _sub_folded(out, _EMAIL, lambda m: ph[EMAIL_REMOVED])
        if self._address_re is not None:
            out = _sub_folded(out, self._address_re, lambda m: ph[ADDRESS_REMOVED])
        out = _sub_folded(out, _POSTCODE, lambda m: ph[ADDRESS_REMOVED])
        if self._dobs:
            for pattern in _DATE_PATTERNS:
                out = _sub_folded(out, pattern, self._replace_date)
        phone = self._phone_re()
        if phone is not None:
            out = _sub_folded(out, phone, lambda m: ph[NUMBER_REMOVED])
        out = _sub_folded(out, _LONG_NUMBER, lambda m: ph[NUMBER_REMOVED])
        if self._names_re is not None:
            out = _sub_folded(out, self._names_re, self._replace_name)
        return out.translate(_RESTORE)


def _month_name(text: str) -> str:
    t = text.rstrip(".")
    for full in _MONTHS:
        if full.startswith(t[:3]):
            return full
    raise KeyError(text)


def anonymise_text(case: Case, text: str, child: str = CHILD) -> str:
    """Return ``text`` with the identifiers ``case`` knows about replaced (for previews)."""
    return Redactor(case, child).redact(text)


def anonymise_case(case: Case, child: str = CHILD) -> Case:
    """Return an anonymised copy of ``case``; the original is not changed.

    ``child`` is the child's pseudonym (:func:`child_label` in documents
    covering several cases).
    """
    redactor = Redactor(case, child)
    at = _reference_date(case)
    out = Case.from_dict(copy.deepcopy(case.to_dict()))
    pseudonym_of_field = {
        "mother_name": f"Mother of {child}",
        "father_name": f"Father of {child}",
    }
    for name, spec in FIELDS.items():
        value = out.get(name)
        if spec.kind is Kind.BOOL:
            continue
        if spec.kind is Kind.GROUP:
            rows = value if isinstance(value, list) else []
            label = "Sibling" if name == "siblings" else "Household member"
            new_rows = []
            for i, row in enumerate(rows, start=1):
                new_row = {}
                for sub in spec.subfields:
                    cell = str(row.get(sub.name, ""))
                    if sub.kind is Kind.DATE and sub.identifying:
                        new_row[sub.name] = _dob_as_age(cell, at)
                    elif sub.identifying:
                        new_row[sub.name] = _mark(f"{label} {i}") if cell.strip() else ""
                    else:
                        new_row[sub.name] = redactor.redact(cell)
                new_rows.append(new_row)
            out.set(name, new_rows)
            continue
        text = str(value)
        if not spec.identifying:
            out.set(name, redactor.redact(text))
        elif not text.strip():
            out.set(name, "")
        elif spec.kind is Kind.DATE:
            out.set(name, _dob_as_age(text, at))
        elif spec.kind is Kind.MULTILINE:
            out.set(name, _mark(ADDRESS_REMOVED))
        elif spec.kind in (Kind.PHONE, Kind.EMAIL):
            out.set(name, _mark(CONTACT_REMOVED))
        elif name in pseudonym_of_field:
            out.set(name, _mark(pseudonym_of_field[name]))
        else:
            out.set(name, _mark(NAME_REMOVED))
    out.set("child_forenames", _mark(child))
    out.set("child_last_names", "")
    out.set("child_aka", "")
    child_dob = str(case.get("child_dob"))
    if not str(out.get("child_age")).strip() and child_dob.strip():
        try:
            born = parse_uk_date(child_dob)
            years = at.year - born.year - ((at.month, at.day) < (born.month, born.day))
            out.set("child_age", str(max(years, 0)))
        except DateFormatError:
            pass
    out.reference = redactor.redact(out.reference)
    d = out.decision
    d.recommendation_notes = redactor.redact(d.recommendation_notes)
    d.formal_processes = redactor.redact(d.formal_processes)
    d.rationale = redactor.redact(d.rationale)
    if d.decided_by.strip():
        d.decided_by = _mark(DECIDER)
    return out
