"""The meetings tests' vault and the meetings page attached to it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from scr_desktop.gui.meeting.meetings_page import MeetingsPage
from scr_desktop.storage.vault import Vault

PASSPHRASE = "granite lantern orchard velvet"


@pytest.fixture
def vault(tmp_path: Path):  # type: ignore[no-untyped-def]
    v = Vault.create(tmp_path / "vault.scrvault", PASSPHRASE)
    yield v
    if v.is_open:
        v.close()


@pytest.fixture
def page(qtbot, vault):  # type: ignore[no-untyped-def]
    p = MeetingsPage(today=lambda: date(2026, 11, 24))
    qtbot.addWidget(p)
    p.attach(vault)
    p.show()
    yield p
    if vault.is_open:
        p.detach()
