"""Which route a framework follows: the SCR sub-group, or the CSPR notification and rapid review.

A framework follows the rapid review route when it counts its deadlines from
a notification and a rapid review sent.  Both the meeting planner and the
rapid review workflow ask, so the answer lives here, below both.
"""

from __future__ import annotations

EVENTS_NEEDED = frozenset(("notification", "rapid_review_sent"))


def uses_rapid_review(framework_id: str) -> bool:
    """Return True if the framework counts from a notification and a rapid review sent
    (the CSPR route); an unknown framework does not."""
    from .framework import FrameworkError, load_framework

    try:
        return set(load_framework(framework_id).event_keys) >= EVENTS_NEEDED
    except FrameworkError:
        return False
