"""The cases awaiting the chair's decision, a page at a time, from the deadlines table.

The meetings planner offers these cases for the agenda, soonest chair's
deadline first (then the sub-group deadline, then the reference), as
:func:`scr_desktop.domain.meeting.awaiting_decision` orders them.  Reading
and assessing every such case each time the planner opens grew with the
vault, so the due dates come from the deadlines table the case's save keeps
(:mod:`.deadlines`), the status from its column, and only one page of rows is
read; the next page starts after the last row's position (its sort key).

The one fact no column holds is a chair's decision chosen but not yet dated
(the case is still "referred"); it is read from the case's JSON for the rows
of the page only, and such a case is left out, as the domain rule does.  So
a page can hold fewer rows than asked for while more follow: :attr:`AwaitingPage.after`
says where the next page starts, and is None at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from scr_desktop.domain.meeting import Candidate
from scr_desktop.domain.routes import uses_rapid_review

from .connection import Database

AWAITING = ("draft", "referred")
_FAR = date.max.isoformat()
SortKey = tuple[str, str, str]  # chair's due date, sub-group due date (far when none), reference


@dataclass(frozen=True)
class AwaitingPage:
    """One page of cases awaiting a decision, and where the next page starts (None: no more)."""

    candidates: list[Candidate]
    after: SortKey | None


def awaiting_page(db: Database, after: SortKey | None = None, limit: int = 100) -> AwaitingPage:
    """Return up to ``limit`` cases awaiting a decision, in offer order, after ``after``."""
    where = ""
    params: tuple[str | int, ...] = ()
    if after is not None:
        where = " AND (chair_key, sub_key, c.reference) > (?, ?, ?)"
        params = after
    # The decision's deadline: the chair's, or under the CSPR route the rapid review's.
    decision_due = (
        "(SELECT d.due FROM deadlines AS d WHERE d.case_num = c.num AND d.key IN"
        " ('chair_decision', 'rapid_review', 'rapid_review_from_partners_aware')"
        " ORDER BY CASE d.key WHEN 'chair_decision' THEN 0 WHEN 'rapid_review' THEN 1"
        " ELSE 2 END LIMIT 1)")
    sql = (
        "SELECT p.id, p.reference, p.status, p.sub_due, p.chair_due, p.chair_key, p.sub_key,"
        " CASE WHEN json_valid(k.data) THEN json_extract(k.data, '$.decision.decided')"
        " ELSE '!damaged' END,"
        " CASE WHEN json_valid(k.data) THEN json_extract(k.data, '$.framework') END"
        " FROM (SELECT c.num, c.id, c.reference, c.status, s.due AS sub_due,"
        f" {decision_due} AS chair_due, coalesce({decision_due}, ?) AS chair_key,"
        " coalesce(s.due, ?) AS sub_key"
        " FROM cases AS c INDEXED BY cases_live_status"
        " LEFT JOIN deadlines AS s ON s.case_num = c.num AND s.key = 'subgroup_meeting'"
        f" WHERE c.deleted_at IS NULL AND c.status IN (?, ?){where}"
        " ORDER BY chair_key, sub_key, c.reference LIMIT ?) AS p"
        " JOIN cases AS k ON k.num = p.num"
        " ORDER BY p.chair_key, p.sub_key, p.reference")
    rows = db.execute(sql, (_FAR, _FAR, *AWAITING, *params, int(limit)))
    found = []
    for case_id, reference, status, sub_due, chair_due, _ck, _sk, decided, framework in rows:
        if decided:  # decided, or damaged (listed as such, never offered for a meeting)
            continue
        found.append(Candidate(str(case_id), str(reference), str(status),
                               date.fromisoformat(sub_due) if sub_due else None,
                               date.fromisoformat(chair_due) if chair_due else None,
                               uses_rapid_review(str(framework or ""))))
    more = len(rows) == limit
    last = rows[-1] if rows else None
    next_after = (str(last[5]), str(last[6]), str(last[1])) if more and last else None
    return AwaitingPage(found, next_after)
