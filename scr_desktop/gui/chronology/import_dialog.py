"""Import an agency's returned chronology: choose the file, map its columns, preview, accept.

The file is read (and, if password-protected, decrypted) in memory, off the
UI thread, with progress; then each of the chronology's columns is matched
to one of the file's, from the mapping remembered for the agency or the
usual headings, and the user may change any of them.  Every entry is shown
in the preview and every problem in the list below it, by row and column.
Nothing is written until the user presses Import, and Import stays
unavailable while any row has a problem.  The entries and the mapping are
then saved in one audited transaction.  The dialog's frame is
``ui/chronology/import_dialog.ui``; the mapping's rows are made from the
chronology's columns (:data:`~scr_desktop.domain.chronology.columns.COLUMNS`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QTableWidgetItem, QWidget

from scr_desktop.domain.chronology.columns import (
    COLUMNS,
    Mapping,
    column_letter,
    guess_mapping,
    mapping_headings,
)
from scr_desktop.domain.chronology.entry import Entry
from scr_desktop.domain.chronology.importing import ImportResult, convert_rows
from scr_desktop.export.chronology_reader import PasswordNeeded, ReadError, Table, read_file
from scr_desktop.gui.forms.chronology.import_dialog import Ui_ImportDialog
from scr_desktop.gui.messages import Messages
from scr_desktop.gui.worker import BackgroundOp

FILTERS = "Chronologies (*.xlsx *.ods *.csv);;All files (*)"
PREVIEW_ROWS = 200
NOT_IN_FILE = "(not in the file)"
Accept = Callable[[str, list[Entry], dict[str, str]], str | None]


class _Progress(QObject):
    moved = Signal(int, int)


class ImportDialog(QDialog):
    """Read, map, preview and import one agency's chronology file."""

    def __init__(self, agencies: list[str], remembered: Callable[[str], dict[str, str]],
                 accept_import: Accept, folder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ImportDialog()
        self.form.setupUi(self)
        f = self.form
        self._remembered = remembered
        self._accept_import = accept_import
        self._folder = folder
        self.table: Table | None = None
        self.result_: ImportResult | None = None
        self.imported = 0
        self.operation: BackgroundOp[object] | None = None
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self.path, self.password, self.agency = f.import_path, f.import_password, f.import_agency
        self.read_button, self.bar, self.mapping_box = f.read_file, f.import_progress, \
            f.mapping_box
        self.summary, self.preview, self.errors = f.import_summary, f.import_preview, \
            f.import_errors
        self.import_button = f.do_import
        self.agency.addItems(agencies)
        f.choose_file.clicked.connect(self.choose)
        self.read_button.clicked.connect(self.read)
        self.import_button.clicked.connect(self.do_import)
        f.cancel_import.clicked.connect(self.reject)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(2, header.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        for c in COLUMNS:
            combo = QComboBox()
            combo.setObjectName(f"map_{c.name}")
            combo.setAccessibleName(f"File column for {c.heading}")
            combo.currentIndexChanged.connect(self._remap)
            self.combos[c.name] = combo
            f.mapping_form.addRow(f"{c.heading}{' (required)' if c.required else ''}:", combo)

    # -- reading ---------------------------------------------------------------------
    def choose(self) -> None:
        """Ask for the file."""
        chosen = Messages.open_file(self, "Choose the agency's chronology", self._folder,
                                    FILTERS)
        if chosen:
            self.path.setText(chosen)
            self.table = None

    def read(self) -> None:
        """Read the file off the UI thread (with progress), then map and preview it."""
        if not self.path.text().strip():
            self.summary.setText("\u26a0 Choose the file first.")
            return
        if not self.agency.currentText().strip():
            self.summary.setText("\u26a0 Choose the agency the file comes from.")
            return
        path, password = Path(self.path.text().strip()), self.password.text()
        agency = self.agency.currentText().strip()
        remembered = self._remembered(agency)
        progress = self._progress

        def work() -> object:
            table = read_file(path, password)
            mapping = guess_mapping(table.headers, remembered)
            result = convert_rows(table.headers, table.rows, mapping, agency,
                                  progress=progress.moved.emit)
            return table, mapping, result

        self.bar.setVisible(True)
        self.bar.setRange(0, 0)
        self.read_button.setEnabled(False)
        self.import_button.setEnabled(False)
        op: BackgroundOp[object] = BackgroundOp(self, "chronology-read", work,
                                                success=self._read, failure=self._failed)
        if op.run():
            self.operation = op

    def _moved(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self.bar.setVisible(False)
        self.read_button.setEnabled(True)
        if isinstance(exc, PasswordNeeded):
            self.password.setFocus()
        message = str(exc) if isinstance(exc, ReadError) else \
            "The file could not be read; nothing was imported."
        self.summary.setText("\u26a0 " + message)
        self.errors.clear()
        self.preview.setRowCount(0)

    def _read(self, value: object) -> None:
        self.operation = None
        self.bar.setVisible(False)
        self.read_button.setEnabled(True)
        table, mapping, result = cast(tuple[Table, Mapping, ImportResult], value)
        self.table = table
        self._fill_combos(table.headers, mapping)
        self._show(result)

    # -- mapping ---------------------------------------------------------------------
    def _fill_combos(self, headers: list[str], mapping: Mapping) -> None:
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(NOT_IN_FILE, -1)
            for i, heading in enumerate(headers):
                combo.addItem(f"{column_letter(i)}: {heading or '(no heading)'}", i)
            combo.setCurrentIndex(combo.findData(mapping.get(name, -1)))
            combo.blockSignals(False)
        self.mapping_box.setEnabled(True)

    def mapping(self) -> Mapping:
        """The mapping chosen (column name -> the file's column index)."""
        out: Mapping = {}
        for name, combo in self.combos.items():
            index = combo.currentData()
            if isinstance(index, int) and index >= 0:
                out[name] = index
        return out

    def set_mapping(self, name: str, file_column: int) -> None:
        """Choose the file's column for one of the chronology's columns."""
        combo = self.combos[name]
        combo.setCurrentIndex(combo.findData(file_column))

    def _remap(self) -> None:
        if self.table is None:
            return
        table = self.table
        self._show(convert_rows(table.headers, table.rows, self.mapping(),
                                self.agency.currentText().strip()))

    # -- preview ---------------------------------------------------------------------
    def _show(self, result: ImportResult) -> None:
        self.result_ = result
        self.errors.clear()
        self.errors.addItems([e.text() for e in result.errors])
        shown = result.entries[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for r, e in enumerate(shown):
            for c, value in enumerate((e.date_text, e.time, " ".join(e.event.split())[:200],
                                       e.people, "Yes" if e.key else "No")):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        more = (f" (the first {PREVIEW_ROWS} are shown)"
                if len(result.entries) > PREVIEW_ROWS else "")
        skipped = " The worked example row was passed over." if result.skipped else ""
        if result.ok:
            self.summary.setText(f"{len(result.entries)} entries are ready to import{more}."
                                 f"{skipped} Nothing is saved until you press Import.")
        else:
            self.summary.setText(
                f"\u26a0 {len(result.errors)} problem(s) found: nothing can be imported until "
                "they are put right in the file (or in the mapping above). Each is listed "
                "below by row and column." if result.errors else "\u26a0 No entries found.")
        self.import_button.setEnabled(result.ok)

    def do_import(self) -> None:
        """Save the entries and the mapping (all or nothing), then close."""
        result, table = self.result_, self.table
        if result is None or table is None or not result.ok:
            return
        agency = self.agency.currentText().strip()
        problem = self._accept_import(agency, result.entries,
                                      mapping_headings(table.headers, self.mapping()))
        if problem:
            self.summary.setText("\u26a0 " + problem)
            return
        self.imported = len(result.entries)
        self.accept()
