"""``kill -9`` and a full disk: whatever happens, nothing committed is lost.

A child process autosaves in a loop and prints each counter only after the
save has committed; the parent kills it at a random moment.  The vault must
then open, pass SQLCipher's page check, and hold at least the last counter
printed.  A second child runs out of room (``RLIMIT_FSIZE``) and must get
:class:`DiskFull`, with every earlier save still there.  The kill moments are
drawn from the seeded ``crash_rng`` (``SCR_CRASH_SEED`` repeats a run).
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
def test_kill_9_during_autosave_loses_nothing_committed(tmp_path: Path,
                                                       crash_rng: random.Random) -> None:
    path = tmp_path / "v.scrvault"
    with Vault.create(path, PASS) as vault:
        case_id = vault.cases.new_case().id
    rng = crash_rng
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


WRITER_THEN_WAIT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from scr_desktop.storage.vault import Vault
    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
    case = vault.cases.get(sys.argv[3])
    for i in range(1, 31):
        case.set("child_address", str(i))
        vault.cases.save(case)
    print("saved", flush=True)
    sys.stdin.readline()
""")


def _wal_pages(wal: Path) -> set[int]:
    """Return the page numbers that have frames in a WAL file (frame headers are plain)."""
    data = wal.read_bytes()
    page_size = int.from_bytes(data[8:12], "big")
    pages, offset = set(), 32
    while offset + 24 + page_size <= len(data):
        pages.add(int.from_bytes(data[offset:offset + 4], "big"))
        offset += 24 + page_size
    return pages


def test_a_torn_page_that_the_wal_still_covers_is_not_called_damage(tmp_path: Path) -> None:
    path = tmp_path / "v.scrvault"
    with Vault.create(path, PASS) as vault:
        case_id = vault.cases.new_case().id
        for _ in range(30):
            vault.cases.new_case()
    with subprocess.Popen([sys.executable, "-c", WRITER_THEN_WAIT, str(path), PASS, case_id],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "saved"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    wal = Path(str(path) + "-wal")
    pages_in_file = path.stat().st_size // 4096
    covered = sorted(p for p in _wal_pages(wal) if 1 < p <= pages_in_file)
    assert covered, "the WAL should hold newer copies of pages already in the file"
    with path.open("r+b") as fh:
        fh.seek((covered[0] - 1) * 4096 + 2048)
        fh.write(b"\x00" * 2048)
    with Vault.open(path, PASS) as vault:
        assert vault.integrity_check() == []
        assert vault.cases.get(case_id).get("child_address") == "30"
        assert vault.audit.verify() is None
