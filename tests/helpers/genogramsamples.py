"""Families for the genogram tests: one small and ordinary, one of thirty people (fictional)."""

from __future__ import annotations

from typing import Any

from scr_desktop.domain.model import Case

NAMES = ("Qzmira Vantoll", "Qzsarah Vantoll", "Qztom Prickett", "Qzava Vantoll",
         "Qzleo Prickett", "Qzdan Hollis", "Qzjoan Vantoll", "Qzkai Hollis")


def family_case() -> Case:
    """Return a case whose form names a child, both parents, two siblings and two adults."""
    c = Case(reference="SCR-2026-0007")
    c.set("child_forenames", "Qzmira")
    c.set("child_last_names", "Vantoll")
    c.set("child_gender", "Female")
    c.set("child_dob", "14/06/2023")
    c.set("incident_date", "01/03/2026")
    c.set("child_address", "7 Orchard Row, Leeds")
    c.set("mother_name", "Qzsarah Vantoll")
    c.set("mother_address", "7 Orchard Row,  Leeds")
    c.set("father_name", "Qztom Prickett")
    c.set("father_address", "2 Mill Lane, Bradford")
    c.set("siblings", [{"name": "Qzava Vantoll", "dob": "02/02/2020"},
                       {"name": "Qzleo Prickett", "dob": "01/01/2018"}])
    c.set("household_members", [
        {"name": "Qzdan Hollis", "relationship": "Qzsarah's partner", "dob": ""},
        {"name": "Qzjoan Vantoll", "relationship": "Maternal grandmother", "dob": "03/03/1960"}])
    c.answer_fact("child_died", True)
    return c


def person(rid: str, **values: Any) -> dict[str, Any]:
    """Return a ``genogram_people`` record with ``values`` over empty fields."""
    base: dict[str, Any] = {"id": rid, "ref": "", "name": "", "relationship": "", "sex": "",
                            "born": "", "age": "", "generation": "", "parents": "",
                            "household": "", "died": False, "died_on": ""}
    return {**base, **values}


def link(a: str, kind: str, b: str, since: str = "", until: str = "") -> dict[str, Any]:
    """Return a ``genogram_links`` record."""
    return {"id": f"{a}-{kind}-{b}", "a": a, "kind": kind, "b": b, "since": since,
            "until": until}


def family_additions() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Return what a review adds: a half-brother, Leo as the father's child only, links."""
    people = [person("p1", name="Qzkai Hollis", relationship="Half-brother", parents="mother",
                     household="yes", age="1"),
              person("p2", ref="sibling:2", parents="father", sex="male")]
    links = [link("household:1", "partners", "mother"),
             link("mother", "separated", "father", since="2015", until="2022"),
             link("household:2", "parent", "mother")]
    return people, links


def large_case() -> tuple[Case, list[dict[str, Any]], list[dict[str, Any]]]:
    """Return a family of thirty people over four generations, with its review records."""
    c = family_case()
    c.set("siblings", [{"name": f"Qzsib{i} Vantoll", "dob": f"0{1 + i % 9}/03/{2008 + i}"}
                       for i in range(8)])
    c.set("household_members", [
        {"name": "Qzdan Hollis", "relationship": "Mother's partner", "dob": ""},
        {"name": "Qzjoan Vantoll", "relationship": "Maternal grandmother", "dob": "03/03/1960"},
        {"name": "Qzbert Vantoll", "relationship": "Maternal grandfather", "dob": ""},
        {"name": "Qzuna Vantoll", "relationship": "Aunt", "dob": ""},
    ])
    people = [person(f"a{i}", name=f"Qzadded{i} Person", relationship=rel, parents=parents)
              for i, (rel, parents) in enumerate(
                  [("Half-sister", "father")] * 4 + [("Cousin", "")] * 4
                  + [("Paternal grandmother", ""), ("Paternal grandfather", ""),
                     ("Uncle", ""), ("Family friend", ""), ("Step-brother", ""),
                     ("Niece", "")])]
    links = [link("household:3", "partners", "household:2"),
             link("household:2", "parent", "mother"), link("household:3", "parent", "mother"),
             link("household:2", "parent", "household:4"),
             link("a8", "partners", "a9"), link("a8", "parent", "father"),
             link("a10", "partners", "household:4")]
    return c, people, links
