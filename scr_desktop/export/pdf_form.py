"""The *Case for Consideration* as a printable PDF, mirroring Appendix 1 of the guidance.

The layout walks :data:`scr_desktop.domain.form.SECTIONS` generically, so a
field added to the form appears in the PDF without any change here: short
fields sit two to a row in a ruled table, free text spans the row and flows
over pages, tick boxes print as crossed or empty boxes, small choice lists
print every option with the chosen one crossed, and repeating groups
(siblings, household members) become their own tables.  Section 5 records
the sub-group's recommendation and the chair's decision against the decision
options of the case's framework file.  The PDF is built in
memory and returned as bytes; encrypt it with :mod:`.encrypt` before it
leaves the application.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from ..domain.form import SECTIONS, FieldSpec, Kind, Section
from ..domain.model import STATUS_LABELS, Case
from .layout import (
    CONTENT_WIDTH,
    LABEL_FILL,
    keep,
    markup,
    p,
    para_text,
    ruled_table,
    section_heading,
    styles,
    tick,
    tick_markup,
    uk_date_or_text,
)
from .layout import build_pdf as _build_pdf
from .layout import document_head as _document_head

DEFAULT_BOARD = "Local Safeguarding Children Board"
FORM_TITLE = "Serious Case Review Sub Group \u2014 Case for Consideration"
DECISION_TITLE = "5. Decisions of the sub group / actions needed"

LABEL_W = 36 * mm
VALUE_W = (CONTENT_WIDTH - 2 * LABEL_W) / 2
WIDE_VALUE_W = CONTENT_WIDTH - LABEL_W
SMALL_CHOICE_LIMIT = 4

_NUMBER = re.compile(r"^(\d+)\.\s+")


def field_text(spec: FieldSpec, value: Any) -> str:
    """Return a field's value as plain text (used by the PDF and by tests)."""
    if spec.kind is Kind.BOOL:
        return tick(bool(value))
    if spec.kind is Kind.GROUP:
        rows = value if isinstance(value, list) else []
        return "\n".join(
            ", ".join(str(row.get(s.name, "")) for s in spec.subfields) for row in rows
        )
    text = str(value or "")
    if spec.kind is Kind.DATE:
        return uk_date_or_text(text)
    return text


def _choice_markup(spec: FieldSpec, value: str) -> str:
    st_value = value.strip()
    parts = [f"{tick_markup(st_value == c)}&nbsp;{para_text(c)}" for c in spec.choices]
    text = "&nbsp;&nbsp;&nbsp; ".join(parts)
    if st_value and st_value not in spec.choices:
        text += f"<br/>{para_text(st_value)}"
    return text


def _is_small_choice(spec: FieldSpec) -> bool:
    return (
        spec.kind is Kind.CHOICE
        and 0 < len(spec.choices) <= SMALL_CHOICE_LIMIT
        and not spec.allow_other
    )


def _value_cell(spec: FieldSpec, value: Any) -> Paragraph:
    st = styles()
    if _is_small_choice(spec):
        return markup(_choice_markup(spec, str(value or "")), st.value)
    return p(field_text(spec, value), st.value)


def _is_short(spec: FieldSpec) -> bool:
    if spec.kind in (Kind.TEXT, Kind.DATE, Kind.AGE, Kind.PHONE):
        return True
    return _is_small_choice(spec) and len(spec.choices) <= 2


class _Rows:
    """Collects the rows of one four-column ruled table for a run of fields."""

    def __init__(self) -> None:
        self.rows: list[list[Any]] = []
        self.spans: list[tuple[Any, ...]] = []
        self.fills: list[tuple[Any, ...]] = []
        self._pending: tuple[Paragraph, Paragraph] | None = None

    def _label(self, text: str) -> Paragraph:
        return p(text, styles().label)

    def short(self, spec: FieldSpec, value: Any) -> None:
        cells = (self._label(spec.label), _value_cell(spec, value))
        if self._pending is None:
            self._pending = cells
            return
        self.rows.append([*self._pending, *cells])
        r = len(self.rows) - 1
        self.fills += [("BACKGROUND", (0, r), (0, r), LABEL_FILL),
                       ("BACKGROUND", (2, r), (2, r), LABEL_FILL)]
        self._pending = None

    def flush_pending(self) -> None:
        if self._pending is not None:
            self._wide(*self._pending)
            self._pending = None

    def _wide(self, label: Paragraph, value: Paragraph) -> None:
        self.rows.append([label, value, "", ""])
        r = len(self.rows) - 1
        self.spans.append(("SPAN", (1, r), (3, r)))
        self.fills.append(("BACKGROUND", (0, r), (0, r), LABEL_FILL))

    def wide(self, spec: FieldSpec, value: Any) -> None:
        self.flush_pending()
        self._wide(self._label(spec.label), _value_cell(spec, value))

    def tick_row(self, spec: FieldSpec, value: Any) -> None:
        self.flush_pending()
        text = f"{tick_markup(bool(value))}&nbsp;&nbsp;{para_text(spec.label)}"
        self.rows.append([markup(text, styles().value), "", "", ""])
        r = len(self.rows) - 1
        self.spans.append(("SPAN", (0, r), (3, r)))

    def table(self) -> Flowable | None:
        self.flush_pending()
        if not self.rows:
            return None
        return ruled_table(
            self.rows,
            [LABEL_W, VALUE_W, LABEL_W, VALUE_W],
            extra=[*self.spans, *self.fills],
        )


