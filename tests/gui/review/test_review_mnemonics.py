"""The labels and buttons of the review area's forms have Alt+letters, none used twice among
what the window shows, the same on every visit; a label goes without one only when every
letter of it is taken on that page (a long form can use up the alphabet)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from string import ascii_lowercase

from guihelpers import create_vault
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from windowcheck import mnemonic, mnemonic_clashes

from scr_desktop.domain.model import Decision
from scr_desktop.gui.review.record_form import RecordForm

TODAY = date(2027, 3, 2)


def test_review_forms_have_unique_mnemonics(qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    window.resize(1366, 768 - 80)
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    case.decision = Decision(decided="scr", decision_date="2027-01-04")
    window.vault.cases.save(case)
    window.open_case(case.id)
    area = window.review_area
    assert area is not None
    checked = 0
    letters: dict[str, dict[str, str | None]] = {}
    for visit in range(2):
        for title in list(area.pages):
            area.go(title)
            QApplication.sendPostedEvents()
            assert mnemonic_clashes(window) == [], title
            shown: dict[str, str | None] = {}
            used = {m for m in (mnemonic(t) for t in _texts(window)) if m}
            for form in area.pages[title].findChildren(RecordForm):
                if not form.isVisibleTo(window):
                    continue
                for widget in [*form.labels, *form.buttons]:
                    if not widget.isVisibleTo(window):
                        continue
                    text = widget.text()
                    letter = mnemonic(text)
                    if letter is None:
                        assert set(text.lower()) & set(ascii_lowercase) <= used, (title, text)
                    shown[text.replace("&", "")] = letter
                    checked += 1
            if visit:  # the same letters on the second visit
                assert shown == letters[title], title
            letters[title] = shown
    assert checked > 20
    # the ones keyboard users reach for
    for title, text in (("review_setup", "Methodology:"), ("review_setup", "Scope from:"),
                        ("review_consent", "Person:"), ("review_agencies", "Agency:"),
                        ("review_report", "Received on:"), ("review_actions", "Add action"),
                        ("review_actions", "Save action")):
        assert letters[title][text] is not None, (title, text)
    for title, page in letters.items():
        for text in ("Add as new", "Save changes"):
            assert text not in page or page[text] is not None, (title, text)


def _texts(window: QWidget) -> list[str]:
    """The texts that can carry a mnemonic among what the window shows."""
    out = [a.text() for a in window.menuBar().actions()]
    for w in window.findChildren(QWidget):
        if w.isVisibleTo(window) and w.window() is window and (
                isinstance(w, QAbstractButton)
                or (isinstance(w, QLabel) and w.buddy() is not None)):
            out.append(w.text())
    return out
