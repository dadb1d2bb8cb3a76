"""Drive the real application offscreen and save a screenshot of every screen.

Usage: ``.venv/bin/python scripts/screenshots.py [OUTPUT_FOLDER]`` (default
``artifacts/screens``).  A throw-away vault is made in a temporary folder
and filled with an invented case; nothing real is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

PASSPHRASE = "granite lantern orchard velvet"


def wait_until(app: QApplication, condition, timeout_ms: int = 20000) -> None:  # type: ignore[no-untyped-def]
    """Process events until ``condition()`` holds."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.start(timeout_ms)

    def check() -> None:
        if condition() or not deadline.isActive():
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    if not condition():
        raise TimeoutError("the application did not get there in time")


def shot(widget: QWidget, out: Path, name: str) -> None:
    """Save ``widget`` as ``name``.png."""
    QApplication.processEvents()
    widget.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def main() -> int:
    """Take the screenshots."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "artifacts" / "screens")
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="scr-shots-"))
    os.environ["XDG_STATE_HOME"] = str(tmp / "state")
    from scr_desktop.gui.app import make_application
    from scr_desktop.gui.main_window import MainWindow
    from scr_desktop.gui.messages import Messages
    from scr_desktop.storage.attempts import AttemptLimiter

    app = make_application([])
    Messages.testing = True
    w = MainWindow(tmp / "vault.scrvault", limiter=AttemptLimiter(tmp / "attempts.json"))
    w.resize(1280, 800)
    w.show()
    shot(w, out, "01-welcome")
    w.lock_screen.welcome.create_button.click()
    page = w.lock_screen.create_page
    page.passphrase.setText("password1")
    shot(w, out, "02-create-weak")
    page.passphrase.setText(PASSPHRASE)
    page.confirm.setText(PASSPHRASE)
    shot(w, out, "03-create-strong")
    page.create_button.click()
    wait_until(app, lambda: not w.is_locked())  # type: ignore[arg-type]
    from scr_desktop.domain.model import Case

    sample = Case.from_dict({"id": "x", "form": {
        "referrer_name": "Alex Morgan", "referrer_agency": "Hackney Children's Social Care",
        "referrer_role": "Team manager", "referral_date": "20/11/2026",
        "discussed_with_designated": "Yes", "case_outline": "Infant admitted with a head "
        "injury; siblings known to services.", "status_cp_plan_current": True,
        "incident_date": "09/11/2026", "aware_date": "10/11/2026",
        "child_last_names": "Łukasiewicz-Nguyễn", "child_forenames": "Zoë",
        "child_dob": "03/04/2025", "child_gender": "Female",
        "child_ethnicity": "Mixed or multiple ethnic groups: White and Asian",
        "child_address": "12 Example Road\nLondon E8 1AA",
        "siblings": [{"name": "Антон Łukasiewicz", "dob": "01/01/2019"}],
    }})
    for _ in range(3):
        case = w.vault.cases.new_case()
        case.form.update(sample.form)
        w.vault.cases.save(case)
    w.list_page.refresh()
    shot(w, out, "04-case-list")
    w.list_page.table.selectRow(0)
    w.list_page.open_button.click()
    editor = w.editor
    assert editor is not None
    for i in range(editor.stack.count()):
        editor.go(i)
        title = editor.steps.item(i).text().strip("\u2713\u26a0 ").split()[0:3]
        shot(w, out, f"05-step-{i:02d}-" + "-".join(t.strip(".").lower() for t in title))
    # A CSPR case decided as a local review: the rapid review step and every review page,
    # at the smallest screen the design supports.
    w.resize(1366, 768)
    from scr_desktop.domain.model import Decision
    from scr_desktop.domain.review.model import Review

    cspr = w.vault.cases.new_case()
    cspr.form.update(sample.form)
    cspr.framework = "wt2023-cspr"
    cspr.facts.update({"abuse_or_neglect": "suspected", "seriously_harmed": True,
                       "improvements_needed": True})
    cspr.decision = Decision(decided="local_cspr", decision_date="2026-12-04",
                             decided_by="Safeguarding partners",
                             rationale="Learning for every agency.")
    w.vault.cases.save(cspr)
    review = Review.start(cspr.id, "local_cspr", "04/12/2026")
    review.add("agencies", {"agency": "Hackney Children's Social Care",
                            "requested_on": "07/12/2026"})
    rec = review.add("recommendations", {"source": "Overview report",
                                         "text": "Share records at the first referral."})
    review.add_action(rec, {"action": "Train reception staff", "owner_agency": "Health",
                            "due_on": "01/02/2027"})
    w.vault.reviews.save(review, case_ref=cspr.reference)
    w.open_case(cspr.id)
    editor = w.editor
    assert editor is not None
    for i in range(editor.stack.count()):
        editor.go(i)
        title = editor.steps.item(i).text().strip("\u2713\u26a0 ").replace(":", "").split()[0:4]
        shot(w, out, f"07-cspr-{i:02d}-" + "-".join(t.strip(".").lower() for t in title))
    w.show_meetings()
    w.meetings.new_meeting()
    if w.meetings.editor is not None:
        planner = w.meetings.editor.planner
        planner.kind.setCurrentIndex(planner.kind.findData("rapid_review"))
        for tab in range(w.meetings.editor.tabs.count()):
            w.meetings.editor.tabs.setCurrentIndex(tab)
            shot(w, out, f"08-rapid-review-meeting-tab-{tab + 1}")
    w.show_monitoring()
    wait_until(app, lambda: bool(w.monitoring.rows))
    shot(w, out, "09-actions-monitoring")
    w.show_dashboard()
    shot(w, out, "10-deadlines")
    w.lock()
    shot(w, out, "06-locked")
    w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
