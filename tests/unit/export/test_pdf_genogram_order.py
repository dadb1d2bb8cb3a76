"""The genogram PDF numbers siblings in the order it prints them, oldest on the left, and
its words list them in that order too (read back with pdftotext)."""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

from genogramsamples import crowded_case

from scr_desktop.domain.genogram.model import build
from scr_desktop.export.pdf_genogram import render_genogram


def _pdftotext(pdf: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_siblings_are_printed_and_listed_in_the_order_of_their_numbers(tmp_path: Path) -> None:
    pdf = tmp_path / "g.pdf"
    pdf.write_bytes(render_genogram(build(crowded_case(), [], []), board_name="Qzboard",
                                    title="Genogram", reference="SCR-2026-0007"))
    drawn: list[tuple[float, int]] = []
    page = _pdftotext(pdf, "-bbox-layout", "-f", "1", "-l", "1")
    for line in re.findall(r"<line .*?</line>", page, re.S):
        words = re.findall(r'<word xMin="([\d.]+)"[^>]*>(.*?)</word>', line)
        text = " ".join(html.unescape(w[1]) for w in words)
        if m := re.fullmatch(r"Sibling (\d+)", text):
            drawn.append((float(words[0][0]), int(m.group(1))))
    assert [n for _, n in sorted(drawn)] == list(range(1, 21))
    words = _pdftotext(pdf, "-f", "2")
    listed = [int(n) for n in re.findall(r"^- Sibling (\d+) \(Sibling\)", words, re.M)]
    assert listed == list(range(1, 21))
