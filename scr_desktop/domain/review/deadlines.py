"""The review's deadlines, added to the case's own in one per-case computation.

:func:`assess_with_review` is what the case's deadline step, the dashboard
and the deadlines table use for a case: the framework's deadlines
(:func:`~scr_desktop.domain.assessment.assess_case`) with the review's
publication date (the day it was published, else the day planned) as the
``publication`` event, plus, per agency,
the author's briefing (2 weeks) and the report (6 weeks) counted from the
day the agency was asked (``000`` 7.3), the review's completion (6 months,
5.2) for a review whose framework has no such deadline (a local CSPR has
its framework's ``local_review_publication``, 6 months from the decision,
met on the day the report is published), and each action's due date (13.1).
:func:`done_with_review` says which of them the review shows done, so a
date recorded on a review page marks its deadline met.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from scr_desktop.domain.assessment import (
    Assessment,
    Deadline,
    DeadlineState,
    assess_case,
    deadline_states,
)
from scr_desktop.domain.dates import uk_to_iso
from scr_desktop.domain.decisions import met_deadlines
from scr_desktop.domain.model import Case

from . import vocab
from .model import Review
from .status import agency_start, period_due, typed_date

COMPLETION_KEYS = frozenset(("review_completion", "local_review_publication"))
"""A framework deadline by either key stands for the review's completion."""


def _deadline(key: str, label: str, due: date, source: str, start: date, rule: str,
              event: str, explanation: str = "") -> Deadline:
    return Deadline(key=key, label=label, due=due, source=source, start_event=event,
                    start_event_label=rule, start_date=start, rule=rule,
                    explanation=explanation)


def item_kinds() -> dict[str, str]:
    """Return the kinds of deadline a review gives once per agency or action, each with the
    words that name the kind: such a deadline's key is ``<kind>:<id of the agency or action>``."""
    return {"briefing": str(vocab.timescale("briefing")["label"]),
            "imr_due": str(vocab.timescale("imr_due")["label"]),
            "action": "Action"}


def review_deadlines(review: Review, framework_keys: frozenset[str] = frozenset()
                     ) -> list[Deadline]:
    """Return the review's own deadlines (those the framework does not already give)."""
    out: list[Deadline] = []
    brief, imr = vocab.timescale("briefing"), vocab.timescale("imr_due")
    for rec in review.lists["agencies"]:
        start = agency_start(rec, review.started_on)
        if start is None:
            continue
        name = rec["agency"] or "an agency"
        out.append(_deadline(f"briefing:{rec['id']}", f"{brief['label']} \u2014 {name}",
                             period_due(start, "briefing"), brief["source"], start,
                             "2 weeks after the agency was asked", "agency_asked"))
        out.append(_deadline(f"imr_due:{rec['id']}", f"{imr['label']} \u2014 {name}",
                             period_due(start, "imr_due"), imr["source"], start,
                             "6 weeks after the agency was asked", "agency_asked"))
    started = typed_date(review.started_on)
    if started is not None and not framework_keys & COMPLETION_KEYS:
        rule = vocab.timescale("review_completion")
        out.append(_deadline("review_completion", f"{rule['label']} ({review.title})",
                             period_due(started, "review_completion"), rule["source"],
                             started, "6 months after the decision", "decision"))
    for _rec, action in review.actions():
        due = typed_date(action["due_on"])
        if due is None:
            continue
        owner = action["owner_agency"] or "owner not yet named"
        text = action["action"].strip().splitlines()[0] if action["action"].strip() else ""
        out.append(_deadline(f"action:{action['id']}", f"Action ({owner}): {text[:60]}",
                             due, "000 para. 13.1", due, "the due date agreed",
                             "action_agreed"))
    return out


def assess_with_review(case: Case, review: Review | None) -> Assessment:
    """Return the case's assessment with the review's deadlines added (see the module)."""
    if review is None:
        return assess_case(case)
    planned = (uk_to_iso(str(review.publication.get("published_on", "")))
               or uk_to_iso(str(review.publication.get("planned_on", ""))))
    if planned:
        case = dataclasses.replace(case, dates={**case.dates, "publication": planned})
    assessment = assess_case(case)
    keys = frozenset(d.key for d in assessment.deadlines)
    return dataclasses.replace(
        assessment, deadlines=assessment.deadlines + tuple(review_deadlines(review, keys)))


def _latest(values: list[Any]) -> str | None:
    dates = [typed_date(v) for v in values]
    if not dates or any(d is None for d in dates):
        return None
    return max(d for d in dates if d is not None).isoformat()


def done_with_review(case: Case, review: Review | None) -> dict[str, str]:
    """Return deadline key -> the day it was met, the case's marks (and its decision,
    :func:`~scr_desktop.domain.decisions.met_deadlines`) first."""
    done = met_deadlines(case)
    if review is None:
        return done
    found: dict[str, str | None] = {}
    agencies = review.lists["agencies"]
    for rec in agencies:
        found[f"briefing:{rec['id']}"] = _latest([rec["briefed_on"]])
        found[f"imr_due:{rec['id']}"] = _latest([rec["received_on"]])
    if agencies:
        found["imr_briefing"] = _latest([r["briefed_on"] for r in agencies])
        found["imr_completion"] = _latest([r["received_on"] for r in agencies])
    found["review_setup"] = _latest([review.setup["scoping_meeting_on"]])
    found["review_completion"] = _latest([review.publication["board_signoff_on"]])
    found["panel_copy"] = _latest([review.publication["copies_sent_on"]])
    found["panel_sos_copy"] = found["panel_copy"]
    found["local_review_publication"] = _latest([review.publication["published_on"]])
    for _rec, action in review.actions():
        found[f"action:{action['id']}"] = _latest([action["closed_on"]])
    for key, value in found.items():
        if value and not done.get(key):
            done[key] = value
    return done


def case_deadline_states(case: Case, review: Review | None, today: date
                         ) -> list[DeadlineState]:
    """Return every deadline of the case and its review as it stands ``today``."""
    return deadline_states(assess_with_review(case, review), done_with_review(case, review),
                           today)
