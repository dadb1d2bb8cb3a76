"""The genogram's layout: generations in rows, nobody overlapping, children under parents,
the household boxed, every label whole, for a small family and one of thirty."""

from __future__ import annotations

import itertools

import pytest
from genogramsamples import family_additions, family_case, large_case

from scr_desktop.domain.genogram.layout import COMPACT, NORMAL, SYMBOL, Layout, layout
from scr_desktop.domain.genogram.model import Genogram, build


def _families() -> list[Genogram]:
    people, links = family_additions()
    case, big_people, big_links = large_case()
    return [build(family_case(), [], []), build(family_case(), people, links),
            build(case, big_people, big_links), build(case, big_people, big_links, named=True)]


def _label_box(shape: Layout, key: str) -> tuple[float, float, float, float]:
    node = shape.nodes[key]
    width = max(len(line) for line in node.lines) * shape.spacing.label_size * 0.6
    return (node.x - width / 2, node.y - SYMBOL / 2, node.x + width / 2,
            node.y + SYMBOL / 2 + 6 + shape.spacing.line_height * len(node.lines))


@pytest.mark.parametrize("g", _families(), ids=["form", "added", "thirty", "thirty-named"])
def test_rows_are_generations_and_nothing_overlaps(g: Genogram) -> None:
    shape = layout(g)
    assert set(shape.nodes) == set(g.people)
    rows: dict[float, list[str]] = {}
    for key, node in shape.nodes.items():
        rows.setdefault(node.y, []).append(key)
    ys = sorted(rows)
    for key, node in shape.nodes.items():
        # the oldest generation on top, each generation in its own row
        assert ys.index(node.y) == sorted({p.generation for p in g.people.values()}).index(
            g.people[key].generation)
    for keys in rows.values():
        boxes = sorted(_label_box(shape, k) for k in keys)
        for left, right in itertools.pairwise(boxes):
            assert left[2] <= right[0], "two labels overlap"
    for node in shape.nodes.values():
        assert 0 < node.x < shape.width and 0 < node.y < shape.height
    for parent_child in (k for k in g.links if k.kind == "parent"):
        assert shape.nodes[parent_child.a].y < shape.nodes[parent_child.b].y


@pytest.mark.parametrize("g", _families(), ids=["form", "added", "thirty", "thirty-named"])
def test_labels_are_whole_and_the_household_is_boxed(g: Genogram) -> None:
    shape = layout(g)
    for key, node in shape.nodes.items():
        person = g.people[key]
        assert " ".join(node.lines) == " ".join(x for x in (person.label, person.detail) if x)
        assert all(len(line) <= shape.spacing.chars or " " not in line for line in node.lines)
        inside = [b for b in shape.household
                  if b.x <= node.x <= b.x + b.w and b.y <= node.y <= b.y + b.h]
        assert bool(inside) == (person.household == "yes"), key


def test_a_wide_family_is_set_compactly_and_a_small_one_is_not() -> None:
    assert layout(_families()[0]).spacing == NORMAL
    big = _families()[2]
    assert len(big.people) >= 29
    assert layout(big).spacing == COMPACT


def test_children_hang_below_their_parents_line() -> None:
    g = _families()[1]
    shape = layout(g)
    mother, father = shape.nodes["mother"], shape.nodes["father"]
    child = shape.nodes["child"]
    # a vertical line runs from the middle of the parents' line down towards the child
    mid = (mother.x + father.x) / 2
    assert any(abs(s.x1 - mid) < 0.01 and abs(s.x2 - mid) < 0.01 and s.y2 > mother.y
               for s in shape.lines)
    # and a vertical line reaches the top of the child's symbol
    assert any(abs(s.x1 - child.x) < 0.01 and abs(s.y2 - (child.y - SYMBOL / 2)) < 0.01
               for s in shape.lines)
