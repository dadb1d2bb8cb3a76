"""Review page: set-up (``000`` 5.6, 6; ``003`` 1.5-1.6; ``002`` 8.16)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.domain.review import vocab
from scr_desktop.domain.review.records import SETUP
from scr_desktop.gui.forms.review.setup_page import Ui_SetupPage
from scr_desktop.gui.review.record_section import RecordSection
from scr_desktop.gui.review.session import ReviewSession
from scr_desktop.gui.review.single_record import SingleRecord


class SetupPage(QWidget):
    """Methodology, scope, terms of reference, panel and records."""

    def __init__(self, session: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_SetupPage()
        self.form.setupUi(self)
        self.session = session
        self.form.title.setText(f"{session.review.title}: set-up")
        self.setup = SingleRecord(session, SETUP, "Methodology, scope and people",
                                  lambda r: r.setup, lambda r, v: r.set_setup(v))
        self.lines = QListWidget()
        self.lines.setObjectName("lines_of_enquiry")
        self.lines.setAccessibleName("Key lines of enquiry: tick those in the terms of reference")
        self.lines.setWordWrap(True)
        self.lines.setMinimumHeight(160)
        self.own_line = QLineEdit()
        self.own_line.setObjectName("own_line")
        self.own_line.setAccessibleName("A line of enquiry of your own")
        self.own_line.setPlaceholderText("A line of enquiry of your own")
        self.add_line = QPushButton("Add this line")
        self.add_line.setObjectName("add_line")
        self.add_line.clicked.connect(self._add_own)
        self._fill_lines()
        self.lines.itemChanged.connect(lambda _item: self._lines_changed())
        own = QHBoxLayout()
        own.addWidget(self.own_line, 1)
        own.addWidget(self.add_line)
        box = QGroupBox(f"Key lines of enquiry ({vocab.vocab()['lines_of_enquiry']['source']})")
        box_lay = QVBoxLayout(box)
        box_lay.addWidget(self.lines)
        box_lay.addLayout(own)
        self.panel = RecordSection(session, "panel", ["name", "agency", "role"])
        self.family_records = RecordSection(session, "family_records",
                                            ["person", "relationship", "relevant"])
        content = self.form.content_layout
        for widget in (self.setup, box, self.panel, self.family_records):
            content.addWidget(widget)
        content.addStretch(1)

    def _fill_lines(self) -> None:
        chosen = self.session.review.lines
        self.lines.blockSignals(True)
        self.lines.clear()
        for text in dict.fromkeys([*vocab.lines_of_enquiry(), *chosen]):
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if text in chosen
                               else Qt.CheckState.Unchecked)
            self.lines.addItem(item)
        self.lines.blockSignals(False)

    def _lines_changed(self) -> None:
        ticked = [self.lines.item(i).text() for i in range(self.lines.count())
                  if self.lines.item(i).checkState() == Qt.CheckState.Checked]
        self.session.apply(lambda r: r.set_lines(ticked))

    def _add_own(self) -> None:
        text = self.own_line.text().strip()
        if not text:
            return
        self.session.apply(lambda r: r.set_lines([*r.lines, text]))
        self.own_line.clear()
        self._fill_lines()
