"""The decision record: what the flowchart found, what was recommended and decided, and when.

:func:`render_decision_pdf` takes a case and the assessment the decision
engine returns — the same JSON object that ``scr-desktop assess`` prints
(DESIGN 3.4: ``level``, ``criteria_met``, ``notifiable``,
``notifiable_criteria``, ``helper_questions_yes``, ``other_processes``,
``deadlines``) — and prints each identifier with its wording and source
paragraph as the case's framework file words them (see :mod:`.wording`),
the sub-group's recommendation, the chair's decision and rationale, and a
table of deadlines with their status in words (never colour alone).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ..domain.assessment import Assessment
from ..domain.dates import format_uk_date
from ..domain.decisions import met_deadlines
from ..domain.model import Case
from .layout import (
    CONTENT_WIDTH,
    build_pdf,
    document_head,
    keep,
    p,
    para_text,
    ruled_table,
    section_heading,
    styles,
    uk_date_or_text,
)
from .pdf_form import DEFAULT_BOARD
from .wording import Wording, wording_for

LABEL_W = 52 * mm
SOURCE_W = 38 * mm


def _as_date(value: str | None) -> date | None:
    if not value:
        return None
    v = str(value).strip()
    try:
        if "/" in v:
            from ..domain.dates import parse_uk_date

            return parse_uk_date(v)
        return date.fromisoformat(v[:10])
    except ValueError:
        return None


def deadline_rows(
    case: Case,
    assessment: Mapping[str, Any],
    deadlines: Sequence[Mapping[str, Any]] | None = None,
    *,
    today: date | None = None,
    wording: Wording | None = None,
) -> list[dict[str, str]]:
    """Return printable deadline rows: label, due date, status in words, source.

    ``deadlines`` rows are dicts with ``key`` and ``due`` (ISO or dd/mm/yyyy)
    and optionally ``label``, ``source``, ``done`` (date met), ``status`` and
    ``moved`` (why the date is earlier than its period ends, as
    :attr:`scr_desktop.domain.assessment.Deadline.moved_note` says it; see
    :func:`assessed_deadlines`).  Without them, the rows come from
    ``assessment["deadlines"]`` and the case's record of deadlines met.
    """
    today = today or date.today()
    words = wording or wording_for(str(assessment.get("framework") or case.framework))
    if deadlines is None:
        raw = assessment.get("deadlines") or {}
        met = met_deadlines(case)
        deadlines = [
            {"key": k, "due": v, "done": met.get(k, "")}
            for k, v in sorted(raw.items(), key=lambda kv: (str(kv[1]), kv[0]))
        ]
    rows = []
    for d in deadlines:
        key = str(d.get("key", ""))
        t = words.term(key)
        due = _as_date(d.get("due"))
        done = _as_date(d.get("done"))
        if d.get("status"):
            status = str(d["status"])
        elif done is not None:
            status = f"Met on {format_uk_date(done)}"
        elif due is not None and due < today:
            status = "OVERDUE"
        elif due is not None and due == today:
            status = "Due today"
        else:
            status = "Not yet due"
        label = str(d.get("label") or t.label)
        if d.get("moved"):
            label = f"{label} (the date was {d['moved']})"
        rows.append(
            {
                "label": label,
                "due": format_uk_date(due) if due else str(d.get("due") or ""),
                "status": status,
                "source": str(d.get("source") or t.source),
            }
        )
    return rows


def assessed_deadlines(case: Case, assessment: Assessment) -> list[dict[str, Any]]:
    """Return the rows of the deadlines table for an assessment, each saying why its date
    was moved back to a working day when it was (the contract's dates alone cannot)."""
    met = met_deadlines(case)
    return [{"key": d.key, "due": d.due.isoformat(), "done": met.get(d.key, ""),
             "moved": d.moved_note}
            for d in sorted(assessment.deadlines, key=lambda d: (d.due.isoformat(), d.key))]


def _ids_table(ids: Sequence[str], words: Wording, empty: str,
               head: str = "Criterion") -> Flowable:
    st = styles()
    rows: list[list[Any]] = [[p(head, st.cell_head), p("Source", st.cell_head)]]
    for key in ids:
        t = words.term(str(key))
        rows.append([p(t.label, st.value), p(t.source, st.value)])
    if not ids:
        rows.append([p(empty, st.value), ""])
        extra: list[tuple[Any, ...]] = [("SPAN", (0, 1), (-1, 1))]
    else:
        extra = []
    return ruled_table(rows, [CONTENT_WIDTH - SOURCE_W, SOURCE_W], header=True, extra=extra)


def _pairs(rows: Sequence[tuple[str, str]]) -> Flowable:
    st = styles()
    return ruled_table(
        [[p(label, st.label), p(value, st.value)] for label, value in rows],
        [LABEL_W, CONTENT_WIDTH - LABEL_W],
        label_cols=[0],
    )


def assessment_story(assessment: Mapping[str, Any], wording: Wording | None = None
                     ) -> list[Flowable]:
    """Return the flowchart result: level, notifiable criteria, criteria met, other processes."""
    st = styles()
    words = wording or wording_for(str(assessment.get("framework", "")))
    lt = words.term(str(assessment.get("level", "")))
    notifiable = bool(assessment.get("notifiable"))
    helpers = assessment.get("helper_questions_yes")
    told = f"Yes \u2014 {words.notifiable_explanation}" if words.notifiable_explanation else "Yes"
    summary = _pairs(
        [
            ("Framework", words.title),
            ("Outcome", lt.text()),
            ("Notifiable serious incident", told if notifiable else "No"),
            (
                "Helper questions answered yes",
                f"{helpers} of {words.question_count}" if helpers is not None else "",
            ),
        ]
    )
    return [
        keep(section_heading("1. Flowchart result"), summary),
        keep(p("Notifiable incident criteria met", st.subheading),
             _ids_table(list(assessment.get("notifiable_criteria") or []), words,
                        "None of the notifiable incident criteria is met.")),
        keep(p("Review criteria met", st.subheading),
             _ids_table(list(assessment.get("criteria_met") or []), words,
                        "None of the review criteria is met.")),
        keep(p("Other processes to consider", st.subheading),
             _ids_table(list(assessment.get("other_processes") or []), words,
                        "No other process is indicated.", head="Process")),
    ]


def decision_details(case: Case, wording: Wording | None = None) -> list[Flowable]:
    """Return the recommendation and the chair's decision with its rationale."""
    words = wording or wording_for(case.framework)
    d = case.decision
    return [
        keep(
            section_heading("2. Recommendation and decision"),
            _pairs(
                [
                    ("Sub-group recommendation",
                     words.decision(d.recommendation) or "Not yet made"),
                    ("Recommendation notes", d.recommendation_notes),
                    ("Chair's decision", words.decision(d.decided) or "Not yet decided"),
                    ("Date of decision", uk_date_or_text(d.decision_date)),
                    ("Decided by", d.decided_by),
                    ("Formal processes required", d.formal_processes),
                    ("Rationale for the decision", d.rationale),
                ]
            ),
        ),
    ]


def deadlines_story(rows: Sequence[Mapping[str, str]]) -> list[Flowable]:
    """Return the deadlines table (status always in words)."""
    st = styles()
    table: list[list[Any]] = [[p(h, st.cell_head) for h in ("Deadline", "Due", "Status", "Source")]]
    extra: list[tuple[Any, ...]] = []
    for r in rows:
        table.append([p(r["label"], st.value), p(r["due"], st.value),
                      p(r["status"], st.label if r["status"] == "OVERDUE" else st.value),
                      p(r["source"], st.value)])
    if not rows:
        table.append([p("No deadline has started yet.", st.value), "", "", ""])
        extra.append(("SPAN", (0, 1), (-1, 1)))
    widths = [CONTENT_WIDTH - 24 * mm - 42 * mm - 30 * mm, 24 * mm, 42 * mm, 30 * mm]
    return [keep(section_heading("3. Deadlines"), ruled_table(table, widths, header=True,
                                                              extra=extra))]


def render_decision_pdf(
    case: Case,
    assessment: Mapping[str, Any],
    deadlines: list[dict[str, Any]] | None = None,
    *,
    board_name: str = DEFAULT_BOARD,
    generated_at: datetime | None = None,
    today: date | None = None,
) -> bytes:
    """Return the decision record for ``case`` as PDF bytes (unencrypted, in memory).

    ``assessment`` is the engine's output dict (DESIGN 3.4); its identifiers
    are printed in the words of its framework's file; ``deadlines`` may
    supply the rows of the deadlines table (see :func:`deadline_rows`).
    """
    when = generated_at or datetime.now()
    words = wording_for(str(assessment.get("framework") or case.framework))
    meta = []
    if case.reference.strip():
        meta.append(f"Case reference: {para_text(case.reference.strip())}")
    meta.append(f"Framework: {para_text(words.title)}")
    story: list[Flowable] = document_head(
        board_name, "Decision record", " \u00b7 ".join(meta)
    )
    story.append(
        _pairs(
            [
                ("Child", case.child_name()),
                ("Date of referral", str(case.get("referral_date"))),
                ("Date of the incident", str(case.get("incident_date"))),
                ("Date the local authority became aware", str(case.get("aware_date"))),
            ]
        )
    )
    story += assessment_story(assessment, words)
    story += decision_details(case, words)
    story += deadlines_story(
        deadline_rows(case, assessment, deadlines, today=today or when.date(), wording=words)
    )
    return build_pdf(story, title="Decision record", doc_label="Decision record",
                     generated_at=when)
