"""Who is in the genogram and how they are related: the form's family plus what the review adds.

``002`` 8.40 asks every overview report for "an anonymised genogram showing
membership of family, extended family and household".  The family is
already on the *Case for Consideration* form (the child, mother, father,
siblings, other household members and significant adults), so the genogram
starts from it; the review adds what the form does not say, as records of
the review (:data:`~scr_desktop.domain.review.records.GENOGRAM_PEOPLE` and
``GENOGRAM_LINKS``):

* a record whose ``ref`` names a person on the form (``child``, ``mother``,
  ``father``, ``sibling:N``, ``household:N``, counted from 1 in form order)
  changes that person: sex, generation, which parents a sibling shares, the
  household, a death;
* a record with an empty ``ref`` is someone the form does not name
  (a grandparent, a mother's new partner, a half-sibling elsewhere);
* a link joins two people (``partners``, ``separated``, ``parent``).

What the form already says is derived and shown as derived: the mother is
female and the father male; the child's sex is the form's gender; a parent
whose address is the child's lives in the household, one whose address
differs does not; the child has died when the flowchart says so; siblings
are children of the mother and the father unless the review says
otherwise; the mother and father are drawn as a couple when both are named.
Household members' generation and sex are read from the relationship typed
on the form ("grandmother", "stepfather", "half-brother") where it says.

Names are shown only when asked for: labels are the pseudonyms used in
every anonymised document (:func:`scr_desktop.domain.anonymise.pseudonyms`),
so "Mother of Child A" on the genogram is the same person in the minutes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from scr_desktop.domain.anonymise import CHILD, FATHER, MOTHER, Redactor, age_on_record
from scr_desktop.domain.model import Case

GENERATIONS = {"grandparents": -1, "parents": 0, "child": 1, "next": 2}
"""Generation ids (as stored) and the row they are drawn in, top row first."""

SEXES = ("male", "female", "other", "unknown")

_MALE = re.compile(r"\b(father|dad|step-?father|grandfather|grandad|brother|half-?brother|"
                   r"step-?brother|uncle|son|nephew|husband|boyfriend|man|male|he)\b", re.I)
_FEMALE = re.compile(r"\b(mother|mum|step-?mother|grandmother|gran|nan|sister|half-?sister|"
                     r"step-?sister|aunt|daughter|niece|wife|girlfriend|woman|female|she)\b",
                     re.I)
_GRAND = re.compile(r"\bgrand|\bgreat-", re.I)
_SAME_ROW = re.compile(r"\b(brother|sister|sibling|cousin)\b", re.I)
_NEXT_ROW = re.compile(r"\b(son|daughter|baby|nephew|niece)\b", re.I)
_PARTNER_OF = re.compile(r"\b(partner|boyfriend|girlfriend|husband|wife|step-?father|"
                         r"step-?mother)\b", re.I)


@dataclass
class Person:
    """One person on the genogram."""

    key: str  # "child", "mother", "sibling:2", "added:<record id>"
    label: str  # what the genogram shows: a pseudonym, or the name when names are shown
    relationship: str  # to the child, in words
    sex: str = "unknown"  # one of SEXES
    generation: int = 0  # row: 0 the parents' generation, 1 the child's
    household: str = "unknown"  # "yes", "no" or "unknown"
    died: bool = False
    born: str = ""  # dd/mm/yyyy as typed
    age: str = ""
    died_on: str = ""
    subject: bool = False
    derived: tuple[str, ...] = ()  # the attributes taken from the form, not the review
    detail: str = ""  # the date of birth (named) or the age (anonymised), and a death

    def words(self) -> str:
        """Return the person in words, for the text equivalent."""
        sex = {"male": "male", "female": "female", "other": "other sex"}.get(self.sex,
                                                                          "sex not known")
        parts = [self.label, f"({self.relationship})" if self.relationship != self.label else "",
                 sex, self.detail]
        if self.household == "yes":
            parts.append("lives in the household")
        elif self.household == "no":
            parts.append("lives elsewhere")
        return ", ".join(p for p in parts if p).replace(", (", " (")


@dataclass(frozen=True)
class Link:
    """A relationship between two people: ``partners``, ``separated`` or ``parent`` (a of b)."""

    a: str
    kind: str
    b: str
    since: str = ""
    until: str = ""
    derived: bool = False


@dataclass
class Genogram:
    """The people and relationships of one family, ready to be laid out."""

    people: dict[str, Person] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    named: bool = False

    def partners(self) -> list[Link]:
        """Return the couples (partners and separated), each once."""
        return [k for k in self.links if k.kind in ("partners", "separated")]

    def parents_of(self, key: str) -> list[str]:
        """Return the keys of ``key``'s parents on the genogram (zero, one or two)."""
        return [k.a for k in self.links if k.kind == "parent" and k.b == key]


