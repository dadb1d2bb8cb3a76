"""Review page: the genogram (``002`` 8.40), drawn from the form's family plus what is added.

The drawing (:class:`~.genogram_view.GenogramView`) and the family in words
sit above two editable lists: people (someone the form does not name, or a
change to someone it does) and relationships.  Both lists are records of
the review, so they are saved, revision-checked and carried in case
packages with it.  Pseudonyms are shown unless the user ticks "Show names";
the anonymised export is the first button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from scr_desktop.domain.genogram.layout import layout
from scr_desktop.domain.genogram.model import Genogram, build
from scr_desktop.domain.genogram.text import LEGEND, describe
from scr_desktop.gui.forms.review.genogram_page import Ui_GenogramPage
from scr_desktop.gui.review.genogram_view import GenogramView
from scr_desktop.gui.review.record_section import RecordSection
from scr_desktop.gui.review.session import ReviewSession

FORM_PEOPLE = {"": "Someone the form does not name"}


class GenogramPage(QWidget):
    """The genogram of the case's family, and the records that add to it."""

    def __init__(self, session: ReviewSession, export: Callable[[str, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = Ui_GenogramPage()
        self.form.setupUi(self)
        self.view = GenogramView()
        self.words = QPlainTextEdit()
        self.words.setObjectName("genogram_words")
        self.words.setReadOnly(True)
        self.words.setTabChangesFocus(True)
        self.words.setAccessibleName("The genogram in words")
        self.words.setMinimumHeight(120)
        words_label = QLabel("The genogram in wo&rds:")
        words_label.setBuddy(self.words)
        legend = QLabel(" ".join(LEGEND))
        legend.setWordWrap(True)
        self.people = RecordSection(
            session, "genogram_people", ["ref", "name", "relationship", "sex", "household"],
            title="People: added, or changed from the form",
            shown={"ref": lambda v: self._labels().get(v, "Added") if v else "Added"})
        self.links = RecordSection(
            session, "genogram_links", ["a", "kind", "b", "since", "until"],
            title="Relationships",
            shown={"a": self._label_of, "b": self._label_of})
        for widget in (self.view, legend, words_label, self.words, self.people, self.links):
            self.form.content_layout.addWidget(widget)
        self.form.content_layout.addStretch(1)
        self.form.names_check.toggled.connect(self.refresh)
        self.form.fit_button.clicked.connect(self.view.fit)
        self.form.export_button.clicked.connect(lambda: export("genogram", ""))
        self.form.export_named_button.clicked.connect(lambda: export("genogram_named", ""))
        session.changed.connect(self.refresh)
        self.refresh()

    def genogram(self, *, named: bool | None = None) -> Genogram:
        """Return the genogram as the case and the review hold it now."""
        review = self.session.review
        show = self.form.names_check.isChecked() if named is None else named
        return build(self.session.case, review.records("genogram_people"),
                     review.records("genogram_links"), named=show)

    def _labels(self) -> dict[str, str]:
        """Return every person's key (as records store it) and the label shown for them."""
        g = self.genogram()
        return {(k[len("added:"):] if k.startswith("added:") else k): p.label
                for k, p in g.people.items()}

    def _label_of(self, ref: str) -> str:
        return self._labels().get(ref, "(no longer on the genogram)")

    def refresh(self) -> None:
        """Redraw the genogram and the lists' choices from the case and the review."""
        g = self.genogram()
        lines = describe(g)
        self.view.show_layout(layout(g), " ".join(lines))
        self.words.setPlainText("\n".join(lines))
        labels = self._labels()
        on_form = {k: v for k, v in labels.items() if k in g.people}
        self.people.form.use_choices("ref", {**FORM_PEOPLE, **on_form})
        self.links.form.use_choices("a", labels)
        self.links.form.use_choices("b", labels)
        self.people.refresh()
        self.links.refresh()
