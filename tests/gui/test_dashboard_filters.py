"""The deadlines dashboard filters in SQL (overdue only, a case, a kind of deadline), and
opening a row opens its case with that very deadline selected."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from exporthelpers import tick
from guihelpers import create_vault

from scr_desktop.gui.decision_steps import STEP_DEADLINES

TODAY = date(2026, 11, 20)


def _all(dash) -> list:  # type: ignore[no-untyped-def]
    while dash.model.canFetchMore(dash.model.index(-1, -1)):
        dash.model.fetchMore(dash.model.index(-1, -1))
    return list(dash.rows)


def test_filters_narrow_the_list_and_its_counts(qtbot, make_window, vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    with window.vault.database.transaction():
        for i in range(30):
            case = window.vault.cases.new_case()
            aware = TODAY - timedelta(days=2 * i)
            case.set("aware_date", aware.strftime("%d/%m/%Y"))
            case.set("referral_date", aware.strftime("%d/%m/%Y"))
            case.facts = {"abuse_or_neglect": "suspected", "child_died": True,
                          "interagency_concerns": "yes", "age_years": 1}
            window.vault.cases.save(case)
    window.deadlines_action.trigger()
    dash = window.dashboard
    everything = _all(dash)
    overdue = [r for r in everything if r.deadline.state == "overdue"]
    assert 0 < len(overdue) < len(everything)

    tick(qtbot, dash.overdue_only)
    assert dash.overdue_only.isChecked()
    shown = _all(dash)
    assert [(r.case_id, r.deadline.key) for r in shown] == \
        [(r.case_id, r.deadline.key) for r in overdue]
    assert dash.model.counts.listed == dash.model.counts.overdue == len(overdue)
    assert dash.counts.text().startswith(f"{len(overdue)} deadline")
    dash.overdue_only.setChecked(False)

    reference = everything[0].reference
    qtbot.keyClicks(dash.case_filter, reference)
    qtbot.waitUntil(lambda: bool(dash.rows) and all(r.reference == reference for r in dash.rows),
                    timeout=5000)
    assert len(_all(dash)) == sum(r.reference == reference for r in everything)
    dash.case_filter.clear()
    qtbot.waitUntil(lambda: dash.model.counts.listed == len(everything), timeout=5000)

    key = everything[-1].deadline.key
    dash.kind_filter.setCurrentIndex(dash.kind_filter.findData(key))
    kinds = {r.deadline.key for r in _all(dash)}
    assert kinds == {key}
    assert dash.model.counts.listed == sum(r.deadline.key == key for r in everything)


def test_opening_a_row_selects_the_deadline_that_was_opened(qtbot, make_window,
                                                            vault_path: Path) -> None:
    window = make_window(vault_path, today=lambda: TODAY)
    create_vault(qtbot, window)
    case = window.vault.cases.new_case()
    case.set("aware_date", "02/11/2026")
    case.set("referral_date", "03/11/2026")
    case.facts = {"abuse_or_neglect": "suspected", "child_died": True,
                  "interagency_concerns": "yes", "age_years": 1}
    window.vault.cases.save(case)
    window.deadlines_action.trigger()
    dash = window.dashboard
    rows = _all(dash)
    assert len(rows) >= 2
    last = len(rows) - 1
    dash.table.doubleClicked.emit(dash.model.index(last, 0))
    assert window.editor is not None and window.editor.case.id == case.id
    steps = window.decision_steps
    assert window.editor.current_step() == steps.index[STEP_DEADLINES]
    assert steps.deadlines.selected_key() == rows[last].deadline.key
