"""Unlocking loads none of the heavy libraries: they are imported when first needed.

The PDF layout (reportlab and the imaging library), PDF encryption
(pikepdf), spreadsheets (openpyxl, calamine), Word files and the bank
holiday package each cost start-up time and memory held for the life of
the process.  A fresh process shows the window, runs the warm-up that
follows the first paint, unlocks a vault and shows the case list: none of
them is loaded by then.
"""

from __future__ import annotations

from pathlib import Path

from freshapp import run_fresh

HEAVY = ("reportlab", "PIL", "pikepdf", "openpyxl", "python_calamine", "docx", "holidays",
         "msoffcrypto")

CODE = """
with Vault.create(path, PASS) as vault:
    case = vault.cases.new_case()
    case.set("child_forenames", "Ann")
    case.set("aware_date", "01/10/2026")
    vault.cases.save(case)
window = open_window()
unlock(window)
assert window.list_page.model.rowCount() == 1
print(" ".join(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_unlocking_to_the_case_list_loads_no_heavy_library(tmp_path: Path) -> None:
    loaded = set(run_fresh(CODE, tmp_path).split())
    assert "sqlcipher3" in loaded  # the vault really was opened
    assert sorted(loaded & set(HEAVY)) == []
