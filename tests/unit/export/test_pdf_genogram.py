"""The genogram PDF: the drawing and the family in words, encrypted through the one audited
path, anonymised unless names are asked for, readable for a family of thirty.

Real readers: qpdf for the encryption, pdftotext for the words, pdftoppm renders the page
and the test checks that something was drawn where the layout puts each person.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from genogramsamples import NAMES, family_additions, family_case, large_case
from pdfreaders import pdf_text, qpdf_encryption

from scr_desktop.domain.genogram.layout import layout
from scr_desktop.domain.genogram.model import build
from scr_desktop.domain.review.model import Review
from scr_desktop.export.pdf_genogram import page_for, render_genogram, render_review_genogram
from scr_desktop.export.save import pdf_document, save_export
from scr_desktop.storage.vault import Vault

PASS = "walnut lantern meadow 7"
PASSWORD = "lantern-gravel-saffron-quay-mint"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.scrvault", PASS)
    yield v
    v.close()


def _review() -> tuple[Review, list[str]]:
    case = family_case()
    review = Review.start(case.id, "scr", "04/01/2027")
    people, links = family_additions()
    ids = {}
    for rec in people:
        values = {k: v for k, v in rec.items() if k != "id"}
        ids[rec["id"]] = review.add("genogram_people", values)
    for rec in links:
        values = {k: ids.get(v, v) if k in ("a", "b") else v
                  for k, v in rec.items() if k != "id"}
        review.add("genogram_links", values)
    return review, list(ids.values())


def test_the_anonymised_genogram_is_encrypted_recorded_and_holds_no_names(
        vault: Vault, tmp_path: Path) -> None:
    case = family_case()
    review, _ = _review()
    target = tmp_path / "genogram.pdf"
    saved = save_export(pdf_document(lambda: render_review_genogram(case, review), PASSWORD,
                                     detail="genogram (anonymised)", case_ref=case.reference),
                        target, vault.audit)
    assert "R = 6" in qpdf_encryption(saved, PASSWORD)
    text = pdf_text(saved, PASSWORD)
    for label in ("Child A", "Mother of Child A", "Father of Child A", "Sibling 2",
                  "Half-brother", "have separated (from 2015 to 2022)", "Square: male"):
        assert label in text.replace("\n", " "), label
    for name in NAMES:
        for part in name.split():
            assert part not in text, part
    raw = saved.read_bytes()
    for part in ("Qzmira", "Child A", "Half-brother"):
        assert part.encode() not in raw
    assert any("genogram (anonymised)" in e.detail for e in vault.audit.entries())


def test_names_are_printed_only_in_the_named_genogram(tmp_path: Path) -> None:
    case = family_case()
    review, _ = _review()
    pdf = render_review_genogram(case, review, named=True)
    (tmp_path / "g.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(tmp_path / "g.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    for name in NAMES:
        assert name in text.replace("\n", " "), name


def _line_centres(pdf: Path) -> dict[str, tuple[float, float]]:
    """Return the centre of each line of text poppler finds on page one, by its text."""
    import html
    import re

    out = subprocess.run(["pdftotext", "-bbox-layout", "-f", "1", "-l", "1", str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    centres: dict[str, tuple[float, float]] = {}
    for line in re.findall(r"<line .*?</line>", out, re.S):
        words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                           r'yMax="([\d.]+)">(.*?)</word>', line)
        text = " ".join(html.unescape(w[4]) for w in words)
        left, right = float(words[0][0]), float(words[-1][2])
        centres[text] = ((left + right) / 2, float(words[0][1]))
    return centres


def test_each_person_is_printed_where_the_layout_puts_them(tmp_path: Path) -> None:
    g = build(family_case(), *family_additions(), named=True)
    shape = layout(g)
    page, scale = page_for(shape)
    assert scale == 1.0 and page[0] > page[1]  # landscape, life size
    pdf = tmp_path / "g.pdf"
    pdf.write_bytes(render_genogram(g, board_name="Qzboard", title="Genogram",
                                    reference="SCR-2026-0007"))
    centres = _line_centres(pdf)
    nodes = list(shape.nodes.values())
    first = centres[nodes[0].lines[0]]
    for node in nodes[1:]:
        x, y = centres[node.lines[0]]
        assert abs((x - first[0]) - (node.x - nodes[0].x)) < 1.5, node.person.label
        assert abs((y - first[1]) - (node.y - nodes[0].y)) < 1.5, node.person.label


def test_a_family_of_thirty_goes_on_a3_with_labels_of_at_least_7_points(tmp_path: Path) -> None:
    case, people, links = large_case()
    g = build(case, people, links)
    shape = layout(g)
    page, scale = page_for(shape)
    assert round(page[0]) == 1191  # landscape A3
    assert shape.spacing.label_size * scale >= 7.0
    (tmp_path / "g.pdf").write_bytes(render_genogram(g, board_name="Qzboard", title="Genogram",
                                                     reference="SCR-2026-0007"))
    info = subprocess.run(["pdfinfo", str(tmp_path / "g.pdf")], capture_output=True, text=True,
                          check=True).stdout
    assert "A3" in info
    text = subprocess.run(["pdftotext", str(tmp_path / "g.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert text.count("Sibling") >= 8 and "Step-brother" in text
