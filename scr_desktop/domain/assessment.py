"""The decision engine: from a case's answers to a level, criteria, other processes and deadlines.

:func:`evaluate` checks the answers against the framework's declared facts,
questions, events and decision options, fills in neutral defaults, applies
the framework's implications (recording which answers were implied and why,
see :mod:`.implications`), refuses answers the framework declares
contradictory, then evaluates its notifiable criteria, its
decision levels in order (the first that holds wins; every criterion that
holds is reported, at any level), its other processes and its deadlines
(only those whose start date is known and whose condition holds; a deadline
counted in weeks or months that the framework moves off a weekend or bank
holiday records the day it moved from).  Dates are ISO ``YYYY-MM-DD`` in
the years 1900 to 2100, the span of the working-day calendar, and a start
date whose deadline would fall outside it is refused, naming that date.  The
result is an :class:`Assessment`, which also records the path through the
flowchart for the diagram.  :func:`assess` is the headless contract of
DESIGN 3.4 (a dict in, a dict out); :func:`assess_case` maps a stored
:class:`~scr_desktop.domain.model.Case`; :func:`deadline_states` says, for
a given day, which deadlines are upcoming, due soon, overdue or done.
Nothing here names a framework, fact or criterion: all of that is data.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from . import criteria
from .dates import CASE_YEARS, format_uk_date, uk_to_iso
from .framework import (
    DECIDED,
    DEFAULT_FRAMEWORK,
    LEVEL,
    NOTIFIABLE,
    Fact,
    Framework,
    FrameworkError,
    Rule,
    cite,
    load_framework,
)
from .implications import ImpliedAnswer, answer_notes, apply_implications, implied_answers
from .model import Case
from .timescales import (
    OutsideCalendar,
    describe_move,
    describe_offset,
    due_date,
    working_days_between,
)

INPUT_KEYS = ("framework", "facts", "questions", "dates", "decided")
DUE_SOON_WORKING_DAYS = 5
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class AssessmentInputError(ValueError):
    """Input the engine cannot use; ``key`` names the offending key, e.g. ``facts.child_died``."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")
        self.key = key
        self.message = message


@dataclass(frozen=True)
class Finding:
    """A criterion, process or helper question that applies, with where it comes from."""

    id: str
    label: str
    citation: str
    explanation: str = ""


@dataclass(frozen=True)
class Deadline:
    """A deadline that applies to the case."""

    key: str
    label: str
    due: date
    source: str
    start_event: str
    start_event_label: str
    start_date: date
    rule: str  # e.g. "5 working days after the local authority became aware of the incident"
    explanation: str = ""
    moved_from: date | None = None  # the day the period ended, when that was not a working day

    @property
    def moved_note(self) -> str:
        """Return why the deadline is earlier than its period ends ('' if it is not)."""
        return describe_move(self.moved_from, self.due) if self.moved_from else ""

    @property
    def due_text(self) -> str:
        """Return the due date as dd/mm/yyyy, saying why when it was moved back."""
        shown = format_uk_date(self.due)
        return f"{shown} \u2014 {self.moved_note}" if self.moved_from else shown


@dataclass(frozen=True)
class PathNode:
    """One step of the flowchart and how the case fared there.

    ``state`` is ``yes`` (the case passes here: the step applies), ``no``
    (it does not), ``not_reached`` (an earlier level already decided it) or
    ``outcome`` (the final box).  ``details`` lists what applies at the step.
    """

    id: str
    title: str
    question: str
    state: str
    answer: str
    details: tuple[str, ...] = ()

    @property
    def on_path(self) -> bool:
        """Return True if the case's route reaches this step."""
        return self.state != "not_reached"