def group_table(spec: FieldSpec, rows: list[dict[str, str]]) -> Flowable:
    """Return the table of a repeating group: one numbered row per entry."""
    st = styles()
    subs = spec.subfields
    number_w = 10 * mm
    date_w = 30 * mm
    widths: list[float] = []
    free = CONTENT_WIDTH - number_w - sum(date_w for s in subs if s.kind is Kind.DATE)
    n_free = sum(1 for s in subs if s.kind is not Kind.DATE) or 1
    for s in subs:
        widths.append(date_w if s.kind is Kind.DATE else free / n_free)
    head = [p("No.", st.cell_head), *[p(s.label, st.cell_head) for s in subs]]
    body: list[list[Any]] = [head]
    for i, row in enumerate(rows, start=1):
        body.append(
            [p(str(i), st.value), *[p(field_text(s, row.get(s.name, "")), st.value) for s in subs]]
        )
    if not rows:
        body.append([p("", st.value), p("None recorded.", st.small), *["" for _ in subs[1:]]])
        extra: list[tuple[Any, ...]] = [("SPAN", (1, 1), (-1, 1))]
    else:
        extra = []
    return ruled_table(body, [number_w, *widths], header=True, extra=extra)


def section_story(case: Case, section: Section, *, heading: Flowable | None) -> list[Flowable]:
    """Return the flowables of one form section: heading, intro and every field."""
    st = styles()
    story: list[Flowable] = []
    lead: list[Flowable] = [heading] if heading is not None else []
    if section.intro:
        lead.append(p(section.intro, st.intro))
    rows = _Rows()

    def flush() -> None:
        nonlocal lead, rows
        table = rows.table()
        if table is not None:
            if lead:
                story.append(keep(*lead, table))
                lead = []
            else:
                story.append(table)
        rows = _Rows()

    for spec in section.fields:
        value = case.get(spec.name)
        if spec.kind is Kind.GROUP:
            flush()
            entries = value if isinstance(value, list) else []
            block = [p(spec.label, st.subheading), group_table(spec, entries)]
            story.append(keep(*lead, *block))
            lead = []
        elif spec.kind is Kind.BOOL:
            rows.tick_row(spec, value)
        elif _is_short(spec):
            rows.short(spec, value)
        else:
            rows.wide(spec, value)
    flush()
    if lead:
        story.extend(lead)
    return story


def _headings() -> list[tuple[Section, str, bool]]:
    """Return each section with its printed title and whether it opens a numbered part."""
    seen: set[str] = set()
    out = []
    for s in SECTIONS:
        m = _NUMBER.match(s.title)
        if m and m.group(1) in seen:
            out.append((s, s.title[m.end():], False))
            continue
        if m:
            seen.add(m.group(1))
        out.append((s, s.title, True))
    return out


def decision_story(case: Case) -> list[Flowable]:
    """Return section 5: the options ticked for the recommendation and the decision."""
    st = styles()
    d = case.decision
    tick_w = 38 * mm
    head = [
        p("Option", st.cell_head),
        p("Sub-group recommendation", st.cell_head),
        p("Chair's decision", st.cell_head),
    ]
    rows: list[list[Any]] = [head]
    from .wording import wording_for

    for key, label in wording_for(case.framework).decision_options():
        rows.append(
            [
                p(label, st.value),
                markup(tick_markup(d.recommendation == key), st.tick_cell),
                markup(tick_markup(d.decided == key), st.tick_cell),
            ]
        )
    options = ruled_table(
        rows,
        [CONTENT_WIDTH - 2 * tick_w, tick_w, tick_w],
        header=True,
    )
    detail_rows: list[list[Any]] = []
    for label, value in (
        ("Recommendation notes", d.recommendation_notes),
        ("Other / any formal processes required", d.formal_processes),
        ("Date of decision", uk_date_or_text(d.decision_date)),
        ("Decided by", d.decided_by),
        ("Rationale for the decision", d.rationale),
    ):
        detail_rows.append([p(label, st.label), p(value, st.value)])
    details = ruled_table(detail_rows, [LABEL_W + 14 * mm, WIDE_VALUE_W - 14 * mm], label_cols=[0])
    return [keep(section_heading(DECISION_TITLE), options), details]


def case_meta(case: Case) -> str:
    """Return the reference and status line printed under the title (markup)."""
    bits = []
    if case.reference.strip():
        bits.append(f"Case reference: {para_text(case.reference.strip())}")
    bits.append(f"Status: {para_text(STATUS_LABELS.get(case.status, case.status))}")
    from .wording import wording_for

    bits.append(f"Framework: {para_text(wording_for(case.framework).title)}")
    return " \u00b7 ".join(bits)


def render_case_pdf(
    case: Case,
    *,
    board_name: str = DEFAULT_BOARD,
    generated_at: datetime | None = None,
) -> bytes:
    """Return the Case for Consideration for ``case`` as PDF bytes (unencrypted, in memory)."""
    story: list[Flowable] = _document_head(board_name, FORM_TITLE, case_meta(case))
    for section, title, numbered in _headings():
        heading = section_heading(title) if numbered else p(title, styles().subheading)
        story += section_story(case, section, heading=heading)
    story += decision_story(case)
    return _build_pdf(
        story,
        title="Case for Consideration",
        doc_label="Case for Consideration",
        generated_at=generated_at,
    )
