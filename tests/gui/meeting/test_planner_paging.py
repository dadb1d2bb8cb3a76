"""The planner offers the cases awaiting a decision a page at a time, soonest first.

Opening a meeting reads one page of the offer; scrolling the list to its end
reads the next; a case put on the agenda leaves the offer and the rest stay
in order.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from scr_desktop.domain.meeting import awaiting_decision
from scr_desktop.gui.meeting.meetings_page import MeetingsPage
from scr_desktop.gui.meeting.planner import PAGE
from scr_desktop.storage.vault import Vault

PASSPHRASE = "granite lantern orchard velvet"
TODAY = date(2026, 11, 24)
CASES = PAGE + PAGE // 2


@pytest.fixture
def vault(tmp_path: Path):  # type: ignore[no-untyped-def]
    v = Vault.create(tmp_path / "vault.scrvault", PASSPHRASE)
    with v.database.transaction():
        for i in range(CASES):
            case = v.cases.new_case()
            case.status = "referred"
            day = date(2026, 10, 1) + timedelta(days=(i * 7) % 45)
            case.set("referral_date", day.strftime("%d/%m/%Y"))
            v.cases.save(case)
    yield v
    if v.is_open:
        v.close()


@pytest.fixture
def planner(qtbot, vault):  # type: ignore[no-untyped-def]
    p = MeetingsPage(today=lambda: TODAY)
    qtbot.addWidget(p)
    p.attach(vault)
    p.show()
    p.new_meeting()
    assert p.editor is not None
    yield p.editor.planner
    if vault.is_open:
        p.detach()


def _shown(planner) -> list[str]:  # type: ignore[no-untyped-def]
    return [planner.offer.item(r, 0).text() for r in range(planner.offer.rowCount())]


def _in_order(vault: Vault) -> list[str]:
    return [c.reference for c in awaiting_decision(vault.cases.get(s.id)
                                                   for s in vault.cases.list())]


def test_one_page_is_read_and_the_next_on_scrolling_to_the_end(qtbot, planner, vault) -> None:
    expected = _in_order(vault)
    assert _shown(planner) == expected[:PAGE]
    assert planner.can_fetch_more()
    bar = planner.offer.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    assert _shown(planner) == expected
    assert not planner.can_fetch_more()


def test_a_case_put_on_the_agenda_leaves_the_offer(planner, vault) -> None:
    expected = _in_order(vault)
    planner.offer.selectRow(1)
    planner.add_selected()
    assert [planner.agenda.item(0).text()] == [expected[1]]
    assert _shown(planner) == [r for r in expected[:PAGE] if r != expected[1]]
