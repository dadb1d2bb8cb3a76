"""Helpers for the meeting-mode GUI tests: cases with identities, and a scan for leaks."""

from __future__ import annotations

import re
import uuid

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog
from samples import sample_case

from scr_desktop.domain.model import Case, Decision
from scr_desktop.gui.widget_text import widgets_text

PDF_PASSWORD = "lantern-gravel-saffron-quay-mint"


def case_one() -> Case:
    """A referred case with names in several scripts (from the export samples), no answers."""
    c = sample_case()
    c.id, c.reference, c.facts, c.questions = uuid.uuid4().hex, "", {}, {}
    c.decision = Decision()
    return c


def case_two() -> Case:
    """A second referred case with plain ASCII names."""
    c = Case(status="referred")
    for name, value in (("child_forenames", "Qzbeta"), ("child_last_names", "Qzfamilyname"),
                        ("child_dob", "02/02/2020"), ("referral_date", "18/11/2026"),
                        ("incident_date", "15/11/2026"), ("aware_date", "16/11/2026"),
                        ("child_address", "9 Qzroad Street\nLeeds\nLS1 4AB"),
                        ("mother_name", "Qzmothername Qzfamilyname"),
                        ("mother_dob", "03/03/1991")):
        c.set(name, value)
    return c


def identifying_terms(case: Case) -> list[str]:
    """Return every name, name part, date of birth and address line the case records."""
    terms: set[str] = set()
    for name in ("child_forenames", "child_last_names", "child_aka", "mother_name",
                 "father_name", "referrer_name"):
        value = str(case.get(name)).strip()
        if value:
            terms.add(value)
            terms.update(p for p in re.split(r"[\s-]+", value) if len(p) > 2)
    for group in ("siblings", "household_members"):
        for row in case.get(group) or []:  # type: ignore[union-attr]
            terms.update(p for p in row.get("name", "").split() if len(p) > 2)
            if row.get("dob"):
                terms.add(row["dob"])
    for name in ("child_dob", "mother_dob", "father_dob"):
        if str(case.get(name)).strip():
            terms.add(str(case.get(name)).strip())
    for name in ("child_address", "mother_address", "father_address"):
        for line in re.split(r"[\n,]", str(case.get(name))):
            if line.strip():
                terms.add(line.strip())
    return sorted(terms)


def leaks(terms: list[str], texts: list[str]) -> list[str]:
    """Return the terms found, as whole words, in any of ``texts``."""
    found = []
    for term in terms:
        pattern = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)
        if any(pattern.search(t) for t in texts):
            found.append(term)
    return found


def visible_texts() -> list[str]:
    """Return the texts of every widget on screen now."""
    return widgets_text(visible_only=True)


def password_driver(qtbot, passwords: list[str], typed: str = ""):  # type: ignore[no-untyped-def]
    """Return a stand-in for ``dialog.exec()`` that answers the password dialog as a person.

    With ``typed`` it types that password twice; otherwise it copies the
    generated passphrase and accepts it.  The password used is appended to
    ``passwords``.
    """
    from scr_desktop.gui.export.password_dialog import PasswordDialog

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, PasswordDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if typed:
            own = dialog.own_choice
            qtbot.mouseClick(own, Qt.MouseButton.LeftButton, pos=QPoint(8, own.height() // 2))
            qtbot.keyClicks(dialog.first, typed)
            qtbot.keyClicks(dialog.second, typed)
        else:
            qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        passwords.append(typed or dialog.generated())
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    return run


__all__ = [
    "PDF_PASSWORD",
    "case_one",
    "case_two",
    "identifying_terms",
    "leaks",
    "password_driver",
    "visible_texts",
    "widgets_text",
]
