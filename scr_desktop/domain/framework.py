"""Framework files: the criteria, questions, outcomes and timescales of one guidance regime.

Each framework is one JSON file in ``resources/frameworks/`` named after its
id.  It declares the guidance documents it cites, its facts (type, allowed
values, neutral default, question text; facts it only carries for other
frameworks are marked ``"ask": false``), implications between facts,
contradictions (answers that cannot all be true), the helper questions, the
notifiable-incident criteria, the decision levels in order (the last one,
marked ``otherwise``, holds when no earlier level does), other processes to
flag, the chair's decision options, the events that start deadlines and the
deadlines themselves.  Every rule carries a ``source`` naming the paragraph
it comes from, and may be marked ``"local_practice": true`` where it is a
local practice rather than statute or guidance.

Rules are written in the language of :mod:`.criteria`; this module checks
every rule against the variables in scope where it is used: facts
everywhere; ``notifiable`` and each notifiable criterion's id (true when it
holds) from the levels on; ``level`` and each level criterion's id for other
processes and deadlines; ``decided`` for deadlines.  A mistake in a file is
found when it is loaded, with the file and the key path in the message.

An implication sets facts when its rule holds.  Each fact it sets moves one
way only: to one target value (the same in every implication that sets that
fact), from the values listed in ``from`` (all other values if omitted).
Rules deciding implications may read such a fact only in a way the move
cannot switch off (:func:`.criteria.unsafe_read`), and only true/false and
choice facts can be set.  So applying implications until nothing changes
gives the same answers in any order.

Deadlines counted in calendar days, weeks or months say what happens when
they end on a weekend or bank holiday (``"non_working_day"``: ``previous``
moves back to the previous working day, ``keep`` leaves a minimum period
where it ends).  Adding a framework means adding a file: no code here knows
any framework by name.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NoReturn

from ..resources import resource_path
from . import criteria
from .criteria import Expression, ExpressionError, VariableSpec
from .timescales import CALENDAR_UNITS, NON_WORKING_DAY_RULES, UNITS

FORMAT_VERSION = 1
FRAMEWORK_FOLDER = "frameworks"
DEFAULT_FRAMEWORK = "wt2015-scr"

# Variables the engine supplies besides the facts, and where they come into scope.
NOTIFIABLE, LEVEL, DECIDED = "notifiable", "level", "decided"
RESERVED = frozenset((NOTIFIABLE, LEVEL, DECIDED))


class FrameworkError(ValueError):
    """A framework that cannot be found or whose file is not valid."""


@dataclass(frozen=True)
class Document:
    """A guidance document that rules cite."""

    key: str
    title: str
    short: str
    file: str


@dataclass(frozen=True)
class Source:
    """Where a rule comes from: a document and a place in it, e.g. 'para. 4.4 (i)'."""

    document: Document
    at: str

    def citation(self) -> str:
        """Return the citation as shown to users."""
        return f"{self.document.short}, {self.at}"


def cite(sources: tuple[Source, ...]) -> str:
    """Return several sources as one citation string."""
    return "; ".join(s.citation() for s in sources)


LOCAL_PRACTICE_NOTE = " (local practice, not statute)"


@dataclass(frozen=True)
class Choice:
    """One allowed value of a choice fact."""

    value: str
    label: str


@dataclass(frozen=True)
class Fact:
    """One thing the flowchart asks about the case."""

    key: str
    type: str  # bool, choice or int
    label: str
    help: str
    default: Any
    source: tuple[Source, ...]
    choices: tuple[Choice, ...] = ()
    nullable: bool = False
    minimum: int | None = None
    maximum: int | None = None
    ask: bool = True  # False: accepted and kept, but not asked (see Framework.carried_facts)
    short: str = ""  # a short name for messages, e.g. 'Abuse or neglect'

    def spec(self) -> VariableSpec:
        """Return the variable specification the rule checker uses."""
        return VariableSpec(self.type, tuple(c.value for c in self.choices), self.nullable)

    def choice_label(self, value: Any) -> str:
        """Return the label of a choice value (the value itself if unknown)."""
        for c in self.choices:
            if c.value == value:
                return c.label
        return str(value)

    @property
    def name(self) -> str:
        """Return the short name of the fact, or its question if it has none."""
        return self.short or self.label

    def value_words(self, value: Any) -> str:
        """Return an answer in words: 'yes', 'no', 'not known', or a choice's label."""
        if value is None:
            return "not known"
        if self.type == "bool":
            return "yes" if value else "no"
        if self.type == "choice":
            return self.choice_label(value)
        return str(value)


