"""The chronology's documents: the template sent to an agency, and the chronology itself.

* :func:`render_template` builds the Excel template an agency fills in:
  one sheet with the columns (dates formatted ``dd/mm/yyyy``, the key
  episode column limited to Yes/No), a worked example row to delete, and an
  Instructions sheet.  It leaves encrypted (agile encryption) through
  :func:`chronology_template_document`.
* :func:`render_workbook` and :func:`render_pdf` build the merged
  chronology: an Excel workbook, or a PDF with the timeline (vector
  drawing, one lane per agency, key episodes marked) and the table.

Both are rendered in memory from entries the caller passes (anonymised or
not: :func:`scr_desktop.domain.chronology.redact.anonymise_entries`) and go
through :func:`scr_desktop.export.save.save_export`.  No document title
names the case's reference or anyone in it.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from ..domain.chronology.columns import COLUMNS
from ..domain.chronology.entry import Entry
from ..domain.chronology.importing import EXAMPLE_SOURCE
from ..domain.chronology.timeline import layout, text_equivalent
from .encrypt import MIN_EXPORT_SCORE
from .office import office_document
from .save import Document, pdf_document

BOARD = "Local Safeguarding Children Board"
TEMPLATE_SHEET = "Chronology"
_WIDTHS = {"date": 13, "time": 8, "source": 24, "event": 60, "people": 28, "comment": 40,
           "analysis": 30, "key": 12}


def _xlsx(wb: Any) -> bytes:
    wb.properties.creator = ""
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def render_template(agency: str, *, board_name: str = BOARD,
                    reference: str = "") -> bytes:
    """Return the chronology template for ``agency`` (unencrypted .xlsx, in memory)."""
    from openpyxl import Workbook  # imported lazily: see export.office
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = TEMPLATE_SHEET
    ws.append([c.heading for c in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE7F0")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    example: list[object] = []
    for c in COLUMNS:
        if c.name == "date":
            example.append(datetime(2019, 3, 14))
        elif c.name == "source":
            example.append(EXAMPLE_SOURCE)
        else:
            example.append(c.example)
    ws.append(example)
    for cell in ws[2]:
        cell.font = Font(italic=True, color="666666")
    ws.freeze_panes = "A2"
    for i, c in enumerate(COLUMNS, start=1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = _WIDTHS[c.name]
        if c.name == "date":
            for row in range(2, 2001):
                ws.cell(row=row, column=i).number_format = "DD/MM/YYYY"
        if c.name == "key":
            rule = DataValidation(type="list", formula1='"Yes,No"', allow_blank=True)
            rule.error = "Enter Yes or No."
            ws.add_data_validation(rule)
            rule.add(f"{letter}2:{letter}2000")
    info = wb.create_sheet("Instructions")
    lines = [
        f"{board_name}: integrated chronology",
        f"For: {agency}" + (f" (review {reference})" if reference else ""),
        "",
        "How to fill in the Chronology sheet",
        "One row per contact or event with the child or family, in date order.",
        "Keep the column headings as they are; do not add columns between them.",
        f"Row 2 is a worked example: delete it (rows whose source is '{EXAMPLE_SOURCE}' "
        "are not imported).",
        "",
        "Columns",
    ]
    lines += [f"{c.heading}{' (required)' if c.required else ''}: {c.hint}" for c in COLUMNS]
    lines += ["", "Dates are day/month/year (dd/mm/yyyy), as in the example.",
              "Return the file with the same password, by secure e-mail."]
    for line in lines:
        info.append([line])
    info["A1"].font = Font(bold=True, size=13)
    info["A4"].font = Font(bold=True)
    info["A9"].font = Font(bold=True)
    info.column_dimensions["A"].width = 110
    wb.properties.title = "Chronology template"
    return _xlsx(wb)


def chronology_template_document(agency: str, password: str, *, case_ref: str = "",
                                 board_name: str = BOARD, min_score: int = MIN_EXPORT_SCORE,
                                 user_inputs: tuple[str, ...] = ()) -> Document:
    """Describe the password-protected template for ``agency``."""
    return office_document(
        lambda: render_template(agency, board_name=board_name, reference=case_ref), password,
        detail=f"chronology template for {agency} (.xlsx)", case_ref=case_ref,
        min_score=min_score, user_inputs=user_inputs)


def _cells(e: Entry) -> list[object]:
    return [e.date_text, e.time, e.source, e.event, e.people, e.comment, e.analysis,
            "Yes" if e.key else "No"]


def render_workbook(entries: Sequence[Entry], *, board_name: str = BOARD,
                    anonymised: bool = False) -> bytes:
    """Return the merged chronology as an Excel workbook (unencrypted, in memory)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = TEMPLATE_SHEET
    headings = [c.heading for c in COLUMNS]
    headings.insert(2, "Agency")
    ws.append(headings)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for e in entries:
        row = _cells(e)
        row.insert(2, e.agency)
        if e.when.day:
            row[0] = datetime(e.when.year, e.when.month, e.when.day)
        ws.append(row)
        if e.when.day:
            ws.cell(row=ws.max_row, column=1).number_format = "DD/MM/YYYY"
    for cell in ws["E"]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    about = wb.create_sheet("About")
    about.append([f"{board_name}: integrated chronology"])
    about.append(["Anonymised: people are named by their role." if anonymised
                  else "Full: names as recorded. OFFICIAL-SENSITIVE."])
    about.append([f"{len(entries)} entries"])
    wb.properties.title = "Integrated chronology"
    return _xlsx(wb)


