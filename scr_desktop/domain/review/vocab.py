"""The review's lists and wording, read once from ``resources/review/review.json``.

Rules are data: methodologies, the key lines of enquiry of ``002`` 8.16, the
parallel processes with the ``004`` Appendix B checklist, consent outcomes,
progress states and the review's own timescales live in that file, each
naming the paragraph it comes from.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from scr_desktop.resources import resource_path


@lru_cache(maxsize=1)
def vocab() -> dict[str, Any]:
    """Return the review vocabulary file as a dict (read once)."""
    data: dict[str, Any] = json.loads(
        resource_path("review/review.json").read_text(encoding="utf-8"))
    return data


def choices(name: str) -> dict[str, str]:
    """Return the value -> label choices of the list ``name`` (progress: label only)."""
    raw = vocab()[name]["choices"]
    return {k: (v[0] if isinstance(v, list) else str(v)) for k, v in raw.items()}


def source(name: str) -> str:
    """Return the paragraph a list comes from ('' if it names none)."""
    return str(vocab()[name].get("source", ""))


def review_decisions() -> dict[str, str]:
    """Return the decision ids that start a review, with the review's name."""
    return dict(vocab()["review_decisions"])


def lines_of_enquiry() -> list[str]:
    """Return the key lines of enquiry to pick from (``002`` 8.16)."""
    return list(vocab()["lines_of_enquiry"]["items"])


def process_types() -> dict[str, dict[str, Any]]:
    """Return the parallel process types: label, key date name, checklist, engine flags."""
    return dict(vocab()["parallel_processes"]["types"])


def progress_sign(state: str) -> str:
    """Return the sign shown beside an action's progress (never colour alone)."""
    raw = vocab()["progress"]["choices"].get(state)
    return str(raw[1]) if isinstance(raw, list) else ""


def timescale(key: str) -> dict[str, Any]:
    """Return one of the review's timescales: label, amount, unit, source."""
    return dict(vocab()["timescales"][key])
