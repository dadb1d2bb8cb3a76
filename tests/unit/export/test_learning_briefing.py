"""The learning briefing: one page, anonymised even where a name slipped into the text."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from genogramsamples import family_case

from scr_desktop.domain.review.model import Review
from scr_desktop.export.learning_briefing import briefing_parts, render_briefing


def test_the_briefing_replaces_every_name_the_case_knows(tmp_path: Path) -> None:
    case = family_case()
    case.set_themes(["neglect", "board:county_lines"])
    review = Review.start(case.id, "scr", "04/01/2027")
    review.set_briefing({"in_brief": "Qzmira, aged 2, lived with Qzsarah Vantoll at "
                                     "7 Orchard Row.",
                         "learned": "Professionals did not ask Qztom Prickett about the "
                                    "injuries.",
                         "questions": "How do we hear the voice of a baby?"})
    parts = dict(briefing_parts(case, review))
    assert set(parts) == {"The case in brief", "What we learned", "Questions for teams"}
    pdf = render_briefing(case, review, board_themes={"board:county_lines": "County lines"})
    (tmp_path / "b.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(tmp_path / "b.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    for leak in ("Qzmira", "Qzsarah", "Qztom", "Prickett", "Orchard"):
        assert leak not in text, leak
    assert "Child A" in text and "Mother of Child A" in text
    assert "Themes: Neglect, County lines" in text
    assert "How do we hear the voice of a baby?" in text
    info = subprocess.run(["pdfinfo", str(tmp_path / "b.pdf")], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M)
