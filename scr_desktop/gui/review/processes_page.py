"""Review page: parallel processes (``001``; ``004`` Appendix B; ``000`` 10.4).

The processes the flowchart flagged for the case are offered first; the
chosen process's Appendix B checklist is ticked here; a process that holds
publication back is named beside the planned publication date.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.domain.assessment import AssessmentInputError, assess_case
from scr_desktop.domain.guidance import cite_guidance
from scr_desktop.domain.review import vocab
from scr_desktop.domain.review.model import Review
from scr_desktop.gui.forms.review.processes_page import Ui_ProcessesPage
from scr_desktop.gui.review.record_section import RecordSection
from scr_desktop.gui.review.session import ReviewSession


def flagged_types(session: ReviewSession) -> list[str]:
    """Return the process types the flowchart flagged for the case and not yet added."""
    try:
        flagged = {f.id for f in assess_case(session.case).other_processes}
    except AssessmentInputError:
        return []
    present = {r["type"] for r in session.review.records("processes")}
    return [key for key, spec in vocab.process_types().items()
            if set(spec.get("engine", [])) & flagged and key not in present]


def _add_process(kind: str, review: Review) -> None:
    review.add("processes", {"type": kind, "status": "not_started"})


class ProcessesPage(QWidget):
    """Processes alongside the review and their effect on publication."""

    def __init__(self, session: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ProcessesPage()
        self.form.setupUi(self)
        self.session = session
        self.offer = QPushButton()
        self.offer.setObjectName("add_flagged")
        self.offer.clicked.connect(self.add_flagged)
        self.section = RecordSection(session, "processes",
                                     ["type", "lead", "status", "key_date", "delays_publication"])
        self.checklist = QListWidget()
        self.checklist.setObjectName("process_checklist")
        self.checklist.setAccessibleName("What the sub-group must ensure for the chosen process")
        self.checklist.setWordWrap(True)
        self.checklist.setMinimumHeight(120)
        self.checklist.itemChanged.connect(self._ticked)
        box = QGroupBox(cite_guidance("What the sub-group must ensure (004 Appendix B)"))
        QVBoxLayout(box).addWidget(self.checklist)
        for widget in (self.offer, self.section, box):
            self.form.content_layout.addWidget(widget)
        self.form.content_layout.addStretch(1)
        self.section.selected.connect(lambda _rid: self._show_checklist())
        session.changed.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        offered = flagged_types(self.session)
        labels = vocab.process_types()
        self.offer.setVisible(bool(offered))
        self.offer.setText("Add what the flowchart flagged: " +
                           ", ".join(labels[k]["label"] for k in offered))
        holds = self.session.review.publication_holds()
        where = cite_guidance("000 para. 10.4")
        self.form.status.setText("\n".join(f"\u26a0 {h} ({where})" for h in holds))
        self._show_checklist()

    def add_flagged(self) -> None:
        """Add every process the flowchart flagged and the review does not have yet."""
        for key in flagged_types(self.session):
            self.session.apply(partial(_add_process, key))

    def _show_checklist(self) -> None:
        rid = self.section.current_id()
        self.checklist.blockSignals(True)
        self.checklist.clear()
        if rid:
            rec = self.session.review.record("processes", rid)
            for i, text in enumerate(vocab.process_types()[rec["type"]]["checklist"]):
                item = QListWidgetItem(text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if i in rec["checked"]
                                   else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, i)
                self.checklist.addItem(item)
        self.checklist.blockSignals(False)

    def _ticked(self, item: QListWidgetItem) -> None:
        rid = self.section.current_id()
        if rid:
            index = int(item.data(Qt.ItemDataRole.UserRole))
            done = item.checkState() == Qt.CheckState.Checked
            self.session.apply(lambda r: r.set_checked(rid, index, done))
