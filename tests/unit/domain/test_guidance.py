"""Guidance is cited on screen by its name, not by its reference file's number."""

from __future__ import annotations

import re
from pathlib import Path

from scr_desktop.domain.framework import framework_ids, load_framework
from scr_desktop.domain.guidance import SHORT_NAMES, cite_guidance

UI = Path(__file__).resolve().parents[3] / "ui"
NUMBER = re.compile(r"\b00[0-4]\b")


def test_each_number_becomes_the_documents_name_with_its_place_kept() -> None:
    assert cite_guidance("(002 para. 8.40)") == "(Working Together 2010, para. 8.40)"
    assert cite_guidance("000 paras. 1.3, 10.7; 004") == (
        "City & Hackney SCR procedure, paras. 1.3, 10.7; Oxfordshire SCR paper")
    assert cite_guidance("001; 004 Appendix B") == (
        "Bracknell Forest CPIR procedure; Oxfordshire SCR paper, Appendix B")
    for kept in ("SCR-2026-0001", "in 2000", "#000000", "10.04"):
        assert cite_guidance(kept) == kept


def test_the_names_are_the_frameworks_own() -> None:
    for fid in framework_ids():
        for key, document in load_framework(fid).documents.items():
            if key in SHORT_NAMES:
                assert SHORT_NAMES[key] == document.short, (fid, key)


def test_no_screen_form_cites_a_reference_file_by_number() -> None:
    found = [f"{path.relative_to(UI)}: {m.group(0)}" for path in sorted(UI.rglob("*.ui"))
             for text in re.findall(r"<string[^>]*>(.*?)</string>", path.read_text(), re.S)
             for m in NUMBER.finditer(text)]
    assert found == []