def _text(value: object) -> str:
    return str(value).strip() if isinstance(value, str) else ""


def _norm_address(text: str) -> str:
    return re.sub(r"[\s,.]+", " ", text).strip().lower()


_POSSESSIVE = re.compile(r"\b\w+'s\b", re.I)


def _sex_from_words(text: str) -> str:
    text = _POSSESSIVE.sub(" ", text)  # "mother's partner" says nothing of the partner's sex
    if _FEMALE.search(text) and not _MALE.search(text):
        return "female"
    if _MALE.search(text) and not _FEMALE.search(text):
        return "male"
    return "unknown"


def _generation_from_words(text: str) -> int:
    text = _POSSESSIVE.sub(" ", text)
    if _GRAND.search(text):
        return GENERATIONS["grandparents"]
    if _SAME_ROW.search(text):
        return GENERATIONS["child"]
    if _NEXT_ROW.search(text):
        return GENERATIONS["next"]
    return GENERATIONS["parents"]


def _from_form(case: Case) -> tuple[dict[str, Person], dict[str, str]]:
    """Return the people the form names, and each one's real name by key."""
    people: dict[str, Person] = {}
    names: dict[str, str] = {}
    child_address = _norm_address(_text(case.get("child_address")))

    gender = _text(case.get("child_gender")).lower()
    child_sex = gender if gender in ("male", "female", "other") else "unknown"
    died = case.facts.get("child_died") is True
    people["child"] = Person(
        "child", CHILD, "Subject child", child_sex, GENERATIONS["child"], "yes", died,
        _text(case.get("child_dob")), _text(case.get("child_age")), subject=True,
        derived=("sex", "household") + (("died",) if died else ()))
    names["child"] = case.child_name()

    for key, sex, pseudonym in (("mother", "female", MOTHER), ("father", "male", FATHER)):
        name = _text(case.get(f"{key}_name"))
        if not name:
            continue
        address = _norm_address(_text(case.get(f"{key}_address")))
        household = ("unknown" if not address or not child_address
                     else "yes" if address == child_address else "no")
        people[key] = Person(key, pseudonym, key.capitalize(), sex, GENERATIONS["parents"],
                             household, born=_text(case.get(f"{key}_dob")),
                             derived=("sex", "household"))
        names[key] = name

    siblings = case.get("siblings")
    for i, row in enumerate(siblings if isinstance(siblings, list) else [], start=1):
        name = _text(row.get("name"))
        key = f"sibling:{i}"
        people[key] = Person(key, f"Sibling {i}", "Sibling", "unknown", GENERATIONS["child"],
                             born=_text(row.get("dob")))
        names[key] = name

    members = case.get("household_members")
    for i, row in enumerate(members if isinstance(members, list) else [], start=1):
        name = _text(row.get("name"))
        relationship = _text(row.get("relationship"))
        key = f"household:{i}"
        people[key] = Person(key, f"Household member {i}", relationship or "Household member",
                             _sex_from_words(relationship), _generation_from_words(relationship),
                             "yes", born=_text(row.get("dob")),
                             derived=("sex", "generation", "household"))
        names[key] = name
    return people, names


