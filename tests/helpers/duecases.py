"""Cases with deadlines running, for the dashboard's tests.

Each case is a child's death with abuse suspected and agencies' concerns,
aware of and referred one day earlier than the last, so every case has
deadlines and they fall on different days.  The kept deadlines can then be
made out of date, as after an upgrade, and the dashboard's progress watched
while it recomputes them.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any


def add_due_cases(window: Any, n: int, today: date, first: int = 0) -> None:
    """Save ``n`` such cases in ``window``'s vault, the newest aware on ``today - first`` days."""
    with window.vault.database.transaction():
        for i in range(first, first + n):
            case = window.vault.cases.new_case()
            case.set("child_forenames", f"Child{i}")
            aware = today - timedelta(days=i)
            case.set("aware_date", aware.strftime("%d/%m/%Y"))
            case.set("referral_date", aware.strftime("%d/%m/%Y"))
            case.facts = {"abuse_or_neglect": "suspected", "child_died": True,
                          "interagency_concerns": "yes", "age_years": 1}
            window.vault.cases.save(case)


def outdate_deadlines(window: Any) -> list[tuple[str, str, str]]:
    """Make the kept deadlines wrong and stamped with an earlier version's rules, as after
    an upgrade; return what the dashboard showed before (case, key, due), to compare."""
    from scr_desktop.storage import deadlines

    shown = [(r.case_id, r.deadline.key, r.deadline.due) for r in window.dashboard.rows]
    with window.vault.database.transaction() as conn:
        conn.execute("UPDATE deadlines SET due = '2000-01-01'")
        deadlines.set_version(conn, "the rules of an earlier version")
    return shown


def watch_progress(monkeypatch: Any) -> list[tuple[int, int]]:
    """Return the list the dashboard's progress (done, total) is recorded in from now."""
    from scr_desktop.gui.dashboard_page import DashboardPage

    seen: list[tuple[int, int]] = []
    real = DashboardPage.show_progress
    monkeypatch.setattr(DashboardPage, "show_progress",
                        lambda self, done, total: (seen.append((done, total)),
                                                   real(self, done, total)))
    return seen
