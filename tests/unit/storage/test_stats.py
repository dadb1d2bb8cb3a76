"""The board's statistics, counted by SQL, checked against an independent count in Python.

A real vault of a few hundred generated cases over two years (seeded, the seed printed),
with reviews, actions, themes and deadlines met on time, late or not at all, and some
cases in the trash; every figure of every table is compared with a count made here
from the cases themselves, for calendar years, financial years and quarters, including
the boundaries 31 March / 1 April, 31 December / 1 January and 29 February.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from scr_desktop.domain.assessment import deadline_states
from scr_desktop.domain.framework import load_framework
from scr_desktop.domain.learning.periods import Period, calendar_year, financial_year, quarter
from scr_desktop.domain.learning.themes import ThemeError, starting_themes
from scr_desktop.domain.model import Case, Decision
from scr_desktop.domain.review import vocab
from scr_desktop.domain.review.deadlines import assess_with_review, done_with_review
from scr_desktop.domain.review.model import Review
from scr_desktop.storage.stats import timeliness_groups
from scr_desktop.storage.vault import Vault

PASS = "walnut lantern meadow 7"
SEED = 20261201
TODAY = date(2026, 1, 15)
BOUNDARIES = [date(2024, 2, 29), date(2024, 3, 31), date(2024, 4, 1), date(2024, 12, 31),
              date(2025, 1, 1), date(2025, 3, 31), date(2025, 4, 1), date(2025, 12, 31)]
PERIODS = [calendar_year(2024), calendar_year(2025), financial_year(2023), financial_year(2024),
           financial_year(2025), quarter(2024, 1), quarter(2024, 4), quarter(2025, 1),
           Period(date(2024, 2, 29), date(2024, 2, 29), "leap day")]
OWNERS = ["Qzpolice", "Qzhealth", "Qzschool", ""]


def _uk(d: date) -> str:
    return d.strftime("%d/%m/%Y")


class Generated:
    """What was stored, kept here to count independently."""

    def __init__(self) -> None:
        self.cases: list[tuple[Case, Review | None, bool]] = []  # (case, review, in trash)


def _generate(vault: Vault, n: int = 240) -> Generated:
    rng = random.Random(SEED)
    print(f"statistics test seed {SEED}")
    out = Generated()
    themes = list(starting_themes())
    start = date(2024, 1, 1)
    for i in range(n):
        referred = BOUNDARIES[i] if i < len(BOUNDARIES) else start + timedelta(
            days=rng.randrange(730))
        framework = rng.choice(["wt2015-scr", "wt2023-cspr"])
        case = vault.cases.new_case(framework)
        case.set("referral_date", _uk(referred))
        case.set("aware_date", _uk(referred - timedelta(days=rng.randrange(0, 5))))
        case.set("incident_date", _uk(referred - timedelta(days=rng.randrange(5, 20))))
        case.set_themes(rng.sample(themes, rng.randrange(0, 4)))
        if rng.random() < 0.7:  # a death through suspected abuse: notifiable on both routes
            case.answer_fact("abuse_or_neglect", "suspected")
            case.answer_fact("child_died", True)
        fw = load_framework(framework)
        review = None
        if rng.random() < 0.6:
            decided = rng.choice([d.id for d in fw.decisions])
            decided_on = referred + timedelta(days=rng.randrange(0, 60))
            case.record_decision(Decision(decided=decided, decision_date=decided_on.isoformat(),
                                          decided_by="Chair", rationale="Qzrationale"))
            if decided in vocab.review_decisions():
                review = Review.start(case.id, decided, _uk(decided_on))
        for key in ("ofsted_notification", "panel_notification", "chair_decision",
                    "rapid_review"):
            roll = rng.random()
            if roll < 0.4:
                case.mark_deadline_done(key, (referred + timedelta(days=rng.randrange(0, 40)))
                                        .isoformat())
        vault.cases.save(case)
        if review is not None:
            started = date.fromisoformat(case.decision.decision_date)
            for r in range(rng.randrange(0, 3)):
                rec = review.add("recommendations", {
                    "source": "Overview report", "text": f"Qzrec {r}",
                    "themes": ",".join(rng.sample(themes, rng.randrange(0, 3)))})
                for _a in range(rng.randrange(0, 3)):
                    due = started + timedelta(days=rng.randrange(-30, 500))
                    closed = (_uk(due + timedelta(days=rng.randrange(-20, 20)))
                              if rng.random() < 0.3 else "")
                    review.add_action(rec, {"action": "Qzaction", "owner_agency":
                                            rng.choice(OWNERS), "due_on": _uk(due),
                                            "progress": rng.choice(list(vocab.choices(
                                                "progress"))), "closed_on": closed})
            if rng.random() < 0.5:
                signed = started + timedelta(days=rng.randrange(60, 400))
                review.set_publication({"board_signoff_on": _uk(signed)})
                if rng.random() < 0.6:
                    review.set_publication({"published_on": _uk(
                        signed + timedelta(days=rng.randrange(0, 60)))})
            vault.reviews.save(review, case_ref=case.reference)
        trashed = rng.random() < 0.05
        if trashed:
            vault.cases.delete(case.id)
        out.cases.append((case, review, trashed))
    return out


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Generated]]:
    path: Path = tmp_path_factory.mktemp("stats") / "v.scrvault"
    vault = Vault.create(path, PASS)
    try:
        yield vault, _generate(vault)
    finally:
        vault.close()


def _in(p: Period, iso: str | None) -> bool:
    return bool(iso) and p.contains(date.fromisoformat(str(iso)))


def _iso(uk: str) -> str | None:
    if not uk:
        return None
    d, m, y = (int(x) for x in uk.split("/"))
    return date(y, m, d).isoformat()


def _live(g: Generated) -> list[tuple[Case, Review | None]]:
    return [(c, r) for c, r, trashed in g.cases if not trashed]


@pytest.mark.parametrize("period", PERIODS, ids=[p.label for p in PERIODS])
def test_every_figure_matches_an_independent_count(stored: tuple[Vault, Generated],
                                                    period: Period) -> None:
    vault, g = stored
    stats = vault.stats.figures(period, TODAY)
    live = _live(g)

    referrals = Counter(load_framework(c.framework).title for c, _ in live
                        if _in(period, _iso(str(c.get("referral_date")))))
    assert dict((label, n[0]) for label, n in stats.table("referrals").rows) == referrals

    decisions = Counter(
        f"{load_framework(c.framework).decision_label(c.decision.decided)} "
        f"({load_framework(c.framework).title})"
        for c, _ in live if _in(period, c.decision.decision_date))
    assert dict((label, n[0]) for label, n in stats.table("decisions").rows) == decisions

    notif_keys = timeliness_groups()["notification"]["keys"]
    notified = sum(1 for c, _ in live for k, on in c.deadlines_done.items()
                   if k in notif_keys and _in(period, on)
                   and k in {d.key for d in assess_with_review(c, None).deadlines})
    assert stats.table("notifications").total() == notified

    reviews = dict((label, n[0]) for label, n in stats.table("reviews").rows)
    assert reviews["Reviews opened"] == sum(1 for _, r in live if r and _in(
        period, _iso(r.started_on)))
    assert reviews["Reviews completed (board sign-off)"] == sum(
        1 for _, r in live if r and _in(period, _iso(str(r.publication["board_signoff_on"]))))
    assert reviews["Reviews published"] == sum(
        1 for _, r in live if r and _in(period, _iso(str(r.publication["published_on"]))))

    for (label, counts), group in zip(stats.table("timeliness").rows,
                                      timeliness_groups().values(), strict=True):
        expected = Counter()
        for c, r in live:
            for s in deadline_states(assess_with_review(c, r), done_with_review(c, r), TODAY):
                if s.key not in group["keys"] or not period.contains(s.due):
                    continue
                if s.done_on is not None:
                    expected["on time" if s.done_on <= s.due else "late"] += 1
                else:
                    expected["missed" if s.due < TODAY else "open"] += 1
        assert label == group["label"]
        assert counts == (expected["on time"], expected["late"], expected["missed"],
                          expected["open"]), label

    themes = Counter()
    recs = Counter()
    for c, r in live:
        if not _in(period, _iso(str(c.get("referral_date")))):
            continue
        themes.update(c.themes)
        for rec in (r.records("recommendations") if r else []):
            recs.update(t for t in rec["themes"].split(",") if t)
    shown = {label: counts for label, counts in stats.table("themes").rows}
    labels = starting_themes()
    assert shown == {labels[t]: (themes[t], recs[t]) for t in set(themes) | set(recs)}


def test_actions_by_owner_and_state_as_of_today(stored: tuple[Vault, Generated]) -> None:
    vault, g = stored
    table = vault.stats.figures(calendar_year(2025), TODAY).table("actions")
    expected: dict[str, Counter[str]] = {}
    for _c, r in _live(g):
        for _rec, action in (r.actions() if r else []):
            owner = action["owner_agency"] or "No owner recorded"
            due = _iso(action["due_on"])
            if action["closed_on"] or action["progress"] == "complete":
                state = "complete"
            elif due and date.fromisoformat(due) < TODAY:
                state = "overdue"
            elif action["progress"] in ("at_risk", "on_track"):
                state = action["progress"]
            else:
                state = "not_started"
            expected.setdefault(owner, Counter())[state] += 1
    states = ("complete", "overdue", "at_risk", "on_track", "not_started")
    assert {label: counts for label, counts in table.rows} == {
        owner: tuple(c[s] for s in states) for owner, c in expected.items()}
    assert sum(sum(c) for _, c in table.rows) >= 10


def test_the_generated_vault_exercises_every_table(stored: tuple[Vault, Generated]) -> None:
    vault, _ = stored
    stats = vault.stats.figures(calendar_year(2024), TODAY)
    for key in ("referrals", "decisions", "notifications", "reviews", "themes"):
        assert stats.table(key).total() > 3, key
    timeliness = stats.table("timeliness")
    for column in range(3):
        assert timeliness.total(column) > 0, timeliness.columns[column]
    later = vault.stats.figures(financial_year(2025), TODAY).table("timeliness")
    assert later.total(3) > 0, "not yet due"


def test_the_board_adds_its_own_themes_once(stored: tuple[Vault, Generated]) -> None:
    vault, _ = stored
    tid = vault.stats.add_theme("  Qzcounty   lines ")
    assert vault.stats.themes()[tid] == "Qzcounty lines"
    for bad, why in (("qzcounty LINES", "already a theme"), ("Neglect", "already a theme"),
                     ("   ", "Type the theme"), ("x" * 81, "at most 80")):
        with pytest.raises(ThemeError, match=why):
            vault.stats.add_theme(bad)
    assert any(e.action == "add learning theme" for e in vault.audit.entries())


def test_the_upgrade_fills_the_statistics_of_an_existing_vault(tmp_path: Path) -> None:
    from schemahelpers import downgrade

    from scr_desktop.storage.migrations import CURRENT_VERSION

    path = tmp_path / "old.scrvault"
    with Vault.create(path, PASS) as v:
        generated = _generate(v, 30)
        expected = v.stats.figures(calendar_year(2024), TODAY)
    with Vault.open(path, PASS) as v, v.database.transaction() as conn:
        downgrade(conn, 7)
    with Vault.open(path, PASS) as v:
        assert v.schema_version == CURRENT_VERSION
        assert v.stats.figures(calendar_year(2024), TODAY) == expected
        assert v.stats.figures(calendar_year(2024), TODAY).table("referrals").total() == sum(
            1 for c, _r, trashed in generated.cases if not trashed
            and _in(calendar_year(2024), _iso(str(c.get("referral_date")))))
