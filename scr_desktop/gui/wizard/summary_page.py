"""The last wizard page: everything entered, section by section, incomplete ones flagged."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from scr_desktop.domain.form import SECTIONS, FieldSpec, Kind
from scr_desktop.domain.model import Case
from scr_desktop.domain.validation import Problem
from scr_desktop.gui.forms.wizard.summary_page import Ui_SummaryPage

COMPLETE_ALL = "Please ensure that all sections of the form are fully completed."


def group_table(spec: FieldSpec, rows: list[dict[str, str]]) -> str:
    """Return a group's rows as a table whose columns follow the form (name, relationship,
    date of birth), each under its heading, whatever order the stored rows keep."""
    if not rows:
        return "\u2014"
    head = "".join(f"<th align='left'>{escape(sub.label)}</th>" for sub in spec.subfields)
    dash = "\u2014"
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(row.get(sub.name, '')).strip()) or dash}</td>"
                         for sub in spec.subfields) + "</tr>" for row in rows)
    return f"<table cellspacing='0' cellpadding='2'><tr>{head}</tr>{body}</table>"


def summary_html(case: Case, problems: dict[str, list[Problem]]) -> str:
    """Return the summary as HTML (all user text escaped)."""
    out = [f"<h2>Referral {escape(case.reference)}</h2>"]
    if problems:
        out.append(f"<p><b>\u26a0 {escape(COMPLETE_ALL)}</b></p>")
    for section in SECTIONS:
        found = problems.get(section.key, [])
        flag = " \u2014 \u26a0 incomplete" if found else " \u2014 \u2713 complete"
        out.append(f"<h3>{escape(section.title)}{flag}</h3>")
        if found:
            out.append("<ul>" + "".join(f"<li>{escape(p.message)}</li>" for p in found) + "</ul>")
        out.append("<table cellspacing='0' cellpadding='3'>")
        for spec in section.fields:
            value = case.get(spec.name)
            if spec.kind is Kind.BOOL:
                shown = "Yes" if value else "No"
            elif spec.kind is Kind.GROUP and isinstance(value, list):
                out.append(f"<tr><td valign='top'><b>{escape(spec.label)}</b></td>"
                           f"<td>{group_table(spec, value)}</td></tr>")
                continue
            else:
                shown = str(value) or "\u2014"
            body = escape(shown).replace("\n", "<br>")
            out.append(f"<tr><td valign='top'><b>{escape(spec.label)}</b></td><td>{body}</td></tr>")
        out.append("</table>")
    return "\n".join(out)


class SummaryPage(QWidget):
    """A read-only view of the whole referral."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_SummaryPage()
        self.form.setupUi(self)
        self.view = self.form.summary_view
        self.setFocusProxy(self.view)

    def refresh(self, case: Case, problems: dict[str, list[Problem]]) -> None:
        """Show ``case`` and its problems."""
        self.view.setHtml(summary_html(case, problems))
