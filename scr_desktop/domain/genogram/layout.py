"""Where each person and line of a genogram goes: one layout, drawn on screen and in the PDF.

The layout is plain geometry in points (1/72 inch) with the origin at the
top left, so the Qt scene (:mod:`scr_desktop.gui.review.genogram_view`) and
the PDF (:mod:`scr_desktop.export.pdf_genogram`) draw exactly the same
picture, each with its own painter.

The conventions are the usual ones for genograms: generations in rows, the
oldest at the top; a couple joined by a line below their symbols, with two
short strokes across it once they have separated; their children hanging
from that line by a bar, oldest on the left; a dashed line round the people
who live in the child's household.  The order within a row is found by a
few sweeps that place everyone near the middle of their parents and
children (the barycentre heuristic), keeping couples side by side.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from scr_desktop.domain.dates import DateFormatError, parse_uk_date

from .model import Genogram, Person

SYMBOL = 36.0
"""Width and height of a person's symbol."""
ROW = 170.0
"""Distance between the centres of two generations."""
MARGIN = 40.0


@dataclass(frozen=True)
class Spacing:
    """How far apart neighbours are and how their labels are set."""

    gap: float  # between the centres of neighbours in a row
    chars: int  # characters per label line before it wraps (nothing is cut short)
    label_size: float  # the label's type size, in the layout's points
    line_height: float


NORMAL = Spacing(118.0, 20, 8.0, 11.0)
COMPACT = Spacing(84.0, 12, 11.0, 13.5)
"""For rows of more than :data:`COMPACT_FROM` people: narrower places, larger type, so
that once the drawing is scaled to the page the names stay as readable as possible."""
COMPACT_FROM = 10


@dataclass(frozen=True)
class Node:
    """A person's place: the centre of the symbol and the label lines below it."""

    person: Person
    x: float
    y: float
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Segment:
    """A straight line."""

    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class Box:
    """A dashed rectangle round people who live in the household."""

    x: float
    y: float
    w: float
    h: float


@dataclass
class Layout:
    """Everything to draw, and the size of the drawing."""

    nodes: dict[str, Node] = field(default_factory=dict)
    lines: list[Segment] = field(default_factory=list)
    household: list[Box] = field(default_factory=list)
    joints: list[tuple[float, float]] = field(default_factory=list)  # a dot where lines join
    spacing: Spacing = NORMAL
    width: float = 0.0
    height: float = 0.0


def label_lines(person: Person, chars: int = NORMAL.chars) -> tuple[str, ...]:
    """Return the label and detail of a person wrapped to whole words."""
    out: list[str] = []
    for text in (person.label, person.detail):
        if text:
            out += textwrap.wrap(text, chars, break_long_words=False) or [text]
    return tuple(out)


def _birth_key(person: Person, index: int) -> tuple[int, int, int]:
    try:
        born = parse_uk_date(person.born)
        return (0, born.toordinal(), index)
    except DateFormatError:
        return (1, 0, index)


def _units(row: list[str], g: Genogram) -> list[list[str]]:
    """Split a row into units: couples (and chains of partners) stay side by side."""
    members = set(row)
    adjacent: dict[str, list[str]] = {k: [] for k in row}
    for link in g.partners():
        if link.a in members and link.b in members:
            adjacent[link.a].append(link.b)
            adjacent[link.b].append(link.a)
    seen: set[str] = set()
    units: list[list[str]] = []
    for start in row:
        if start in seen:
            continue
        # walk from an end of the chain so partners follow each other
        end = start
        stack, comp = [start], {start}
        while stack:
            k = stack.pop()
            for n in adjacent[k]:
                if n not in comp:
                    comp.add(n)
                    stack.append(n)
        ends = [k for k in row if k in comp and len(adjacent[k]) <= 1]
        end = ends[0] if ends else start
        unit: list[str] = []
        todo = [end]
        while todo:
            k = todo.pop()
            if k in seen:
                continue
            seen.add(k)
            unit.append(k)
            todo += [n for n in reversed(adjacent[k]) if n not in seen]
        units.append(unit)
    return units


