"""A start date so late (or early) that a deadline falls outside the calendar is bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scr_desktop.domain.assessment import AssessmentInputError, assess


@pytest.mark.parametrize(("event", "value"), [
    ("publication", "9999-12-31"),
    ("publication", "0001-01-01"),
    ("referral", "9999-12-15"),
    ("decision", "9999-12-28"),
])
def test_a_deadline_beyond_the_calendar_names_its_start_date(event: str, value: str) -> None:
    with pytest.raises(AssessmentInputError) as caught:
        assess({"framework": "wt2015-scr", "dates": {event: value}, "decided": "scr"})
    assert caught.value.key == f"dates.{event}"


def test_the_headless_command_exits_2_naming_the_date(tmp_path: Path) -> None:
    source = tmp_path / "case.json"
    source.write_text(json.dumps({"framework": "wt2015-scr",
                                  "dates": {"publication": "9999-12-31"}}), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "scr_desktop", "assess", str(source)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert "dates.publication" in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
