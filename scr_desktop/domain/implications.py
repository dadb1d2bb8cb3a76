"""Answers implied by other answers, and the words that say so beside each answer.

A framework's implications (for example "sexual abuse is abuse") are
applied by :func:`apply_implications` until nothing changes.  The framework
file guarantees that each implication only ever moves a fact one way and
that no implication can be switched off by another (see
:mod:`.framework`), so the answers reached do not depend on the order the
implications are listed or applied in.  :func:`implied_answers` then says,
for each fact that changed, what it was, what it became and which
implications made it so (judged on the final answers, again independent of
order); :func:`answer_notes` turns that into the sentences the flowchart
questions show beside the implied answer and beside the answer that
implied it when an answer the user gave was overridden.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from . import criteria
from .criteria import Expression
from .framework import Framework, Implication


def apply_implications(implications: Iterable[Implication], values: Mapping[str, Any],
                       definitions: Mapping[str, Expression]) -> dict[str, Any]:
    """Return ``values`` with every implication applied until nothing changes."""
    result = dict(values)
    rules = tuple(implications)
    changed = True
    while changed:
        changed = False
        for imp in rules:
            if not criteria.evaluate(imp.when, result, definitions):
                continue
            for s in imp.sets:
                if result[s.key] in s.from_values:
                    result[s.key] = s.value
                    changed = True
    return result


@dataclass(frozen=True)
class ImpliedBy:
    """One implication behind an implied answer."""

    implication: str  # its id in the framework file
    because: str  # the answer that implies it, in a few words
    citation: str  # full citation
    short_citation: str  # e.g. '2.2; 4.6 (v)'
    explanation: str
    reads: tuple[str, ...]  # the facts its rule reads that hold other than their default


@dataclass(frozen=True)
class ImpliedAnswer:
    """A fact whose answer the rules take differently from what was given (or left)."""

    key: str
    name: str  # short name of the fact, e.g. 'Abuse or neglect'
    given: Any
    value: Any
    given_words: str
    value_words: str
    answered: bool  # the answer was given, and is not the neutral default
    reasons: tuple[ImpliedBy, ...]

    @property
    def overrides_answer(self) -> bool:
        """Return True if the rules change an answer that was actually given."""
        return self.answered

    def text(self) -> str:
        """Return the sentence shown beside the implied answer."""
        why = " and by ".join(f"'{r.because}' ({r.short_citation})" for r in self.reasons)
        out = f"{self.name}: {_lower_first(self.value_words)} \u2014 implied by {why}"
        if self.answered:
            out += (f". This overrides the answer given, "
                    f"'{_lower_first(self.given_words)}'")
        return out


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def implied_answers(fw: Framework, before: Mapping[str, Any], after: Mapping[str, Any],
                    answered: Iterable[str]) -> tuple[ImpliedAnswer, ...]:
    """Return what the implications changed between ``before`` and ``after``, in fact order.

    ``answered`` names the facts that were given; one given as its neutral
    default (an unticked box, 'not yet known') counts as not answered.
    """
    given = set(answered)
    defaults = {f.key: f.default for f in fw.all_facts}
    out = []
    for fact in fw.all_facts:
        old, new = before.get(fact.key), after.get(fact.key)
        if old == new:
            continue
        reasons = tuple(
            ImpliedBy(imp.id, imp.because, imp.citation, fw.short_citation(imp.source),
                      imp.explanation,
                      tuple(sorted(k for k in criteria.variables_used(imp.when, fw.definitions)
                                   if k in defaults and after.get(k) != defaults[k])))
            for imp in fw.implications
            if any(s.key == fact.key and s.value == new and old in s.from_values
                   for s in imp.sets)
            and criteria.evaluate(imp.when, after, fw.definitions)
        )
        out.append(ImpliedAnswer(fact.key, fact.name, old, new, fact.value_words(old),
                                 fact.value_words(new),
                                 fact.key in given and old != defaults[fact.key], reasons))
    return tuple(out)


def answer_notes(implied: Iterable[ImpliedAnswer]) -> dict[str, list[str]]:
    """Return, per fact key, the notes to show beside its answer.

    An implied answer gets its :meth:`ImpliedAnswer.text`; when that
    overrides an answer that was given, each answer that implied it gets a
    note saying so too, so that the two never silently disagree.
    """
    notes: dict[str, list[str]] = {}
    for item in implied:
        notes.setdefault(item.key, []).append(item.text())
        if not item.overrides_answer:
            continue
        for reason in item.reasons:
            for key in reason.reads:
                if key == item.key:
                    continue
                notes.setdefault(key, []).append(
                    f"This answer makes '{item.name}' {_lower_first(item.value_words)}, "
                    f"overriding the answer given there, "
                    f"'{_lower_first(item.given_words)}' ({reason.short_citation})")
    return notes
