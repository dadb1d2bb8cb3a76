"""Every worked case in tests/data/scenarios goes through the real command line and must match.

Each scenario file holds the input of ``scr-desktop assess`` and the exact
JSON it must print (DESIGN 3.4); the whole output is compared, as parsed
JSON, after running ``python -m scr_desktop assess`` in a subprocess.  A
scenario of bad input expects an ``exit_code`` and the ``error_key`` its
one-line message must name, with nothing on standard output.  The cases are
kept in the project, so a clone on its own runs them; a failure names the
scenario file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scr_desktop.domain.assessment import AssessmentInputError, assess

REPO = Path(__file__).resolve().parents[2]
SCENARIOS = REPO / "tests" / "data" / "scenarios"
FILES = sorted(SCENARIOS.glob("*.json"))


def test_scenarios_are_present() -> None:
    assert FILES, f"no scenario files found in {SCENARIOS}"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_cli_output_matches_scenario(path: Path, tmp_path: Path) -> None:
    scenario = json.loads(path.read_text(encoding="utf-8"))
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(scenario["input"]), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "scr_desktop", "assess", str(case_file)],
                         capture_output=True, text=True, cwd=REPO, check=False)
    expected = scenario["expected"]
    if "exit_code" in expected:
        assert run.returncode == expected["exit_code"], f"{path.name}: {run.stderr}"
        assert run.stdout == "", f"{path.name}: {run.stdout}"
        lines = run.stderr.splitlines()
        assert len(lines) == 1 and f"{expected['error_key']}:" in lines[0], \
            f"{path.name}: {run.stderr}"
        return
    assert run.returncode == 0, f"{path.name}: {run.stderr}"
    assert run.stderr == "", f"{path.name}: {run.stderr}"
    assert json.loads(run.stdout) == expected, f"{path.name}: output differs"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_python_api_agrees_with_scenario(path: Path) -> None:
    scenario = json.loads(path.read_text(encoding="utf-8"))
    if "exit_code" in scenario["expected"]:
        with pytest.raises(AssessmentInputError) as info:
            assess(scenario["input"])
        assert info.value.key == scenario["expected"]["error_key"], path.name
        return
    assert assess(scenario["input"]) == scenario["expected"], f"{path.name}: result differs"


def test_the_cspr_scenarios_are_present_byte_for_byte_as_published() -> None:
    assert len([p for p in FILES if p.name.startswith("c")]) == 6
