"""Meetings in a real vault: stored encrypted, listed, changed with audit entries naming parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from scr_desktop.domain.meeting import Attendance, Meeting
from scr_desktop.storage.meetings import MeetingNotFound
from scr_desktop.storage.vault import Vault

PASSPHRASE = "granite lantern orchard velvet"


def test_meetings_are_created_saved_listed_and_audited(tmp_path: Path) -> None:
    path = tmp_path / "v.scrvault"
    with Vault.create(path, PASSPHRASE) as vault:
        case = vault.cases.new_case()
        m = Meeting(date="2026-12-01")
        m.add_case(case)
        vault.meetings.create(m)
        m.attendance.append(Attendance("police", "Qzofficer Smith", "DI"))
        assert vault.meetings.save(m) == ["attendance"]
        assert vault.meetings.save(m) == []
        later = Meeting(date="2027-01-05", kind="extraordinary")
        vault.meetings.create(later)
        listed = vault.meetings.list()
        assert [s.date for s in listed] == ["2027-01-05", "2026-12-01"]
        assert listed[1].cases == 1
        assert vault.meetings.count() == 2
        entries = vault.audit.entries()
        actions = [e.action for e in entries]
        assert actions.count("create meeting") == 2 and actions.count("change meeting") == 1
        assert all("Qzofficer" not in e.detail for e in entries)
        with pytest.raises(MeetingNotFound):
            vault.meetings.get("nope")
    assert b"Qzofficer" not in path.read_bytes()
    with Vault.open(path, PASSPHRASE) as vault:
        again = vault.meetings.get(m.id)
        assert again.attendance[0].name == "Qzofficer Smith"
        assert again.items[0].reference == case.reference