@dataclass(frozen=True)
class SetFact:
    """One fact an implication sets: to ``value``, from any of ``from_values``."""

    key: str
    value: Any
    from_values: tuple[Any, ...]


@dataclass(frozen=True)
class Implication:
    """When ``when`` holds, the facts in ``sets`` move to their values.

    ``because`` names the answer that implies them in a few words (for
    example 'harm through sexual abuse'), for the screen to say why.
    """

    id: str
    because: str
    when: Expression
    sets: tuple[SetFact, ...]
    explanation: str
    source: tuple[Source, ...]

    @property
    def citation(self) -> str:
        """Return the sources of the implication as one string."""
        return cite(self.source)


@dataclass(frozen=True)
class Contradiction:
    """Answers that cannot all be true; ``key`` is the fact the message names."""

    id: str
    key: str
    message: str
    when: Expression
    source: tuple[Source, ...]


@dataclass(frozen=True)
class Question:
    """A yes/no helper question (answers guide the decision but do not decide it)."""

    key: str
    label: str
    source: tuple[Source, ...]


@dataclass(frozen=True)
class Rule:
    """A named criterion: it holds when ``when`` holds."""

    id: str
    label: str
    explanation: str
    when: Expression
    source: tuple[Source, ...]
    local_practice: bool = False

    @property
    def citation(self) -> str:
        """Return the sources of the rule as one string (saying if it is local practice)."""
        return cite(self.source) + (LOCAL_PRACTICE_NOTE if self.local_practice else "")


@dataclass(frozen=True)
class Level:
    """One decision level; it holds when any of its criteria holds (or it is the fallback)."""

    id: str
    label: str
    node: str  # short name for the flowchart
    question: str
    explanation: str
    criteria: tuple[Rule, ...]
    source: tuple[Source, ...]
    otherwise: bool = False
    # Decisions that follow this level; any other decision departs from it and needs a
    # rationale (empty: no decision departs).
    expected_decisions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Notifiable:
    """The notifiable-incident step: its node text and criteria (possibly none)."""

    node: str
    question: str
    explanation: str
    criteria: tuple[Rule, ...]
    source: tuple[Source, ...]


@dataclass(frozen=True)
class Option:
    """One of the chair's decision options, with its source.

    ``rationale_required``: a rationale must be recorded whenever this
    decision is made (not only when it departs from the result).
    """

    id: str
    label: str
    source: tuple[Source, ...]
    rationale_required: bool = False


@dataclass(frozen=True)
class Event:
    """Something dated that starts deadlines (becoming aware, referral, decision, ...)."""

    key: str
    label: str


@dataclass(frozen=True)
class DeadlineRule:
    """A deadline: ``amount`` ``unit`` from the ``start`` event, when ``when`` holds."""

    key: str
    label: str
    explanation: str
    start: str
    amount: int
    unit: str
    when: Expression
    source: tuple[Source, ...]
    non_working_day: str = "keep"  # calendar units only: "previous" or "keep"
    local_practice: bool = False

    @property
    def citation(self) -> str:
        """Return the sources of the deadline as one string (saying if it is local practice)."""
        return cite(self.source) + (LOCAL_PRACTICE_NOTE if self.local_practice else "")