@dataclass(frozen=True)
class Assessment:
    """Everything the engine concludes about one case."""

    framework_id: str
    framework_title: str
    notifiable: bool
    notifiable_criteria: tuple[Finding, ...]
    level: str
    level_label: str
    level_citation: str
    criteria_met: tuple[Finding, ...]
    other_processes: tuple[Finding, ...]
    questions_yes: tuple[Finding, ...]
    question_count: int
    deadlines: tuple[Deadline, ...]
    path: tuple[PathNode, ...]
    facts: Mapping[str, Any] = field(default_factory=dict)
    decided: str | None = None
    implied: tuple[ImpliedAnswer, ...] = ()

    def answer_notes(self) -> dict[str, list[str]]:
        """Return, per fact, what the screen says beside it about implied answers."""
        return answer_notes(self.implied)

    @property
    def helper_questions_yes(self) -> int:
        """Return how many helper questions were answered yes."""
        return len(self.questions_yes)

    def deadline(self, key: str) -> Deadline | None:
        """Return the deadline called ``key`` if it applies."""
        return next((d for d in self.deadlines if d.key == key), None)

    def to_contract(self) -> dict[str, Any]:
        """Return exactly what ``scr-desktop assess`` prints (DESIGN 3.4)."""
        return {
            "framework": self.framework_id,
            "notifiable": self.notifiable,
            "notifiable_criteria": sorted(f.id for f in self.notifiable_criteria),
            "level": self.level,
            "criteria_met": sorted(f.id for f in self.criteria_met),
            "helper_questions_yes": self.helper_questions_yes,
            "other_processes": sorted(f.id for f in self.other_processes),
            "deadlines": {d.key: d.due.isoformat()
                          for d in sorted(self.deadlines, key=lambda d: d.key)},
        }


# -- input checking ------------------------------------------------------------------


def _shown(value: Any) -> str:
    """Return a value as JSON on one short line, fit to quote in an error message."""
    try:
        text = json.dumps(value, default=str)
    except ValueError:  # e.g. a self-referencing structure
        text = type(value).__name__
    return text if len(text) <= 40 else text[:37] + "..."


def _check_fact(fact: Fact, value: Any) -> Any:
    key = f"facts.{fact.key}"
    if value is None:
        if fact.nullable:
            return None
        raise AssessmentInputError(key, f"cannot be null; {_expected(fact)}")
    if fact.type == "bool":
        if not isinstance(value, bool):
            raise AssessmentInputError(key, f"got {_shown(value)}; {_expected(fact)}")
    elif fact.type == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise AssessmentInputError(key, f"got {_shown(value)}; {_expected(fact)}")
        if (fact.minimum is not None and value < fact.minimum) or (
            fact.maximum is not None and value > fact.maximum
        ):
            raise AssessmentInputError(key, f"{_shown(value)} is out of range; "
                                            f"{_expected(fact)}")
    elif fact.type == "choice" and value not in [c.value for c in fact.choices]:
        raise AssessmentInputError(key, f"got {_shown(value)}; {_expected(fact)}")
    return value


def _expected(fact: Fact) -> str:
    if fact.type == "bool":
        return "use true or false"
    if fact.type == "int":
        lo = fact.minimum if fact.minimum is not None else "any"
        hi = fact.maximum if fact.maximum is not None else "any"
        tail = ", or null if not known" if fact.nullable else ""
        return f"use a whole number from {lo} to {hi}{tail}"
    return "use one of " + ", ".join(c.value for c in fact.choices)


