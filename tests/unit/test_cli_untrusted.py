"""``scr-desktop assess`` treats its input as untrusted: every bad input is one line, exit 2.

Each case runs the real command in a subprocess (with a timeout, so a hang
fails the test rather than stalling it) and must exit 2 with nothing on
standard output and exactly one line on standard error that names the key
(or the file) at fault, never a traceback, with control characters escaped.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
HUGE = "9" * 5000


def run(path: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "scr_desktop", "assess", path], input=stdin,
                          capture_output=True, cwd=REPO, check=False, timeout=60)


def assert_refused(result: subprocess.CompletedProcess[bytes], needle: str) -> str:
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2, err
    assert result.stdout == b""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert all(ch.isprintable() for ch in err[:-1]), err
    assert needle in err, err
    return err


def case_file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "case.json"
    path.write_text(text, encoding="utf-8")
    return str(path)


def base(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"framework": "wt2015-scr", "facts": {}, "questions": {},
                            "dates": {}, "decided": None}
    for dotted, value in changes.items():
        section, _, key = dotted.partition("__")
        if key:
            data[section][key] = value
        else:
            data[section] = value
    return data


BAD: list[tuple[str, dict[str, Any], str]] = [
    ("date before 1900", base(dates__aware="1899-12-31"), "dates.aware"),
    ("date after 2100", base(dates__referral="2101-01-01"), "dates.referral"),
    ("date far in the future", base(dates__decision="9999-12-31"), "dates.decision"),
    ("date without leading zeros", base(dates__aware="2026-1-5"), "dates.aware"),
    ("date with a time", base(dates__aware="2026-12-18T09:00"), "dates.aware"),
    ("date with a line break after it", base(dates__aware="2026-12-18\n"), "dates.aware"),
    ("date in other digits", base(dates__aware="\uff12\uff10\uff12\uff16-12-18"), "dates.aware"),
    ("date as a list", base(dates__aware=["2026-12-18"]), "dates.aware"),
    ("deadline past the calendar", base(dates__referral="2100-12-20"), "dates.referral"),
    ("deadline before the calendar", base(dates__publication="1900-01-05"),
     "dates.publication"),
    ("publication period past the calendar", base(dates__publication="2100-03-01"),
     "dates.publication"),
    ("deprivation of liberty under 16",
     base(facts={"custody": "dols_16_17", "age_years": 15}), "facts.custody"),
    ("deprivation of liberty at 0", base(facts={"custody": "dols_16_17", "age_years": 0}),
     "facts.custody"),
    ("age out of range", base(facts__age_years=19), "facts.age_years"),
    ("facts as text", base(facts="child_died"), "facts"),
    ("questions as a list", base(questions=["child_protection_plan"]), "questions"),
    ("question as a number", base(questions__range_of_agencies=1),
     "questions.range_of_agencies"),
    ("framework as null", base(framework=None), "framework"),
    ("decision as a list", base(decided=["scr"]), "decided"),
    ("decision of another framework", base(decided="local_cspr"), "decided"),
    ("unknown top-level key", {**base(), "notes": "x"}, "notes"),
    ("unknown fact", base(facts__child_dead=True), "facts.child_dead"),
    ("unknown date", base(dates__funeral="2026-12-18"), "dates.funeral"),
]


@pytest.mark.parametrize(("data", "key"), [(d, k) for _, d, k in BAD],
                         ids=[name for name, _, _ in BAD])
def test_bad_values_name_their_key(data: dict[str, Any], key: str, tmp_path: Path) -> None:
    assert_refused(run(case_file(tmp_path, json.dumps(data))), key)


@pytest.mark.parametrize(("where", "key"), [
    ('{"facts": {"age_years": %s}}', "facts.age_years"),
    ('{"facts": {"age_years": -%s}}', "facts.age_years"),
    ('{"facts": {"child_died": %s}}', "facts.child_died"),
    ('{"questions": {"child_protection_plan": %s}}', "questions.child_protection_plan"),
    ('{"decided": %s}', "decided"),
    ('{"dates": {"aware": %s}}', "dates.aware"),
    ('{"framework": %s}', "framework"),
])
def test_integers_of_any_length_name_their_key(where: str, key: str, tmp_path: Path) -> None:
    err = assert_refused(run(case_file(tmp_path, where % HUGE)), key)
    assert "5000 digits" in err and HUGE[:50] not in err


def test_a_big_but_ordinary_integer_is_out_of_range(tmp_path: Path) -> None:
    err = assert_refused(run(case_file(tmp_path, '{"facts": {"age_years": %s}}' % ("9" * 25))),
                         "facts.age_years")
    assert "out of range" in err


def test_control_characters_in_keys_are_escaped(tmp_path: Path) -> None:
    text = '{"facts": {"child\\u001b[2J\\u0007died\\u2028\\ud800": true}}'
    err = assert_refused(run(case_file(tmp_path, text)), "facts.child")
    assert "\\x1b[2J\\x07died\\u2028\\ud800" in err
    assert "\x1b" not in err and "\x07" not in err


def test_a_key_given_twice_is_refused(tmp_path: Path) -> None:
    text = '{"facts": {"child_died": true, "child_died": false}}'
    assert_refused(run(case_file(tmp_path, text)), "child_died")


def test_invalid_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_bytes(b'{"facts": {"child_died": true, "x": "\xc3\x28"}}')
    assert_refused(run(str(path)), "not UTF-8")


def test_a_file_over_1_mb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_bytes(b"{" + b" " * (1024 * 1024) + b"}")
    assert_refused(run(str(path)), "larger than 1 MB")


def test_standard_input_over_1_mb_is_refused() -> None:
    assert_refused(run("-", stdin=b" " * (1024 * 1024 + 10) + b"{}"), "larger than 1 MB")


def test_a_file_of_exactly_1_mb_is_read(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_bytes(b"{}" + b" " * (1024 * 1024 - 2))
    result = run(str(path))
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused_without_reading(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist here")
    assert_refused(run(device), "not a regular file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_fifo_with_no_writer_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "case.json"
    os.mkfifo(fifo)
    assert_refused(run(str(fifo)), "not a regular file")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    assert_refused(run(str(tmp_path)), "folder")
