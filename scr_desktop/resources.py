"""One way to reach files under ``resources/``, from source, a wheel or a frozen build.

Only relative paths inside the resources folder are accepted: absolute paths
and ``..`` components are refused so that no caller can be steered elsewhere.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath


def resources_root() -> Path:
    """Return the folder that holds the application's resources."""
    frozen = getattr(sys, "_MEIPASS", None)
    here = Path(__file__).resolve().parent
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "resources")
    candidates += [here / "_resources", here.parent / "resources"]
    for c in candidates:
        if c.is_dir():
            return c
    raise FileNotFoundError("the application's resources folder is missing")


def resource_path(relative: str) -> Path:
    """Return the path of ``relative`` (a '/'-separated path) inside the resources folder."""
    rel = PurePosixPath(relative)
    if rel.is_absolute() or ".." in rel.parts or not rel.parts:
        raise ValueError(f"not a resource path: {relative!r}")
    return resources_root().joinpath(*rel.parts)