def _as_date(key: str, value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        found = value
    elif isinstance(value, str) and _ISO.fullmatch(value):
        try:
            found = date.fromisoformat(value)
        except ValueError:
            raise AssessmentInputError(key, f"{_shown(value)} is not a real date; "
                                            "check the day and month") from None
    else:
        raise AssessmentInputError(key, f"got {_shown(value)}; write dates as YYYY-MM-DD "
                                        "(for example 2026-12-21), or null")
    if found.year not in CASE_YEARS:
        raise AssessmentInputError(key, f"{found.isoformat()} is outside the years "
                                        f"{CASE_YEARS.start} to {CASE_YEARS.stop - 1}; "
                                        "check the year")
    return found


def _mapping(key: str, value: Any) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise AssessmentInputError(key, f"must be an object of keys and values, "
                                        f"not {_shown(value)}")
    return value


def _effective_facts(fw: Framework, facts: Mapping[str, Any]
                     ) -> tuple[dict[str, Any], tuple[ImpliedAnswer, ...]]:
    known = {f.key: f for f in fw.all_facts}
    for key in facts:
        if key not in known:
            raise AssessmentInputError(
                f"facts.{key}", f"is not a fact of the {fw.id} framework; "
                                "check the spelling against its list of facts")
    given = {k: (_check_fact(f, facts[k]) if k in facts else f.default)
             for k, f in known.items()}
    values = apply_implications(fw.implications, given, fw.definitions)
    for c in fw.contradictions:
        if criteria.evaluate(c.when, values, fw.definitions):
            raise AssessmentInputError(f"facts.{c.key}", c.message)
    return values, implied_answers(fw, given, values, facts)


def annotate_answers(framework_id: str, facts: Mapping[str, Any]
                   ) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Return what a form shows beside the answers: (notes on implied answers, contradictions).

    Both map fact keys to text; facts the framework does not know are
    ignored.  Answers of the wrong type are left to :func:`evaluate` (both
    maps are then empty).  Unlike :func:`evaluate`, a contradiction does not
    stop the notes being worked out.
    """
    fw = load_framework(framework_id)
    known = {k: v for k, v in facts.items() if k in fw.fact_keys}
    try:
        given = {f.key: (_check_fact(f, known[f.key]) if f.key in known else f.default)
                 for f in fw.all_facts}
    except AssessmentInputError:
        return {}, {}
    values = apply_implications(fw.implications, given, fw.definitions)
    problems = {c.key: c.message[:1].upper() + c.message[1:] + "."
                for c in fw.contradictions
                if criteria.evaluate(c.when, values, fw.definitions)}
    return answer_notes(implied_answers(fw, given, values, known)), problems


def contradictions(framework_id: str, facts: Mapping[str, Any]) -> dict[str, str]:
    """Return, per fact key, why the answers contradict one another there (none: empty)."""
    return annotate_answers(framework_id, facts)[1]


# -- evaluation --------------------------------------------------------------------


def _finding(rule: Rule) -> Finding:
    return Finding(rule.id, rule.label, rule.citation, rule.explanation)


def evaluate(
    framework_id: str,
    facts: Mapping[str, Any] | None = None,
    questions: Mapping[str, Any] | None = None,
    dates: Mapping[str, Any] | None = None,
    decided: str | None = None,
) -> Assessment:
    """Assess one case under ``framework_id``.

    ``facts`` and ``questions`` map keys of the framework to answers (missing
    ones take neutral defaults); ``dates`` maps event keys to ISO strings,
    :class:`~datetime.date` objects or None; ``decided`` is the chair's
    decision or None.  Raises :class:`AssessmentInputError` for anything the
    framework does not know or allow.
    """
    try:
        fw = load_framework(framework_id)
    except FrameworkError as exc:
        raise AssessmentInputError("framework", str(exc)) from None
    return evaluate_framework(fw, facts, questions, dates, decided)


def evaluate_framework(
    fw: Framework,
    facts: Mapping[str, Any] | None = None,
    questions: Mapping[str, Any] | None = None,
    dates: Mapping[str, Any] | None = None,
    decided: str | None = None,
) -> Assessment:
    """Assess one case under the framework ``fw`` already loaded (see :func:`evaluate`)."""
    values, implied = _effective_facts(fw, _mapping("facts", facts))

    answers = _mapping("questions", questions)
    for key, answer in answers.items():
        if key not in fw.question_keys:
            raise AssessmentInputError(f"questions.{key}", f"is not a helper question of "
                                       f"the {fw.id} framework; check the spelling")
        if not isinstance(answer, bool):
            raise AssessmentInputError(f"questions.{key}", f"got {_shown(answer)}; "
                                                           "use true or false")
    start_dates: dict[str, date | None] = {}
    for key, value in _mapping("dates", dates).items():
        if key not in fw.event_keys:
            raise AssessmentInputError(f"dates.{key}", "is not a date this framework uses; "
                                       "use " + ", ".join(fw.event_keys))
        start_dates[key] = _as_date(f"dates.{key}", value)
    if decided is not None and decided not in fw.decision_ids:
        raise AssessmentInputError(DECIDED, f"{_shown(decided)} is not a decision option; "
                                   "use " + ", ".join(fw.decision_ids) + ", or null")

    defs = fw.definitions
    notif = tuple(_finding(r) for r in fw.notifiable.criteria
                  if criteria.evaluate(r.when, values, defs))
    values[NOTIFIABLE] = bool(notif)
    _set_ids(values, (r.id for r in fw.notifiable.criteria), {f.id for f in notif})

    met_by_level = {lv.id: tuple(_finding(r) for r in lv.criteria
                                 if criteria.evaluate(r.when, values, defs))
                    for lv in fw.levels}
    chosen = next(lv for lv in fw.levels if lv.otherwise or met_by_level[lv.id])
    values[LEVEL] = chosen.id
    _set_ids(values, (r.id for lv in fw.levels for r in lv.criteria),
             {f.id for found in met_by_level.values() for f in found})
    processes = tuple(_finding(r) for r in fw.other_processes
                      if criteria.evaluate(r.when, values, defs))
    values[DECIDED] = decided

    deadlines = []
    events = {e.key: e.label for e in fw.events}
    for rule in fw.deadlines:
        start = start_dates.get(rule.start)
        if start is None or not criteria.evaluate(rule.when, values, defs):
            continue
        try:
            due, moved_from = due_date(start, rule.amount, rule.unit, rule.non_working_day)
        except OutsideCalendar:
            raise AssessmentInputError(
                f"dates.{rule.start}", f"{start.isoformat()} is so early or so late that the "
                f"deadline '{rule.label}' falls outside the calendar "
                f"({CASE_YEARS.start} to {CASE_YEARS.stop - 1}); check the year") from None
        deadlines.append(Deadline(
            key=rule.key, label=rule.label,
            due=due, source=rule.citation,
            start_event=rule.start, start_event_label=events[rule.start], start_date=start,
            rule=f"{describe_offset(rule.amount, rule.unit)} {events[rule.start]}",
            explanation=rule.explanation, moved_from=moved_from,
        ))

    questions_yes = tuple(Finding(q.key, q.label, cite(q.source))
                          for q in fw.questions if answers.get(q.key) is True)
    return Assessment(
        framework_id=fw.id, framework_title=fw.title, notifiable=bool(notif),
        notifiable_criteria=notif, level=chosen.id, level_label=chosen.label,
        level_citation=cite(chosen.source),
        criteria_met=tuple(f for lv in fw.levels for f in met_by_level[lv.id]),
        other_processes=processes, questions_yes=questions_yes,
        question_count=len(fw.questions), deadlines=tuple(deadlines),
        path=_path(fw, notif, met_by_level, chosen.id, processes),
        facts={k: v for k, v in values.items() if k in fw.fact_keys}, decided=decided,
        implied=implied,
    )


def _set_ids(values: dict[str, Any], ids: Iterable[str], holding: set[str]) -> None:
    """Put each criterion id in scope for later rules: true when it holds."""
    for rule_id in ids:
        values[rule_id] = rule_id in holding


def _path(fw: Framework, notif: tuple[Finding, ...], met: Mapping[str, tuple[Finding, ...]],
          chosen: str, processes: tuple[Finding, ...]) -> tuple[PathNode, ...]:
    nodes = []
    if fw.notifiable.criteria:
        nodes.append(PathNode(
            "notifiable", fw.notifiable.node, fw.notifiable.question,
            "yes" if notif else "no", "Yes" if notif else "No",
            tuple(f.label for f in notif)))
    reached = True
    for lv in fw.levels:
        if lv.otherwise:
            break
        here = met[lv.id]
        if not reached:
            state, answer = "not_reached", "Not reached"
        elif lv.id == chosen:
            state, answer = "yes", "Yes"
            reached = False
        else:
            state, answer = "no", "No"
        nodes.append(PathNode(lv.id, lv.node, lv.question, state, answer,
                              tuple(f.label for f in here)))
    level = fw.level(chosen)
    title = level.node if level.otherwise else "Outcome"
    nodes.append(PathNode("outcome", title, level.explanation or level.label, "outcome",
                          level.label, tuple(p.label for p in processes)))
    return tuple(nodes)


# -- the headless contract ---------------------------------------------------------


def assess(data: Mapping[str, Any]) -> dict[str, Any]:
    """Return the DESIGN 3.4 output for one case given as the DESIGN 3.4 input.

    Raises :class:`AssessmentInputError` naming the first bad key.
    """
    if not isinstance(data, Mapping):
        raise AssessmentInputError("(top level)", "the input must be one JSON object with "
                                   "the keys " + ", ".join(INPUT_KEYS))
    for key in data:
        if key not in INPUT_KEYS:
            raise AssessmentInputError(str(key), "is not a recognised key; use "
                                       + ", ".join(INPUT_KEYS))
    framework_id = data.get("framework", DEFAULT_FRAMEWORK)
    if not isinstance(framework_id, str):
        raise AssessmentInputError("framework", f"got {_shown(framework_id)}; "
                                   "give a framework id such as wt2015-scr")
    decided = data.get("decided")
    if decided is not None and not isinstance(decided, str):
        raise AssessmentInputError("decided", f"got {_shown(decided)}; give a decision "
                                   "option such as scr, or null")
    return evaluate(framework_id, data.get("facts"), data.get("questions"),
                    data.get("dates"), decided).to_contract()


def assess_case(case: Case) -> Assessment:
    """Assess a stored case.

    Facts and questions the case's framework does not know are left out: a
    case may keep answers given under another framework.  The dates the
    local authority became aware and of the referral come from the form
    (dd/mm/yyyy; a blank or invalid date counts as not given), the decision
    date from the decision, and any other event from ``case.dates``.
    """
    try:
        fw = load_framework(case.framework)
    except FrameworkError as exc:
        raise AssessmentInputError("framework", str(exc)) from None
    dates: dict[str, Any] = {k: v or None for k, v in case.dates.items()
                             if k in fw.event_keys}
    dates.update({
        "aware": uk_to_iso(str(case.get("aware_date"))),
        "referral": uk_to_iso(str(case.get("referral_date"))),
        "decision": case.decision.decision_date or None,
    })
    dates = {k: v for k, v in dates.items() if k in fw.event_keys}
    return evaluate(
        fw.id,
        {k: v for k, v in case.facts.items() if k in fw.fact_keys},
        {k: v for k, v in case.questions.items() if k in fw.question_keys},
        dates,
        case.decision.decided or None,
    )


# -- tracking deadlines -------------------------------------------------------------

STATES = ("upcoming", "due_soon", "overdue", "done")


@dataclass(frozen=True, slots=True)
class DeadlineState:
    """Where one deadline stands on a given day, with text fit to show a user."""

    key: str
    label: str
    due: date
    source: str
    state: str  # one of STATES
    working_days_remaining: int  # from today to the due date; negative once past
    text: str
    done_on: date | None = None
    moved_note: str = ""  # why the due date is before the end of its period, if it is


def _done_date(key: str, value: Any) -> date | None:
    """Read the date a deadline was met: ISO, or dd/mm/yyyy as typed; blank means not met."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str) and "/" in value:
        iso = uk_to_iso(value)
        if iso is None:
            raise AssessmentInputError(f"done.{key}", f"{_shown(value)} is not a real date")
        return date.fromisoformat(iso)
    return _as_date(f"done.{key}", value)


def _days(n: int) -> str:
    return f"{n} working day{'s' if n != 1 else ''}"


def deadline_state(key: str, label: str, due: date, source: str, done_on: date | None,
                   today: date, moved_note: str = "") -> DeadlineState:
    """Return where one deadline, due on ``due`` and met on ``done_on`` (if at all), stands today.

    ``moved_note`` says why the due date is before the end of its period, if
    it is.  Used for each deadline of a case, and for a deadline kept in the
    vault's deadlines table, so both read the same.
    """
    remaining = working_days_between(today, due)
    due_uk = format_uk_date(due) + (f" \u2014 {moved_note}" if moved_note else "")
    if done_on is not None:
        late = working_days_between(due, done_on)
        text = f"Done on {format_uk_date(done_on)}"
        if done_on > due:
            text += f" ({_days(late)} late)" if late > 0 else " (after the due date)"
        state = "done"
    elif today > due:
        state = "overdue"
        text = (f"Overdue by {_days(-remaining)} (was due {due_uk})" if remaining
                else f"Overdue (was due {due_uk})")
    else:
        state = "due_soon" if remaining <= DUE_SOON_WORKING_DAYS else "upcoming"
        if today == due:
            text = f"Due today ({due_uk})"
        elif remaining == 0:
            text = f"Due {due_uk}, with no working days left before then"
        else:
            text = f"Due in {_days(remaining)} ({due_uk})"
    return DeadlineState(key, label, due, source, state, remaining, text, done_on, moved_note)


def deadline_states(assessment: Assessment, done: Mapping[str, str],
                    today: date) -> list[DeadlineState]:
    """Return each deadline of ``assessment`` as it stands on ``today``, soonest first.

    ``done`` maps deadline keys to the date each was met (ISO, or dd/mm/yyyy;
    blank means not met; anything else raises :class:`AssessmentInputError`).
    A deadline is 'due_soon' when it falls within 5 working days, today
    included.
    """
    out = [deadline_state(d.key, d.label, d.due, d.source,
                          _done_date(d.key, done.get(d.key)), today, d.moved_note)
           for d in assessment.deadlines]
    order = {d.key: i for i, d in enumerate(assessment.deadlines)}
    out.sort(key=lambda s: (s.due, order[s.key]))
    return out
