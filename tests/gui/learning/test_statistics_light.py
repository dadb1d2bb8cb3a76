"""Opening the statistics page loads neither reportlab nor the imaging library: its charts
are painted with Qt, and only exporting the annex needs the PDF layout.

A fresh process unlocks a vault with referrals, decisions and themes in the
current financial year, opens the statistics page from the menu and paints
every chart; then neither library is in ``sys.modules``.
"""

from __future__ import annotations

from pathlib import Path

from freshapp import run_fresh

CODE = """
from datetime import date
from PySide6.QtWidgets import QApplication
from scr_desktop.domain.model import Decision

today = date.today().strftime("%d/%m/%Y")
with Vault.create(path, PASS) as vault:
    for n in range(7):
        case = vault.cases.new_case()
        case.set("child_forenames", f"Ann{n}")
        case.set("referral_date", today)
        case.set("aware_date", today)
        case.set_themes(["neglect"] if n % 2 else ["neglect", "domestic_abuse"])
        if n < 4:
            case.decision = Decision(decided="scr", decision_date=date.today().isoformat())
        vault.cases.save(case)
window = open_window()
unlock(window)
before = {"reportlab", "PIL"} & {name.split(".")[0] for name in sys.modules}
window.statistics_action.trigger()
page = window.statistics
QApplication.sendPostedEvents()
page.form.content.grab()  # paint every chart
assert window.workspace.currentWidget() is page
drawn = sorted(key for key, box in page.boxes.items()
               if box.table.rowCount() and box.chart.isVisibleTo(page)
               and box.chart.height() > 40)
print("drawn", " ".join(drawn))
print("before", " ".join(sorted(before)))
print("after", " ".join(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_opening_the_statistics_page_loads_neither_reportlab_nor_pil(tmp_path: Path) -> None:
    out = run_fresh(CODE, tmp_path)
    lines = dict(line.split(" ", 1) if " " in line else (line, "")
                 for line in out.splitlines())
    # the page really counted and drew: referrals, decisions and themes at least
    assert {"referrals", "decisions", "themes"} <= set(lines["drawn"].split())
    assert lines["before"] == ""
    loaded = set(lines["after"].split())
    assert "sqlcipher3" in loaded and "PySide6" in loaded
    assert sorted(loaded & {"reportlab", "PIL"}) == []
