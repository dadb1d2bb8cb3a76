"""Likely duplicates across agencies, and merging two entries into one.

Two agencies often record the same event (a joint visit, a strategy
meeting).  A pair is a likely duplicate when the entries come from
different agencies, have the same date (the same sort key, so the same day
or the same approximate month or year), share at least one person (or
neither names anyone), and their accounts are similar: ``difflib``'s ratio
of the folded texts at least :data:`SIMILAR`.  Entries are compared only
within the same date, so a chronology of thousands of entries is checked
in a moment.  The user decides: merge (one entry, keeping both agencies'
sources and comments) or keep both.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .entry import Entry

SIMILAR = 0.6


@dataclass(frozen=True)
class Pair:
    """Two entries that may record the same event, and how alike their accounts are."""

    first: Entry
    second: Entry
    ratio: float


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def _people(entry: Entry) -> set[str]:
    return {_fold(p) for p in entry.people_list()}


def similarity(a: Entry, b: Entry) -> float:
    """How alike two accounts of what happened are (0 to 1)."""
    return difflib.SequenceMatcher(None, _fold(a.event), _fold(b.event)).ratio()


def likely_duplicates(entries: Iterable[Entry], *, threshold: float = SIMILAR) -> list[Pair]:
    """Every pair of entries from different agencies that may record one event."""
    by_date: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        by_date[e.when.sort_key].append(e)
    pairs: list[Pair] = []
    for key in sorted(by_date):
        group = by_date[key]
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.agency.casefold() == b.agency.casefold():
                    continue
                pa, pb = _people(a), _people(b)
                if (pa or pb) and not pa & pb:
                    continue
                ratio = similarity(a, b)
                if ratio >= threshold:
                    pairs.append(Pair(a, b, ratio))
    return pairs


def _join(a: str, b: str, a_label: str, b_label: str) -> str:
    if not b or _fold(a) == _fold(b):
        return a
    if not a:
        return f"{b_label}: {b}"
    return f"{a_label}: {a}\n{b_label}: {b}"


def merge_entries(keep: Entry, other: Entry) -> Entry:
    """One entry for both: ``keep``'s date, agency and account (the other's account is
    added if it differs), both sources, the people of either, both comments and analyses,
    and the key-episode flag if either had it."""
    people = list(keep.people_list())
    folded = {_fold(p) for p in people}
    people += [p for p in other.people_list() if _fold(p) not in folded]
    ka, oa = keep.agency, other.agency
    source = keep.source
    also = f"also recorded by {oa}" + (f" ({other.source})" if other.source else "")
    source = f"{source}; {also}" if source else also[0].upper() + also[1:]
    event = keep.event if similarity(keep, other) >= 0.999 else \
        f"{keep.event}\n[{oa}] {other.event}"
    return replace(
        keep, time=keep.time or other.time, source=source, event=event,
        people="; ".join(people), comment=_join(keep.comment, other.comment, ka, oa),
        analysis=_join(keep.analysis, other.analysis, ka, oa),
        key=keep.key or other.key)
