"""The application side of the AT-SPI walk (run with the project's interpreter).

It shows the real main window over a throw-away vault, one screen at a
time: the create-vault page, each step of the case wizard, then the export
password dialog.  For each it prints ``ready NAME`` and waits for a line on
standard input before going on, so the walker (``atspi_walk.py``, run with
the system's Python and pyatspi) can read the accessibility tree as a
screen reader would.  It prints ``done`` and quits at the end.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

PASSPHRASE = "granite lantern orchard velvet"


def main() -> int:
    """Show each screen in turn; move on at each line read from standard input."""
    tmp = Path(tempfile.mkdtemp(prefix="scr-atspi-"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(tmp / var.lower())
    from scr_desktop.gui import settings
    from scr_desktop.gui.app import make_application
    from scr_desktop.gui.export.password_dialog import PasswordDialog
    from scr_desktop.gui.main_window import MainWindow
    from scr_desktop.gui.messages import Messages
    from scr_desktop.storage.attempts import AttemptLimiter

    app = make_application([])
    Messages.testing = True
    settings.set_board_name("Qzshire Safeguarding Children Partnership")  # asked at first export
    window = MainWindow(tmp / "vault.scrvault", limiter=AttemptLimiter(tmp / "attempts.json"))
    window.show()

    def say(line: str) -> None:
        print(line, flush=True)

    def screens() -> Iterator[str | Callable[[], bool]]:
        """Yield a screen's name once it is shown, or a condition to wait for."""
        window.lock_screen.welcome.create_button.click()
        yield "create-vault"
        page = window.lock_screen.create_page
        page.passphrase.setText(PASSPHRASE)
        page.confirm.setText(PASSPHRASE)
        page.create_button.click()
        yield lambda: not window.is_locked()
        from scr_desktop.gui.recovery_key_dialog import RecoveryKeyDialog

        for key_dialog in window.findChildren(RecoveryKeyDialog):
            key_dialog.form.kept_box.setChecked(True)
            key_dialog.form.done_button.click()
        yield lambda: window.vault.has_recovery_key
        window.new_case()
        assert window.editor is not None
        for i in range(window.editor.stack.count()):
            window.editor.go(i)
            yield f"wizard-{i}"
        wait_for_dialog()
        Messages.next_answer(str(tmp / "case.pdf"))
        # (the new case is incomplete: sending the form would list what is missing first)
        action = window.findChild(QAction, "export_decision_action")
        assert action is not None
        action.trigger()  # its dialog's exec() runs until the walker's next line
        say("done")
        window.close()
        app.quit()

    def wait_for_dialog() -> None:
        if isinstance(QApplication.activeModalWidget(), PasswordDialog):
            QTimer.singleShot(300, lambda: say("ready export"))
        else:
            QTimer.singleShot(50, wait_for_dialog)

    sequence = screens()

    def resume() -> None:
        item = next(sequence, None)
        if item is None:
            return
        if isinstance(item, str):
            QTimer.singleShot(300, lambda: say(f"ready {item}"))
            return

        def poll() -> None:
            if item():
                resume()
            else:
                QTimer.singleShot(50, poll)

        poll()

    def advance() -> None:
        if not sys.stdin.readline():
            app.quit()
            return
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.close()  # the export dialog: its exec() returns and the sequence goes on
            return
        resume()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(advance)
    QTimer.singleShot(300, resume)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
