"""Write ``resources/calendar/bank_holidays.json`` from the ``holidays`` package.

The working-day calendar (:mod:`scr_desktop.domain.timescales`) reads the
England and Wales bank holidays from this file: importing ``holidays`` loads
every country's calendar (about 400 modules and 17 MB) to answer for one.
The file says which version of ``holidays`` it was made from; when another
version is installed the application asks the package itself instead, and
a test fails until the file is made again with this script.

Run: ``.venv/bin/python scripts/bank_holidays.py``.
"""

from __future__ import annotations

import json
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    """Write the file."""
    from scr_desktop.domain.timescales import FIRST_DAY, LAST_DAY, package_table

    years = {str(y): {d.isoformat(): name for d, name in sorted(package_table(y).items())}
             for y in range(FIRST_DAY.year, LAST_DAY.year + 1)}
    data = {"holidays_version": metadata.version("holidays"), "region": "GB-ENG",
            "years": years}
    target = ROOT / "resources" / "calendar" / "bank_holidays.json"
    target.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                      encoding="utf-8")
    print(f"wrote {target} ({sum(len(v) for v in years.values())} bank holidays)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