def _apply(person: Person, rec: Mapping[str, Any]) -> None:
    """Apply the review's record for a person over what the form says."""
    taken = set(person.derived)
    if _text(rec.get("sex")) in SEXES:
        person.sex = _text(rec["sex"])
        taken.discard("sex")
    if _text(rec.get("generation")) in GENERATIONS:
        person.generation = GENERATIONS[_text(rec["generation"])]
        taken.discard("generation")
    if _text(rec.get("household")) in ("yes", "no", "unknown"):
        person.household = _text(rec["household"])
        taken.discard("household")
    if rec.get("died") is True:
        person.died = True
        taken.discard("died")
    if _text(rec.get("died_on")):
        person.died_on = _text(rec["died_on"])
        person.died = True
        taken.discard("died")
    for attr in ("born", "age", "relationship"):
        if _text(rec.get(attr)):
            setattr(person, attr, _text(rec[attr]))
    person.derived = tuple(a for a in person.derived if a in taken)


def build(case: Case, people_records: Sequence[Mapping[str, Any]],
          link_records: Sequence[Mapping[str, Any]], *, named: bool = False) -> Genogram:
    """Return the genogram of ``case`` with the review's additions.

    ``people_records`` and ``link_records`` are the review's
    ``genogram_people`` and ``genogram_links`` records.  Records that name
    someone no longer on the form (a sibling row deleted since) are ignored
    rather than drawn wrongly.
    """
    people, names = _from_form(case)
    sibling_parents: dict[str, str] = {}
    for rec in people_records:
        ref = _text(rec.get("ref"))
        if ref:
            if ref in people:
                _apply(people[ref], rec)
                if _text(rec.get("parents")):
                    sibling_parents[ref] = _text(rec["parents"])
            continue
        key = f"added:{_text(rec.get('id'))}"
        name = _text(rec.get("name"))
        relationship = _text(rec.get("relationship")) or "Family member"
        person = Person(key, "", relationship, _sex_from_words(relationship),
                        _generation_from_words(relationship), "unknown",
                        derived=("sex", "generation"))
        _apply(person, rec)
        people[key] = person
        names[key] = name
        if _text(rec.get("parents")):
            sibling_parents[key] = _text(rec["parents"])

    _label(case, people, names, named)

    links: list[Link] = []
    if "mother" in people and "father" in people:
        links.append(Link("mother", "partners", "father", derived=True))
    for key, person in people.items():
        if person.generation != GENERATIONS["child"] or key.startswith("household:"):
            continue
        if key.startswith("added:") and key not in sibling_parents:
            continue
        which = sibling_parents.get(key, "both")
        for parent in ("mother", "father"):
            if parent in people and which in ("both", parent):
                links.append(Link(parent, "parent", key, derived=key not in sibling_parents))

    for rec in link_records:
        kind = _text(rec.get("kind"))
        a, b = _resolve(_text(rec.get("a")), people), _resolve(_text(rec.get("b")), people)
        if a is None or b is None or a == b or kind not in ("partners", "separated", "parent"):
            continue
        if kind in ("partners", "separated"):
            links = [k for k in links if not (k.kind in ("partners", "separated")
                                             and {k.a, k.b} == {a, b})]
        links.append(Link(a, kind, b, _text(rec.get("since")), _text(rec.get("until"))))
    return Genogram(people, links, named)


def _resolve(ref: str, people: Mapping[str, Person]) -> str | None:
    """Return the person key a link record names (a form ref or an added record id)."""
    if ref in people:
        return ref
    added = f"added:{ref}"
    return added if added in people else None


def _label(case: Case, people: Mapping[str, Person], names: Mapping[str, str],
           named: bool) -> None:
    """Give every person the label and detail the genogram shows."""
    redactor = None if named else Redactor(case)
    seen: dict[str, int] = {}
    for key, person in people.items():
        if redactor is not None:
            person.relationship = redactor.redact(person.relationship)
        if key.startswith("added:"):
            base = person.relationship or "Family member"
            seen[base] = seen.get(base, 0) + 1
            person.label = base if seen[base] == 1 else f"{base} {seen[base]}"
        if named and names.get(key):
            person.label = names[key]
        if named:
            born = f"born {person.born}" if person.born else (
                f"aged {person.age}" if person.age else "")
        else:
            born = age_on_record(case, person.born) if person.born else (
                f"aged {person.age}" if person.age else "")
        died = ""
        if person.died:
            died = f"died {person.died_on}" if named and person.died_on else "died"
        person.detail = ", ".join(p for p in (born, died) if p)
