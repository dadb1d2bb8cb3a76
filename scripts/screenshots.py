"""Drive the real application offscreen and save a screenshot of every screen.

Usage: ``.venv/bin/python scripts/screenshots.py [OUTPUT_FOLDER] [--screen WxH]
[--scale N] [--high-contrast]`` (default ``artifacts/screens``, a 1366×768
screen at 100%, the normal look).  The window is given what a maximised
window has on that screen: its size divided by the scale, less a taskbar
(48) and a title bar (32).  A throw-away vault is made in a temporary folder
and filled with an invented case; nothing real is touched.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TASKBAR, TITLE_BAR = 48, 32
PASSPHRASE = "granite lantern orchard velvet"


def parse(argv: list[str]) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "artifacts" / "screens")
    parser.add_argument("--screen", default="1366x768", help="screen size in pixels, WxH")
    parser.add_argument("--scale", type=int, default=1, help="display scaling (2 = 200%%)")
    parser.add_argument("--high-contrast", action="store_true", help="the high-contrast look")
    return parser.parse_args(argv)


def main() -> int:
    """Take the screenshots."""
    opts = parse(sys.argv[1:])
    width, height = (int(n) for n in opts.screen.split("x"))
    out: Path = opts.out
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="scr-shots-"))
    config = tmp / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "shots", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(opts.scale)
    for var in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        os.environ[var] = str(tmp / var.lower())

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QWidget

    from scr_desktop.gui import theme
    from scr_desktop.gui.app import make_application
    from scr_desktop.gui.main_window import MainWindow
    from scr_desktop.gui.messages import Messages
    from scr_desktop.storage.attempts import AttemptLimiter

    make_application([])
    theme.apply(opts.high_contrast)
    Messages.testing = True

    def wait_until(condition: Callable[[], bool], timeout_ms: int = 20000) -> None:
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

    def shot(widget: QWidget, name: str) -> None:
        # let delayed layouts (item views lay out again 100 ms after a resize) settle
        settle = QEventLoop()
        QTimer.singleShot(250, settle.quit)
        settle.exec()
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    def shot_modal(start: Callable[[], object], name: str) -> None:
        """Run ``start`` (it opens a modal dialog), photograph the dialog, close it."""
        def look() -> None:
            modal = QApplication.activeModalWidget()
            if modal is None:
                QTimer.singleShot(50, look)
                return
            shot(modal, name)
            modal.close()

        QTimer.singleShot(50, look)
        start()

    w = MainWindow(tmp / "vault.scrvault", limiter=AttemptLimiter(tmp / "attempts.json"))
    w.resize(width // opts.scale, height // opts.scale - TASKBAR - TITLE_BAR)
    w.show()
    shot(w, "01-welcome")
    w.lock_screen.welcome.create_button.click()
    page = w.lock_screen.create_page
    page.passphrase.setText("password1")
    shot(w, "02-create-weak")
    page.passphrase.setText(PASSPHRASE)
    shot(w, "03-create-strong")
    page.confirm.setText(PASSPHRASE)
    page.create_button.click()
    wait_until(lambda: not w.is_locked())
    from scr_desktop.gui.recovery_key_dialog import RecoveryKeyDialog

    key_dialog = next(d for d in w.findChildren(RecoveryKeyDialog) if d.isVisible())
    shot(key_dialog, "03b-recovery-key-at-creation")
    key_dialog.form.kept_box.setChecked(True)
    key_dialog.form.done_button.click()
    wait_until(lambda: w.vault.has_recovery_key)
    from scr_desktop.domain.model import Case, Decision

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
    ids = []
    for n in range(3):
        case = w.vault.cases.new_case()
        case.form.update(sample.form)
        if n == 0:
            case.decision = Decision(decided="scr", decision_date="2027-01-04")
        w.vault.cases.save(case)
        ids.append(case.id)
    w.list_page.refresh()
    shot(w, "04-case-list")
    w.open_case(ids[0])
    editor = w.editor
    assert editor is not None
    for i in range(editor.stack.count()):
        if editor.steps.item(i).isHidden():
            continue
        editor.go(i)
        title = editor.steps.item(i).text().strip("\u2713\u26a0 ").split()[0:3]
        shot(w, f"05-step-{i:02d}-" + "-".join(t.strip(".:").lower() for t in title))
    action = w.findChild(QAction, "export_form_action")
    assert action is not None
    Messages.next_answer(str(tmp / "case.pdf"))
    shot_modal(action.trigger, "06-export-password")
    Messages.reset()  # the dialog was closed before it asked where to save
    notify = w.findChild(QAction, "export_notification_action")
    assert notify is not None
    shot_modal(notify.trigger, "07-notification")
    w.show_dashboard()
    shot(w, "08-dashboard")
    w.show_trash()
    shot(w, "09-deleted-cases")
    w.show_meetings()
    meetings = w.meetings
    meetings.new_meeting()
    assert meetings.editor is not None
    for case_id in ids:
        meetings.editor.planner.add_case(case_id)
    tabs = meetings.editor.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        shot(w, f"10-meeting-tab-{i + 1}")
    presenter = meetings.present()
    if presenter is not None:
        presenter.resize(width // opts.scale, height // opts.scale)
        shot(presenter, "11-presenter")
        Messages.testing = False
        shot_modal(presenter.toggle_identity, "12-presenter-confirm")
        Messages.testing = True
        presenter.close()
    # A CSPR case decided as a local review: the rapid review step, then every page of
    # the review area with a few chronology entries, and the board's own pages.
    from scr_desktop.domain.chronology.entry import Entry, EntryDate
    from scr_desktop.domain.review.model import Review

    cspr = w.vault.cases.new_case()
    cspr.form.update(sample.form)
    cspr.framework = "wt2023-cspr"
    cspr.facts.update({"abuse_or_neglect": "suspected", "seriously_harmed": True,
                       "improvements_needed": True})
    w.vault.cases.save(cspr)
    w.open_case(cspr.id)
    editor = w.editor
    assert editor is not None
    rapid = w.decision_steps.index.get("rapid_review") if w.decision_steps else None
    if rapid is not None and not editor.steps.item(rapid).isHidden():
        editor.go(rapid)  # the step is built when first shown
        shot(w, "14-rapid-review")
    cspr = w.vault.cases.get(cspr.id)
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
    for n, (agency, event) in enumerate((
            ("Health", "Health visitor's new birth visit; no concerns recorded."),
            ("Police", "Call to the address about a noise complaint."),
            ("Hackney Children's Social Care", "Referral from the GP; single assessment opened."),
            ("Health", "Attendance at the emergency department with a bruise."))):
        w.vault.chronology.add(cspr.id, Entry(when=EntryDate(2026, 6 + n, 3 + n),
                                              agency=agency, event=event),
                               case_ref=cspr.reference)
    w.open_case(cspr.id)
    area = w.review_area
    if area is not None:
        for n, step in enumerate(list(area.pages)):
            area.go(step)
            shot(w, f"15-review-{n:02d}-{step}")
    w.show_monitoring()
    shot(w, "16-actions")
    w.show_statistics()
    shot(w, "17-statistics")
    w.show_meetings()
    w.meetings.new_meeting()
    if w.meetings.editor is not None:
        planner = w.meetings.editor.planner
        planner.kind.setCurrentIndex(planner.kind.findData("rapid_review"))
        planner.add_case(cspr.id)
        shot(w, "18-rapid-review-meeting")
    w.lock()
    shot(w, "13-locked")
    w.lock_screen.unlock_page.forgot_button.click()
    recovery = w.lock_screen.recovery_page
    recovery.passphrase.setText("granite lantern")  # part-typed: the meter rates it
    shot(w, "19-forgotten-passphrase")
    recovery.clear()
    w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
