"""The genogram: who is on it from the form, what the review adds, and the family in words."""

from __future__ import annotations

from genogramsamples import NAMES, family_additions, family_case, link, person

from scr_desktop.domain.genogram.model import GENERATIONS, build
from scr_desktop.domain.genogram.text import describe


def test_the_form_family_is_drawn_with_what_the_form_says() -> None:
    g = build(family_case(), [], [])
    assert list(g.people) == ["child", "mother", "father", "sibling:1", "sibling:2",
                              "household:1", "household:2"]
    child, mother, father = g.people["child"], g.people["mother"], g.people["father"]
    assert child.subject and child.sex == "female" and child.died
    assert (mother.sex, father.sex) == ("female", "male")
    # the mother's address is the child's (spacing and commas aside); the father's is not
    assert (mother.household, father.household) == ("yes", "no")
    assert g.people["household:2"].generation == GENERATIONS["grandparents"]
    assert g.people["household:2"].sex == "female"
    # "Qzsarah's partner" says nothing of the partner's own sex
    assert g.people["household:1"].sex == "unknown"
    assert g.people["sibling:1"].generation == GENERATIONS["child"]
    assert {(k.a, k.kind, k.b) for k in g.links} == {
        ("mother", "partners", "father"),
        ("mother", "parent", "child"), ("father", "parent", "child"),
        ("mother", "parent", "sibling:1"), ("father", "parent", "sibling:1"),
        ("mother", "parent", "sibling:2"), ("father", "parent", "sibling:2")}
    assert all(k.derived for k in g.links)
    assert set(child.derived) == {"sex", "household", "died"}


def test_the_review_changes_and_adds_people_and_relationships() -> None:
    people, links = family_additions()
    g = build(family_case(), people, links)
    leo = g.people["sibling:2"]
    assert leo.sex == "male" and "sex" not in leo.derived
    assert g.parents_of("sibling:2") == ["father"]
    assert sorted(g.parents_of("added:p1")) == ["mother"]
    assert g.people["added:p1"].label == "Half-brother"
    kinds = {(k.a, k.kind, k.b) for k in g.links}
    # a separation replaces the couple the form implied; a new partner is added
    assert ("mother", "separated", "father") in kinds
    assert ("mother", "partners", "father") not in kinds
    assert ("household:1", "partners", "mother") in kinds
    assert ("household:2", "parent", "mother") in kinds


def test_records_about_people_no_longer_on_the_form_are_left_out() -> None:
    case = family_case()
    case.set("siblings", [{"name": "Qzava Vantoll", "dob": "02/02/2020"}])
    people = [person("x", ref="sibling:2", died=True)]
    links = [link("sibling:2", "parent", "child"), link("nobody", "partners", "mother"),
             link("mother", "partners", "mother")]
    g = build(case, people, links)
    assert "sibling:2" not in g.people
    assert not [k for k in g.links if not k.derived]


def test_anonymised_by_default_and_names_only_when_asked() -> None:
    people, links = family_additions()
    case = family_case()
    anonymous = "\n".join(describe(build(case, people, links)))
    for name in NAMES:
        for part in name.split():
            assert part not in anonymous, part
    assert "Child A" in anonymous and "Mother of Child A" in anonymous
    assert "aged 2" in anonymous and "14/06/2023" not in anonymous
    named = "\n".join(describe(build(case, people, links, named=True)))
    for name in NAMES:
        assert name in named
    assert "born 14/06/2023" in named


def test_the_text_equivalent_names_every_person_and_relationship() -> None:
    people, links = family_additions()
    g = build(family_case(), people, links)
    lines = describe(g)
    for p in g.people.values():
        assert any(line.startswith(f"- {p.label}") for line in lines), p.label
    assert "- Mother of Child A and Father of Child A have separated (from 2015 to 2022)." \
        in lines
    assert "- Household member 2 is a parent of Mother of Child A." in lines
    assert lines[-1].startswith("Household: Child A, Mother of Child A")
    assert "Father of Child A" not in lines[-1]


def test_the_genogram_travels_with_the_review_and_bad_records_are_refused() -> None:
    import pytest

    from scr_desktop.domain.review.model import Review
    from scr_desktop.domain.review.records import ReviewInputError

    case = family_case()
    review = Review.start(case.id, "scr", "04/01/2027")
    rid = review.add("genogram_people", {"relationship": "Maternal grandmother",
                                         "household": "yes", "died": True})
    review.add("genogram_links", {"a": rid, "kind": "parent", "b": "mother", "since": "2019"})
    again = Review.checked_from_dict(review.to_dict())
    assert again.records("genogram_people") == review.records("genogram_people")
    assert again.records("genogram_links") == review.records("genogram_links")
    g = build(case, again.records("genogram_people"), again.records("genogram_links"))
    assert g.people[f"added:{rid}"].died
    assert g.parents_of("mother") == [f"added:{rid}"]
    with pytest.raises(ReviewInputError):
        review.add("genogram_links", {"a": rid, "kind": "cousin", "b": "mother"})
    bad = review.to_dict()
    bad["lists"]["genogram_people"][0]["sex"] = "robot"
    with pytest.raises(ValueError, match="not valid"):
        Review.checked_from_dict(bad)
