"""``kill -9`` and a full disk: whatever happens, nothing committed is lost.

A child process autosaves in a loop and prints each counter only after the
save has committed; the parent kills it at a random moment.  The vault must
then open, pass SQLCipher's page check, and hold at least the last counter
printed.  A second child runs out of room (``RLIMIT_FSIZE``) and must get
:class:`DiskFull`, with every earlier save still there.
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

import pytest

from scr_desktop.storage.vault import Vault

PASS = "osprey tundra clarinet 12"
REPEATS = 20

AUTOSAVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from scr_desktop.storage.vault import Vault
    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
    case = vault.cases.get(sys.argv[3])
    counter = int(case.get("child_address") or 0)
    while True:
        counter += 1
        case.set("child_address", str(counter))
        case.set("case_outline", "note " * (counter % 50))
        vault.cases.save(case)
        if counter % 7 == 0:
            vault.cases.new_case()
        print(counter, flush=True)
""")


@pytest.mark.slow
def test_kill_9_during_autosave_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "v.scrvault"
    with Vault.create(path, PASS) as vault:
        case_id = vault.cases.new_case().id
    rng = random.Random(os.getpid())
    for _ in range(REPEATS):
        with subprocess.Popen([sys.executable, "-c", AUTOSAVER, str(path), PASS, case_id],
                              stdout=subprocess.PIPE, text=True) as child:
            assert child.stdout is not None
            last = 0
            for _ in range(rng.randint(1, 40)):
                line = child.stdout.readline()
                assert line, "the autosaving child stopped early"
                last = int(line)
            # Let the child run on into an arbitrary point of its next save.
            time.sleep(rng.uniform(0, 0.004))
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
            for line in child.stdout:
                last = max(last, int(line))
        with Vault.open(path, PASS) as vault:
            assert vault.integrity_check() == []
            stored = int(str(vault.cases.get(case_id).get("child_address")))
            assert stored >= last
            assert vault.audit.verify() is None
            # A new case follows every seventh save; a kill may fall between the two.
            assert 1 <= vault.cases.count() <= 1 + stored // 7
            assert vault.cases.count() == len(vault.audit.entries(action="create"))


FILLER = textwrap.dedent("""
    import resource, signal, sys
    from pathlib import Path
    from scr_desktop.storage.vault import Vault
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    path = Path(sys.argv[1])
    vault = Vault.open(path, sys.argv[2])
    case = vault.cases.get(sys.argv[3])
    sizes = [p.stat().st_size for p in (path, Path(str(path) + "-wal")) if p.exists()]
    limit = max(sizes) + 400_000
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    counter = 0
    try:
        while True:
            counter += 1
            case.set("child_address", str(counter))
            case.set("case_outline", f"{counter} " + "y" * 20_000)
            vault.cases.save(case)
            print(counter, flush=True)
    except Exception as exc:
        print("ERROR", type(exc).__name__, getattr(exc, "code", ""), flush=True)
    try:
        vault.close()
    except Exception as exc:
        print("CLOSE", type(exc).__name__, flush=True)
""")


def test_disk_full_is_reported_and_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "v.scrvault"
    with Vault.create(path, PASS) as vault:
        case_id = vault.cases.new_case().id
    result = subprocess.run([sys.executable, "-c", FILLER, str(path), PASS, case_id],
                            capture_output=True, text=True, timeout=120, check=False)
    lines = result.stdout.split("\n")
    errors = [ln for ln in lines if ln.startswith("ERROR")]
    assert errors == ["ERROR DiskFull disk_full"], result.stdout[-500:] + result.stderr[-2000:]
    committed = [int(ln) for ln in lines if ln.isdigit()]
    assert committed, "some saves should have fitted"
    with Vault.open(path, PASS) as vault:
        assert vault.integrity_check() == []
        stored = int(str(vault.cases.get(case_id).get("child_address")))
        assert stored >= committed[-1]
        assert vault.audit.verify() is None
        case = vault.cases.get(case_id)
        case.set("child_address", "after the disk was freed")
        vault.cases.save(case)
