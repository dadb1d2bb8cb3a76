"""The key derivation at unlock runs with only what unlocking and the case list need loaded.

The passphrase slot's Argon2id takes 64 MiB for the moment it runs, on top
of everything the process holds by then, so it sets the application's peak
memory.  A fresh process shows the window, lets the warm-up that follows the
first paint run, and unlocks a vault: when the key is derived the case
list's modules are loaded (the list shows at once) but none of the other
pages' modules; those are imported once the list is shown.
"""

from __future__ import annotations

import json
from pathlib import Path

from freshapp import run_fresh

from scr_desktop.gui.workspace import PAGES_WARM_UP, WARM_UP

CODE = """
import json
from scr_desktop.storage import keyslots

with Vault.create(path, PASS) as vault:
    vault.cases.save(vault.cases.new_case())
window = open_window()
seen = {}
derive = keyslots._argon2


def counted(passphrase, salt):
    seen["at_derivation"] = sorted(sys.modules)
    return derive(passphrase, salt)


keyslots._argon2 = counted
pages = sys.argv[2].split(",")
unlock(window, also=lambda: all(name in sys.modules for name in pages))
seen["after_unlock"] = sorted(sys.modules)
print(json.dumps(seen))
"""


def test_the_key_is_derived_before_the_other_pages_modules_are_loaded(tmp_path: Path) -> None:
    out = run_fresh(CODE, tmp_path, ",".join(PAGES_WARM_UP))
    seen = json.loads(out.strip().splitlines()[-1])
    at_derivation = set(seen["at_derivation"])
    assert set(WARM_UP) <= at_derivation  # the list is ready to show at once
    assert sorted(set(PAGES_WARM_UP) & at_derivation) == []
    assert set(PAGES_WARM_UP) <= set(seen["after_unlock"])
