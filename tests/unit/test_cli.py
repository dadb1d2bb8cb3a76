"""The headless command line: success output, and one clear line for every kind of bad input.

Bad input must give exit status 2, nothing on standard output, exactly one
line on standard error naming the offending key, and never a traceback.
The real command is run in a subprocess, as a user or a script would.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scr_desktop import cli

REPO = Path(__file__).resolve().parents[2]
GOOD: dict[str, Any] = {
    "framework": "wt2015-scr",
    "facts": {"abuse_or_neglect": "suspected", "child_died": True},
    "questions": {"child_protection_plan": True},
    "dates": {"aware": "2026-12-18", "referral": "2026-12-21", "decision": None,
              "publication": None},
    "decided": None,
}


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scr_desktop", *args], input=stdin,
                          capture_output=True, text=True, cwd=REPO, check=False)


def with_(**changes: Any) -> dict[str, Any]:
    data = json.loads(json.dumps(GOOD))
    for dotted, value in changes.items():
        target = data
        *parents, last = dotted.split("__")
        for p in parents:
            target = target[p]
        target[last] = value
    return data


def test_design_example_succeeds(tmp_path: Path) -> None:
    case = tmp_path / "case.json"
    case.write_text(json.dumps(GOOD), encoding="utf-8")
    result = run("assess", str(case))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "framework": "wt2015-scr", "notifiable": True, "notifiable_criteria": ["N1"],
        "level": "must", "criteria_met": ["reg5_2_b_i"], "helper_questions_yes": 1,
        "other_processes": ["child_death_review"],
        "deadlines": {"ofsted_notification": "2026-12-29", "subgroup_meeting": "2027-01-11",
                      "chair_decision": "2027-01-21"}}


def test_standard_input_and_missing_sections_use_defaults() -> None:
    result = run("assess", "-", stdin="{}")
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["framework"] == "wt2015-scr"
    assert output["level"] == "not_met"
    assert output["deadlines"] == {}


def test_installed_entry_point_runs_assess(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("scr-desktop")
    if not script.exists():
        pytest.skip("the scr-desktop script is not installed in this environment")
    case = tmp_path / "case.json"
    case.write_text(json.dumps(GOOD), encoding="utf-8")
    result = subprocess.run([str(script), "assess", str(case)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["level"] == "must"


BAD_INPUTS = [
    ("unknown top-level key", {**GOOD, "title": "x"}, "title"),
    ("unknown fact", with_(facts__childs_died=True), "facts.childs_died"),
    ("bool fact given as text", with_(facts__child_died="yes"), "facts.child_died"),
    ("bool fact given as number", with_(facts__child_died=1), "facts.child_died"),
    ("bool fact null", with_(facts__looked_after=None), "facts.looked_after"),
    ("choice not allowed", with_(facts__abuse_or_neglect="maybe"), "facts.abuse_or_neglect"),
    ("custody not allowed", with_(facts__custody="prison"), "facts.custody"),
    ("age as text", with_(facts__age_years="ten"), "facts.age_years"),
    ("age negative", with_(facts__age_years=-1), "facts.age_years"),
    ("age fractional", with_(facts__age_years=16.5), "facts.age_years"),
    ("age too old for a child", with_(facts__age_years=40), "facts.age_years"),
    ("age as boolean", with_(facts__age_years=True), "facts.age_years"),
    ("facts not an object", with_(facts=["child_died"]), "facts"),
    ("unknown question", with_(questions__is_sad=True), "questions.is_sad"),
    ("question not boolean", with_(questions__child_protection_plan="y"),
     "questions.child_protection_plan"),
    ("date in UK form", with_(dates__aware="18/12/2026"), "dates.aware"),
    ("impossible date", with_(dates__referral="2027-02-29"), "dates.referral"),
    ("date as number", with_(dates__decision=20270115), "dates.decision"),
    ("unknown date key", with_(dates__birthday="2020-01-01"), "dates.birthday"),
    ("dates not an object", with_(dates="2026-12-18"), "dates"),
    ("unknown framework", with_(framework="wt2099-scr"), "framework"),
    ("framework not text", with_(framework=2015), "framework"),
    ("unknown decision", with_(decided="maybe"), "decided"),
    ("decision not text", with_(decided=True), "decided"),
    ("top level not an object", ["facts"], "top level"),
    ("value holding a line break", with_(facts__child_died="yes\nno"), "facts.child_died"),
    ("key holding a line break", with_(facts={"child\ndied": True}), "facts.child"),
]


def assert_one_clean_line(result: subprocess.CompletedProcess[str], needle: str) -> None:
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.endswith("\n")
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert needle in result.stderr


@pytest.mark.parametrize(("data", "key"), [(d, k) for _, d, k in BAD_INPUTS],
                         ids=[name for name, _, _ in BAD_INPUTS])
def test_bad_input_is_one_line_naming_the_key(data: Any, key: str, tmp_path: Path) -> None:
    case = tmp_path / "case.json"
    case.write_text(json.dumps(data), encoding="utf-8")
    assert_one_clean_line(run("assess", str(case)), key)


@pytest.mark.parametrize(("content", "needle"), [
    ('{"facts": {', "not valid JSON"),
    ("", "not valid JSON"),
    ("{'facts': {}}", "not valid JSON"),
    (b"\xff\xfe{}", "not UTF-8"),
])
def test_unreadable_json_is_one_line(content: str | bytes, needle: str,
                                     tmp_path: Path) -> None:
    case = tmp_path / "case.json"
    if isinstance(content, bytes):
        case.write_bytes(content)
    else:
        case.write_text(content, encoding="utf-8")
    result = run("assess", str(case))
    assert_one_clean_line(result, needle)
    assert "case.json" in result.stderr


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    result = run("assess", str(tmp_path / "nowhere.json"))
    assert_one_clean_line(result, "nowhere.json")
    assert "no such file" in result.stderr


def test_folder_instead_of_file_is_one_line(tmp_path: Path) -> None:
    assert_one_clean_line(run("assess", str(tmp_path)), "folder")


@pytest.mark.parametrize("args", [["assess"], ["assess", "a.json", "b.json"],
                                  ["nonsense-command"]])
def test_bad_command_lines_are_one_line(args: list[str]) -> None:
    assert_one_clean_line(run(*args), args[0])


def call(args: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(args, stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()


def test_frameworks_command_lists_each_framework() -> None:
    code, out, _ = call(["frameworks"])
    assert code == 0
    ids = [line.split("\t")[0] for line in out.splitlines()]
    assert ids == ["wt2010-scr", "wt2015-scr", "wt2023-cspr"]


def test_help_and_no_command() -> None:
    assert call(["help"])[0] == 0
    assert "assess" in call(["help"])[1]
    assert call([])[0] == 2


def test_unexpected_failure_is_reported_without_traceback(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    def broken(data: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "assess", broken)
    code, out, err = call(["assess", "-"], stdin="{}")
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and "RuntimeError" in err and "Traceback" not in err


# A deadline beyond the calendar is bad input: exit 2, one line naming the date.

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
