"""Holding the vault's real copy part-way, for tests of what may happen while it runs,
and a vault big enough for its copy to take many steps.

``snapshot._on_step`` is called at every step of a copy; :class:`Held` makes the
first step wait on an event the test sets, so the test can use the vault while
the copy is known to be under way (a later copy passes straight on).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from scr_desktop.storage import snapshot
from scr_desktop.storage.vault import Vault

HOLD_LIMIT = 60  # seconds a held copy waits before it gives up (and the test fails)


class Held:
    """The copy's first step waits until ``go`` is set (a later copy passes straight on)."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.go = threading.Event()
        self.gave_up = False

    def hook(self) -> None:
        if self.started.is_set():
            return
        self.started.set()
        if not self.go.wait(HOLD_LIMIT):
            self.gave_up = True
            raise RuntimeError("the copy was held too long: the vault was waiting for it")


def hold_copy(monkeypatch: pytest.MonkeyPatch) -> Iterator[Held]:
    """Hold the next copy at its first step until the test sets ``go`` (for a fixture)."""
    gate = Held()
    monkeypatch.setattr(snapshot, "_on_step", gate.hook)
    yield gate
    gate.go.set()


def filled_vault(path: Path, passphrase: str, cases: int) -> list[str]:
    """Create a vault at ``path`` of ``cases`` named cases with long addresses (a copy of it
    takes many steps); return their ids in the order made."""
    ids = []
    with Vault.create(path, passphrase) as vault, vault.database.transaction():
        for i in range(cases):
            case = vault.cases.new_case()
            case.set("child_forenames", f"Name{i:03d}")
            case.set("child_address", f"filler {i} " * 200)
            vault.cases.save(case)
            ids.append(str(case.id))
    return ids
