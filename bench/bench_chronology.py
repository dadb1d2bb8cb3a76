"""Benchmark: a chronology of 5,000 entries imported from a spreadsheet, and shown.

DESIGN 5 bars: import of 5,000 rows <= 2 s (with progress), shown <= 0.05 s.
Import is measured from the file on disk to the entries committed in the
vault, for an .xlsx, a password-protected .xlsx and a .csv: read (and
decrypt) in memory, map, convert every row, then one audited transaction.
Floors, measured in the same run: calamine's bare read of the same
workbook, and a bare ``executemany`` of 5,000 rows into the same table.
"Shown" is the real table page's model and view offscreen: the count, the
first page of rows and a paint of the visible cells, after a filter change
(agency) as well; its floor is one indexed page of 50 rows.
Run: ``.venv/bin/python bench/bench_chronology.py``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "helpers"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROWS = 5000
BAR_IMPORT = 2.0
BAR_SHOW = 0.05
PASS = "bench chronology vault 31"


def median(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    from chronofiles import FILE_PASSWORD, HEADINGS, many_rows, write_xlsx

    from scr_desktop.domain.chronology.columns import guess_mapping, mapping_headings
    from scr_desktop.domain.chronology.importing import convert_rows
    from scr_desktop.export.chronology_reader import read_file
    from scr_desktop.storage.chronology import ChronologyFilter
    from scr_desktop.storage.vault import Vault

    tmp = Path(tempfile.mkdtemp(prefix="scr-bench-chrono-"))
    rows = many_rows(ROWS, people="Child; Mother")
    plain = write_xlsx(tmp / "plain.xlsx", rows)
    locked = write_xlsx(tmp / "locked.xlsx", rows, password=FILE_PASSWORD)
    csv_path = tmp / "rows.csv"
    csv_path.write_text("\n".join([",".join(HEADINGS)] + [
        ",".join(f'"{c:%d/%m/%Y}"' if hasattr(c, "strftime") else f'"{c}"' for c in r)
        for r in rows]), encoding="utf-8")
    vault = Vault.create(tmp / "v.scrvault", PASS)
    case_no = iter(range(1000))

    def import_file(path: Path, password: str = "") -> None:
        table = read_file(path, password)
        mapping = guess_mapping(table.headers)
        result = convert_rows(table.headers, table.rows, mapping, "Police",
                              progress=lambda _d, _t: None)
        assert result.ok and len(result.entries) == ROWS
        vault.chronology.import_entries(f"case-{next(case_no)}", "Police", result.entries,
                                        mapping_headings(table.headers, mapping))

    def calamine_floor() -> None:
        import io

        import python_calamine

        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(plain.read_bytes()))
        book.get_sheet_by_index(0).to_python()

    def insert_floor() -> None:
        n = next(case_no)
        with vault.database.transaction() as conn:
            conn.executemany(
                "INSERT INTO chronology(id, case_id, sort_key, agency, event, updated_at)"
                " VALUES (?, ?, '2020-01-01', 'x', 'y', '')",
                [(f"f{n}-{i}", f"floor-{n}") for i in range(ROWS)])

    import_file(plain)  # warm the imports
    figures = [
        ("import 5,000 rows, .xlsx", median(lambda: import_file(plain), 3)),
        ("import 5,000 rows, password-protected .xlsx",
         median(lambda: import_file(locked, FILE_PASSWORD), 3)),
        ("import 5,000 rows, .csv", median(lambda: import_file(csv_path), 3)),
    ]
    floor_read = median(calamine_floor, 3)
    floor_insert = median(insert_floor, 3)
    print(f"floors: calamine read {floor_read * 1000:.0f} ms; bare insert of {ROWS} rows "
          f"{floor_insert * 1000:.0f} ms")
    for name, t in figures:
        print(f"{name:48s} {t * 1000:7.0f} ms  floor {(floor_read + floor_insert) * 1000:5.0f} ms"
              f"  ratio {t / (floor_read + floor_insert):4.1f}  bar {BAR_IMPORT * 1000:.0f} ms"
              f"  {'within' if t <= BAR_IMPORT else 'OVER'}")

    from PySide6.QtWidgets import QApplication, QTableView

    from scr_desktop.gui.chronology.model import ChronologyModel

    app = QApplication.instance() or QApplication([])
    case_id = "case-1"
    view = QTableView()
    view.resize(1200, 700)
    view.show()

    def show(filt: ChronologyFilter) -> None:
        model = ChronologyModel(lambda: vault.chronology, case_id)
        model.set_filter(filt)
        view.setModel(model)
        view.viewport().repaint()
        app.processEvents()

    floor_page = median(lambda: vault.chronology.page(case_id, offset=0, limit=50), 20)
    shown = median(lambda: show(ChronologyFilter()), 10)
    shown_agency = median(lambda: show(ChronologyFilter(agencies=("Police",), key_only=True)),
                          10)
    for name, t in (("table of 5,000 entries shown", shown),
                    ("shown filtered (agency, key episodes)", shown_agency)):
        print(f"{name:48s} {t * 1000:7.1f} ms  floor {floor_page * 1000:5.2f} ms"
              f"  bar {BAR_SHOW * 1000:.0f} ms  {'within' if t <= BAR_SHOW else 'OVER'}")
    view.close()
    vault.close()


if __name__ == "__main__":
    main()
