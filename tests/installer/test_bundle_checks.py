"""The release checks refuse what must never ship: GPL-only libraries, stdlib sqlite3, GTK, UPX."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

INSTALLER = Path(__file__).resolve().parents[2] / "installer"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"installer_{name}", INSTALLER / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


check_bundle = _load("check_bundle")
notices = _load("notices")


def _bundle(tmp_path: Path, *extra: str) -> Path:
    bundle = tmp_path / "scr-desktop"
    for rel in (*check_bundle.REQUIRED, "_internal/sqlcipher3/_sqlite3.cpython-311-x86_64.so",
                "_internal/PySide6/Qt/plugins/platforms/libqxcb.so", *extra):
        (bundle / rel).parent.mkdir(parents=True, exist_ok=True)
        (bundle / rel).write_bytes(b"\x7fELF")
    return bundle


def test_a_clean_folder_passes_apart_from_its_missing_executables(tmp_path: Path) -> None:
    found = check_bundle.problems(_bundle(tmp_path))
    assert found == ["missing executable scr-desktop", "missing executable scr-desktop-cli"]


@pytest.mark.parametrize("rel", [
    "_internal/libreadline.so.8",
    "_internal/python3.11/lib-dynload/_sqlite3.cpython-311-x86_64-linux-gnu.so",
    "_internal/_sqlite3.pyd",
    "_internal/libgtk-3.so.0",
    "_internal/libcairo.so.2",
    "_internal/PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "_internal/PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "_internal/PySide6/Qt/translations/qtbase_de.qm",
    "_internal/PySide6/opengl32sw.dll",
    "_internal/libQt6Network.so.6",
])
def test_each_excluded_file_is_refused(tmp_path: Path, rel: str) -> None:
    found = check_bundle.problems(_bundle(tmp_path, rel))
    assert any(rel in p for p in found), found


def test_a_upx_packed_binary_is_refused(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path)
    (bundle / "_internal" / "libpacked.so").write_bytes(b"\x7fELF" + b"\0" * 100 + b"UPX!")
    assert any("UPX" in p for p in check_bundle.problems(bundle))


def test_licence_gate_refuses_gpl_only_libraries_and_packages(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, "_internal/libreadline.so.8")
    groups = {
        "ok": notices.Origin("python", "pikepdf", "10", "MPL-2.0", [("LICENSE", "text")]),
        "qt": notices.Origin("python", "PySide6", "6", "LGPL-3.0-only OR GPL-3.0-only",
                             [("LGPL", "text")]),
        "gpl": notices.Origin("python", "gplthing", "1", "GPL-3.0-only", [("COPYING", "t")]),
        "bare": notices.Origin("debian", "libfoo1", "1", "MIT", []),
    }
    found = notices.licence_gate(groups, bundle, ["_internal/libmystery.so (from /x)"])
    assert any("GPL-only library bundled: _internal/libreadline.so.8" in p for p in found)
    assert any("gplthing" in p for p in found)
    assert any("no licence text found for libfoo1" in p for p in found)
    assert any("unknown origin" in p for p in found)
    assert not any("pikepdf" in p or "PySide6" in p for p in found)


def test_every_runtime_dependency_passes_the_licence_gate(tmp_path: Path) -> None:
    import importlib.metadata as md
    import re
    import tomllib

    project = tomllib.loads((INSTALLER.parent / "pyproject.toml").read_text(encoding="utf-8"))
    names = [re.split(r"[<>=!~\[ ;]", d, maxsplit=1)[0]
             for d in project["project"]["dependencies"]]
    assert "python-calamine" in names
    groups = {n: notices.python_origin(md.distribution(n)) for n in names}
    assert notices.licence_gate(groups, tmp_path, []) == []
    assert groups["python-calamine"].licence == "MIT"
