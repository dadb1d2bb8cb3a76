"""The themes a board tags cases and recommendations with: a starting list, and its own.

The starting list is data (``resources/learning/themes.json``, ``000`` 1.3
and 10.7); a board adds its own themes, which the vault keeps.  A theme is
stored by id; an id the lists no longer know is still counted and shown by
its id, so nothing tagged is ever lost.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

from scr_desktop.resources import resource_path

MAX_LABEL = 80


class ThemeError(ValueError):
    """A theme the board cannot add; the message says why."""


@lru_cache(maxsize=1)
def starting_themes() -> dict[str, str]:
    """Return the starting themes, id -> label, in the order shown."""
    data = json.loads(resource_path("learning/themes.json").read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data["themes"].items()}


def source() -> str:
    """Return the paragraphs the themes come from."""
    data = json.loads(resource_path("learning/themes.json").read_text(encoding="utf-8"))
    return str(data["source"])


def theme_id(label: str) -> str:
    """Return the id a board's own theme is stored under ("board:" and its words)."""
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    return "board:" + re.sub(r"[^a-z0-9]+", "_", folded).strip("_")


def check_new(label: str, known: Mapping[str, str]) -> str:
    """Return the cleaned label of a theme the board adds; raise :class:`ThemeError`."""
    cleaned = " ".join(label.split())
    if not cleaned:
        raise ThemeError("Type the theme's name.")
    if len(cleaned) > MAX_LABEL:
        raise ThemeError(f"A theme's name can be at most {MAX_LABEL} characters.")
    if theme_id(cleaned) == "board:":
        raise ThemeError("A theme's name needs letters or numbers.")
    if cleaned.casefold() in {v.casefold() for v in known.values()} or theme_id(cleaned) in known:
        raise ThemeError(f"\u201c{cleaned}\u201d is already a theme.")
    return cleaned


def all_themes(board: Mapping[str, str]) -> dict[str, str]:
    """Return the starting themes followed by the board's own."""
    return {**starting_themes(), **dict(board)}


def label(theme: str, known: Mapping[str, str]) -> str:
    """Return a theme's label ('' ids never occur; unknown ids are shown as stored)."""
    return known.get(theme, theme)


def cleaned(themes: Iterable[object]) -> list[str]:
    """Return stored theme ids without blanks or repeats, in order."""
    out: list[str] = []
    for t in themes:
        if isinstance(t, str) and t.strip() and t.strip() not in out:
            out.append(t.strip())
    return out
