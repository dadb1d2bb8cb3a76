"""Moving a vault's audit anchor (after every audited view of a case) reads the per-user
anchor file once and rewrites it whole, keeping every other vault's entry and the problems
kept for this one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scr_desktop.storage.anchor import Anchor, AnchorStore


class CountingStore(AnchorStore):
    """The real store, counting its reads of the file."""

    reads = 0

    def _load(self) -> dict[str, Any]:
        self.reads += 1
        return super()._load()


def test_moving_an_anchor_reads_the_file_once_and_keeps_everything_else(
        tmp_path: Path) -> None:
    store = CountingStore(tmp_path / "audit-anchors.json")
    others = [tmp_path / f"other-{i}.scrvault" for i in range(50)]
    for i, other in enumerate(others):
        store.put(other, Anchor(i + 1, f"{i:064x}"))
    vault = tmp_path / "vault.scrvault"
    store.put(vault, Anchor(1, "a" * 64), ["Entry 3 was removed."])

    store.reads = 0
    store.put(vault, Anchor(2, "b" * 64))
    assert store.reads == 1

    assert store.get(vault) == Anchor(2, "b" * 64)
    assert store.problems(vault) == ["Entry 3 was removed."]
    assert [store.get(o) for o in others] == [Anchor(i + 1, f"{i:064x}")
                                              for i in range(len(others))]
    raw = json.loads((tmp_path / "audit-anchors.json").read_text(encoding="utf-8"))
    assert raw["version"] == 1 and len(raw["vaults"]) == len(others) + 1
    assert not list(tmp_path.glob(".audit-anchors.json.*.tmp"))
