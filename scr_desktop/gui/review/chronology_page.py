"""Review page: the integrated multi-agency chronology (``002`` 8.40).

The table is a model over indexed, paged queries (:mod:`..chronology.model`);
the filters (agency, person, period, key practice episodes) are SQL
conditions, and the timeline (a lane per agency) with its text equivalent
shows the same filtered entries.  Entries are written to the vault at once,
each change in its own audited transaction, not with the review's autosave:
a chronology is a table of its own, and an import of thousands of entries
must not wait for, or rewrite, the review.  Exports go through the export
controller's one audited write path, anonymised unless the user unticks it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from scr_desktop.domain.chronology.entry import Entry, EntryInputError, parse_entry_date
from scr_desktop.export.save import Document
from scr_desktop.gui.board_dialog import board_for_documents
from scr_desktop.gui.chronology.model import ChronologyModel
from scr_desktop.gui.chronology.timeline import TimelineView, describe
from scr_desktop.gui.forms.review.chronology_page import Ui_ChronologyPage
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.placeholder_width import fit_placeholder
from scr_desktop.gui.review.session import ReviewSession
from scr_desktop.storage.chronology import ChronologyFilter, ChronologyRepository

ALL_AGENCIES = "All agencies"
TIMELINE_LIMIT = 5000
Describe = Callable[[str, int, tuple[str, ...]], Document]


class ExportDocument(Protocol):
    """Ask for the file and password, then save through the audited write path."""

    def __call__(self, what: str, name: str, suffix: str, describe: Describe) -> None:
        """Export one document of the chronology."""


def _period_key(text: str, *, end: bool) -> str:
    """A period bound as a sort key: a month or year bound covers the whole of it."""
    if not text.strip():
        return ""
    d = parse_entry_date(text)
    if end:
        return f"{d.year:04d}-{d.month or 12:02d}-{d.day or 31:02d}"
    return d.sort_key


class ChronologyPage(QWidget):
    """The chronology of the review's case: table, timeline, import, merge and export."""

    def __init__(self, session: ReviewSession, repo: Callable[[], ChronologyRepository],
                 export: ExportDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ChronologyPage()
        self.form.setupUi(self)
        self.session = session
        self._repo = repo
        self._export = export
        # How a dialog is run: exec() in the application; the tests drive it instead.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        f = self.form
        self.model = ChronologyModel(repo, session.case.id, self)
        f.table.setModel(self.model)
        f.table.verticalHeader().setVisible(False)
        f.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((86, 50, 130, 380, 160, 140, 180, 160, 80)):
            f.table.setColumnWidth(column, width)
        self.timeline = TimelineView(self)
        f.timeline_slot.addWidget(self.timeline)
        self.timeline.current_changed.connect(self._timeline_moved)
        f.zoom_in.clicked.connect(self.timeline.zoom_in)
        f.zoom_out.clicked.connect(self.timeline.zoom_out)
        f.zoom_fit.clicked.connect(lambda: self.timeline.set_zoom(1.0))
        f.add_button.clicked.connect(self.add_entry)
        f.edit_button.clicked.connect(self.edit_entry)
        f.delete_button.clicked.connect(self.delete_entry)
        f.table.doubleClicked.connect(lambda _i: self.edit_entry())
        for keys, slot in ((QKeySequence(Qt.Key.Key_Return), self.edit_entry),
                           (QKeySequence(Qt.Key.Key_Enter), self.edit_entry),
                           (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_entry)):
            shortcut = QShortcut(keys, f.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        f.table.selectionModel().selectionChanged.connect(lambda *_a: self._buttons())
        f.import_button.clicked.connect(self.import_file)
        f.duplicates_button.clicked.connect(self.find_duplicates)
        f.template_button.clicked.connect(self.export_template)
        f.export_pdf_button.clicked.connect(lambda: self.export_chronology(".pdf"))
        f.export_xlsx_button.clicked.connect(lambda: self.export_chronology(".xlsx"))
        f.apply_filters.clicked.connect(self.apply_filters)
        f.clear_filters.clicked.connect(self.clear_filters)
        f.key_only.toggled.connect(lambda _on: self.apply_filters())
        f.agency_filter.activated.connect(lambda _i: self.apply_filters())
        fit_placeholder(f.person_filter)  # shown whole: "any part of a name"
        for edit in (f.from_filter, f.to_filter):
            fit_placeholder(edit, exactly=True)  # "dd/mm/yyyy"
        f.person_filter.returnPressed.connect(self.apply_filters)
        f.from_filter.returnPressed.connect(self.apply_filters)
        f.to_filter.returnPressed.connect(self.apply_filters)
        f.views.currentChanged.connect(lambda _i: self._show_timeline())
        self._fill_agencies()
        self._shown()

    # -- reading ---------------------------------------------------------------------
    def agencies(self) -> list[str]:
        """The review's agencies and those with entries, for choosing from."""
        names = {str(r.get("agency", "")).strip()
                 for r in self.session.review.records("agencies")}
        names |= {a for a, _n in self._repo().agencies(self.session.case.id)}
        return sorted((n for n in names if n), key=str.casefold)

    def _fill_agencies(self) -> None:
        combo = self.form.agency_filter
        current = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(ALL_AGENCIES)
        combo.addItems([a for a, _n in self._repo().agencies(self.session.case.id)])
        index = combo.findText(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def current_filter(self) -> ChronologyFilter:
        """The filter the controls describe (raises EntryInputError for a bad period)."""
        f = self.form
        agency = f.agency_filter.currentText()
        return ChronologyFilter(
            agencies=() if agency in ("", ALL_AGENCIES) else (agency,),
            person=f.person_filter.text().strip(),
            date_from=_period_key(f.from_filter.text(), end=False),
            date_to=_period_key(f.to_filter.text(), end=True),
            key_only=f.key_only.isChecked())

    def apply_filters(self) -> None:
        """Show only the entries passing the filters."""
        try:
            filt = self.current_filter()
        except EntryInputError as exc:
            self.form.status.setText(f"\u26a0 The period: {exc}.")
            return
        self.model.set_filter(filt)
        self._shown()

    def clear_filters(self) -> None:
        """Show every entry."""
        f = self.form
        for w in (f.person_filter, f.from_filter, f.to_filter):
            w.clear()
        f.key_only.blockSignals(True)
        f.key_only.setChecked(False)
        f.key_only.blockSignals(False)
        f.agency_filter.setCurrentIndex(0)
        self.apply_filters()

    def reload(self) -> None:
        """Read the entries again after a change."""
        self._fill_agencies()
        self.model.refresh()
        self._shown()

    def _shown(self) -> None:
        total = self._repo().count(self.session.case.id)
        shown = self.model.rowCount()
        filtered = self.model.filter != ChronologyFilter()
        noun = "entry" if total == 1 else "entries"
        self.form.status.setText(
            f"{shown} of {total} {noun} shown (filtered)." if filtered else
            f"{total} {noun}." if total else
            "No entries yet: send each agency a template, then import what it returns.")
        self._buttons()
        self._show_timeline()

    def _buttons(self) -> None:
        has = self.selected() is not None
        self.form.edit_button.setEnabled(has)
        self.form.delete_button.setEnabled(has)

    def _show_timeline(self) -> None:
        if self.form.views.currentWidget() is not self.form.timeline_tab:
            return
        entries = self._repo().page(self.session.case.id, self.model.filter, offset=0,
                                    limit=TIMELINE_LIMIT)
        self.timeline.set_entries(entries)
        from scr_desktop.domain.chronology.timeline import text_equivalent

        self.form.timeline_text.clear()
        self.form.timeline_text.addItems(text_equivalent(entries))

    def _timeline_moved(self, entry: object) -> None:
        self.form.timeline_current.setText(describe(entry) if isinstance(entry, Entry) else "")

    def selected(self) -> Entry | None:
        """The entry selected in the table."""
        rows = self.form.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        """Select one row of the table."""
        index = self.model.index(row, 0)
        self.form.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self._shown()

    # -- writing ---------------------------------------------------------------------
    def _run(self, dialog: QDialog) -> bool:
        """Run ``dialog``; True if it was accepted and the vault is still open (a lock
        while it ran closes it, and then nothing more is done)."""
        try:
            accepted = self.run_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            if shiboken6.isValid(dialog):
                dialog.hide()
                dialog.deleteLater()
        return accepted and self._usable()

    def _usable(self) -> bool:
        """True while the page is alive and its vault open."""
        if not shiboken6.isValid(self):
            return False
        try:
            self._repo()
        except Exception:  # locked: the vault is gone
            return False
        return True

    def _write(self, change: Callable[[ChronologyRepository], object]) -> str | None:
        try:
            change(self._repo())
        except Exception as exc:
            return str(getattr(exc, "message", "") or exc) or \
                "The change could not be saved; nothing was changed."
        return None

    def add_entry(self) -> None:
        """Ask for a new entry and save it."""
        from scr_desktop.gui.chronology.entry_dialog import EntryDialog

        dialog = EntryDialog(self.agencies(), parent=self)
        if self._run(dialog) and dialog.result_entry is not None:
            entry = dialog.result_entry
            self._report(self._write(lambda r: r.add(self.session.case.id, entry,
                                                     case_ref=self.session.case.reference)))
            self.reload()

    def edit_entry(self) -> None:
        """Change the selected entry."""
        from scr_desktop.gui.chronology.entry_dialog import EntryDialog

        entry = self.selected()
        if entry is None:
            return
        dialog = EntryDialog(self.agencies(), entry, parent=self)
        if self._run(dialog) and dialog.result_entry is not None:
            changed = dialog.result_entry
            self._report(self._write(lambda r: r.update(changed,
                                                        case_ref=self.session.case.reference)))
            self.reload()

    def delete_entry(self) -> None:
        """Delete the selected entry, after asking."""
        entry = self.selected()
        if entry is None or not Messages.confirm(
                self, "Delete the entry", f"Delete the {entry.agency} entry of "
                f"{entry.date_text}? It cannot be brought back.", yes="&Delete",
                destructive=True):
            return
        self._report(self._write(lambda r: r.delete(entry.id,
                                                    case_ref=self.session.case.reference)))
        self.reload()

    def _report(self, problem: str | None) -> None:
        if problem:
            Messages.error(self, "Not saved", problem)

    def import_file(self) -> None:
        """Import an agency's file (read, map, preview, accept)."""
        from scr_desktop.gui.chronology.import_dialog import ImportDialog

        case = self.session.case

        def accept(agency: str, entries: list[Entry], mapping: dict[str, str]) -> str | None:
            return self._write(lambda r: r.import_entries(case.id, agency, entries, mapping,
                                                          case_ref=case.reference))

        dialog = ImportDialog(self.agencies(), lambda a: self._repo().mapping(a), accept,
                              parent=self)
        if self._run(dialog):
            Messages.info(self, "Chronology imported",
                          "1 entry was added to the chronology." if dialog.imported == 1
                          else f"{dialog.imported} entries were added to the chronology.")
        if self._usable():
            self.reload()

    def find_duplicates(self) -> None:
        """Show the likely duplicates side by side, to merge or keep."""
        from scr_desktop.domain.chronology.duplicates import likely_duplicates
        from scr_desktop.gui.chronology.duplicates_dialog import DuplicatesDialog

        pairs = likely_duplicates(self._repo().entries(self.session.case.id))
        if not pairs:
            Messages.info(self, "No likely duplicates",
                          "No two agencies recorded entries that look like the same event.")
            return
        ref = self.session.case.reference

        def merge(merged: Entry, dropped: str) -> str | None:
            return self._write(lambda r: r.merge(merged, dropped, case_ref=ref))

        self._run(DuplicatesDialog(pairs, merge, parent=self))
        if self._usable():
            self.reload()

    # -- exports ---------------------------------------------------------------------
    def export_template(self) -> None:
        """Export the Excel template for one agency."""
        from scr_desktop.export.chronology import chronology_template_document

        agencies = self.agencies()
        chosen = Messages.ask_choice(self, "Template for which agency",
                                     "The agency the template is for:",
                                     [(a, a) for a in agencies], agencies[0] if agencies else
                                     "") if agencies else None
        if not chosen:
            if not agencies:
                Messages.info(self, "No agencies yet", "Add the agencies on the agency "
                              "contributions page first.")
            return
        board = board_for_documents(self)
        if board is None:
            return
        ref = self.session.case.reference
        self._export(f"chronology template for {chosen}", f"chronology template {chosen}",
                     ".xlsx", lambda pw, score, words: chronology_template_document(
                         chosen, pw, case_ref=ref, board_name=board, min_score=score,
                         user_inputs=words))

    def export_chronology(self, suffix: str) -> None:
        """Export the entries shown (the filter applies), anonymised unless unticked."""
        from scr_desktop.domain.chronology.redact import anonymise_entries
        from scr_desktop.export.chronology import (
            chronology_pdf_document,
            chronology_workbook_document,
        )

        case = self.session.case
        entries = self._repo().entries(case.id, self.model.filter)
        if not entries:
            Messages.info(self, "Nothing to export", "No entries are shown.")
            return
        board = board_for_documents(self)
        if board is None:
            return
        anonymous = self.form.anonymise.isChecked()

        def anonymise(found: list[Entry]) -> list[Entry]:
            return anonymise_entries(case, found)

        prepare = anonymise if anonymous else None
        kind = "anonymised" if anonymous else "full"
        build = chronology_pdf_document if suffix == ".pdf" else chronology_workbook_document
        self._export(f"integrated chronology ({kind})", f"chronology {kind}", suffix,
                     lambda pw, score, words: build(
                         entries, pw, case_ref=case.reference, anonymise=prepare,
                         board_name=board, min_score=score, user_inputs=words))

    def clear(self) -> None:
        """Forget every entry shown (the vault is locking)."""
        self.model.clear()
        self.timeline.clear()
        self.form.timeline_text.clear()
        self.form.timeline_current.clear()