@dataclass(frozen=True)
class Framework:
    """A whole framework, read and checked."""

    id: str
    title: str
    summary: str
    notes: tuple[str, ...]
    documents: Mapping[str, Document]
    all_facts: tuple[Fact, ...]
    implications: tuple[Implication, ...]
    contradictions: tuple[Contradiction, ...]
    definitions: Mapping[str, Expression]
    questions: tuple[Question, ...]
    notifiable: Notifiable
    levels: tuple[Level, ...]
    other_processes: tuple[Rule, ...]
    decisions: tuple[Option, ...]
    events: tuple[Event, ...]
    deadlines: tuple[DeadlineRule, ...]

    @property
    def facts(self) -> tuple[Fact, ...]:
        """Return the facts the question page asks, in file order."""
        return tuple(f for f in self.all_facts if f.ask)

    @property
    def carried_facts(self) -> tuple[Fact, ...]:
        """Return the facts accepted but not asked.

        Frameworks share one vocabulary of facts so that a case keeps valid
        answers when it moves from one framework to another; a fact that
        plays no part in this framework's rules is carried, not asked.
        """
        return tuple(f for f in self.all_facts if not f.ask)

    def fact(self, key: str) -> Fact:
        """Return the fact called ``key``, asked or carried (KeyError if there is none)."""
        for f in self.all_facts:
            if f.key == key:
                return f
        raise KeyError(key)

    @property
    def fact_keys(self) -> tuple[str, ...]:
        """Return every fact key this framework accepts, in file order."""
        return tuple(f.key for f in self.all_facts)

    @property
    def question_keys(self) -> tuple[str, ...]:
        """Return the helper-question keys in file order."""
        return tuple(q.key for q in self.questions)

    @property
    def event_keys(self) -> tuple[str, ...]:
        """Return the event keys in file order."""
        return tuple(e.key for e in self.events)

    @property
    def decision_ids(self) -> tuple[str, ...]:
        """Return the decision option ids in file order."""
        return tuple(d.id for d in self.decisions)

    def level(self, level_id: str) -> Level:
        """Return the level called ``level_id``."""
        for lv in self.levels:
            if lv.id == level_id:
                return lv
        raise KeyError(level_id)

    def decision(self, decision_id: str) -> Option | None:
        """Return the decision option called ``decision_id``, or None."""
        return next((d for d in self.decisions if d.id == decision_id), None)

    def decision_label(self, decision_id: str) -> str:
        """Return the wording of a decision option ('' for none; the id if unknown)."""
        if not decision_id:
            return ""
        option = self.decision(decision_id)
        return option.label if option is not None else decision_id

    def short_citation(self, sources: tuple[Source, ...]) -> str:
        """Return sources briefly: '2.2' for a paragraph of the framework's main document,
        'Working Together 2010, para. 8.8' for another document."""
        main = next(iter(self.documents), None)
        parts = []
        for src in sources:
            if src.document.key == main:
                at = src.at
                for prefix in ("paras ", "para. "):
                    if at.startswith(prefix):
                        at = at[len(prefix):]
                parts.append(at)
            else:
                parts.append(src.citation())
        return "; ".join(parts)


@dataclass(frozen=True)
class FrameworkInfo:
    """A framework's id and title, for pick lists."""

    id: str
    title: str


# -- reading ----------------------------------------------------------------------


