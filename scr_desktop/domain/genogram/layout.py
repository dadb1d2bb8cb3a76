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

The household is drawn as ONE dashed boundary round everyone who lives in
it, so the legend's "the people who live in the child's household" is true
of the whole line.  To make that possible, household members with no parent
or child on the drawing (a lodger, a mother's partner, a grandmother the
form names) are moved beside the rest of the household in their row, or, in
a row where nobody else lives in the household, into line with the
household of the row nearest the child; a family of siblings is never
split to do so.  The boundary then runs round each row's household and,
between two rows, across the gap between them (the gap holds only lines,
never a person).  When the family cannot be drawn that way (someone of the
household stands in the middle of a group of siblings who do not live
there, or a generation between two of the household's has nobody in it),
each row's household gets its own dashed box instead and
:attr:`Layout.outline` is empty; the legend and the text equivalent then
say that the boxes together are the one household.
"""

from __future__ import annotations

import itertools
import textwrap
from dataclasses import dataclass, field

from scr_desktop.domain.dates import DateFormatError, parse_uk_date

from .model import Genogram, Person

SYMBOL = 36.0
"""Width and height of a person's symbol."""
ROW = 170.0
"""Distance between the centres of two generations."""
MARGIN = 40.0
CORRIDOR = 12.0
"""Height of the household boundary's passage from one generation's people to the next."""


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
    household: list[Box] = field(default_factory=list)  # each row's run of the household
    outline: list[tuple[float, float]] = field(default_factory=list)  # one boundary, if any
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

    _gather_household(g, units, levels, parents, children, pos, gap)

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
    out.outline = _outline(g, out, units, levels)
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


def _gather_household(g: Genogram, units: dict[int, list[list[str]]], levels: list[int],
                      parents: dict[str, list[str]], children: dict[str, list[str]],
                      pos: dict[str, float], gap: float) -> None:
    """Move the household's people with no parent or child drawn next to the rest of the
    household in their row (or in line with the household of the row nearer the child)."""
    def home(k: str) -> bool:
        return g.people[k].household == "yes"

    def tied(a: str, b: str) -> bool:
        """Neighbours that must stay together: siblings, or partners."""
        return (bool(parents[a]) and sorted(parents[a]) == sorted(parents[b])) or any(
            {k.a, k.b} == {a, b} for k in g.partners())

    child_lv = next((p.generation for p in g.people.values() if p.subject), levels[0])
    order = sorted(range(len(levels)), key=lambda i: abs(levels[i] - child_lv))
    runs: dict[int, tuple[float, float]] = {}
    for index in order:
        lv = levels[index]
        movers = [k for unit in units[lv]
                  if any(home(k) for k in unit)
                  and not any(parents[k] or children[k] for k in unit) for k in unit]
        rest = sorted((k for unit in units[lv] for k in unit if k not in movers),
                      key=pos.__getitem__)
        toward = index + (1 if levels[index] < child_lv else -1)
        near = [runs[levels[i]] for i in (toward, index - 1, index + 1)
                if 0 <= i < len(levels) and levels[i] in runs]
        target = near[0] if near else None
        m = len(movers)
        anchors = [i for i, k in enumerate(rest) if home(k)]
        if anchors and not all(home(k) for k in rest[anchors[0]:anchors[-1] + 1]):
            movers = []  # the row's household is split already: moving them would not help
        if movers:
            if anchors:
                i = next((i for i in anchors if g.people[rest[i]].subject), anchors[0])
                right_free = i == len(rest) - 1 or not tied(rest[i], rest[i + 1])
                left_free = i == 0 or not tied(rest[i - 1], rest[i])
                right = right_free if right_free != left_free else (
                    target is None or (target[0] + target[1]) / 2 >= pos[rest[i]])
                j = i
                if right:
                    while j + 1 < len(rest) and tied(rest[j], rest[j + 1]):
                        j += 1
                    start = pos[rest[j]] + gap
                    if j + 1 < len(rest):
                        shift = max(0.0, start + m * gap - pos[rest[j + 1]])
                        for k in rest[j + 1:]:
                            pos[k] += shift
                else:
                    while j > 0 and tied(rest[j - 1], rest[j]):
                        j -= 1
                    start = pos[rest[j]] - m * gap
                    if j > 0:
                        shift = max(0.0, pos[rest[j - 1]] - (start - gap))
                        for k in rest[:j]:
                            pos[k] -= shift
            elif rest:
                lo, hi = pos[rest[0]], pos[rest[-1]]
                want = target or (hi, hi)
                if (want[0] + want[1]) / 2 >= (lo + hi) / 2:
                    start = max(hi + gap, want[1] - (m - 1) * gap)
                else:
                    start = min(lo - m * gap, want[0])
            else:
                start = target[0] if target else min(pos[k] for k in movers)
            for n, k in enumerate(movers):
                pos[k] = start + n * gap
        xs = [pos[k] for unit in units[lv] for k in unit if home(k)]
        if xs:
            runs[lv] = (min(xs), max(xs))


def _outline(g: Genogram, out: Layout, units: dict[int, list[list[str]]],
             levels: list[int]) -> list[tuple[float, float]]:
    """Return one boundary round the whole household, or [] if it cannot be drawn as one.

    Each row's household must be a single run of neighbours and the rows must
    follow each other; the boundary goes round each run (from above the
    symbols to below every label of the row) and crosses the gap between two
    rows as wide as both runs, so it never encloses anyone outside the
    household."""
    gap = out.spacing.gap
    parts: list[tuple[float, float, float, float]] = []  # left, right, top, bottom
    for lv in levels:
        ordered = sorted((k for unit in units[lv] for k in unit), key=lambda k: out.nodes[k].x)
        flags = [g.people[k].household == "yes" for k in ordered]
        if not any(flags):
            if parts:
                parts.append((0.0, 0.0, 0.0, -1.0))  # a row without the household
            continue
        first, last = flags.index(True), len(flags) - 1 - flags[::-1].index(True)
        if not all(flags[first:last + 1]):
            return []
        a, b = out.nodes[ordered[first]], out.nodes[ordered[last]]
        bottom = max(n.y + SYMBOL / 2 + 6 + out.spacing.line_height * len(n.lines)
                     for n in (out.nodes[k] for k in ordered)) + 4
        parts.append((a.x - gap / 2 + 4, b.x + gap / 2 - 4, a.y - SYMBOL / 2 - 10, bottom))
    while parts and parts[-1][3] < 0:
        parts.pop()
    if not parts or any(p[3] < 0 for p in parts) or any(
            upper[3] + CORRIDOR >= lower[2] for upper, lower in itertools.pairwise(parts)):
        return []
    # between two rows: a narrow corridor just below the upper row's labels, as wide as
    # both runs, then straight down over the lower run (clear of the lower row's bars)
    stack: list[tuple[float, float, float, float]] = [parts[0]]
    for x1, x2, _, bottom in parts[1:]:
        px1, px2, _, pbottom = stack[-1]
        stack.append((min(px1, x1), max(px2, x2), pbottom, pbottom + CORRIDOR))
        stack.append((x1, x2, pbottom + CORRIDOR, bottom))
    right: list[tuple[float, float]] = []
    left: list[tuple[float, float]] = []
    for x1, x2, top, bottom in stack:
        right += [(x2, top), (x2, bottom)]
        left += [(x1, top), (x1, bottom)]
    points = right + left[::-1]
    return [p for i, p in enumerate(points) if p != points[i - 1]]