def layout(g: Genogram) -> Layout:
    """Return where everything of ``g`` is drawn."""
    if not g.people:
        return Layout(width=2 * MARGIN, height=2 * MARGIN)
    order_index = {k: i for i, k in enumerate(g.people)}
    levels = sorted({p.generation for p in g.people.values()})
    rows: dict[int, list[str]] = {lv: [] for lv in levels}
    for key, person in g.people.items():
        rows[person.generation].append(key)
    for lv in levels:
        rows[lv].sort(key=lambda k: _birth_key(g.people[k], order_index[k]))
    rank = {k: i for lv in levels for i, k in enumerate(rows[lv])}  # oldest first

    parents = {k: g.parents_of(k) for k in g.people}
    children: dict[str, list[str]] = {k: [] for k in g.people}
    for child, ps in parents.items():
        for p in ps:
            children[p].append(child)

    units = {lv: _units(rows[lv], g) for lv in levels}
    pos: dict[str, float] = {}
    sp = COMPACT if max(len(r) for r in rows.values()) > COMPACT_FROM else NORMAL
    gap = sp.gap

    def place(lv: int) -> None:
        x = 0.0
        for unit in units[lv]:
            for k in unit:
                pos[k] = x
                x += gap

    def centre(keys: list[str]) -> float | None:
        xs = [pos[k] for k in keys if k in pos]
        return sum(xs) / len(xs) if xs else None

    for lv in levels:
        place(lv)
    for sweep in range(4):
        down = sweep % 2 == 0
        for lv in (levels if down else list(reversed(levels))):
            def bary(unit: list[str], down: bool = down) -> tuple[float, int]:
                rel: list[str] = []
                for k in unit:
                    rel += parents[k] if down else children[k]
                c = centre(rel)
                first = min(rank[k] for k in unit)
                current = pos[unit[0]]
                return (c if c is not None else current, first)
            units[lv].sort(key=bary)
            place(lv)

    # positions: children centred under their parents where the row allows
    for lv in levels:
        x_prev = -1e9
        # neighbours with the same parents are centred under them as one group
        groups: list[list[str]] = []
        for unit in units[lv]:
            ps = sorted({p for k in unit for p in parents[k]})
            if groups and ps and ps == sorted({p for k in groups[-1] for p in parents[k]}):
                groups[-1] += unit
            else:
                groups.append(list(unit))
        for group in groups:
            want = centre([p for k in group for p in parents[k]])
            width = (len(group) - 1) * gap
            start = (want - width / 2) if want is not None else x_prev + gap
            start = max(start, x_prev + gap)
            for i, k in enumerate(group):
                pos[k] = start + i * gap
            x_prev = pos[group[-1]]
    # parents with no parents drawn move over their children where there is room
    for lv in reversed(levels):
        row_units = units[lv]
        for i, unit in enumerate(row_units):
            if any(parents[k] for k in unit):
                continue
            want = centre([c for k in unit for c in children[k]])
            if want is None:
                continue
            shift = want - (pos[unit[0]] + pos[unit[-1]]) / 2
            if shift <= 0:
                continue
            limit = (pos[row_units[i + 1][0]] - gap - pos[unit[-1]]
                     if i + 1 < len(row_units) else shift)
            shift = min(shift, limit)
            for k in unit:
                pos[k] += shift

    left = min(pos.values())
    out = Layout(spacing=sp)
    for lv_index, lv in enumerate(levels):
        y = MARGIN + SYMBOL / 2 + lv_index * ROW
        for k in rows[lv]:
            person = g.people[k]
            out.nodes[k] = Node(person, MARGIN + gap / 2 + pos[k] - left, y,
                                label_lines(person, sp.chars))
    _lines(g, out, parents)
    _household(g, out, units, levels)
    out.width = max(n.x for n in out.nodes.values()) + gap / 2 + MARGIN
    out.height = max(n.y + SYMBOL / 2 + 6 + sp.line_height * len(n.lines)
                     for n in out.nodes.values()) + MARGIN
    return out