class _Reader:
    """Walks a JSON object, refusing unknown keys and wrong types, tracking the key path."""

    def __init__(self, data: Any, path: str, where: str) -> None:
        self.where = where
        self.path = path
        if not isinstance(data, dict):
            self.fail("must be an object")
        self.data: dict[str, Any] = data
        self.used: set[str] = set()

    def fail(self, message: str, key: str | None = None) -> NoReturn:
        at = f"{self.path}.{key}" if key and self.path else (key or self.path or "top level")
        raise FrameworkError(f"{self.where}: {at}: {message}")

    def sub(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ..., ) -> Any:
        self.used.add(key)
        if key not in self.data:
            if default is ...:
                self.fail("is missing", key)
            return default
        value = self.data[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.fail(f"has the wrong type ({type(value).__name__})", key)
        return value

    def text(self, key: str, default: Any = ...) -> str:
        value = self.get(key, str, default)
        if isinstance(value, str) and default is ... and not value.strip():
            self.fail("is empty", key)
        return str(value)

    def done(self) -> None:
        extra = sorted(set(self.data) - self.used)
        if extra:
            self.fail(f"unknown key {extra[0]!r}")


class _Parser:
    """Reads one framework file into a :class:`Framework`."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.documents: dict[str, Document] = {}

    def reader(self, data: Any, path: str) -> _Reader:
        return _Reader(data, path, self.where)

    def sources(self, r: _Reader, key: str = "source") -> tuple[Source, ...]:
        items = r.get(key, list)
        if not items:
            r.fail("must name at least one source", key)
        out = []
        for i, item in enumerate(items):
            s = self.reader(item, f"{r.sub(key)}[{i}]")
            doc = s.text("doc")
            if doc not in self.documents:
                s.fail(f"unknown document {doc!r}", "doc")
            out.append(Source(self.documents[doc], s.text("at")))
            s.done()
        return tuple(out)

    def expression(self, r: _Reader, key: str, scope: Mapping[str, VariableSpec],
                   definitions: Mapping[str, Expression], default: Any = ...) -> Expression:
        r.used.add(key)
        if key not in r.data:
            if default is ...:
                r.fail("is missing", key)
            return default
        expr = r.data[key]
        try:
            criteria.check(expr, scope, definitions)
        except ExpressionError as exc:
            r.fail(str(exc), key)
        return expr

    def rule(self, data: Any, path: str, scope: Mapping[str, VariableSpec],
             definitions: Mapping[str, Expression]) -> Rule:
        r = self.reader(data, path)
        rule = Rule(
            id=r.text("id"),
            label=r.text("label"),
            explanation=r.text("explanation", ""),
            when=self.expression(r, "when", scope, definitions),
            source=self.sources(r),
            local_practice=bool(r.get("local_practice", bool, False)),
        )
        r.done()
        return rule

    def implication(self, data: Any, path: str, facts: Mapping[str, Fact],
                    scope: Mapping[str, VariableSpec],
                    definitions: Mapping[str, Expression]) -> Implication:
        r = self.reader(data, path)
        iid, because = r.text("id"), r.text("because")
        when = self.expression(r, "when", scope, definitions)
        sets = []
        for key, spec in r.get("set", dict).items():
            fact = facts.get(key)
            if fact is None:
                r.fail(f"unknown fact {key!r}", "set")
            if fact.type not in ("bool", "choice"):
                r.fail(f"{key!r} is a number; only true/false and choice facts can be "
                       "implied", "set")
            domain: tuple[Any, ...] = ((True, False) if fact.type == "bool"
                                       else tuple(c.value for c in fact.choices))
            if isinstance(spec, dict):
                sr = self.reader(spec, f"{r.sub('set')}.{key}")
                value = sr.get("to", (bool, str))
                sources = tuple(sr.get("from", list))
                sr.done()
            else:
                value, sources = spec, ()
            for v in (value, *sources):
                if v not in domain or isinstance(v, bool) != (fact.type == "bool"):
                    r.fail(f"{v!r} is not a value of {key!r}", "set")
            if not sources:
                sources = tuple(v for v in domain if v != value)
            if value in sources:
                r.fail(f"{key!r} cannot move from {value!r} to itself", "set")
            sets.append(SetFact(key, value, sources))
        if not sets:
            r.fail("must set at least one fact", "set")
        imp = Implication(iid, because, when, tuple(sets), r.text("explanation", ""),
                          self.sources(r))
        r.done()
        return imp

    def fact(self, data: Any, path: str) -> Fact:
        r = self.reader(data, path)
        key, kind = r.text("key"), r.text("type")
        if key in RESERVED:
            r.fail(f"{key!r} is reserved for the engine", "key")
        if kind not in ("bool", "choice", "int"):
            r.fail("must be bool, choice or int", "type")
        choices: tuple[Choice, ...] = ()
        if kind == "choice":
            items = []
            for i, c in enumerate(r.get("values", list)):
                cr = self.reader(c, f"{r.sub('values')}[{i}]")
                items.append(Choice(cr.text("value"), cr.text("label")))
                cr.done()
            if len({c.value for c in items}) != len(items) or not items:
                r.fail("must list distinct values", "values")
            choices = tuple(items)
        nullable = bool(r.get("nullable", bool, False))
        ask = bool(r.get("ask", bool, True))
        minimum = r.get("minimum", int, None) if kind == "int" else None
        maximum = r.get("maximum", int, None) if kind == "int" else None
        fact = Fact(
            key=key, type=kind, label=r.text("label"), help=r.text("help", ""),
            default=r.get("default", (bool, str, int, type(None))),
            source=self.sources(r), choices=choices, nullable=nullable,
            minimum=minimum, maximum=maximum, ask=ask, short=r.text("short", ""),
        )
        try:
            criteria.check({"eq": [key, fact.default]}, {key: fact.spec()})
        except ExpressionError:
            r.fail(f"default {fact.default!r} is not an allowed value", "default")
        r.done()
        return fact

    def parse(self, data: Any, expected_id: str | None) -> Framework:
        top = self.reader(data, "")
        if top.get("format", int) != FORMAT_VERSION:
            top.fail(f"this version reads format {FORMAT_VERSION} only", "format")
        fid = top.text("id")
        if expected_id is not None and fid != expected_id:
            top.fail(f"is {fid!r} but the file is named {expected_id!r}", "id")
        for key, doc in top.get("documents", dict).items():
            d = self.reader(doc, f"documents.{key}")
            self.documents[key] = Document(key, d.text("title"), d.text("short"),
                                           d.text("file", ""))
            d.done()

        facts = tuple(self.fact(f, f"facts[{i}]") for i, f in enumerate(top.get("facts", list)))
        _unique(top, "facts", [f.key for f in facts])
        fact_scope = {f.key: f.spec() for f in facts}

        definitions: dict[str, Expression] = dict(top.get("definitions", dict, {}))
        for name in definitions:
            try:
                criteria.check({"ref": name}, fact_scope, definitions)
            except ExpressionError as exc:
                top.fail(str(exc), f"definitions.{name}")

        by_key = {f.key: f for f in facts}
        implications = tuple(
            self.implication(item, f"implications[{i}]", by_key, fact_scope, definitions)
            for i, item in enumerate(top.get("implications", list, [])))
        _unique(top, "implications", [imp.id for imp in implications])
        _check_implications(top, implications, definitions)

        contradictions = []
        for i, item in enumerate(top.get("contradictions", list, [])):
            r = self.reader(item, f"contradictions[{i}]")
            cid, key = r.text("id"), r.text("key")
            if key not in fact_scope:
                r.fail(f"unknown fact {key!r}", "key")
            contradictions.append(Contradiction(
                cid, key, r.text("message"), self.expression(r, "when", fact_scope, definitions),
                self.sources(r)))
            r.done()
        _unique(top, "contradictions", [c.id for c in contradictions])

        questions = []
        for i, item in enumerate(top.get("questions", list)):
            r = self.reader(item, f"questions[{i}]")
            questions.append(Question(r.text("key"), r.text("label"), self.sources(r)))
            r.done()
        _unique(top, "questions", [q.key for q in questions])

        n = self.reader(top.get("notifiable", dict), "notifiable")
        notifiable = Notifiable(
            node=n.text("node"), question=n.text("question"),
            explanation=n.text("explanation", ""),
            criteria=tuple(self.rule(c, f"notifiable.criteria[{i}]", fact_scope, definitions)
                           for i, c in enumerate(n.get("criteria", list))),
            source=self.sources(n),
        )
        n.done()

        level_scope = {**fact_scope, NOTIFIABLE: VariableSpec("bool"),
                       **{c.id: VariableSpec("bool") for c in notifiable.criteria}}
        for c in notifiable.criteria:
            if c.id in fact_scope or c.id in RESERVED:
                top.fail(f"criterion id {c.id!r} is also a fact or a reserved name",
                         "notifiable")
        levels = []
        for i, item in enumerate(top.get("levels", list)):
            r = self.reader(item, f"levels[{i}]")
            otherwise = bool(r.get("otherwise", bool, False))
            rules = tuple(self.rule(c, f"levels[{i}].criteria[{j}]", level_scope, definitions)
                          for j, c in enumerate(r.get("criteria", list, [])))
            if otherwise == bool(rules):
                r.fail("a level has criteria, or is the 'otherwise' level, not both", "criteria")
            expected = tuple(str(x) for x in r.get("expected_decisions", list, []))
            levels.append(Level(r.text("id"), r.text("label"), r.text("node"),
                                r.text("question", ""), r.text("explanation", ""),
                                rules, self.sources(r), otherwise, expected))
            r.done()
        if not levels or not levels[-1].otherwise or any(lv.otherwise for lv in levels[:-1]):
            top.fail("the last level, and only the last, must be the 'otherwise' level", "levels")
        _unique(top, "levels", [lv.id for lv in levels])
        all_rules = [c.id for c in notifiable.criteria] + [c.id for lv in levels
                                                            for c in lv.criteria]
        _unique(top, "criteria", all_rules)

        decisions = []
        for i, item in enumerate(top.get("decisions", list)):
            r = self.reader(item, f"decisions[{i}]")
            decisions.append(Option(r.text("id"), r.text("label"), self.sources(r),
                                    bool(r.get("rationale_required", bool, False))))
            r.done()
        _unique(top, "decisions", [d.id for d in decisions])
        if not decisions:
            top.fail("must list the decision options", "decisions")
        for lv in levels:
            for wanted in lv.expected_decisions:
                if wanted not in {o.id for o in decisions}:
                    top.fail(f"level {lv.id!r} expects unknown decision {wanted!r}", "levels")

        process_scope = {**level_scope,
                         LEVEL: VariableSpec("choice", tuple(lv.id for lv in levels)),
                         **{c.id: VariableSpec("bool") for lv in levels for c in lv.criteria}}
        for lv in levels:
            for c in lv.criteria:
                if c.id in fact_scope or c.id in RESERVED:
                    top.fail(f"criterion id {c.id!r} is also a fact or a reserved name",
                             "levels")
        processes = tuple(self.rule(p, f"other_processes[{i}]", process_scope, definitions)
                          for i, p in enumerate(top.get("other_processes", list)))
        _unique(top, "other_processes", [p.id for p in processes])

        events = []
        for i, item in enumerate(top.get("events", list)):
            r = self.reader(item, f"events[{i}]")
            events.append(Event(r.text("key"), r.text("label")))
            r.done()
        _unique(top, "events", [e.key for e in events])

        deadline_scope = {**process_scope,
                          DECIDED: VariableSpec("choice", tuple(d.id for d in decisions),
                                                nullable=True)}
        deadlines = []
        for i, item in enumerate(top.get("deadlines", list)):
            r = self.reader(item, f"deadlines[{i}]")
            key, label, explanation = r.text("key"), r.text("label"), r.text("explanation", "")
            start = r.text("from")
            if start not in {e.key for e in events}:
                r.fail(f"unknown event {start!r}", "from")
            o = self.reader(r.get("offset", dict), r.sub("offset"))
            amount, unit = o.get("amount", int), o.text("unit")
            if unit not in UNITS:
                o.fail(f"must be one of {', '.join(UNITS)}", "unit")
            if unit in CALENDAR_UNITS:
                rule = o.text("non_working_day")
                if rule not in NON_WORKING_DAY_RULES:
                    o.fail(f"must be one of {', '.join(NON_WORKING_DAY_RULES)}",
                           "non_working_day")
            else:
                rule = "keep"
            o.done()
            when = self.expression(r, "when", deadline_scope, definitions, True)
            deadlines.append(DeadlineRule(key, label, explanation, start, amount, unit, when,
                                          self.sources(r), rule,
                                          bool(r.get("local_practice", bool, False))))
            r.done()
        _unique(top, "deadlines", [d.key for d in deadlines])

        carried = {f.key for f in facts if not f.ask}
        expressions: list[Expression] = [imp.when for imp in implications]
        expressions += [c.when for c in contradictions]
        expressions += [r.when for r in (*notifiable.criteria, *processes)]
        expressions += [r.when for lv in levels for r in lv.criteria]
        expressions += [d.when for d in deadlines]
        for expr in expressions:
            used = criteria.variables_used(expr, definitions) & carried
            if used:
                top.fail(f"fact {sorted(used)[0]!r} is marked \"ask\": false but a rule uses it",
                         "facts")

        framework = Framework(
            id=fid, title=top.text("title"), summary=top.text("summary", ""),
            notes=tuple(str(x) for x in top.get("notes", list, [])),
            documents=dict(self.documents), all_facts=facts, implications=implications,
            contradictions=tuple(contradictions),
            definitions=definitions, questions=tuple(questions), notifiable=notifiable,
            levels=tuple(levels), other_processes=processes, decisions=tuple(decisions),
            events=tuple(events), deadlines=tuple(deadlines),
        )
        top.done()
        return framework


def _check_implications(r: _Reader, implications: tuple[Implication, ...],
                        definitions: Mapping[str, Expression]) -> None:
    """Refuse implications whose result could depend on the order they are applied in."""
    changes: dict[str, tuple[tuple[Any, ...], Any]] = {}
    for imp in implications:
        for s in imp.sets:
            if s.key in changes and changes[s.key][1] != s.value:
                r.fail(f"{s.key!r} is set to {changes[s.key][1]!r} by one implication and "
                       f"{s.value!r} by another", f"implications ({imp.id})")
            before = changes.get(s.key, ((), s.value))[0]
            changes[s.key] = (tuple(dict.fromkeys((*before, *s.from_values))), s.value)
    for imp in implications:
        bad = criteria.unsafe_read(imp.when, changes, definitions)
        if bad:
            r.fail(f"reads {bad!r}, which an implication can change so as to switch this one "
                   "off: the result would depend on the order", f"implications ({imp.id})")


def _unique(r: _Reader, what: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            r.fail(f"{i!r} is used twice", what)
        seen.add(i)


def parse_framework(data: Any, where: str = "framework", expected_id: str | None = None
                    ) -> Framework:
    """Check framework data already read from JSON and return it as a :class:`Framework`."""
    return _Parser(where).parse(data, expected_id)


def load_framework_file(path: Path) -> Framework:
    """Read and check one framework file; its id must match the file name."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise FrameworkError(f"{path.name}: cannot be read ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise FrameworkError(
            f"{path.name}: not valid JSON (line {exc.lineno}, column {exc.colno})"
        ) from None
    return parse_framework(data, path.name, path.stem)


def _folder() -> Path:
    return resource_path(FRAMEWORK_FOLDER)


def framework_ids() -> list[str]:
    """Return the ids of every framework file shipped, sorted."""
    return sorted(p.stem for p in _folder().glob("*.json"))


def list_frameworks() -> list[FrameworkInfo]:
    """Return the id and title of every framework, sorted by id."""
    return [FrameworkInfo(fid, load_framework(fid).title) for fid in framework_ids()]


@lru_cache(maxsize=16)
def load_framework(framework_id: str) -> Framework:
    """Return the framework called ``framework_id``, read once and cached.

    Raises :class:`FrameworkError` if there is no such framework or its file
    is not valid.
    """
    if framework_id not in framework_ids():
        known = ", ".join(framework_ids()) or "none"
        raise FrameworkError(f"there is no framework called {framework_id!r} (known: {known})")
    return load_framework_file(_folder() / f"{framework_id}.json")
