"""The hidden ``scr-desktop selftest`` drives the real window and leaves a PDF real readers open."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scr_desktop.__main__ import main

pytestmark = pytest.mark.skipif(
    shutil.which("qpdf") is None or shutil.which("pdftotext") is None,
    reason="qpdf and poppler-utils are needed to open the exported PDF",
)


@pytest.fixture
def restored_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The self-test repoints the per-user folders; monkeypatch puts them back afterwards."""
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))


def test_selftest_creates_saves_reopens_exports_and_audits(
        qapp, tmp_path: Path, restored_env: None) -> None:
    folder = tmp_path / "selftest"

    assert main(["selftest", "--vault", str(folder)]) == 0

    report = json.loads((folder / "selftest.json").read_text(encoding="utf-8"))
    assert report["passed"] is True
    steps = [s["step"] for s in report["steps"] if s["ok"]]
    assert steps[:2] == ["window icon", "welcome window"]
    for step in ("vault created", "case saved", "vault reopened", "case reopened",
                 "pdf exported", "audit entry", "audit chain intact"):
        assert step in steps
    pdf, password = report["pdf"], report["password"]
    enc = subprocess.run(["qpdf", "--show-encryption", f"--password={password}", pdf],
                         capture_output=True, text=True, check=True).stdout
    assert "R = 6" in enc and "AESv3" in enc
    text = subprocess.run(["pdftotext", "-upw", password, pdf, "-"], capture_output=True,
                          text=True, check=True).stdout
    assert report["marker"] in text and report["reference"] in text
    assert b"Qzselftest" not in (folder / "vault.scrvault").read_bytes()


def test_selftest_refuses_a_folder_that_is_not_empty(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")

    assert main(["selftest", "--vault", str(tmp_path)]) == 2

    assert "is not empty" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_selftest_is_not_offered_in_the_help() -> None:
    out = subprocess.run([sys.executable, "-m", "scr_desktop", "help"], capture_output=True,
                         text=True, check=True).stdout
    assert "assess" in out and "selftest" not in out
