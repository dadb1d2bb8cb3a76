"""``kill -9`` while a vault keyed by its passphrase is converted to key slots: nothing is lost.

A vault from before key slots (a copy keyed by the passphrase, with no key
file) is opened in a child process, which converts it; the child is killed
at a random moment of the conversion (moments drawn from the seeded
``crash_rng``; ``SCR_CRASH_SEED`` repeats them).  Afterwards the passphrase
opens the vault (converting it if the child had not finished), every case is
there unchanged, every page and the audit chain are sound, the vault uses key
slots and no partial copy is left beside it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from scr_desktop.storage.copying import export_encrypted
from scr_desktop.storage.keyfile import exists as key_file_exists
from scr_desktop.storage.keyslots import uses_key_slots
from scr_desktop.storage.vault import Vault

PASS = "thimble orchard copper 48"
CASES = 250
REPEATS = 8

CONVERTER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from scr_desktop.storage import slot_migration
    real = slot_migration.convert

    def announcing(*args, **kwargs):
        print("converting", flush=True)
        result = real(*args, **kwargs)
        print("converted", flush=True)
        return result

    slot_migration.convert = announcing
    from scr_desktop.storage.vault import Vault
    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
    print("opened", flush=True)
    vault.close()
    print("closed", flush=True)
""")


def _legacy_vault(path: Path, tmp: Path) -> None:
    """Write a vault keyed by its passphrase, as versions before key slots did."""
    with Vault.create(tmp / "source.scrvault", PASS) as vault, vault.database.transaction():
        for i in range(CASES):
            case = vault.cases.new_case()
            case.set("child_forenames", f"Child {i}")
            case.set("case_outline", "Seen at the health centre and at school. " * 40)
            vault.cases.save(case)
    with Vault.open(tmp / "source.scrvault", PASS) as vault:
        export_encrypted(vault.database, path, PASS)
    assert not uses_key_slots(path) and not key_file_exists(path)


def _state(path: Path) -> dict[str, dict[str, Any]]:
    with Vault.open(path, PASS) as vault:
        assert vault.integrity_check() == []
        assert vault.audit.verify() is None
        cases = {s.id: vault.cases.get(s.id).to_dict() for s in vault.cases.list()}
    assert uses_key_slots(path)
    leftovers = [p.name for p in path.parent.iterdir() if ".converting" in p.name]
    assert leftovers == []
    return cases


def _run(path: Path, delay: float | None) -> tuple[list[str], float]:
    """Open ``path`` in a child; kill it ``delay`` s after the conversion starts."""
    lines: list[str] = []
    started = took = 0.0
    with subprocess.Popen([sys.executable, "-c", CONVERTER, str(path), PASS],
                          stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line.strip())
            if lines[-1] == "converting":
                started = time.monotonic()
                if delay is not None:
                    time.sleep(delay)
                    os.kill(child.pid, signal.SIGKILL)
                    break
            if lines[-1] == "converted":
                took = time.monotonic() - started
        child.wait(timeout=120)
        lines += [line.strip() for line in child.stdout]
    return lines, took


@pytest.mark.slow
def test_kill_9_during_the_conversion_to_key_slots_loses_nothing(
        tmp_path: Path, crash_rng: random.Random) -> None:
    pristine = tmp_path / "old.scrvault"
    _legacy_vault(pristine, tmp_path)
    reference = tmp_path / "reference" / "v.scrvault"
    reference.parent.mkdir()
    reference.write_bytes(pristine.read_bytes())
    lines, took = _run(reference, None)
    assert lines[-1] == "closed", lines
    expected = _state(reference)
    assert len(expected) == CASES
    for i in range(REPEATS):
        copy = tmp_path / f"run{i}" / "v.scrvault"
        copy.parent.mkdir()
        copy.write_bytes(pristine.read_bytes())
        _run(copy, crash_rng.uniform(0, took * 1.2))
        assert _state(copy) == expected
