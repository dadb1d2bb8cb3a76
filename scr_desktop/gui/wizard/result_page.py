"""Wizard page: the flowchart picture and the result, with every citation.

The diagram (:class:`~scr_desktop.gui.flowchart_view.FlowchartView`) shows
the case's path; beside it the level, the criteria met, whether the incident
is notifiable and which other processes to start, each with its source, and
a plain-English summary that can be copied into minutes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.domain.assessment import Assessment, Finding
from scr_desktop.domain.summary import summary_text
from scr_desktop.gui.flowchart_view import FlowchartView


def _findings(title: str, findings: tuple[Finding, ...], none: str) -> str:
    if not findings:
        return f"<h3>{escape(title)}</h3><p>{escape(none)}</p>"
    items = "".join(
        f"<li><b>{escape(f.label)}</b><br><i>Source: {escape(f.citation)}</i></li>"
        for f in findings
    )
    return f"<h3>{escape(title)}</h3><ul>{items}</ul>"


def result_html(a: Assessment) -> str:
    """Return the result as HTML for the result panel."""
    parts = [
        f"<h2>Result: {escape(a.level_label)}</h2>",
        f"<p><i>{escape(a.framework_title)}. Source: {escape(a.level_citation)}</i></p>",
        _findings("Criteria met", a.criteria_met, "No review criterion is met on these answers."),
        _findings(
            "Notifiable incident" if a.notifiable else "Notifiable incident: no",
            a.notifiable_criteria,
            "On these answers the incident is not notifiable.",
        ),
        _findings("Other processes to start", a.other_processes, "None flagged."),
        f"<p>Helper questions answered yes: {a.helper_questions_yes} of {a.question_count}.</p>",
    ]
    return "\n".join(parts)


RESULT_MIN_CHARS = 44  # the result panel's least width, in average characters


class ResultPage(QWidget):
    """The diagram, the result and the summary for minutes."""

    def __init__(self, copy_text: Callable[[str], None], today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_result")
        self._copy_text = copy_text
        self._today = today
        title = QLabel("Decision flowchart: result")
        title.setProperty("role", "pagetitle")
        self.flowchart = FlowchartView()
        self.flowchart.setObjectName("flowchart")
        self.result = QTextBrowser()
        self.result.setObjectName("result_panel")
        self.result.setAccessibleName("Result of the criteria")
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary_text")
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName("Summary for minutes")
        self.copy_button = QPushButton("C&opy summary for minutes")
        self.copy_button.setObjectName("copy_summary")
        self.copy_button.clicked.connect(lambda: self._copy_text(self.summary.toPlainText()))
        self.path_text = QPlainTextEdit()
        self.path_text.setObjectName("path_text")
        self.path_text.setReadOnly(True)
        self.path_text.setAccessibleName("The flowchart as text")
        self.path_text.setMaximumHeight(120)

        side = QWidget()
        # The result is what the page is for: never squeezed to a few words a line by
        # the flowchart, which scales down and stays legible (its own minimum).
        side.setMinimumWidth(RESULT_MIN_CHARS * side.fontMetrics().averageCharWidth())
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        side_lay.addWidget(self.result, 3)
        summary_label = QLabel("&Summary for minutes:")
        summary_label.setBuddy(self.summary)
        side_lay.addWidget(summary_label)
        side_lay.addWidget(self.summary, 2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)
        side_lay.addLayout(row)

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.flowchart, 1)
        path_label = QLabel("&The same path as text:")
        path_label.setBuddy(self.path_text)
        left_lay.addWidget(path_label)
        left_lay.addWidget(self.path_text)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(split, 1)
        self.setFocusProxy(self.flowchart)

    def show_assessment(self, a: Assessment, done: dict[str, str]) -> None:
        """Show ``a``; ``done`` maps deadline keys to ISO dates met."""
        self.flowchart.set_assessment(a)
        self.path_text.setPlainText(self.flowchart.text_equivalent())
        self.result.setHtml(result_html(a))
        self.summary.setPlainText(summary_text(a, self._today(), done))

    def clear(self) -> None:
        """Forget what is shown."""
        self.flowchart.set_assessment(None)
        self.path_text.clear()
        self.result.clear()
        self.summary.clear()
