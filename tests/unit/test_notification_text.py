"""The notification preview text says exactly what the PDF prints, for every recipient."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from samples import sample_case

from scr_desktop.domain.assessment import assess_case
from scr_desktop.export.notification import render_notification_pdf
from scr_desktop.export.notification_text import notification_text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils is needed to read the PDF")
WHEN = datetime(2026, 11, 21, 10, 30)
IDENTIFYING = ("Zoë", "Łukasiewicz", "Nguyễn", "Ștefania", "Harrow Lane", "E8 4QT",
               "14/06/2023", "21/02/1992", "Mare Street")


def _pdf_words(pdf: bytes, tmp_path: Path) -> set[str]:
    path = tmp_path / "n.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return set(re.findall(r"\w+", text))


@pytest.mark.parametrize("recipient", ["ofsted", "dfe", "national_panel"])
@pytest.mark.parametrize("anonymised", [True, False])
def test_every_word_of_the_preview_is_in_the_pdf(recipient: str, anonymised: bool,
                                                 tmp_path: Path) -> None:
    case = sample_case()
    assessment = assess_case(case).to_contract()
    text = notification_text(case, assessment, recipient=recipient, anonymised=anonymised,
                             generated_at=WHEN)
    pdf = render_notification_pdf(case, assessment, recipient=recipient, anonymised=anonymised,
                                  generated_at=WHEN)
    in_pdf = _pdf_words(pdf, tmp_path)
    missing = [w for w in re.findall(r"\w+", text) if w not in in_pdf]
    assert missing == []
    assert "21/11/2026" in text
    leaks = [s for s in IDENTIFYING if s in text]
    assert (leaks == []) is anonymised, leaks
