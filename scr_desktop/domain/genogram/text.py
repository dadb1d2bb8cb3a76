"""The genogram in words: every person and relationship, for screen readers and the PDF.

The drawing is never the only record: the same lines are shown beside it on
screen, read by assistive technology, and printed after it in the PDF.
"""

from __future__ import annotations

from .model import Genogram, Link

LEGEND = (
    "Square: male. Circle: female. Diamond: other or not known.",
    "Double outline: the child the review is about. A cross over a symbol: has died.",
    "A line between two people: partners; two short strokes across it: separated.",
    "Children hang from their parents' line, oldest on the left.",
    "Dashed line: the people who live in the child's household.",
)


def _link_words(g: Genogram, link: Link) -> str:
    a, b = g.people[link.a].label, g.people[link.b].label
    when = ""
    if link.since and link.until:
        when = f" (from {link.since} to {link.until})"
    elif link.since:
        when = f" (since {link.since})"
    elif link.until:
        when = f" (until {link.until})"
    if link.kind == "partners":
        return f"{a} and {b} are partners{when}."
    if link.kind == "separated":
        return f"{a} and {b} have separated{when}."
    return f"{a} is a parent of {b}{when}."


def describe(g: Genogram) -> list[str]:
    """Return the genogram as lines of text: people, relationships, household."""
    lines = ["People:"]
    lines += [f"- {p.words()}" for p in g.people.values()]
    lines.append("Relationships:")
    rel = [_link_words(g, k) for k in g.links]
    lines += [f"- {r}" for r in rel] or ["- None recorded."]
    household = [p.label for p in g.people.values() if p.household == "yes"]
    lines.append("Household: " + (", ".join(household) + "." if household else "not recorded."))
    return lines
