"""Opening a case package: its password, a preview, and what to do if the case is already here.

:class:`ImportDialog` asks for the password of a ``.scrcase`` file, opens it
off the UI thread (the key derivation takes a moment), and shows what it
holds before anything is imported: the reference, the child's name, the
referral date and which sections are filled in.  When this vault already
holds the same case it offers a clear choice: update the existing case (its
current version goes to the trash, so nothing is lost) or keep both (the
import gets a new reference), showing when each version was last changed;
when the package's version is older than the vault's, "Keep both" is
chosen for the user, so a stale package never replaces newer work by a
press of Enter.  The package's contents were checked against the strict
schema (:mod:`scr_desktop.export.package_schema`) before this preview.
A wrong password, a damaged or cut-short file is reported in plain words
and nothing is imported.  The dialog only opens and chooses; the caller
imports (:meth:`case`, :meth:`keep_both`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QDialog, QWidget

from scr_desktop.domain.form import SECTIONS, Section
from scr_desktop.domain.model import Case
from scr_desktop.export.package import PackageContents, PackageError, load_package_contents
from scr_desktop.gui.export.buttons import accept_cancel
from scr_desktop.gui.forms.export.import_dialog import Ui_ImportDialog
from scr_desktop.gui.worker import BackgroundOp

UNEXPECTED = ("The case package could not be opened because of an unexpected problem. "
              "Nothing was imported. Try again; if it keeps happening, contact your IT "
              "service desk.")


def _filled(case: Case, section: Section) -> bool:
    for spec in section.fields:
        value = case.get(spec.name)
        if value is True or (isinstance(value, str) and value.strip()) or (
                isinstance(value, list) and value):
            return True
    return False


def _instant(iso: str) -> datetime:
    """Return ``iso`` as an aware date-time for comparison (the earliest one if unreadable)."""
    try:
        moment = datetime.fromisoformat(iso)
    except (ValueError, TypeError):
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _when(iso: str) -> str:
    """Return ``iso`` as dd/mm/yyyy hh:mm in local time (as typed if unreadable)."""
    try:
        return _instant(iso).astimezone().strftime("%d/%m/%Y %H:%M") if iso else "(unknown)"
    except (ValueError, OverflowError, OSError):
        return str(iso)


def sections_filled(case: Case) -> list[str]:
    """Return the titles of the form sections that have anything filled in."""
    return [s.title for s in SECTIONS if _filled(case, s)]


class ImportDialog(QDialog):
    """Open a package with its password, preview it, and choose how to import it."""

    def __init__(self, source: Path, existing_reference: Callable[[str], str | None], *,
                 existing_changed: Callable[[str], str | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ImportDialog()
        self.form.setupUi(self)
        self.source = Path(source)
        self.existing_reference = existing_reference
        # When the vault's copy of a case was last changed (ISO), to compare with the package.
        self.existing_changed = existing_changed
        self._case: Case | None = None
        self._contents: PackageContents | None = None
        self._busy = False
        self._here: str | None = None

        self.form.file_name.setText(f"File: {self.source.name}")
        self.password = self.form.package_password
        self.open_button = self.form.open_button
        self.open_button.clicked.connect(self.open_package)
        self.password.returnPressed.connect(self.open_package)
        self.status = self.form.import_status
        self.error = self.form.import_error

        self.preview = self.form.import_preview
        self.reference = self.form.preview_reference
        self.child = self.form.preview_child
        self.referral = self.form.preview_referral_date
        self.sections = self.form.preview_sections
        self.preview.hide()

        self.clash = self.form.import_clash
        self.clash_text = self.form.clash_text
        self.update_choice = self.form.update_choice
        self.keep_both_choice = self.form.keep_both_choice
        for note in (self.form.update_note, self.form.keep_both_note):
            note.setContentsMargins(24, 0, 0, 4)
        self.clash.hide()

        self.buttons, self.import_button = accept_cancel(self, "&Import", "import_button",
                                                         box=self.form.buttons)
        self.import_button.setEnabled(False)
        self.password.setFocus()

    # -- opening -------------------------------------------------------------------
    def is_busy(self) -> bool:
        """Return True while the package is being opened."""
        return self._busy

    def open_package(self) -> None:
        """Open the package with the typed password, off the UI thread."""
        if self._busy:
            return
        password = self.password.text()
        if not password:
            self.error.show_message("Enter the package's password first.")
            return
        self._busy = True
        self._case = None
        self._here = None
        self.error.show_message(None)
        self.preview.hide()
        self.clash.hide()
        self.import_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.status.setText("Opening the package\u2026")
        source = self.source
        BackgroundOp(self, "open package", lambda: load_package_contents(source, password),
                     success=self._opened, failure=self._failed).run()

    def _opened(self, contents: PackageContents) -> None:
        if not shiboken6.isValid(self):
            return
        case = contents.case
        self._busy = False
        self._case = case
        self._contents = contents
        self.open_button.setEnabled(True)
        self.status.setText("The package opened. Check what it holds, then choose Import.")
        self.reference.setText(case.reference or "(none)")
        self.child.setText(case.child_name() or "(not given)")
        self.referral.setText(str(case.get("referral_date")) or "(not given)")
        filled = sections_filled(case)
        self.sections.setText(f"{len(filled)} of {len(SECTIONS)}: " + "; ".join(filled)
                              if filled else f"none of {len(SECTIONS)}")
        self.preview.show()
        here = self._here = self.existing_reference(case.id)
        if here is not None:
            theirs = self.existing_changed(case.id) if self.existing_changed else None
            older = theirs is not None and _instant(case.updated_at) < _instant(theirs)
            text = f"Your vault already holds this case as {here}."
            if theirs is not None:
                text += (f" The package's version was last changed on "
                         f"{_when(case.updated_at)}; the version in your vault on "
                         f"{_when(theirs)}.")
            if older:
                text += (" The package is older than your vault's version, so keeping both "
                         "is chosen: updating would replace newer work.")
            self.clash_text.setText(text + " Choose what to do.")
            (self.keep_both_choice if older else self.update_choice).setChecked(True)
            self.update_choice.setText(f"&Update {here} with the imported version")
            self.update_choice.setAccessibleDescription(
                "The version in your vault now is kept in Deleted cases")
            self.keep_both_choice.setAccessibleDescription(
                "The imported case gets a new reference")
            self.clash.show()
        self.import_button.setEnabled(True)
        self.import_button.setDefault(True)
        self.import_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self.open_button.setEnabled(True)
        self.status.setText("The package did not open.")
        self.error.show_message(str(exc) if isinstance(exc, PackageError) else UNEXPECTED)
        self.password.selectAll()
        self.password.setFocus()

    # -- result --------------------------------------------------------------------
    def case(self) -> Case | None:
        """Return the opened case, or None if the package has not been opened."""
        return self._case

    def contents(self) -> PackageContents | None:
        """Return everything the opened package holds (the case and its review, if any)."""
        return self._contents

    def keep_both(self) -> bool:
        """Return True if the import should be added beside an existing copy."""
        return self._here is not None and self.keep_both_choice.isChecked()

    def accept(self) -> None:
        """Accept only once a package has been opened."""
        if self._case is None or self._busy:
            return
        super().accept()

    def done(self, result: int) -> None:
        """Close, forgetting the password."""
        self.password.clear()
        super().done(result)