def _lines(g: Genogram, out: Layout, parents: dict[str, list[str]]) -> None:
    """Couples joined beside their symbols (or over the top when someone stands between);
    children hang from the middle of their parents' line, or from a lone parent's side."""
    gap = out.spacing.gap
    n = out.nodes
    base = SYMBOL / 2
    couple: dict[frozenset[str], tuple[float, float]] = {}
    for depth, link in enumerate(g.partners()):
        a, b = sorted((n[link.a], n[link.b]), key=lambda node: node.x)
        between = any(o.y == a.y and a.x < o.x < b.x for o in n.values())
        if not between and a.y == b.y:
            y = a.y
            out.lines.append(Segment(a.x + base, y, b.x - base, y))
        else:
            y = min(a.y, b.y) - base - 10 - 7 * (depth % 3)
            out.lines += [Segment(a.x, a.y - base, a.x, y), Segment(b.x, b.y - base, b.x, y),
                          Segment(a.x, y, b.x, y)]
        mid = (a.x + b.x) / 2
        couple[frozenset((link.a, link.b))] = (mid, y)
        if link.kind == "separated":
            for dx in (-4.0, 4.0):
                out.lines.append(Segment(mid + dx - 4, y + 7, mid + dx + 4, y - 7))
    groups: dict[tuple[str, ...], list[str]] = {}
    for child, ps in parents.items():
        if ps:
            groups.setdefault(tuple(sorted(ps)), []).append(child)
    for index, (pset, kids) in enumerate(sorted(groups.items())):
        pair = frozenset(pset[:2])
        if len(pset) >= 2 and pair in couple:
            ox, oy = couple[pair]
        else:
            # a lone parent (or two not drawn as a couple): from a side of the first
            # one's symbol that no couple line uses, halfway to the neighbour, clear of
            # the labels; with partners on both sides, straight down (labels have a
            # white ground, so the line passes behind the name)
            p = n[pset[0]]
            side = _free_side(g, out, pset[0])
            if side:
                ox, oy = p.x + side * gap / 2, p.y
                out.lines.append(Segment(p.x + side * base, oy, ox, oy))
            else:
                ox, oy = p.x + base * 0.6, p.y + base * 0.8  # beside any child straight below
            for other in pset[1:]:
                q = n[other]
                out.lines.append(Segment(q.x + (base if q.x < ox else -base), q.y, ox, oy))
        top = min(n[k].y for k in kids) - base
        bar = top - 16 - 11 * (index % 3)
        xs = [n[k].x for k in kids]
        out.lines.append(Segment(ox, oy, ox, bar))
        out.lines.append(Segment(min([*xs, ox]), bar, max([*xs, ox]), bar))
        out.lines += [Segment(n[k].x, bar, n[k].x, n[k].y - base) for k in kids]
        out.joints += [(ox, bar)] + [(x, bar) for x in xs]


def _free_side(g: Genogram, out: Layout, key: str) -> int:
    """Return +1 (right) or -1 (left) for a side of ``key`` with no couple line, or 0."""
    gap = out.spacing.gap
    me = out.nodes[key]
    partners = {k.b if k.a == key else k.a for k in g.partners() if key in (k.a, k.b)}
    for side in (1, -1):
        beside = [k for k, o in out.nodes.items()
                  if o.y == me.y and abs(o.x - (me.x + side * gap)) < 1]
        if not any(k in partners for k in beside):
            return side
    return 0


def _household(g: Genogram, out: Layout, units: dict[int, list[list[str]]],
               levels: list[int]) -> None:
    """Draw a dashed box round each run of neighbours who live in the household."""
    gap = out.spacing.gap
    for lv in levels:
        ordered = sorted((k for unit in units[lv] for k in unit), key=lambda k: out.nodes[k].x)
        run: list[str] = []
        for k in [*ordered, ""]:
            if k and g.people[k].household == "yes":
                run.append(k)
                continue
            if run:
                first, last = out.nodes[run[0]], out.nodes[run[-1]]
                lines = max(len(out.nodes[r].lines) for r in run)
                x = first.x - gap / 2 + 4
                y = first.y - SYMBOL / 2 - 10
                out.household.append(Box(x, y, last.x - first.x + gap - 8,
                                         SYMBOL + 16 + out.spacing.line_height * lines + 4))
                run = []
