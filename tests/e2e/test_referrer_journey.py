"""The whole journey a referrer makes: create a vault, fill every page, close, reopen."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path

import pytest
from guihelpers import create_vault, fill_field, sample_value, unlock
from PySide6.QtCore import Qt

from scr_desktop.domain.form import FIELDS, SECTIONS
from scr_desktop.gui.wizard.section_page import SectionPage


def _markers() -> list[str]:
    found = []
    for name in FIELDS:
        v = sample_value(name)
        if isinstance(v, str) and v.startswith("Qz"):
            found.append(v.split()[0])
        if isinstance(v, list):
            found += [x for row in v for x in row.values() if x.startswith("Qz")]
    return found


def _files_written_since(folder: Path, since: float) -> list[tuple[Path, bytes]]:
    """Return (path, bytes) of regular files under ``folder`` changed since ``since``.

    Other processes share the temp folder, so files and folders may vanish
    while it is walked; those are passed over.
    """
    found = []
    for root, _dirs, files in os.walk(folder, onerror=lambda _e: None):
        for name in files:
            p = Path(root) / name
            try:
                st = p.lstat()
                if (st.st_mtime < since or st.st_size > 50_000_000 or not p.is_file()
                        or p.is_symlink()):
                    continue
                found.append((p, p.read_bytes()))
            except OSError:
                continue
    return found


def test_every_model_field_has_a_widget_on_some_page(make_window, vault_path: Path) -> None:
    window = make_window(vault_path)
    from scr_desktop.domain.model import Case
    from scr_desktop.gui.case_editor import CaseEditor

    editor = CaseEditor(Case(reference="SCR-2026-0001"), lambda c: None)
    for step in range(editor.stack.count()):  # each page is built on its first visit
        editor.go(step)
    bound = {name for page in editor.findChildren(SectionPage) for name in page.editors}
    assert bound == set(FIELDS)
    editor.deleteLater()
    window.close()


def test_create_fill_close_reopen_every_field_kept(qtbot, make_window, vault_path: Path) -> None:
    started = time.time() - 1
    window = make_window(vault_path)
    create_vault(qtbot, window)
    assert vault_path.exists()

    qtbot.mouseClick(window.list_page.new_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    assert editor is not None
    reference = editor.case.reference
    assert reference.startswith("SCR-2026-")

    expected = {}
    for i, section in enumerate(SECTIONS):
        assert editor.current_step() == i
        for spec in section.fields:
            value = sample_value(spec.name)
            fill_field(qtbot, editor.editor(spec.name), value)
            expected[spec.name] = value
        qtbot.mouseClick(editor.next_button, Qt.MouseButton.LeftButton)
    # The summary is the last form step; nothing is flagged as incomplete.
    assert "incomplete" not in editor.summary.view.toPlainText()
    assert "Qzcase_outline" in editor.summary.view.toPlainText()
    assert editor.problems() == []
    qtbot.waitUntil(lambda: not editor.has_unsaved(), timeout=5000)
    window.close()

    # Reopen: a new window, unlock, the case is in the list, every field as typed.
    window2 = make_window(vault_path)
    assert window2.is_locked()
    unlock(qtbot, window2)
    model = window2.list_page.model
    assert model is not None and model.total() == 1
    assert model.summary(0).reference == reference
    window2.open_case(model.summary(0).id)
    editor2 = window2.editor
    assert editor2 is not None
    for name, value in expected.items():
        assert editor2.editor(name).value() == value, name
        assert editor2.case.get(name) == value, name
    window2.close()

    # Nothing readable on disk.
    data = vault_path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    others = [p for p in vault_path.parent.iterdir() if p.is_file()]
    for marker in _markers():
        needle = marker.encode()
        for p in others:
            assert needle not in p.read_bytes(), (marker, p.name)
    for p, content in _files_written_since(Path(tempfile.gettempdir()), started):
        for marker in _markers():
            assert marker.encode() not in content, (marker, str(p))
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(vault_path).execute("select * from sqlite_master").fetchall()
