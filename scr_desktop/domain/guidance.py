"""Cite the guidance by its name on screen, never by the number of its reference file.

The rules and help texts of the review area and the statistics keep their
sources as the reference files number them ("000 para. 1.3", "002 para.
8.40", "004 Appendix B").  A user does not know those numbers, so what is
shown names the document as the frameworks' citations do ("City & Hackney
SCR procedure, para. 1.3", "Working Together 2010, para. 8.40"): the short
names of 000 and 002 are the frameworks' own, the others name the board
whose paper it is.
"""

from __future__ import annotations

import re

SHORT_NAMES = {
    "000": "City & Hackney SCR procedure",
    "001": "Bracknell Forest CPIR procedure",
    "002": "Working Together 2010",
    "003": "Cumbria SCR procedures",
    "004": "Oxfordshire SCR paper",
}

_NUMBERED = re.compile(r"\b(00[0-4])\b(\s+(?!and\b)(?=[\w(]))?")


def cite_guidance(text: str) -> str:
    """Return ``text`` with each reference-file number replaced by the document's name
    ("000 paras. 1.3, 10.7; 004" -> "City & Hackney SCR procedure, paras. 1.3, 10.7;
    Oxfordshire SCR paper")."""

    def named(match: re.Match[str]) -> str:
        name = SHORT_NAMES[match.group(1)]
        return f"{name}, " if match.group(2) else name

    return _NUMBERED.sub(named, text)
