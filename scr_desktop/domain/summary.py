"""A plain-English account of an assessment that a chair could paste into the minutes.

The summary says which answers the rules took as implied by others (and
why), whether the incident is notifiable, which decision level
the flowchart reaches and why (every criterion with its source), how many
helper questions were answered yes, which other processes to consider, the
chair's decision if made, and each deadline with its due date in
dd/mm/yyyy form and, when a day is given, where it stands.  It is plain
text in British English with no names in it: it is built from the
assessment alone, which holds no personal details.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from .assessment import Assessment, Finding, deadline_states
from .dates import format_uk_date
from .framework import load_framework


def _bullets(findings: tuple[Finding, ...]) -> list[str]:
    return [f"- {f.label} ({f.citation})" for f in findings]


def summary_lines(assessment: Assessment, today: date | None = None,
                  done: Mapping[str, str] | None = None) -> list[str]:
    """Return the summary as lines of text (see :func:`summary_text`)."""
    fw = load_framework(assessment.framework_id)
    a = assessment
    lines = [f"Framework: {a.framework_title}.", ""]
    if a.implied:
        lines.append("Answers the rules take as implied by other answers:")
        lines += [f"- {item.text()}." for item in a.implied]
        lines.append("")

    if fw.notifiable.criteria:
        if a.notifiable:
            lines.append("Notifiable incident: yes.")
            lines += _bullets(a.notifiable_criteria)
        else:
            lines.append("Notifiable incident: no. None of the notification criteria "
                         "is met on the answers given.")
    else:
        lines.append(f"Notifiable incident: not part of this framework. "
                     f"{fw.notifiable.explanation}")
    lines.append("")

    lines.append(f"Outcome of the flowchart: {a.level_label} ({a.level_citation}).")
    if a.criteria_met:
        lines.append("Criteria met:")
        lines += _bullets(a.criteria_met)
    else:
        lines.append("No criterion for a review is met on the answers given.")
    lines.append("")

    lines.append(f"Helper questions answered yes: {a.helper_questions_yes} of "
                 f"{a.question_count}.")
    lines += _bullets(a.questions_yes)
    lines.append("")

    if a.other_processes:
        lines.append("Other processes to consider:")
        lines += _bullets(a.other_processes)
    else:
        lines.append("Other processes to consider: none identified.")
    lines.append("")

    if a.decided:
        label = next((d.label for d in fw.decisions if d.id == a.decided), a.decided)
        lines += [f"Chair's decision: {label}.", ""]

    if a.deadlines:
        lines.append("Deadlines:")
        states = ({s.key: s for s in deadline_states(a, done or {}, today)}
                  if today is not None else {})
        for d in sorted(a.deadlines, key=lambda d: (d.due, d.key)):
            line = (f"- {d.label}: by {d.due_text} ({d.rule}, "
                    f"{format_uk_date(d.start_date)}; {d.source}).")
            if d.key in states:
                line += f" {states[d.key].text}."
            lines.append(line)
    else:
        lines.append("Deadlines: none yet. They appear once the dates that start them "
                     "are recorded.")
    return lines


def summary_text(assessment: Assessment, today: date | None = None,
                 done: Mapping[str, str] | None = None) -> str:
    """Return the summary as one block of text, ready to paste into minutes.

    With ``today``, each deadline also says whether it is upcoming, due
    soon, overdue or done (``done`` maps deadline keys to ISO dates met).
    """
    return "\n".join(summary_lines(assessment, today, done)).rstrip() + "\n"
