"""Cases with deadlines running, for the dashboard's tests.

Each case is a child's death with abuse suspected and agencies' concerns,
aware of and referred one day earlier than the last, so every case has
deadlines and they fall on different days.
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
