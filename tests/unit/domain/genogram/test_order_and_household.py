"""Siblings are numbered in the order the genogram draws them (oldest first) everywhere the
number is read, and the household is drawn as one boundary round exactly its people."""

from __future__ import annotations

from genogramsamples import crowded_case, family_case, large_case

from scr_desktop.domain.anonymise import anonymise_case, pseudonyms
from scr_desktop.domain.genogram.layout import Layout, layout
from scr_desktop.domain.genogram.model import build
from scr_desktop.domain.genogram.text import describe, household_boxes, legend


def _inside(outline: list[tuple[float, float]], x: float, y: float) -> bool:
    """Whether (x, y) is inside the polygon (ray casting)."""
    inside = False
    for (x1, y1), (x2, y2) in zip(outline, outline[1:] + outline[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _siblings_left_to_right(shape: Layout) -> list[str]:
    nodes = [n for n in shape.nodes.values() if n.person.relationship == "Sibling"]
    return [n.person.label for n in sorted(nodes, key=lambda n: n.x)]


def test_siblings_are_numbered_oldest_first_as_drawn_listed_and_anonymised() -> None:
    case = crowded_case()
    g = build(case, [], [])
    numbers = [f"Sibling {i}" for i in range(1, 21)]
    assert _siblings_left_to_right(layout(g)) == numbers
    listed = [line[2:].split(" (")[0] for line in describe(g) if line.startswith("- Sibling")]
    assert listed == numbers
    # the anonymised documents call each sibling what the genogram does
    named = build(case, [], [], named=True)
    table = pseudonyms(case)
    for key, person in g.people.items():
        if key.startswith("sibling:"):
            assert table[named.people[key].label] == person.label
    rows = anonymise_case(case).get("siblings")
    assert [r["name"] for r in rows] == [g.people[f"sibling:{i}"].label for i in range(1, 21)]


def test_the_eldest_is_sibling_1_whatever_the_order_on_the_form() -> None:
    g = build(family_case(), [], [])  # the form lists Ava (2020) before Leo (2018)
    assert g.people["sibling:2"].label == "Sibling 1"
    assert g.people["sibling:1"].label == "Sibling 2"
    assert _siblings_left_to_right(layout(g)) == ["Sibling 1", "Sibling 2"]


def test_one_boundary_goes_round_exactly_the_household() -> None:
    for g in (build(crowded_case(), [], []), build(family_case(), [], [])):
        shape = layout(g)
        assert shape.outline, "the household is drawn as one boundary"
        assert household_boxes(shape) == 1
        for key, node in shape.nodes.items():
            assert _inside(shape.outline, node.x, node.y) == (
                g.people[key].household == "yes"), key
        assert legend(household_boxes(shape))[-1] == (
            "Dashed line: the people who live in the child's household.")


def test_a_household_that_cannot_stand_together_is_explained_box_by_box() -> None:
    case, people, links = large_case()
    g = build(case, people, links)
    shape = layout(g)
    assert not shape.outline and len(shape.household) > 1
    boxes = household_boxes(shape)
    said = f"drawn in {boxes} dashed boxes"
    assert said in legend(boxes)[-1]
    assert said in describe(g, boxes)[-1]
    for key, node in shape.nodes.items():
        inside = [b for b in shape.household
                  if b.x <= node.x <= b.x + b.w and b.y <= node.y <= b.y + b.h]
        assert bool(inside) == (g.people[key].household == "yes"), key
