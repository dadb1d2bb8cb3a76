"""Helpers for the export GUI tests: a case full of markers, a dialog driver, real readers."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path

from pdfreaders import pdf_text as pdf_text  # the readers, for the GUI tests that import them here
from pdfreaders import qpdf_encryption as qpdf_encryption
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from scr_desktop.domain.model import Case
from scr_desktop.gui.export.password_dialog import PasswordDialog

# Every identifying value of the case starts with "Qz" so that a leak is easy to find.
IDENTIFYING = {
    "child_forenames": "Qzmira",
    "child_last_names": "Qzvantreck",
    "child_dob": "14/06/2023",
    "child_address": "7 Qzorchard Row\nQzbury\nE8 4QT",
    "mother_name": "Qzdelphine Qzvantreck",
    "mother_dob": "21/02/1992",
    "father_name": "Qzosric Qzhollander",
    "referrer_name": "Qzreferrer Qzpalmer",
    "referrer_email": "qzpalmer@example.gov.uk",
}
NAMES = ("Qzmira", "Qzvantreck", "Qzdelphine", "Qzosric", "Qzhollander", "Qzorchard",
         "Qzbury", "Qzpalmer", "qzpalmer", "14/06/2023", "21/02/1992", "E8 4QT")
FREE_TEXT = "Qzoutline: Qzmira was seen at the Qzwillow nursery with bruising."
MARKERS = (*NAMES, "Qzwillow", "Qzoutline")


def fill_case(case: Case) -> Case:
    """Put the marker values into ``case`` and return it."""
    for name, value in IDENTIFYING.items():
        case.set(name, value)
    case.set("referral_date", "20/11/2026")
    case.set("incident_date", "09/11/2026")
    case.set("aware_date", "10/11/2026")
    case.set("child_gender", "Female")
    case.set("case_outline", FREE_TEXT)
    case.set("referrer_agency", "Qzwillow nursery")
    # Complete, so that exporting it needs no "Send anyway" (that has its own tests).
    case.set("referrer_role", "Nursery manager")
    case.set("discussed_with_designated", "Yes")
    case.set("child_ethnicity", "Not known")
    case.set("reason_learning", True)
    case.set("reason_learning_highlight", "Joint working between agencies")
    return case


Step = Callable[[QDialog], None]


class DialogDriver:
    """Stands in for ``dialog.exec()``: shows each dialog and runs the next queued step on it."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.steps: deque[Step] = deque()
        self.seen: list[str] = []
        self.passwords: list[str] = []

    def then(self, step: Step) -> DialogDriver:
        """Queue ``step`` for the next dialog."""
        self.steps.append(step)
        return self

    def __call__(self, dialog: QDialog) -> int:
        self.seen.append(dialog.objectName())
        dialog.show()
        self.qtbot.waitExposed(dialog)
        self.steps.popleft()(dialog)
        if dialog.isVisible():  # the step left it open: the user gives up
            dialog.reject()
        return dialog.result()

    # -- common steps ------------------------------------------------------------------
    def generated_password(self, dialog: QDialog) -> None:
        """Accept the generated passphrase after copying it, and remember it."""
        assert isinstance(dialog, PasswordDialog)
        assert dialog.generating()
        self.passwords.append(dialog.generated())
        self.qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        self.qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def tick(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    """Click a radio button or check box on its indicator, as a person would."""
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def exported(qtbot, controller, start: Callable[[], None]) -> Path | None:  # type: ignore[no-untyped-def]
    """Run ``start`` (an export of ``controller``) and return what it finished with.

    Exports run off the UI thread; this waits on the controller's
    ``finished`` signal: the saved path, or None if cancelled or failed.
    """
    with qtbot.waitSignal(controller.finished, timeout=30000) as blocker:
        start()
    result = blocker.args[0]
    assert result is None or isinstance(result, Path)
    return result