def _timeline_drawing(entries: Sequence[Entry], width: float) -> Any:
    from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
    from reportlab.lib import colors

    from .layout import FONT, FONT_BOLD

    lay = layout(list(entries))
    lane_h, label_w, top = 22.0, 90.0, 16.0
    height = top + lane_h * max(1, len(lay.lanes)) + 20
    d = Drawing(width, height)
    plot_w = width - label_w - 6
    base = height - top
    for i, lane in enumerate(lay.lanes):
        y = base - lane_h * (i + 1)
        if i % 2 == 0:
            d.add(Rect(label_w, y, plot_w, lane_h, fillColor=colors.HexColor("#F2F5F8"),
                       strokeColor=None))
        d.add(String(2, y + lane_h / 2 - 3, lane[:22], fontName=FONT, fontSize=7.5))
    axis_y = base - lane_h * max(1, len(lay.lanes))
    d.add(Line(label_w, axis_y, label_w + plot_w, axis_y, strokeColor=colors.grey))
    every = max(1, len(lay.ticks) // 12 + (len(lay.ticks) % 12 > 0))
    for n, (x, label) in enumerate(lay.ticks):
        px = label_w + x * plot_w
        d.add(Line(px, axis_y, px, base, strokeColor=colors.HexColor("#C8D0D8"),
                   strokeWidth=0.4))
        if n % every == 0 and px + 30 <= width:
            d.add(String(px + 1, axis_y - 10, label, fontName=FONT, fontSize=6.5))
    for m in lay.marks:
        px = label_w + m.x * plot_w
        cy = base - lane_h * (m.lane + 1) + lane_h / 2
        if m.entry.key:
            d.add(Polygon([px, cy + 6, px + 6, cy, px, cy - 6, px - 6, cy],
                          fillColor=colors.HexColor("#B00020"), strokeColor=colors.black,
                          strokeWidth=0.5))
        else:
            d.add(Rect(px - 1.5, cy - 4, 3, 8, fillColor=colors.HexColor("#1F4E79"),
                       strokeColor=None))
    d.add(String(label_w, height - 10, "Timeline: one lane per agency; a red diamond marks "
                 "a key practice episode.", fontName=FONT_BOLD, fontSize=7.5))
    return d


def render_pdf(entries: Sequence[Entry], *, board_name: str = BOARD, reference: str = "",
               anonymised: bool = False, generated_at: datetime | None = None) -> bytes:
    """Return the merged chronology as a PDF: the timeline, its text, then the table."""
    from reportlab.lib.units import mm

    from .layout import (
        CONTENT_WIDTH,
        build_pdf,
        document_head,
        p,
        ruled_table,
        section_heading,
        styles,
    )

    st = styles()
    kind = "anonymised" if anonymised else "full, with names"
    story: list[Any] = document_head(
        board_name, "Integrated multi-agency chronology",
        f"Reference {reference} &#183; {len(entries)} entries &#183; {kind}" if reference
        else f"{len(entries)} entries &#183; {kind}")
    story += [section_heading("Timeline"), _timeline_drawing(entries, CONTENT_WIDTH)]
    summary = "; ".join(line for line in text_equivalent(list(entries))
                        if not line.startswith(" "))
    story.append(p(f"In words: {summary}. The table below lists every entry the timeline "
                   "shows, in date order, with its agency; key practice episodes are marked "
                   "Yes.", st.small))
    head = ["Date", "Agency", "What happened", "People", "Comment / analysis", "Key"]
    rows: list[list[Any]] = [[p(h, st.cell_head) for h in head]]
    for e in entries:
        notes = "\n".join(x for x in (e.comment, e.analysis and f"Review: {e.analysis}") if x)
        rows.append([p(e.date_text + (f"\n{e.time}" if e.time else ""), st.value),
                     p(e.agency, st.value),
                     p(e.event + (f" (Source: {e.source})" if e.source else ""), st.value),
                     p(e.people, st.value), p(notes, st.value),
                     p("Yes" if e.key else "", st.value)])
    story += [section_heading("Chronology"),
              ruled_table(rows, [23 * mm, 23 * mm, 57 * mm, 26 * mm, 31 * mm, 10 * mm],
                          header=True)]
    return build_pdf(story, title="Integrated chronology", doc_label="Integrated chronology",
                     generated_at=generated_at)


Prepare = Callable[[list[Entry]], list[Entry]]


def _prepared(entries: Sequence[Entry], anonymise: Prepare | None) -> list[Entry]:
    return anonymise(list(entries)) if anonymise is not None else list(entries)


def chronology_pdf_document(entries: Sequence[Entry], password: str, *, case_ref: str,
                            anonymise: Prepare | None = None,
                            min_score: int = MIN_EXPORT_SCORE,
                            user_inputs: tuple[str, ...] = (),
                            board_name: str = BOARD) -> Document:
    """Describe the chronology as an AES-256 R6 PDF; ``anonymise`` (if given) runs as the
    PDF is rendered, off the UI thread."""
    kind = "anonymised" if anonymise is not None else "full"
    return pdf_document(
        lambda: render_pdf(_prepared(entries, anonymise), board_name=board_name,
                           reference=case_ref, anonymised=anonymise is not None),
        password, detail=f"integrated chronology ({kind}, {len(entries)} entries)",
        case_ref=case_ref, min_score=min_score, user_inputs=user_inputs)


def chronology_workbook_document(entries: Sequence[Entry], password: str, *, case_ref: str,
                                 anonymise: Prepare | None = None,
                                 min_score: int = MIN_EXPORT_SCORE,
                                 user_inputs: tuple[str, ...] = (),
                                 board_name: str = BOARD) -> Document:
    """Describe the chronology as a password-protected Excel workbook."""
    kind = "anonymised" if anonymise is not None else "full"
    return office_document(
        lambda: render_workbook(_prepared(entries, anonymise), board_name=board_name,
                                anonymised=anonymise is not None),
        password, detail=f"integrated chronology ({kind}, {len(entries)} entries, .xlsx)",
        case_ref=case_ref, min_score=min_score, user_inputs=user_inputs)


__all__ = ["chronology_pdf_document", "chronology_template_document",
           "chronology_workbook_document", "render_pdf", "render_template", "render_workbook"]
